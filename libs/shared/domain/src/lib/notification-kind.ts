import type { Label } from './language';

/** Why someone was notified. */
export enum NotificationKind {
  /** The operational group opened a reporting period: updates are due. */
  PERIOD_OPENED = 'PERIOD_OPENED',
  /** An update is still missing as the deadline nears. */
  UPDATE_REMINDER = 'UPDATE_REMINDER',
  /** A forum's members were sent notice of a meeting (with its calendar invitation). */
  MEETING_NOTICE = 'MEETING_NOTICE',
  /** The briefing note of a meeting the member was not at (with the note attached). */
  MEETING_BRIEFING = 'MEETING_BRIEFING',
}

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, Label> = {
  [NotificationKind.PERIOD_OPENED]: {
    en: 'Reporting period opened',
    cy: 'Cyfnod adrodd wedi agor',
  },
  [NotificationKind.UPDATE_REMINDER]: {
    en: 'Update reminder',
    cy: 'Nodyn atgoffa am ddiweddariad',
  },
  [NotificationKind.MEETING_NOTICE]: {
    en: 'Meeting notice',
    cy: 'Hysbysiad cyfarfod',
  },
  [NotificationKind.MEETING_BRIEFING]: {
    en: 'Briefing note from a meeting',
    cy: 'Nodyn briffio o gyfarfod',
  },
};
