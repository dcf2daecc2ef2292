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

/** What a board paper asks of the board (NHS Wales SBAR cover sheet). */
export enum PaperPurpose {
  APPROVAL = 'APPROVAL',
  DISCUSSION = 'DISCUSSION',
  ASSURANCE = 'ASSURANCE',
  INFORMATION = 'INFORMATION',
}

export const PAPER_PURPOSE_LABELS: Record<PaperPurpose, Label> = {
  [PaperPurpose.APPROVAL]: { en: 'For approval', cy: 'Er penderfyniad' },
  [PaperPurpose.DISCUSSION]: { en: 'For discussion', cy: 'Er trafodaeth' },
  [PaperPurpose.ASSURANCE]: { en: 'For assurance', cy: 'Er sicrwydd' },
  [PaperPurpose.INFORMATION]: { en: 'For information', cy: 'Er gwybodaeth' },
};

/** The impact statements a board paper's cover sheet carries, in the order boards read them. */
export enum PaperImpact {
  QUALITY_AND_SAFETY = 'QUALITY_AND_SAFETY',
  FINANCIAL = 'FINANCIAL',
  RISK = 'RISK',
  WORKFORCE = 'WORKFORCE',
  LEGAL = 'LEGAL',
  WELSH_LANGUAGE = 'WELSH_LANGUAGE',
  EQUALITY = 'EQUALITY',
  WAYS_OF_WORKING = 'WAYS_OF_WORKING',
}

export const PAPER_IMPACT_LABELS: Record<PaperImpact, Label> = {
  [PaperImpact.QUALITY_AND_SAFETY]: { en: 'Quality and safety', cy: 'Ansawdd a diogelwch' },
  [PaperImpact.FINANCIAL]: { en: 'Financial', cy: 'Ariannol' },
  [PaperImpact.RISK]: { en: 'Risk', cy: 'Risg' },
  [PaperImpact.WORKFORCE]: { en: 'Workforce', cy: 'Gweithlu' },
  [PaperImpact.LEGAL]: { en: 'Legal', cy: 'Cyfreithiol' },
  [PaperImpact.WELSH_LANGUAGE]: { en: 'Welsh language', cy: 'Y Gymraeg' },
  [PaperImpact.EQUALITY]: {
    en: 'Equality and the socio-economic duty',
    cy: 'Cydraddoldeb a’r ddyletswydd economaidd-gymdeithasol',
  },
  [PaperImpact.WAYS_OF_WORKING]: {
    en: 'Well-being of Future Generations Act: the five ways of working',
    cy: 'Deddf Llesiant Cenedlaethau’r Dyfodol: y pum ffordd o weithio',
  },
};

/** How a paper in both languages is laid out (Welsh Language Standards: Welsh first). */
export enum BilingualLayout {
  /** Welsh and English side by side, Welsh on the left. */
  SIDE_BY_SIDE = 'SIDE_BY_SIDE',
  /** The whole Welsh paper, then the whole English one. */
  WELSH_THEN_ENGLISH = 'WELSH_THEN_ENGLISH',
}
