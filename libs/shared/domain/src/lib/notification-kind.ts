import type { Label } from './language';

/** Why someone was notified. */
export enum NotificationKind {
  /** The operational group opened a reporting period: updates are due. */
  PERIOD_OPENED = 'PERIOD_OPENED',
  /** An update is still missing as the deadline nears. */
  UPDATE_REMINDER = 'UPDATE_REMINDER',
  /** A forum's members were sent notice of a meeting (with its calendar invitation). */
  MEETING_NOTICE = 'MEETING_NOTICE',
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
};
