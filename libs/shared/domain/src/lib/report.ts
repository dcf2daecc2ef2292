import type { Label } from './language';

/** Who a progress report is written for (the strategy's governance). */
export enum ReportAudience {
  /** Quarterly, within the operational group. */
  OPERATIONAL_GROUP = 'OPERATIONAL_GROUP',
  /** Quarterly progress report to the oversight board. */
  OVERSIGHT_BOARD = 'OVERSIGHT_BOARD',
  /** Twice-yearly paper to the joint HEIW / Social Care Wales board. */
  JOINT_BOARD = 'JOINT_BOARD',
}

export const REPORT_AUDIENCE_LABELS: Record<ReportAudience, Label> = {
  [ReportAudience.OPERATIONAL_GROUP]: { en: 'Operational group', cy: 'Grŵp gweithredol' },
  [ReportAudience.OVERSIGHT_BOARD]: { en: 'Oversight board', cy: 'Bwrdd goruchwylio' },
  [ReportAudience.JOINT_BOARD]: { en: 'Joint board', cy: 'Bwrdd ar y cyd' },
};

/** A draft follows the data; issuing freezes what the audience saw. */
export enum ReportState {
  DRAFT = 'DRAFT',
  ISSUED = 'ISSUED',
}

export const REPORT_STATE_LABELS: Record<ReportState, Label> = {
  [ReportState.DRAFT]: { en: 'Draft', cy: 'Drafft' },
  [ReportState.ISSUED]: { en: 'Issued', cy: 'Wedi’i gyhoeddi' },
};

/** What a board member records against a report or one of its actions. */
export enum ReviewEntryKind {
  COMMENT = 'COMMENT',
  /** A decision of the board; it may set follow-up actions. */
  DECISION = 'DECISION',
}

export const REVIEW_ENTRY_KIND_LABELS: Record<ReviewEntryKind, Label> = {
  [ReviewEntryKind.COMMENT]: { en: 'Comment', cy: 'Sylw' },
  [ReviewEntryKind.DECISION]: { en: 'Decision', cy: 'Penderfyniad' },
};
