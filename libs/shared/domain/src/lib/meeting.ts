import type { IsoDate } from './financial-year';
import type { Label } from './language';

/**
 * The programme's governance and social partnership meetings: forums (the operational group,
 * the oversight board, the joint board twice a year, the social partnership forum, or others the
 * administrator adds), their members, and what each meeting decided and who promised what.
 */
export enum ForumKind {
  OPERATIONAL_GROUP = 'OPERATIONAL_GROUP',
  OVERSIGHT_BOARD = 'OVERSIGHT_BOARD',
  JOINT_BOARD = 'JOINT_BOARD',
  SOCIAL_PARTNERSHIP_FORUM = 'SOCIAL_PARTNERSHIP_FORUM',
  OTHER = 'OTHER',
}

export const FORUM_KIND_LABELS: Record<ForumKind, Label> = {
  [ForumKind.OPERATIONAL_GROUP]: { en: 'Operational group', cy: 'Grŵp gweithredol' },
  [ForumKind.OVERSIGHT_BOARD]: { en: 'Oversight board', cy: 'Bwrdd goruchwylio' },
  [ForumKind.JOINT_BOARD]: { en: 'Joint board', cy: 'Cyd-fwrdd' },
  [ForumKind.SOCIAL_PARTNERSHIP_FORUM]: {
    en: 'Social partnership forum',
    cy: 'Fforwm partneriaeth gymdeithasol',
  },
  [ForumKind.OTHER]: { en: 'Other forum', cy: 'Fforwm arall' },
};

/** Scheduled → held (attendance and draft minutes) → minutes approved (frozen); or cancelled. */
export enum MeetingState {
  SCHEDULED = 'SCHEDULED',
  HELD = 'HELD',
  MINUTES_APPROVED = 'MINUTES_APPROVED',
  CANCELLED = 'CANCELLED',
}

export const MEETING_STATE_LABELS: Record<MeetingState, Label> = {
  [MeetingState.SCHEDULED]: { en: 'Scheduled', cy: 'Wedi’i drefnu' },
  [MeetingState.HELD]: { en: 'Held, minutes in draft', cy: 'Wedi’i gynnal, cofnodion drafft' },
  [MeetingState.MINUTES_APPROVED]: { en: 'Minutes approved', cy: 'Cofnodion wedi’u cymeradwyo' },
  [MeetingState.CANCELLED]: { en: 'Cancelled', cy: 'Wedi’i ganslo' },
};

export enum AttendanceStatus {
  PRESENT = 'PRESENT',
  /** Represented by a named deputy. */
  REPRESENTED = 'REPRESENTED',
  APOLOGIES = 'APOLOGIES',
  ABSENT = 'ABSENT',
}

export const ATTENDANCE_STATUS_LABELS: Record<AttendanceStatus, Label> = {
  [AttendanceStatus.PRESENT]: { en: 'Present', cy: 'Yn bresennol' },
  [AttendanceStatus.REPRESENTED]: { en: 'Represented by a deputy', cy: 'Dirprwy yn bresennol' },
  [AttendanceStatus.APOLOGIES]: { en: 'Apologies', cy: 'Ymddiheuriadau' },
  [AttendanceStatus.ABSENT]: { en: 'Absent', cy: 'Yn absennol' },
};

/** Present in person or through a deputy: the member's organisation was at the table. */
export function isRepresented(status: AttendanceStatus): boolean {
  return status === AttendanceStatus.PRESENT || status === AttendanceStatus.REPRESENTED;
}

/**
 * The longest run of consecutive meetings a member missed (apologies or absent, no deputy), in
 * meeting order — the forums' own tip: "audit attendance regularly".
 */
export function longestMissedRun(statuses: readonly AttendanceStatus[]): number {
  let longest = 0;
  let current = 0;
  for (const status of statuses) {
    current = isRepresented(status) ? 0 : current + 1;
    longest = Math.max(longest, current);
  }
  return longest;
}

/** Where a commitment ("who will do what by when") stands, as at a day. */
export enum CommitmentStatus {
  DONE_ON_TIME = 'DONE_ON_TIME',
  DONE_LATE = 'DONE_LATE',
  OPEN = 'OPEN',
  OVERDUE = 'OVERDUE',
}

export const COMMITMENT_STATUS_LABELS: Record<CommitmentStatus, Label> = {
  [CommitmentStatus.DONE_ON_TIME]: { en: 'Done on time', cy: 'Wedi’i wneud mewn pryd' },
  [CommitmentStatus.DONE_LATE]: { en: 'Done late', cy: 'Wedi’i wneud yn hwyr' },
  [CommitmentStatus.OPEN]: { en: 'Open', cy: 'Ar agor' },
  [CommitmentStatus.OVERDUE]: { en: 'Overdue', cy: 'Yn hwyr' },
};

export function commitmentStatus(
  dueDate: IsoDate,
  completedOn: IsoDate | null,
  today: IsoDate,
): CommitmentStatus {
  if (completedOn) {
    return completedOn <= dueDate ? CommitmentStatus.DONE_ON_TIME : CommitmentStatus.DONE_LATE;
  }
  return today > dueDate ? CommitmentStatus.OVERDUE : CommitmentStatus.OPEN;
}

/** How a consultation with the social partners ended. */
export enum EngagementOutcome {
  CONSENSUS = 'CONSENSUS',
  /** Agreed with changes: the record says what was agreed. */
  COMPROMISE = 'COMPROMISE',
  /** The record says why, and what happens next. */
  NO_AGREEMENT = 'NO_AGREEMENT',
}

export const ENGAGEMENT_OUTCOME_LABELS: Record<EngagementOutcome, Label> = {
  [EngagementOutcome.CONSENSUS]: { en: 'Consensus', cy: 'Consensws' },
  [EngagementOutcome.COMPROMISE]: { en: 'Compromise', cy: 'Cyfaddawd' },
  [EngagementOutcome.NO_AGREEMENT]: { en: 'No agreement', cy: 'Dim cytundeb' },
};

/** The partnership behaviours self-assessment scale: 1 (not at all) to 5 (fully). */
export const PARTNERSHIP_SCORE_SCALE = [1, 2, 3, 4, 5] as const;
