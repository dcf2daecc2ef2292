import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };

export type AccountLinkPurpose = 'INVITATION' | 'PASSWORD_RESET';

/** An account at the version the administrator saw. */
export type AccountVersionInput = {
  /** The version you last loaded; a newer one means a conflict. */
  expectedVersion: number;
  id: string | number;
};

/** All given conditions must hold. */
export type ActionFilter = {
  areaId?: string | number | null | undefined;
  areaNumber?: number | null | undefined;
  /** Plan year, e.g. "2025-26". */
  financialYear?: string | null | undefined;
  leadOrganisation?: LeadOrganisation | null | undefined;
  /** Not complete and past its due date or with a milestone past due. */
  overdue?: boolean | null | undefined;
  ownerId?: string | number | null | undefined;
  planId?: string | number | null | undefined;
  /** Current status is any of these. */
  rag?: Array<RagStatus> | null | undefined;
  /** Actions this person answers for: as an owner or as a delegate. */
  responsiblePersonId?: string | number | null | undefined;
  theme?: Theme | null | undefined;
  /** Tagged with any of these well-being goals. */
  wellBeingGoals?: Array<WellBeingGoal> | null | undefined;
};

/** Who owns an action instead of the person whose account is deactivated. */
export type ActionHandoverInput = {
  actionId: string | number;
  newOwnerId: string | number;
};

export type ActionSort = {
  direction?: SortDirection;
  field?: ActionSortField;
};

export type ActionSortField = 'DUE_DATE' | 'LAST_UPDATED' | 'RAG' | 'REFERENCE';

export type AddAgendaItemInput = {
  /** Actions it is about. */
  actionIds?: Array<string | number> | null | undefined;
  /** The version you last loaded; a newer one means a conflict. */
  expectedVersion: number;
  /** Measures it is about. */
  measureIds?: Array<string | number> | null | undefined;
  meetingId: string | number;
  /** Who presents it; null clears. */
  presenterId?: string | number | null | undefined;
  /** An issued report; null unlinks. */
  reportId?: string | number | null | undefined;
  /** Risks it is about. */
  riskIds?: Array<string | number> | null | undefined;
  title: BilingualTitleInput;
};

export type AddForumMemberInput = {
  forumId: string | number;
  /** A forum may have joint chairs. */
  isChair?: boolean | null | undefined;
  /** YYYY-MM-DD; today when left out. */
  joinedOn?: string | null | undefined;
  personId: string | number;
  /** The organisation or union they represent; their own when left out. */
  representingId?: string | number | null | undefined;
};

export type AddMilestoneInput = {
  actionId: string | number;
  /** YYYY-MM-DD */
  dueDate: string;
  title: BilingualTitleInput;
};

export type AddReviewEntryInput = {
  /** One of the report’s actions, if about one. */
  actionId?: string | number | null | undefined;
  /** Decisions only; up to 20. */
  followUps?: Array<FollowUpDraftInput> | null | undefined;
  kind: ReviewEntryKind;
  /** An issued report. */
  reportId: string | number;
  text: BilingualLongTextInput;
};

export type AgendaItemMinutesInput = {
  /** The version you last loaded; a newer one means a conflict. */
  expectedVersion: number;
  id: string | number;
  minutes: BilingualLongTextInput;
};

export type AreaSummaryInput = {
  /** The strategic area’s number (1–7). */
  areaNumber: number;
  summary: PublicTextInput;
};

export type AttendanceEntryInput = {
  /** Required exactly when REPRESENTED. */
  deputyName?: string | null | undefined;
  /** A seat on the meeting’s forum. */
  memberId: string | number;
  status: AttendanceStatus;
};

export type AttendanceStatus = 'ABSENT' | 'APOLOGIES' | 'PRESENT' | 'REPRESENTED';

export type AuditAction = 'CREATE' | 'DELETE' | 'STATE_CHANGE' | 'UPDATE';

export type AuditLogFilter = {
  action?: AuditAction | null | undefined;
  actorUserId?: string | number | null | undefined;
  entityId?: string | number | null | undefined;
  /** e.g. "Action", "AnnualPlan", "User". */
  entityType?: string | null | undefined;
  /** From this moment (inclusive). */
  from?: string | null | undefined;
  /** Before this moment. */
  to?: string | null | undefined;
};

/** How a paper in both languages is laid out; Welsh comes first either way. */
export type BilingualLayout = 'SIDE_BY_SIDE' | 'WELSH_THEN_ENGLISH';

/** Long bilingual text (up to 4000 characters each). */
export type BilingualLongTextInput = {
  cy?: string | null | undefined;
  en?: string | null | undefined;
};

/** Short bilingual text (up to 300 characters each). */
export type BilingualTitleInput = {
  cy?: string | null | undefined;
  en?: string | null | undefined;
};

export type CarryForwardActionsInput = {
  /** Actions of the previous year's plan (1 to 200). */
  actionIds: Array<string | number>;
  /** The following year's plan. */
  targetPlanId: string | number;
};

export type CloseRiskInput = {
  /** The version you last loaded; a newer one means a conflict. */
  expectedVersion: number;
  id: string | number;
  reason: BilingualLongTextInput;
  /** For an issue: how it was resolved. */
  resolution?: BilingualLongTextInput | null | undefined;
};

/** Where a commitment set at a meeting stands, as at a day. */
export type CommitmentStatus = 'DONE_LATE' | 'DONE_ON_TIME' | 'OPEN' | 'OVERDUE';

export type CompleteFollowUpInput = {
  /** YYYY-MM-DD, not in the future; null reopens. */
  completedOn?: string | null | undefined;
  /** The version you last loaded; a newer one means a conflict. */
  expectedVersion: number;
  id: string | number;
};

export type CoverSheetImpactInput = {
  impact: PaperImpact;
  text: BilingualLongTextInput;
};

/** Changes to a cover sheet; fields left out keep their value. */
export type CoverSheetInput = {
  /** e.g. "4.2"; null clears it. */
  agendaItem?: string | null | undefined;
  /** The report’s author, with their role. */
  author?: string | null | undefined;
  /** The executive sponsor, with their role. */
  executiveSponsor?: string | null | undefined;
  /** Impact statements to change; impacts left out keep theirs. */
  impacts?: Array<CoverSheetImpactInput> | null | undefined;
  /** YYYY-MM-DD; null clears it. */
  meetingDate?: string | null | undefined;
  /** Used when no meeting has the report on its agenda. */
  meetingName?: BilingualTitleInput | null | undefined;
  /** Who presents it at the meeting. */
  presenter?: string | null | undefined;
  purpose?: PaperPurpose | null | undefined;
  /** What the board is asked to do ("The Board is asked to: …"). */
  recommendation?: BilingualLongTextInput | null | undefined;
  strategicObjectives?: BilingualLongTextInput | null | undefined;
  /** The situation and the assessment, in a few sentences. */
  summary?: BilingualLongTextInput | null | undefined;
};

export type CreateActionInput = {
  areaId: string | number;
  description?: BilingualLongTextInput | null | undefined;
  /** YYYY-MM-DD, on or after the start date. */
  dueDate: string;
  leadOrganisation: LeadOrganisation;
  milestones?: Array<MilestoneDraftInput> | null | undefined;
  /** The social partners must be consulted before its plan is approved; false if left out. */
  needsPartnershipConsultation?: boolean | null | undefined;
  /** 1 to 10 people accountable for the action. */
  ownerIds: Array<string | number>;
  planId: string | number;
  /** e.g. "3.2"; the first number is the area number. */
  reference: string;
  /** YYYY-MM-DD */
  startDate: string;
  themes?: Array<Theme> | null | undefined;
  title: BilingualTitleInput;
  /** Ways of working it follows; replaces them when given. */
  waysOfWorking?: Array<WayOfWorking> | null | undefined;
  /** Well-being goals it contributes to; replaces them when given. */
  wellBeingGoals?: Array<WellBeingGoal> | null | undefined;
};

export type CreateEngagementRecordInput = {
  /** For a compromise: what was agreed. */
  agreed?: BilingualLongTextInput | null | undefined;
  /** What the partners were consulted on. */
  consultedOn: BilingualLongTextInput;
  /** For no agreement: why. */
  disagreement?: BilingualLongTextInput | null | undefined;
  /** YYYY-MM-DD */
  engagedOn: string;
  /** The meeting's forum when left out. */
  forumId?: string | number | null | undefined;
  meetingId?: string | number | null | undefined;
  /** For no agreement: what happens next. */
  nextSteps?: BilingualLongTextInput | null | undefined;
  outcome: EngagementOutcome;
  /** The trade unions and other partners engaged. */
  partnerIds: Array<string | number>;
  /** The action, measure, risk or plan consulted on. */
  subjectId: string | number;
  subjectKind: EngagementSubjectKind;
};

export type CreateForumInput = {
  kind: ForumKind;
  name: BilingualTitleInput;
  /** Terms of reference in short. */
  purpose?: BilingualLongTextInput | null | undefined;
};

export type CreateMeasureInput = {
  /** Actions that contribute to the measure; replaces them when given. */
  actionIds?: Array<string | number> | null | undefined;
  /** Shortfall still green; 0 by default. */
  amberTolerance?: number | null | undefined;
  /** One or more strategic areas. */
  areaIds: Array<string | number>;
  baseline?: MeasureBaselineInput | null | undefined;
  /** How the figure is calculated. */
  calculation?: BilingualLongTextInput | null | undefined;
  dataSource?: BilingualTitleInput | null | undefined;
  definition?: BilingualLongTextInput | null | undefined;
  direction: MeasureDirection;
  frequency: MeasureFrequency;
  name: BilingualTitleInput;
  /** The person who reports its figures. */
  ownerId: string | number;
  /** Shortfall beyond which the figure is red. */
  redTolerance: number;
  /** e.g. "M4.1". */
  reference: string;
  /** Targets per financial year; a year left out has none (contextual). */
  targets?: Array<MeasureTargetInput> | null | undefined;
  themes?: Array<Theme> | null | undefined;
  unit: MeasureUnit;
  /** Ways of working it follows; replaces them when given. */
  waysOfWorking?: Array<WayOfWorking> | null | undefined;
  /** Well-being goals it contributes to; replaces them when given. */
  wellBeingGoals?: Array<WellBeingGoal> | null | undefined;
};

export type CreateOrganisationInput = {
  /** Short unique code in capitals, e.g. "BCUHB". */
  code: string;
  name: BilingualTitleInput;
  type: OrganisationType;
};

export type CreatePartnershipStatementInput = {
  /** After the last one when left out. */
  position?: number | null | undefined;
  text: BilingualTitleInput;
};

export type CreatePersonInput = {
  email: string;
  jobTitle?: BilingualTitleInput | null | undefined;
  name: string;
  organisationId: string | number;
};

export type CreatePlanInput = {
  /** Financial year label, e.g. "2026-27". */
  financialYear: string;
  /** Defaults to "Joint action plan <year>" in both languages. */
  title?: BilingualTitleInput | null | undefined;
};

export type CreatePublicationInput = {
  /** An issued report. */
  reportId: string | number;
};

export type CreateReportInput = {
  audience: ReportAudience;
  executiveSummary?: BilingualLongTextInput | null | undefined;
  reportingPeriodId: string | number;
};

export type CreateReportingPeriodInput = {
  /** e.g. "2026-27". */
  financialYear: string;
  /** 1 (Apr–Jun) to 4 (Jan–Mar). */
  quarter: number;
  /** YYYY-MM-DD, not before the quarter starts. */
  updateDeadline: string;
};

export type CreateRiskInput = {
  /** One or more strategic areas. */
  areaIds: Array<string | number>;
  category: RiskCategory;
  controls?: BilingualLongTextInput | null | undefined;
  /** The score now, with the controls in place. */
  current: RiskScoreInput;
  /** Cause, event and effect. */
  description?: BilingualLongTextInput | null | undefined;
  /** For an issue: what it has done to delivery. */
  impact?: BilingualLongTextInput | null | undefined;
  inherent?: RiskScoreInput | null | undefined;
  /** RISK unless it has already happened. */
  kind?: RiskKind | null | undefined;
  /** Actions whose delivery brings it down. */
  mitigatingActionIds?: Array<string | number> | null | undefined;
  /** Replaces the follow-ups when given; one left out is removed. */
  mitigations?: Array<RiskMitigationInput> | null | undefined;
  /** Who answers for it. */
  ownerId: string | number;
  /** e.g. "R12"; the next free number when left out. */
  reference?: string | null | undefined;
  /** Months between reviews: 1, 3, 6 or 12. */
  reviewEveryMonths?: number | null | undefined;
  target?: RiskTargetInput | null | undefined;
  /** Actions it could stop delivering. */
  threatenedActionIds?: Array<string | number> | null | undefined;
  title: BilingualTitleInput;
};

export type DeactivateUserInput = {
  /** The version you last loaded; a newer one means a conflict. */
  expectedVersion: number;
  /** A new owner for each action the account’s person owns in an open plan. */
  handovers: Array<ActionHandoverInput>;
  id: string | number;
};

export type EndForumMembershipInput = {
  /** The version you last loaded; a newer one means a conflict. */
  expectedVersion: number;
  id: string | number;
  /** YYYY-MM-DD; today when left out. */
  leftOn?: string | null | undefined;
};

/** How a consultation with the social partners ended. */
export type EngagementOutcome = 'COMPROMISE' | 'CONSENSUS' | 'NO_AGREEMENT';

/** What an engagement record is about. */
export type EngagementSubjectKind = 'ACTION' | 'MEASURE' | 'PLAN' | 'RISK';

/** Takes a risk to the oversight board. */
export type EscalateRiskInput = {
  /** The version you last loaded; a newer one means a conflict. */
  expectedVersion: number;
  id: string | number;
  reason: BilingualLongTextInput;
};

export type FollowUpDraftInput = {
  /** YYYY-MM-DD, today or later. */
  dueDate: string;
  /** The person who is to do it. */
  ownerId: string | number;
  title: BilingualTitleInput;
};

export type ForumKind =
  'JOINT_BOARD' | 'OPERATIONAL_GROUP' | 'OTHER' | 'OVERSIGHT_BOARD' | 'SOCIAL_PARTNERSHIP_FORUM';

export type ImportFileInput = {
  /** The file's bytes in base64. */
  contentBase64: string;
  /** The name of the uploaded file, ending .xlsx or .csv. */
  fileName: string;
};

export type ImportRowStatus = 'CHANGED' | 'ERROR' | 'NEW' | 'UNCHANGED';

export type InviteUserInput = {
  email: string;
  /** The person whose actions the account reports on. */
  personId?: string | number | null | undefined;
  /** The language the dashboard opens in; English unless given. */
  preferredLanguage?: Language | null | undefined;
  role: Role;
};

/** English or Welsh. */
export type Language = 'cy' | 'en';

export type LeadOrganisation = 'HEIW' | 'JOINT' | 'SOCIAL_CARE_WALES';

export type MarkNotificationsReadInput = {
  /** 1 to 100 of your notices. */
  ids: Array<string | number>;
};

export type MeasureBaselineInput = {
  /** YYYY-MM-DD: when the baseline figure was true. */
  date: string;
  value: number;
};

export type MeasureDirection = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';

export type MeasureFrequency = 'ANNUAL' | 'MONTHLY' | 'QUARTERLY';

/** A measure's figure against its target, worked out from its tolerance. */
export type MeasureRag = 'AMBER' | 'GREEN' | 'RED';

export type MeasureTargetInput = {
  /** e.g. "2025-26". */
  financialYear: string;
  value: number;
};

export type MeasureTrend = 'IMPROVING' | 'NO_CHANGE' | 'WORSENING';

export type MeasureUnit = 'DAYS' | 'MONEY' | 'NUMBER' | 'PERCENTAGE' | 'RATE_PER_1000';

/** Scheduled, held (draft minutes), minutes approved (frozen), or cancelled. */
export type MeetingState = 'CANCELLED' | 'HELD' | 'MINUTES_APPROVED' | 'SCHEDULED';

export type MeetingsVersionInput = {
  /** The version you last loaded; a newer one means a conflict. */
  expectedVersion: number;
  id: string | number;
};

/** Two records of one person: the duplicate is folded into the one kept. */
export type MergePeopleInput = {
  /** The duplicate, removed once everything of theirs is moved. */
  duplicateId: string | number;
  /** The version you last loaded; a newer one means a conflict. */
  expectedVersion: number;
  /** The person kept, at the version you saw. */
  keepId: string | number;
};

/** A milestone created together with its action. */
export type MilestoneDraftInput = {
  /** YYYY-MM-DD */
  dueDate: string;
  title: BilingualTitleInput;
};

export type MoveAgendaItemInput = {
  /** The version you last loaded; a newer one means a conflict. */
  expectedVersion: number;
  id: string | number;
  /** Its new place, 1 … the number of items. */
  position: number;
};

export type NotificationKind =
  'MEETING_BRIEFING' | 'MEETING_NOTICE' | 'PERIOD_OPENED' | 'UPDATE_REMINDER';

export type OrganisationType =
  'DELIVERY_BODY' | 'GOVERNMENT' | 'HEALTH_BOARD' | 'LOCAL_AUTHORITY' | 'OTHER' | 'TRADE_UNION';

/** A cover sheet impact statement. */
export type PaperImpact =
  | 'EQUALITY'
  | 'FINANCIAL'
  | 'LEGAL'
  | 'QUALITY_AND_SAFETY'
  | 'RISK'
  | 'WAYS_OF_WORKING'
  | 'WELSH_LANGUAGE'
  | 'WORKFORCE';

/** What a paper asks of the board. */
export type PaperPurpose = 'APPROVAL' | 'ASSURANCE' | 'DISCUSSION' | 'INFORMATION';

export type PartnershipScoreInput = {
  comment?: BilingualLongTextInput | null | undefined;
  /** 1 (not at all) to 5 (fully). */
  score: number;
  statementId: string | number;
};

export type Permission =
  | 'DELEGATE_OWN_ACTIONS'
  | 'MANAGE_MEETINGS'
  | 'MANAGE_PLANS'
  | 'MANAGE_REFERENCE_DATA'
  | 'MANAGE_REPORTING_PERIODS'
  | 'MANAGE_REPORTS'
  | 'MANAGE_USERS'
  | 'PUBLISH_PROGRESS'
  | 'READ'
  | 'READ_AUDIT_LOG'
  | 'REPORT_ON_ANY_ACTION'
  | 'REPORT_ON_OWN_ACTIONS'
  | 'REVIEW_REPORTS';

export type PlanImportInput = {
  /** The file's bytes in base64. */
  contentBase64: string;
  /** The name of the uploaded file, ending .xlsx or .csv. */
  fileName: string;
  /** The plan's financial year, e.g. "2026-27". */
  financialYear: string;
};

export type PlanState = 'APPROVED' | 'CLOSED' | 'DRAFT';

/** A public summary in both languages (up to 2000 characters each). */
export type PublicTextInput = {
  cy?: string | null | undefined;
  en?: string | null | undefined;
};

/** Only published and withdrawn publications are ever seen without signing in. */
export type PublicationState = 'DRAFT' | 'PUBLISHED' | 'WITHDRAWN';

/** Identifies a publication at the version you last loaded. */
export type PublicationVersionInput = {
  /** The version you last loaded; a newer one means a conflict. */
  expectedVersion: number;
  id: string | number;
};

export type RagDirection = 'IMPROVED' | 'UNCHANGED' | 'WORSENED';

/** Delivery status (RAG scale). */
export type RagStatus = 'AMBER' | 'COMPLETE' | 'GREEN' | 'NOT_STARTED' | 'RED';

/** A risk raised from a status update's risks text, linked to its action. */
export type RaiseRiskFromUpdateInput = {
  category: RiskCategory;
  controls?: BilingualLongTextInput | null | undefined;
  /** The score now, with the controls in place. */
  current: RiskScoreInput;
  /** Cause, event and effect. */
  description?: BilingualLongTextInput | null | undefined;
  /** For an issue: what it has done to delivery. */
  impact?: BilingualLongTextInput | null | undefined;
  inherent?: RiskScoreInput | null | undefined;
  /** RISK unless it has already happened. */
  kind?: RiskKind | null | undefined;
  /** Replaces the follow-ups when given; one left out is removed. */
  mitigations?: Array<RiskMitigationInput> | null | undefined;
  /** e.g. "R12"; the next free number when left out. */
  reference?: string | null | undefined;
  /** Months between reviews: 1, 3, 6 or 12. */
  reviewEveryMonths?: number | null | undefined;
  statusUpdateId: string | number;
  target?: RiskTargetInput | null | undefined;
  title: BilingualTitleInput;
};

export type RecordAttendanceInput = {
  /** Replaces what was recorded per member. */
  entries: Array<AttendanceEntryInput>;
  meetingId: string | number;
};

export type RecordMeetingDecisionInput = {
  /** The agenda item it was made under. */
  agendaItemId?: string | number | null | undefined;
  /** Who will do what by when; decisions only, up to 20. */
  commitments?: Array<FollowUpDraftInput> | null | undefined;
  kind: ReviewEntryKind;
  meetingId: string | number;
  /** The issued report on that agenda item it is about. */
  reportId?: string | number | null | undefined;
  text: BilingualLongTextInput;
};

export type RecordPartnershipAssessmentInput = {
  /** YYYY-MM-DD; the meeting's date when left out. */
  assessedOn?: string | null | undefined;
  forumId: string | number;
  /** The meeting it was done at, if any. */
  meetingId?: string | number | null | undefined;
  /** One score for each active statement. */
  scores: Array<PartnershipScoreInput>;
};

export type ReopenReportingPeriodInput = {
  /** The version you last loaded; a newer one means a conflict. */
  expectedVersion: number;
  id: string | number;
  /** Why updates are being taken again; recorded in the audit trail. */
  reason: string;
};

export type ReportAudience = 'JOINT_BOARD' | 'OPERATIONAL_GROUP' | 'OVERSIGHT_BOARD';

export type ReportFilter = {
  audience?: ReportAudience | null | undefined;
  reportingPeriodId?: string | number | null | undefined;
};

export type ReportState = 'DRAFT' | 'ISSUED';

/** Identifies a report at the version you last loaded. */
export type ReportVersionInput = {
  /** The version you last loaded; a newer one means a conflict. */
  expectedVersion: number;
  id: string | number;
};

/** Open periods take updates; closed ones are locked until reopened. */
export type ReportingPeriodState = 'CLOSED' | 'OPEN';

/** Identifies a period at the version you last loaded. */
export type ReportingPeriodVersionInput = {
  /** The version you last loaded; a newer one means a conflict. */
  expectedVersion: number;
  id: string | number;
};

export type RequestPasswordResetInput = {
  email: string;
};

export type ReviewEntryKind = 'COMMENT' | 'DECISION';

/** A periodic review: the new current score and why it is what it is. */
export type ReviewRiskInput = {
  commentary: BilingualLongTextInput;
  current: RiskScoreInput;
  /** The version you last loaded; a newer one means a conflict. */
  expectedVersion: number;
  riskId: string | number;
};

/** Score bands of the 5 × 5 matrix. */
export type RiskBand = 'EXTREME' | 'HIGH' | 'LOW' | 'MODERATE';

/** Each has an appetite: the highest current score accepted without escalation. */
export type RiskCategory =
  | 'COMPLIANCE'
  | 'DELIVERY'
  | 'FINANCIAL'
  | 'INFORMATION'
  | 'PARTNERSHIP'
  | 'REPUTATION'
  | 'WORKFORCE';

/** A risk could happen; an issue has. */
export type RiskKind = 'ISSUE' | 'RISK';

/** A follow-up that mitigates the risk; with its id it is kept. */
export type RiskMitigationInput = {
  /** YYYY-MM-DD, once done. */
  completedOn?: string | null | undefined;
  description: BilingualTitleInput;
  /** YYYY-MM-DD */
  dueDate: string;
  id?: string | number | null | undefined;
  ownerId: string | number;
};

/** A point on the 5 × 5 matrix. */
export type RiskScoreInput = {
  /** 1 negligible … 5 catastrophic. */
  consequence: number;
  /** 1 rare … 5 almost certain. */
  likelihood: number;
};

export type RiskState = 'CLOSED' | 'OPEN';

export type RiskTargetInput = {
  /** 1 negligible … 5 catastrophic. */
  consequence: number;
  /** YYYY-MM-DD: when the mitigations should have brought it there. */
  date: string;
  /** 1 rare … 5 almost certain. */
  likelihood: number;
};

export type RiskVersionInput = {
  /** The version you last loaded; a newer one means a conflict. */
  expectedVersion: number;
  id: string | number;
};

export type Role = 'ADMIN' | 'BOARD_MEMBER' | 'LEAD' | 'PROGRAMME_OFFICE' | 'VIEWER';

export type ScheduleMeetingInput = {
  endsAt: string;
  forumId: string | number;
  /** A room and address. */
  location?: string | null | undefined;
  /** The link to join online. */
  onlineLink?: string | null | undefined;
  startsAt: string;
  title: BilingualTitleInput;
};

export type SetPasswordInput = {
  /** At least 12 characters. */
  newPassword: string;
  /** The token from the e-mailed link. */
  token: string;
};

export type SetRiskAppetiteInput = {
  /** The highest current score accepted: 1 to 25. */
  appetite: number;
  category: RiskCategory;
  /** The version you last loaded; a newer one means a conflict. */
  expectedVersion: number;
};

export type SignInInput = {
  email: string;
  password: string;
};

export type SignInRecency = 'NEVER' | 'OVER_90_DAYS' | 'WITHIN_90_DAYS';

export type SortDirection = 'ASC' | 'DESC';

export type SubmitMeasureValueInput = {
  breakdowns?: Array<ValueBreakdownInput> | null | undefined;
  commentary?: BilingualLongTextInput | null | undefined;
  measureId: string | number;
  /** Why there is no figure; required when not available. */
  notAvailableReason?: BilingualLongTextInput | null | undefined;
  /** YYYY-MM-DD: the first day of the month, quarter or year. */
  periodStart: string;
  quality: ValueQuality;
  /** The figure this one revises: the period's current figure as you last saw it. Needed when the period has a figure already; a different one means a conflict. */
  revises?: string | number | null | undefined;
  /** Left out only when not available. */
  value?: number | null | undefined;
};

export type SubmitStatusUpdateInput = {
  actionId: string | number;
  /** Progress commentary; required. */
  commentary: BilingualLongTextInput;
  nextSteps?: BilingualLongTextInput | null | undefined;
  /** 0 to 100. */
  percentComplete: number;
  rag: RagStatus;
  reportingPeriodId: string | number;
  /** Risks and issues. */
  risks?: BilingualLongTextInput | null | undefined;
};

/** The strategy's principles and its cross-cutting staff-retention priority. */
export type Theme = 'INCLUSION' | 'STAFF_RETENTION' | 'WELL_BEING' | 'WELSH_LANGUAGE_AND_CULTURE';

export type UpdateActionInput = {
  areaId?: string | number | null | undefined;
  description?: BilingualLongTextInput | null | undefined;
  dueDate?: string | null | undefined;
  /** The version you last loaded; a newer one means a conflict. */
  expectedVersion: number;
  id: string | number;
  leadOrganisation?: LeadOrganisation | null | undefined;
  needsPartnershipConsultation?: boolean | null | undefined;
  /** Replaces the owners when given. */
  ownerIds?: Array<string | number> | null | undefined;
  reference?: string | null | undefined;
  startDate?: string | null | undefined;
  themes?: Array<Theme> | null | undefined;
  title?: BilingualTitleInput | null | undefined;
  /** Ways of working it follows; replaces them when given. */
  waysOfWorking?: Array<WayOfWorking> | null | undefined;
  /** Well-being goals it contributes to; replaces them when given. */
  wellBeingGoals?: Array<WellBeingGoal> | null | undefined;
};

export type UpdateAgendaItemInput = {
  /** Actions it is about. */
  actionIds?: Array<string | number> | null | undefined;
  /** The version you last loaded; a newer one means a conflict. */
  expectedVersion: number;
  id: string | number;
  /** Measures it is about. */
  measureIds?: Array<string | number> | null | undefined;
  /** Who presents it; null clears. */
  presenterId?: string | number | null | undefined;
  /** An issued report; null unlinks. */
  reportId?: string | number | null | undefined;
  /** Risks it is about. */
  riskIds?: Array<string | number> | null | undefined;
  title?: BilingualTitleInput | null | undefined;
};

export type UpdateBoardPaperSettingsInput = {
  classification?: BilingualTitleInput | null | undefined;
  /** The defaults new drafts start from. */
  coverSheet?: CoverSheetInput | null | undefined;
  /** The version you last loaded; a newer one means a conflict. */
  expectedVersion: number;
  layout?: BilingualLayout | null | undefined;
};

export type UpdateEngagementRecordInput = {
  agreed?: BilingualLongTextInput | null | undefined;
  consultedOn?: BilingualLongTextInput | null | undefined;
  disagreement?: BilingualLongTextInput | null | undefined;
  /** YYYY-MM-DD */
  engagedOn?: string | null | undefined;
  /** The version you last loaded; a newer one means a conflict. */
  expectedVersion: number;
  /** Null removes it. */
  forumId?: string | number | null | undefined;
  id: string | number;
  /** Null removes it. */
  meetingId?: string | number | null | undefined;
  nextSteps?: BilingualLongTextInput | null | undefined;
  outcome?: EngagementOutcome | null | undefined;
  /** Replaces the partners when given. */
  partnerIds?: Array<string | number> | null | undefined;
};

export type UpdateForumInput = {
  /** A retired forum keeps its meetings but gets no new ones. */
  active?: boolean | null | undefined;
  /** The version you last loaded; a newer one means a conflict. */
  expectedVersion: number;
  id: string | number;
  kind?: ForumKind | null | undefined;
  name?: BilingualTitleInput | null | undefined;
  purpose?: BilingualLongTextInput | null | undefined;
};

export type UpdateForumMemberInput = {
  /** The version you last loaded; a newer one means a conflict. */
  expectedVersion: number;
  id: string | number;
  isChair?: boolean | null | undefined;
  representingId?: string | number | null | undefined;
};

export type UpdateMeasureInput = {
  /** Actions that contribute to the measure; replaces them when given. */
  actionIds?: Array<string | number> | null | undefined;
  amberTolerance?: number | null | undefined;
  /** One or more strategic areas. */
  areaIds?: Array<string | number> | null | undefined;
  baseline?: MeasureBaselineInput | null | undefined;
  calculation?: BilingualLongTextInput | null | undefined;
  dataSource?: BilingualTitleInput | null | undefined;
  definition?: BilingualLongTextInput | null | undefined;
  direction?: MeasureDirection | null | undefined;
  /** The version you last loaded; a newer one means a conflict. */
  expectedVersion: number;
  frequency?: MeasureFrequency | null | undefined;
  id: string | number;
  name?: BilingualTitleInput | null | undefined;
  ownerId?: string | number | null | undefined;
  redTolerance?: number | null | undefined;
  reference?: string | null | undefined;
  /** Targets per financial year; a year left out has none (contextual). */
  targets?: Array<MeasureTargetInput> | null | undefined;
  themes?: Array<Theme> | null | undefined;
  unit?: MeasureUnit | null | undefined;
  /** Ways of working it follows; replaces them when given. */
  waysOfWorking?: Array<WayOfWorking> | null | undefined;
  /** Well-being goals it contributes to; replaces them when given. */
  wellBeingGoals?: Array<WellBeingGoal> | null | undefined;
};

export type UpdateMeetingInput = {
  endsAt?: string | null | undefined;
  /** The version you last loaded; a newer one means a conflict. */
  expectedVersion: number;
  id: string | number;
  /** A room and address. */
  location?: string | null | undefined;
  /** The link to join online. */
  onlineLink?: string | null | undefined;
  startsAt?: string | null | undefined;
  title?: BilingualTitleInput | null | undefined;
};

export type UpdateMilestoneInput = {
  /** YYYY-MM-DD; null to reopen. */
  completedOn?: string | null | undefined;
  dueDate?: string | null | undefined;
  /** The version you last loaded; a newer one means a conflict. */
  expectedVersion: number;
  id: string | number;
  title?: BilingualTitleInput | null | undefined;
};

export type UpdateOrganisationInput = {
  /** The version you last loaded; a newer one means a conflict. */
  expectedVersion: number;
  id: string | number;
  name?: BilingualTitleInput | null | undefined;
  type?: OrganisationType | null | undefined;
};

export type UpdatePartnershipStatementInput = {
  /** A retired statement is no longer scored. */
  active?: boolean | null | undefined;
  /** The version you last loaded; a newer one means a conflict. */
  expectedVersion: number;
  id: string | number;
  position?: number | null | undefined;
  text?: BilingualTitleInput | null | undefined;
};

export type UpdatePersonInput = {
  email?: string | null | undefined;
  /** The version you last loaded; a newer one means a conflict. */
  expectedVersion: number;
  id: string | number;
  jobTitle?: BilingualTitleInput | null | undefined;
  name?: string | null | undefined;
  organisationId?: string | number | null | undefined;
};

export type UpdatePlanInput = {
  /** The version you last loaded; a newer one means a conflict. */
  expectedVersion: number;
  id: string | number;
  title: BilingualTitleInput;
};

/** Changes a draft; fields left out keep their value. */
export type UpdatePublicationInput = {
  /** Replaces every area summary: one per area at most. */
  areaSummaries?: Array<AreaSummaryInput> | null | undefined;
  /** Actions of the report left off the public pages (replaces the list). */
  excludedActionIds?: Array<string | number> | null | undefined;
  /** The version you last loaded; a newer one means a conflict. */
  expectedVersion: number;
  id: string | number;
  includeMeasures?: boolean | null | undefined;
  /** Languages left out keep their text. */
  introduction?: PublicTextInput | null | undefined;
  /** Name owners rather than only their organisation. */
  showOwnerNames?: boolean | null | undefined;
};

/** Changes to a draft; fields left out keep their value. */
export type UpdateReportInput = {
  /** The board paper’s cover sheet. */
  coverSheet?: CoverSheetInput | null | undefined;
  /** Languages left out keep their text. */
  executiveSummary?: BilingualLongTextInput | null | undefined;
  /** The version you last loaded; a newer one means a conflict. */
  expectedVersion: number;
  id: string | number;
};

export type UpdateReportingPeriodInput = {
  /** The version you last loaded; a newer one means a conflict. */
  expectedVersion: number;
  id: string | number;
  /** YYYY-MM-DD, not before the quarter starts. */
  updateDeadline: string;
};

export type UpdateRiskInput = {
  /** One or more strategic areas. */
  areaIds?: Array<string | number> | null | undefined;
  category?: RiskCategory | null | undefined;
  controls?: BilingualLongTextInput | null | undefined;
  description?: BilingualLongTextInput | null | undefined;
  /** The version you last loaded; a newer one means a conflict. */
  expectedVersion: number;
  id: string | number;
  impact?: BilingualLongTextInput | null | undefined;
  inherent?: RiskScoreInput | null | undefined;
  kind?: RiskKind | null | undefined;
  /** Replaces the mitigating actions when given. */
  mitigatingActionIds?: Array<string | number> | null | undefined;
  /** Replaces the follow-ups when given; one left out is removed. */
  mitigations?: Array<RiskMitigationInput> | null | undefined;
  ownerId?: string | number | null | undefined;
  reference?: string | null | undefined;
  /** Months between reviews: 1, 3, 6 or 12. */
  reviewEveryMonths?: number | null | undefined;
  target?: RiskTargetInput | null | undefined;
  /** Replaces the threatened actions when given. */
  threatenedActionIds?: Array<string | number> | null | undefined;
  title?: BilingualTitleInput | null | undefined;
};

export type UpdateStrategicAreaInput = {
  description?: BilingualLongTextInput | null | undefined;
  /** The version you last loaded; a newer one means a conflict. */
  expectedVersion: number;
  number: number;
  shortTitle?: BilingualTitleInput | null | undefined;
  title?: BilingualTitleInput | null | undefined;
};

export type UpdateUserInput = {
  /** The version you last loaded; a newer one means a conflict. */
  expectedVersion: number;
  id: string | number;
  /** The person the account reports for; null links it to nobody, left out keeps it. */
  personId?: string | number | null | undefined;
  role?: Role | null | undefined;
};

export type UserFilterInput = {
  /** True for active accounts, false for deactivated. */
  active?: boolean | null | undefined;
  lastSignIn?: SignInRecency | null | undefined;
  /** The linked person’s organisation. */
  organisationId?: string | number | null | undefined;
  role?: Role | null | undefined;
  /** Part of the email address or the person’s name. */
  search?: string | null | undefined;
};

export type ValueBreakdownInput = {
  /** e.g. an organisation, region or health board. */
  label: BilingualTitleInput;
  value: number;
};

/** How far a figure can be relied on; a later figure for its period is a revision. */
export type ValueQuality = 'CONFIRMED' | 'NOT_AVAILABLE' | 'PROVISIONAL';

/** The Act's five ways of working (the sustainable development principle). */
export type WayOfWorking =
  'COLLABORATION' | 'INTEGRATION' | 'INVOLVEMENT' | 'LONG_TERM' | 'PREVENTION';

/** The seven well-being goals of the Well-being of Future Generations (Wales) Act 2015. */
export type WellBeingGoal =
  | 'COHESIVE_COMMUNITIES'
  | 'GLOBALLY_RESPONSIBLE'
  | 'HEALTHIER'
  | 'MORE_EQUAL'
  | 'PROSPEROUS'
  | 'RESILIENT'
  | 'VIBRANT_CULTURE_WELSH_LANGUAGE';

export type WithdrawPublicationInput = {
  /** The version you last loaded; a newer one means a conflict. */
  expectedVersion: number;
  id: string | number;
  /** Why it was withdrawn, said on its public pages. */
  reason: BilingualLongTextInput;
};

export type AccountSummaryFragment = {
  id: string;
  email: string;
  role: Role;
  disabled: boolean;
  invitationPending: boolean;
  lastSignedInAt: string | null;
  version: number;
  person: {
    id: string;
    name: string;
    organisation: { id: string; name: { en: string | null; cy: string | null } };
  } | null;
};

export type AccountsQueryVariables = Exact<{
  filter?: UserFilterInput | null | undefined;
}>;

export type AccountsQuery = {
  users: Array<{
    id: string;
    email: string;
    role: Role;
    disabled: boolean;
    invitationPending: boolean;
    lastSignedInAt: string | null;
    version: number;
    person: {
      id: string;
      name: string;
      organisation: { id: string; name: { en: string | null; cy: string | null } };
    } | null;
  }>;
};

export type AccountChoicesQueryVariables = Exact<{ [key: string]: never }>;

export type AccountChoicesQuery = {
  organisations: Array<{ id: string; name: { en: string | null; cy: string | null } }>;
  people: Array<{ id: string; name: string; email: string }>;
};

export type AccountQueryVariables = Exact<{
  id: string | number;
}>;

export type AccountQuery = {
  user: {
    id: string;
    email: string;
    role: Role;
    disabled: boolean;
    invitationPending: boolean;
    lastSignedInAt: string | null;
    version: number;
    openActionsOwned: Array<{
      id: string;
      reference: string;
      title: { en: string | null; cy: string | null };
    }>;
    person: {
      id: string;
      name: string;
      organisation: { id: string; name: { en: string | null; cy: string | null } };
    } | null;
  };
};

export type InviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;

export type InviteUserMutation = {
  inviteUser: {
    id: string;
    email: string;
    role: Role;
    disabled: boolean;
    invitationPending: boolean;
    lastSignedInAt: string | null;
    version: number;
    person: {
      id: string;
      name: string;
      organisation: { id: string; name: { en: string | null; cy: string | null } };
    } | null;
  };
};

export type UpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;

export type UpdateUserMutation = {
  updateUser: {
    id: string;
    email: string;
    role: Role;
    disabled: boolean;
    invitationPending: boolean;
    lastSignedInAt: string | null;
    version: number;
    person: {
      id: string;
      name: string;
      organisation: { id: string; name: { en: string | null; cy: string | null } };
    } | null;
  };
};

export type ResendInvitationMutationVariables = Exact<{
  input: AccountVersionInput;
}>;

export type ResendInvitationMutation = {
  resendInvitation: {
    id: string;
    email: string;
    role: Role;
    disabled: boolean;
    invitationPending: boolean;
    lastSignedInAt: string | null;
    version: number;
    person: {
      id: string;
      name: string;
      organisation: { id: string; name: { en: string | null; cy: string | null } };
    } | null;
  };
};

export type DeactivateUserMutationVariables = Exact<{
  input: DeactivateUserInput;
}>;

export type DeactivateUserMutation = {
  deactivateUser: {
    id: string;
    email: string;
    role: Role;
    disabled: boolean;
    invitationPending: boolean;
    lastSignedInAt: string | null;
    version: number;
    openActionsOwned: Array<{ id: string }>;
    person: {
      id: string;
      name: string;
      organisation: { id: string; name: { en: string | null; cy: string | null } };
    } | null;
  };
};

export type ReactivateUserMutationVariables = Exact<{
  input: AccountVersionInput;
}>;

export type ReactivateUserMutation = {
  reactivateUser: {
    id: string;
    email: string;
    role: Role;
    disabled: boolean;
    invitationPending: boolean;
    lastSignedInAt: string | null;
    version: number;
    person: {
      id: string;
      name: string;
      organisation: { id: string; name: { en: string | null; cy: string | null } };
    } | null;
  };
};

export type RiskSummaryFieldsFragment = {
  id: string;
  reference: string;
  title: { en: string | null; cy: string | null };
  current: { score: number; band: RiskBand };
};

export type MyAccountQueryVariables = Exact<{ [key: string]: never }>;

export type MyAccountQuery = {
  me: { id: string; permissions: Array<Permission>; person: { id: string } | null } | null;
};

export type ReportingContextQueryVariables = Exact<{ [key: string]: never }>;

export type ReportingContextQuery = {
  currentReportingPeriod: {
    id: string;
    label: string;
    financialYear: string;
    updateDeadline: string;
  } | null;
};

export type ReportingRoundQueryVariables = Exact<{ [key: string]: never }>;

export type ReportingRoundQuery = {
  currentReportingPeriod: {
    id: string;
    label: string;
    financialYear: string;
    updateDeadline: string;
    state: ReportingPeriodState;
    closedAt: string | null;
    figuresDue: Array<{
      periodStart: string;
      measure: { id: string; reference: string; name: { en: string | null; cy: string | null } };
      periodLabel: { en: string | null; cy: string | null };
    }>;
    riskReviewsDue: Array<{
      nextReviewDue: string;
      id: string;
      reference: string;
      title: { en: string | null; cy: string | null };
      current: { score: number; band: RiskBand };
    }>;
  } | null;
};

export type OverdueFactsFragment = {
  isOverdue: boolean;
  dueDate: string;
  milestones: Array<{
    id: string;
    dueDate: string;
    completedOn: string | null;
    title: { en: string | null; cy: string | null };
  }>;
};

export type MyActionsQueryVariables = Exact<{
  financialYear: string;
  personId: string | number;
  reportingPeriodId: string | number;
}>;

export type MyActionsQuery = {
  actions: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        reference: string;
        isOverdue: boolean;
        dueDate: string;
        title: { en: string | null; cy: string | null };
        currentStatus: { id: string; rag: RagStatus } | null;
        statusInPeriod: { id: string } | null;
        milestones: Array<{
          id: string;
          dueDate: string;
          completedOn: string | null;
          title: { en: string | null; cy: string | null };
        }>;
      };
    }>;
  };
};

export type ActionForUpdateQueryVariables = Exact<{
  id: string | number;
}>;

export type ActionForUpdateQuery = {
  action: {
    id: string;
    reference: string;
    title: { en: string | null; cy: string | null };
    owners: Array<{ id: string }>;
    delegates: Array<{ id: string }>;
  };
};

export type SubmitStatusUpdateMutationVariables = Exact<{
  input: SubmitStatusUpdateInput;
}>;

export type SubmitStatusUpdateMutation = {
  submitStatusUpdate: { id: string; rag: RagStatus; percentComplete: number };
};

export type ActionDetailsQueryVariables = Exact<{
  id: string | number;
}>;

export type ActionDetailsQuery = {
  action: {
    id: string;
    reference: string;
    leadOrganisation: LeadOrganisation;
    startDate: string;
    dueDate: string;
    isOverdue: boolean;
    themes: Array<Theme>;
    wellBeingGoals: Array<WellBeingGoal>;
    waysOfWorking: Array<WayOfWorking>;
    title: { en: string | null; cy: string | null };
    description: { en: string | null; cy: string | null };
    area: { id: string; number: number; title: { en: string | null; cy: string | null } };
    owners: Array<{ id: string; name: string }>;
    delegates: Array<{ id: string; name: string }>;
    milestones: Array<{
      id: string;
      dueDate: string;
      completedOn: string | null;
      title: { en: string | null; cy: string | null };
    }>;
    risks: Array<{
      id: string;
      reference: string;
      title: { en: string | null; cy: string | null };
      current: { score: number; band: RiskBand };
    }>;
    statusHistory: Array<{
      id: string;
      rag: RagStatus;
      percentComplete: number;
      submittedAt: string;
      commentary: { en: string | null; cy: string | null };
      author: { id: string; name: string };
      risks: { en: string | null; cy: string | null };
      raisedRisks: Array<{
        id: string;
        reference: string;
        title: { en: string | null; cy: string | null };
      }>;
      reportingPeriod: { id: string; label: string; startDate: string };
    }>;
  };
};

export type ActionAuditTrailQueryVariables = Exact<{
  id: string | number;
}>;

export type ActionAuditTrailQuery = {
  auditTrail: Array<{
    id: string;
    action: AuditAction;
    actorEmail: string | null;
    occurredAt: string;
    changes: Array<{ field: string }>;
  }>;
};

export type StrategicAreaQueryVariables = Exact<{
  number: number;
}>;

export type StrategicAreaQuery = {
  strategicArea: {
    id: string;
    number: number;
    title: { en: string | null; cy: string | null };
    description: { en: string | null; cy: string | null };
  };
};

export type AreaActionsQueryVariables = Exact<{
  filter: ActionFilter;
  sort?: ActionSort | null | undefined;
}>;

export type AreaActionsQuery = {
  actions: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        reference: string;
        leadOrganisation: LeadOrganisation;
        isOverdue: boolean;
        dueDate: string;
        title: { en: string | null; cy: string | null };
        owners: Array<{ id: string; name: string }>;
        currentStatus: { id: string; rag: RagStatus } | null;
        milestones: Array<{
          id: string;
          dueDate: string;
          completedOn: string | null;
          title: { en: string | null; cy: string | null };
        }>;
      };
    }>;
  };
};

export type AreaTextsFragment = {
  id: string;
  number: number;
  version: number;
  title: { en: string | null; cy: string | null };
  shortTitle: { en: string | null; cy: string | null };
  description: { en: string | null; cy: string | null };
};

export type AreasForEditingQueryVariables = Exact<{ [key: string]: never }>;

export type AreasForEditingQuery = {
  strategicAreas: Array<{
    id: string;
    number: number;
    version: number;
    title: { en: string | null; cy: string | null };
    shortTitle: { en: string | null; cy: string | null };
    description: { en: string | null; cy: string | null };
  }>;
};

export type UpdateStrategicAreaMutationVariables = Exact<{
  input: UpdateStrategicAreaInput;
}>;

export type UpdateStrategicAreaMutation = {
  updateStrategicArea: {
    id: string;
    number: number;
    version: number;
    title: { en: string | null; cy: string | null };
    shortTitle: { en: string | null; cy: string | null };
    description: { en: string | null; cy: string | null };
  };
};

export type AuditLogQueryVariables = Exact<{
  filter?: AuditLogFilter | null | undefined;
  after?: string | null | undefined;
}>;

export type AuditLogQuery = {
  auditLog: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: {
        id: string;
        occurredAt: string;
        actorEmail: string | null;
        action: AuditAction;
        entityType: string;
        entityId: string;
        changes: Array<{ field: string; before: string | null; after: string | null }>;
      };
    }>;
  };
};

export type AuditLogChoicesQueryVariables = Exact<{ [key: string]: never }>;

export type AuditLogChoicesQuery = {
  auditRecordTypes: Array<string>;
  users: Array<{ id: string; email: string }>;
};

export type CurrentUserFragment = {
  id: string;
  email: string;
  role: Role;
  preferredLanguage: Language;
};

export type MeQueryVariables = Exact<{ [key: string]: never }>;

export type MeQuery = {
  me: { id: string; email: string; role: Role; preferredLanguage: Language } | null;
};

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;

export type SignInMutation = {
  signIn: {
    expiresAt: string;
    user: { id: string; email: string; role: Role; preferredLanguage: Language };
  };
};

export type SignOutMutationVariables = Exact<{ [key: string]: never }>;

export type SignOutMutation = { signOut: boolean };

export type RequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;

export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type AccountLinkQueryVariables = Exact<{
  token: string;
}>;

export type AccountLinkQuery = { accountLink: { email: string; purpose: AccountLinkPurpose } };

export type SetPasswordMutationVariables = Exact<{
  input: SetPasswordInput;
}>;

export type SetPasswordMutation = { setPassword: boolean };

export type DirectoryOrganisationFragment = {
  id: string;
  code: string;
  type: OrganisationType;
  version: number;
  name: { en: string | null; cy: string | null };
};

export type DirectoryPersonFragment = {
  id: string;
  name: string;
  email: string;
  version: number;
  jobTitle: { en: string | null; cy: string | null };
  organisation: {
    id: string;
    code: string;
    type: OrganisationType;
    version: number;
    name: { en: string | null; cy: string | null };
  };
};

export type DirectoryQueryVariables = Exact<{ [key: string]: never }>;

export type DirectoryQuery = {
  people: Array<{
    id: string;
    name: string;
    email: string;
    version: number;
    jobTitle: { en: string | null; cy: string | null };
    organisation: {
      id: string;
      code: string;
      type: OrganisationType;
      version: number;
      name: { en: string | null; cy: string | null };
    };
  }>;
  organisations: Array<{
    id: string;
    code: string;
    type: OrganisationType;
    version: number;
    name: { en: string | null; cy: string | null };
  }>;
};

export type CreatePersonMutationVariables = Exact<{
  input: CreatePersonInput;
}>;

export type CreatePersonMutation = {
  createPerson: {
    id: string;
    name: string;
    email: string;
    version: number;
    jobTitle: { en: string | null; cy: string | null };
    organisation: {
      id: string;
      code: string;
      type: OrganisationType;
      version: number;
      name: { en: string | null; cy: string | null };
    };
  };
};

export type UpdatePersonMutationVariables = Exact<{
  input: UpdatePersonInput;
}>;

export type UpdatePersonMutation = {
  updatePerson: {
    id: string;
    name: string;
    email: string;
    version: number;
    jobTitle: { en: string | null; cy: string | null };
    organisation: {
      id: string;
      code: string;
      type: OrganisationType;
      version: number;
      name: { en: string | null; cy: string | null };
    };
  };
};

export type MergePeopleMutationVariables = Exact<{
  input: MergePeopleInput;
}>;

export type MergePeopleMutation = {
  mergePeople: {
    id: string;
    name: string;
    email: string;
    version: number;
    jobTitle: { en: string | null; cy: string | null };
    organisation: {
      id: string;
      code: string;
      type: OrganisationType;
      version: number;
      name: { en: string | null; cy: string | null };
    };
  };
};

export type CreateOrganisationMutationVariables = Exact<{
  input: CreateOrganisationInput;
}>;

export type CreateOrganisationMutation = {
  createOrganisation: {
    id: string;
    code: string;
    type: OrganisationType;
    version: number;
    name: { en: string | null; cy: string | null };
  };
};

export type UpdateOrganisationMutationVariables = Exact<{
  input: UpdateOrganisationInput;
}>;

export type UpdateOrganisationMutation = {
  updateOrganisation: {
    id: string;
    code: string;
    type: OrganisationType;
    version: number;
    name: { en: string | null; cy: string | null };
  };
};

export type PlanImportResultFragment = {
  fileName: string;
  newCount: number;
  changedCount: number;
  unchangedCount: number;
  errorCount: number;
  imported: boolean;
  rows: Array<{
    row: number;
    reference: string;
    status: ImportRowStatus;
    changes: Array<string>;
    problems: Array<{ cell: string; message: string }>;
  }>;
};

export type PlanImportPreviewQueryVariables = Exact<{
  input: PlanImportInput;
}>;

export type PlanImportPreviewQuery = {
  preview: {
    fileName: string;
    newCount: number;
    changedCount: number;
    unchangedCount: number;
    errorCount: number;
    imported: boolean;
    rows: Array<{
      row: number;
      reference: string;
      status: ImportRowStatus;
      changes: Array<string>;
      problems: Array<{ cell: string; message: string }>;
    }>;
  };
};

export type ImportPlanMutationVariables = Exact<{
  input: PlanImportInput;
}>;

export type ImportPlanMutation = {
  imported: {
    fileName: string;
    newCount: number;
    changedCount: number;
    unchangedCount: number;
    errorCount: number;
    imported: boolean;
    rows: Array<{
      row: number;
      reference: string;
      status: ImportRowStatus;
      changes: Array<string>;
      problems: Array<{ cell: string; message: string }>;
    }>;
  };
};

export type StatusUpdateImportPreviewQueryVariables = Exact<{
  input: PlanImportInput;
}>;

export type StatusUpdateImportPreviewQuery = {
  preview: {
    fileName: string;
    newCount: number;
    changedCount: number;
    unchangedCount: number;
    errorCount: number;
    imported: boolean;
    rows: Array<{
      row: number;
      reference: string;
      status: ImportRowStatus;
      changes: Array<string>;
      problems: Array<{ cell: string; message: string }>;
    }>;
  };
};

export type ImportStatusUpdatesMutationVariables = Exact<{
  input: PlanImportInput;
}>;

export type ImportStatusUpdatesMutation = {
  imported: {
    fileName: string;
    newCount: number;
    changedCount: number;
    unchangedCount: number;
    errorCount: number;
    imported: boolean;
    rows: Array<{
      row: number;
      reference: string;
      status: ImportRowStatus;
      changes: Array<string>;
      problems: Array<{ cell: string; message: string }>;
    }>;
  };
};

export type MeasureValueImportPreviewQueryVariables = Exact<{
  input: ImportFileInput;
}>;

export type MeasureValueImportPreviewQuery = {
  preview: {
    fileName: string;
    newCount: number;
    changedCount: number;
    unchangedCount: number;
    errorCount: number;
    imported: boolean;
    rows: Array<{
      row: number;
      reference: string;
      status: ImportRowStatus;
      changes: Array<string>;
      problems: Array<{ cell: string; message: string }>;
    }>;
  };
};

export type ImportMeasureValuesMutationVariables = Exact<{
  input: ImportFileInput;
}>;

export type ImportMeasureValuesMutation = {
  imported: {
    fileName: string;
    newCount: number;
    changedCount: number;
    unchangedCount: number;
    errorCount: number;
    imported: boolean;
    rows: Array<{
      row: number;
      reference: string;
      status: ImportRowStatus;
      changes: Array<string>;
      problems: Array<{ cell: string; message: string }>;
    }>;
  };
};

export type SetPreferredLanguageMutationVariables = Exact<{
  language: Language;
}>;

export type SetPreferredLanguageMutation = {
  setPreferredLanguage: { id: string; email: string; role: Role; preferredLanguage: Language };
};

export type MeasureFigureFragment = {
  id: string;
  periodStart: string;
  periodEnd: string;
  value: number | null;
  quality: ValueQuality;
  revised: boolean;
  target: number | null;
  rag: MeasureRag | null;
  periodLabel: { en: string | null; cy: string | null };
};

export type MeasureAreasQueryVariables = Exact<{ [key: string]: never }>;

export type MeasureAreasQuery = {
  strategicAreas: Array<{
    id: string;
    number: number;
    shortTitle: { en: string | null; cy: string | null };
  }>;
};

export type MeasureRowFragment = {
  id: string;
  reference: string;
  unit: MeasureUnit;
  direction: MeasureDirection;
  frequency: MeasureFrequency;
  contextual: boolean;
  name: { en: string | null; cy: string | null };
  areas: Array<{
    id: string;
    number: number;
    shortTitle: { en: string | null; cy: string | null };
  }>;
  latest: {
    id: string;
    periodStart: string;
    periodEnd: string;
    value: number | null;
    quality: ValueQuality;
    revised: boolean;
    target: number | null;
    rag: MeasureRag | null;
    periodLabel: { en: string | null; cy: string | null };
  } | null;
  trend: { sincePrevious: MeasureTrend | null; sinceBaseline: MeasureTrend | null };
  recentFigures: Array<{
    periodStart: string;
    value: number | null;
    periodLabel: { en: string | null; cy: string | null };
  }>;
};

export type MeasurePageQueryVariables = Exact<{
  areaId?: string | number | null | undefined;
  wellBeingGoals?: Array<WellBeingGoal> | WellBeingGoal | null | undefined;
  offset: number;
  limit: number;
}>;

export type MeasurePageQuery = {
  measurePage: {
    totalCount: number;
    measures: Array<{
      id: string;
      reference: string;
      unit: MeasureUnit;
      direction: MeasureDirection;
      frequency: MeasureFrequency;
      contextual: boolean;
      name: { en: string | null; cy: string | null };
      areas: Array<{
        id: string;
        number: number;
        shortTitle: { en: string | null; cy: string | null };
      }>;
      latest: {
        id: string;
        periodStart: string;
        periodEnd: string;
        value: number | null;
        quality: ValueQuality;
        revised: boolean;
        target: number | null;
        rag: MeasureRag | null;
        periodLabel: { en: string | null; cy: string | null };
      } | null;
      trend: { sincePrevious: MeasureTrend | null; sinceBaseline: MeasureTrend | null };
      recentFigures: Array<{
        periodStart: string;
        value: number | null;
        periodLabel: { en: string | null; cy: string | null };
      }>;
    }>;
  };
};

export type MeasureDetailsQueryVariables = Exact<{
  id: string | number;
}>;

export type MeasureDetailsQuery = {
  measure: {
    id: string;
    reference: string;
    unit: MeasureUnit;
    direction: MeasureDirection;
    frequency: MeasureFrequency;
    themes: Array<Theme>;
    wellBeingGoals: Array<WellBeingGoal>;
    waysOfWorking: Array<WayOfWorking>;
    contextual: boolean;
    canReportFigures: boolean;
    name: { en: string | null; cy: string | null };
    definition: { en: string | null; cy: string | null };
    calculation: { en: string | null; cy: string | null };
    dataSource: { en: string | null; cy: string | null };
    tolerance: { amber: number; red: number };
    baseline: { value: number; date: string } | null;
    targets: Array<{ financialYear: string; value: number }>;
    owner: { id: string; name: string };
    areas: Array<{
      id: string;
      number: number;
      shortTitle: { en: string | null; cy: string | null };
    }>;
    trend: { sincePrevious: MeasureTrend | null; sinceBaseline: MeasureTrend | null };
    values: Array<{
      id: string;
      periodStart: string;
      periodEnd: string;
      value: number | null;
      quality: ValueQuality;
      revised: boolean;
      target: number | null;
      rag: MeasureRag | null;
      ragExplanation: { en: string | null; cy: string | null } | null;
      commentary: { en: string | null; cy: string | null };
      notAvailableReason: { en: string | null; cy: string | null };
      breakdowns: Array<{ value: number; label: { en: string | null; cy: string | null } }>;
      periodLabel: { en: string | null; cy: string | null };
    }>;
    revisions: Array<{
      submittedAt: string;
      id: string;
      periodStart: string;
      periodEnd: string;
      value: number | null;
      quality: ValueQuality;
      revised: boolean;
      target: number | null;
      rag: MeasureRag | null;
      author: { id: string; name: string };
      periodLabel: { en: string | null; cy: string | null };
    }>;
    actions: Array<{
      id: string;
      reference: string;
      title: { en: string | null; cy: string | null };
      currentStatus: { id: string; rag: RagStatus } | null;
    }>;
  };
};

export type MeasureForReportQueryVariables = Exact<{
  id: string | number;
}>;

export type MeasureForReportQuery = {
  measure: {
    id: string;
    reference: string;
    unit: MeasureUnit;
    frequency: MeasureFrequency;
    canReportFigures: boolean;
    name: { en: string | null; cy: string | null };
    targets: Array<{ financialYear: string }>;
    values: Array<{
      submittedAt: string;
      id: string;
      periodStart: string;
      periodEnd: string;
      value: number | null;
      quality: ValueQuality;
      revised: boolean;
      target: number | null;
      rag: MeasureRag | null;
      author: { id: string; name: string };
      periodLabel: { en: string | null; cy: string | null };
    }>;
  };
};

export type SubmitMeasureValueMutationVariables = Exact<{
  input: SubmitMeasureValueInput;
}>;

export type SubmitMeasureValueMutation = {
  submitMeasureValue: {
    id: string;
    periodStart: string;
    periodEnd: string;
    value: number | null;
    quality: ValueQuality;
    revised: boolean;
    target: number | null;
    rag: MeasureRag | null;
    periodLabel: { en: string | null; cy: string | null };
  };
};

export type MeasuresSummaryQueryVariables = Exact<{ [key: string]: never }>;

export type MeasuresSummaryQuery = {
  measuresSummary: {
    counts: {
      red: number;
      amber: number;
      green: number;
      contextual: number;
      noFigure: number;
      total: number;
    };
    worsened: Array<{
      id: string;
      reference: string;
      unit: MeasureUnit;
      name: { en: string | null; cy: string | null };
      latest: {
        id: string;
        periodStart: string;
        periodEnd: string;
        value: number | null;
        quality: ValueQuality;
        revised: boolean;
        target: number | null;
        rag: MeasureRag | null;
        periodLabel: { en: string | null; cy: string | null };
      } | null;
    }>;
  };
};

export type MeasureFormOptionsQueryVariables = Exact<{ [key: string]: never }>;

export type MeasureFormOptionsQuery = {
  strategicAreas: Array<{
    id: string;
    number: number;
    title: { en: string | null; cy: string | null };
  }>;
  people: Array<{ id: string; name: string; email: string }>;
};

export type MeasureForEditQueryVariables = Exact<{
  id: string | number;
}>;

export type MeasureForEditQuery = {
  measure: {
    id: string;
    version: number;
    reference: string;
    unit: MeasureUnit;
    direction: MeasureDirection;
    frequency: MeasureFrequency;
    themes: Array<Theme>;
    wellBeingGoals: Array<WellBeingGoal>;
    waysOfWorking: Array<WayOfWorking>;
    name: { en: string | null; cy: string | null };
    definition: { en: string | null; cy: string | null };
    calculation: { en: string | null; cy: string | null };
    dataSource: { en: string | null; cy: string | null };
    owner: { id: string };
    areas: Array<{ id: string }>;
    tolerance: { amber: number; red: number };
    baseline: { value: number; date: string } | null;
    targets: Array<{ financialYear: string; value: number }>;
  };
};

export type EditableMeasureFragment = {
  id: string;
  version: number;
  reference: string;
  unit: MeasureUnit;
  direction: MeasureDirection;
  frequency: MeasureFrequency;
  themes: Array<Theme>;
  wellBeingGoals: Array<WellBeingGoal>;
  waysOfWorking: Array<WayOfWorking>;
  name: { en: string | null; cy: string | null };
  definition: { en: string | null; cy: string | null };
  calculation: { en: string | null; cy: string | null };
  dataSource: { en: string | null; cy: string | null };
  owner: { id: string };
  areas: Array<{ id: string }>;
  tolerance: { amber: number; red: number };
  baseline: { value: number; date: string } | null;
  targets: Array<{ financialYear: string; value: number }>;
};

export type CreateMeasureMutationVariables = Exact<{
  input: CreateMeasureInput;
}>;

export type CreateMeasureMutation = { createMeasure: { id: string; reference: string } };

export type UpdateMeasureMutationVariables = Exact<{
  input: UpdateMeasureInput;
}>;

export type UpdateMeasureMutation = {
  updateMeasure: {
    id: string;
    version: number;
    reference: string;
    unit: MeasureUnit;
    direction: MeasureDirection;
    frequency: MeasureFrequency;
    themes: Array<Theme>;
    wellBeingGoals: Array<WellBeingGoal>;
    waysOfWorking: Array<WayOfWorking>;
    name: { en: string | null; cy: string | null };
    definition: { en: string | null; cy: string | null };
    calculation: { en: string | null; cy: string | null };
    dataSource: { en: string | null; cy: string | null };
    owner: { id: string };
    areas: Array<{ id: string }>;
    tolerance: { amber: number; red: number };
    baseline: { value: number; date: string } | null;
    targets: Array<{ financialYear: string; value: number }>;
  };
};

export type MeetingRowFragment = {
  id: string;
  startsAt: string;
  endsAt: string;
  location: string;
  onlineLink: string | null;
  state: MeetingState;
  title: { en: string | null; cy: string | null };
  forum: { id: string; kind: ForumKind; name: { en: string | null; cy: string | null } };
};

export type ForumChoicesQueryVariables = Exact<{ [key: string]: never }>;

export type ForumChoicesQuery = {
  forums: Array<{
    id: string;
    kind: ForumKind;
    active: boolean;
    name: { en: string | null; cy: string | null };
  }>;
};

export type MeetingsQueryVariables = Exact<{
  forumId?: string | number | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;

export type MeetingsQuery = {
  meetings: Array<{
    id: string;
    startsAt: string;
    endsAt: string;
    location: string;
    onlineLink: string | null;
    state: MeetingState;
    title: { en: string | null; cy: string | null };
    forum: { id: string; kind: ForumKind; name: { en: string | null; cy: string | null } };
  }>;
};

export type MeetingScheduleQueryVariables = Exact<{
  forumId?: string | number | null | undefined;
  pastOffset: number;
  pastLimit: number;
}>;

export type MeetingScheduleQuery = {
  meetingSchedule: {
    pastCount: number;
    upcoming: Array<{
      id: string;
      startsAt: string;
      endsAt: string;
      location: string;
      onlineLink: string | null;
      state: MeetingState;
      title: { en: string | null; cy: string | null };
      forum: { id: string; kind: ForumKind; name: { en: string | null; cy: string | null } };
    }>;
    past: Array<{
      id: string;
      startsAt: string;
      endsAt: string;
      location: string;
      onlineLink: string | null;
      state: MeetingState;
      title: { en: string | null; cy: string | null };
      forum: { id: string; kind: ForumKind; name: { en: string | null; cy: string | null } };
    }>;
  };
};

export type MeetingDetailsQueryVariables = Exact<{
  id: string | number;
}>;

export type MeetingDetailsQuery = {
  meeting: {
    version: number;
    noticeSentAt: string | null;
    noticeSequence: number;
    minutesApprovedAt: string | null;
    minutesVisible: boolean;
    canManage: boolean;
    canApprove: boolean;
    canSendApologies: boolean;
    id: string;
    startsAt: string;
    endsAt: string;
    location: string;
    onlineLink: string | null;
    state: MeetingState;
    minutesApprovedBy: { id: string; name: string } | null;
    forum: {
      id: string;
      kind: ForumKind;
      members: Array<{
        id: string;
        isChair: boolean;
        leftOn: string | null;
        person: { id: string; name: string };
        representing: { id: string; name: { en: string | null; cy: string | null } };
      }>;
      name: { en: string | null; cy: string | null };
    };
    agenda: Array<{
      id: string;
      version: number;
      position: number;
      title: { en: string | null; cy: string | null };
      minutes: { en: string | null; cy: string | null } | null;
      presenter: { id: string; name: string } | null;
      report: {
        id: string;
        audience: ReportAudience;
        edition: number;
        reportingPeriod: { id: string; label: string };
      } | null;
      actions: Array<{
        id: string;
        reference: string;
        title: { en: string | null; cy: string | null };
      }>;
      measures: Array<{
        id: string;
        reference: string;
        name: { en: string | null; cy: string | null };
      }>;
      risks: Array<{
        id: string;
        reference: string;
        title: { en: string | null; cy: string | null };
      }>;
    }>;
    attendance: Array<{
      id: string;
      status: AttendanceStatus;
      deputyName: string | null;
      member: { id: string };
    }>;
    decisions: Array<{
      id: string;
      kind: ReviewEntryKind;
      text: { en: string | null; cy: string | null };
      followUps: Array<{
        id: string;
        version: number;
        dueDate: string;
        completedOn: string | null;
        isOverdue: boolean;
        title: { en: string | null; cy: string | null };
        owner: { id: string; name: string };
      }>;
    }>;
    carriedCommitments: Array<{
      id: string;
      version: number;
      dueDate: string;
      completedOn: string | null;
      isOverdue: boolean;
      title: { en: string | null; cy: string | null };
      owner: { id: string; name: string };
    }>;
    title: { en: string | null; cy: string | null };
  };
};

export type IssuedReportsQueryVariables = Exact<{ [key: string]: never }>;

export type IssuedReportsQuery = {
  reports: Array<{
    id: string;
    state: ReportState;
    audience: ReportAudience;
    edition: number;
    reportingPeriod: { id: string; label: string };
  }>;
};

export type ScheduleMeetingMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;

export type ScheduleMeetingMutation = { scheduleMeeting: { id: string } };

export type UpdateMeetingMutationVariables = Exact<{
  input: UpdateMeetingInput;
}>;

export type UpdateMeetingMutation = { updateMeeting: { id: string; version: number } };

export type AddAgendaItemMutationVariables = Exact<{
  input: AddAgendaItemInput;
}>;

export type AddAgendaItemMutation = { addAgendaItem: { id: string } };

export type UpdateAgendaItemMutationVariables = Exact<{
  input: UpdateAgendaItemInput;
}>;

export type UpdateAgendaItemMutation = { updateAgendaItem: { id: string; version: number } };

export type MoveAgendaItemMutationVariables = Exact<{
  input: MoveAgendaItemInput;
}>;

export type MoveAgendaItemMutation = { moveAgendaItem: { id: string; version: number } };

export type RemoveAgendaItemMutationVariables = Exact<{
  input: MeetingsVersionInput;
}>;

export type RemoveAgendaItemMutation = { removeAgendaItem: { id: string } };

export type UpdateAgendaItemMinutesMutationVariables = Exact<{
  input: AgendaItemMinutesInput;
}>;

export type UpdateAgendaItemMinutesMutation = { updateAgendaItemMinutes: { id: string } };

export type MarkMeetingHeldMutationVariables = Exact<{
  input: MeetingsVersionInput;
}>;

export type MarkMeetingHeldMutation = { markMeetingHeld: { id: string } };

export type CancelMeetingMutationVariables = Exact<{
  input: MeetingsVersionInput;
}>;

export type CancelMeetingMutation = { cancelMeeting: { id: string } };

export type ApproveMinutesMutationVariables = Exact<{
  input: MeetingsVersionInput;
}>;

export type ApproveMinutesMutation = { approveMinutes: { id: string } };

export type RecordAttendanceMutationVariables = Exact<{
  input: RecordAttendanceInput;
}>;

export type RecordAttendanceMutation = { recordAttendance: Array<{ id: string }> };

export type SendApologiesMutationVariables = Exact<{
  meetingId: string | number;
}>;

export type SendApologiesMutation = { sendApologies: { id: string } };

export type RecordMeetingDecisionMutationVariables = Exact<{
  input: RecordMeetingDecisionInput;
}>;

export type RecordMeetingDecisionMutation = { recordMeetingDecision: { id: string } };

export type SendMeetingNoticeMutationVariables = Exact<{
  meetingId: string | number;
}>;

export type SendMeetingNoticeMutation = { sendMeetingNotice: { id: string } };

export type SendBriefingNoteMutationVariables = Exact<{
  meetingId: string | number;
}>;

export type SendBriefingNoteMutation = { sendBriefingNote: number };

export type MeetingsAuditQueryVariables = Exact<{
  forumId?: string | number | null | undefined;
  from: string;
  to: string;
}>;

export type MeetingsAuditQuery = {
  attendanceAudit: Array<{
    forumId: string;
    forumName: { en: string | null; cy: string | null };
    figures: {
      meetings: number;
      present: number;
      represented: number;
      apologies: number;
      absent: number;
      attendanceRate: number;
      deputies: Array<string>;
      longestMissedRun: number;
      flagged: boolean;
    };
    organisations: Array<{
      organisationId: string;
      organisationName: { en: string | null; cy: string | null };
      figures: {
        meetings: number;
        present: number;
        represented: number;
        apologies: number;
        absent: number;
        attendanceRate: number;
        deputies: Array<string>;
        longestMissedRun: number;
        flagged: boolean;
      };
    }>;
    members: Array<{
      memberId: string;
      personName: string;
      figures: {
        meetings: number;
        present: number;
        represented: number;
        apologies: number;
        absent: number;
        attendanceRate: number;
        deputies: Array<string>;
        longestMissedRun: number;
        flagged: boolean;
      };
    }>;
  }>;
  commitmentsKept: Array<{
    forumId: string;
    total: number;
    doneOnTime: number;
    doneLate: number;
    open: number;
    overdue: number;
    forumName: { en: string | null; cy: string | null };
  }>;
};

export type AttendanceFigureFieldsFragment = {
  meetings: number;
  present: number;
  represented: number;
  apologies: number;
  absent: number;
  attendanceRate: number;
  deputies: Array<string>;
  longestMissedRun: number;
  flagged: boolean;
};

export type ForumsAdminQueryVariables = Exact<{ [key: string]: never }>;

export type ForumsAdminQuery = {
  forums: Array<{
    id: string;
    version: number;
    kind: ForumKind;
    active: boolean;
    name: { en: string | null; cy: string | null };
    purpose: { en: string | null; cy: string | null };
    members: Array<{
      id: string;
      version: number;
      isChair: boolean;
      joinedOn: string;
      leftOn: string | null;
      person: { id: string; name: string };
      representing: { id: string; name: { en: string | null; cy: string | null } };
    }>;
  }>;
  people: Array<{ id: string; name: string; organisation: { id: string } }>;
  organisations: Array<{ id: string; name: { en: string | null; cy: string | null } }>;
};

export type CreateForumMutationVariables = Exact<{
  input: CreateForumInput;
}>;

export type CreateForumMutation = { createForum: { id: string } };

export type UpdateForumMutationVariables = Exact<{
  input: UpdateForumInput;
}>;

export type UpdateForumMutation = { updateForum: { id: string; version: number } };

export type UpdateForumMemberMutationVariables = Exact<{
  input: UpdateForumMemberInput;
}>;

export type UpdateForumMemberMutation = { updateForumMember: { id: string; version: number } };

export type AddForumMemberMutationVariables = Exact<{
  input: AddForumMemberInput;
}>;

export type AddForumMemberMutation = { addForumMember: { id: string } };

export type EndForumMembershipMutationVariables = Exact<{
  input: EndForumMembershipInput;
}>;

export type EndForumMembershipMutation = { endForumMembership: { id: string } };

export type NotificationCountQueryVariables = Exact<{ [key: string]: never }>;

export type NotificationCountQuery = { myNotifications: { unreadCount: number } };

export type MyNotificationsQueryVariables = Exact<{
  first: number;
}>;

export type MyNotificationsQuery = {
  myNotifications: {
    unreadCount: number;
    notifications: Array<{
      id: string;
      kind: NotificationKind;
      link: string;
      createdAt: string;
      readAt: string | null;
      subject: { en: string | null; cy: string | null };
      body: { en: string | null; cy: string | null };
    }>;
  };
};

export type MarkNotificationsReadMutationVariables = Exact<{
  input: MarkNotificationsReadInput;
}>;

export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type RagCountFieldsFragment = {
  red: number;
  amber: number;
  green: number;
  notStarted: number;
  complete: number;
  noUpdate: number;
  total: number;
};

export type RagMovementCountFieldsFragment = {
  improved: number;
  worsened: number;
  unchanged: number;
  newlyRed: number;
  newlyComplete: number;
  notCompared: number;
};

export type CurrentProgressSummaryQueryVariables = Exact<{ [key: string]: never }>;

export type CurrentProgressSummaryQuery = {
  currentProgressSummary: {
    asOf: string;
    reportingPeriod: {
      id: string;
      label: string;
      startDate: string;
      endDate: string;
      updateDeadline: string;
      state: ReportingPeriodState;
      closedAt: string | null;
    };
    plan: { id: string; financialYear: string } | null;
    overall: {
      red: number;
      amber: number;
      green: number;
      notStarted: number;
      complete: number;
      noUpdate: number;
      total: number;
    };
    areas: Array<{
      area: { id: string; number: number; shortTitle: { en: string | null; cy: string | null } };
      counts: {
        red: number;
        amber: number;
        green: number;
        notStarted: number;
        complete: number;
        noUpdate: number;
        total: number;
      };
      movement: {
        improved: number;
        worsened: number;
        unchanged: number;
        newlyRed: number;
        newlyComplete: number;
        notCompared: number;
      };
    }>;
    movement: {
      previousPeriod: { id: string; label: string } | null;
      counts: {
        improved: number;
        worsened: number;
        unchanged: number;
        newlyRed: number;
        newlyComplete: number;
        notCompared: number;
      };
    };
  } | null;
};

export type CurrentProgressListsQueryVariables = Exact<{ [key: string]: never }>;

export type CurrentProgressListsQuery = {
  currentProgressSummary: {
    movement: {
      changes: Array<{
        previous: RagStatus;
        current: RagStatus;
        direction: RagDirection;
        action: { id: string; reference: string; title: { en: string | null; cy: string | null } };
      }>;
    };
    overdueMilestones: Array<{
      id: string;
      dueDate: string;
      title: { en: string | null; cy: string | null };
      action: { id: string; reference: string };
    }>;
    actionsWithoutUpdate: Array<{
      id: string;
      reference: string;
      title: { en: string | null; cy: string | null };
    }>;
  } | null;
};

export type EngagementFieldsFragment = {
  id: string;
  subjectKind: EngagementSubjectKind;
  subjectId: string;
  engagedOn: string;
  forumId: string | null;
  meetingId: string | null;
  outcome: EngagementOutcome;
  version: number;
  consultedOn: { en: string | null; cy: string | null };
  agreed: { en: string | null; cy: string | null };
  disagreement: { en: string | null; cy: string | null };
  nextSteps: { en: string | null; cy: string | null };
  partners: Array<{ id: string; code: string; name: { en: string | null; cy: string | null } }>;
};

export type SubjectEngagementsQueryVariables = Exact<{
  subjectKind: EngagementSubjectKind;
  subjectId: string | number;
}>;

export type SubjectEngagementsQuery = {
  engagementRecords: Array<{
    id: string;
    subjectKind: EngagementSubjectKind;
    subjectId: string;
    engagedOn: string;
    forumId: string | null;
    meetingId: string | null;
    outcome: EngagementOutcome;
    version: number;
    consultedOn: { en: string | null; cy: string | null };
    agreed: { en: string | null; cy: string | null };
    disagreement: { en: string | null; cy: string | null };
    nextSteps: { en: string | null; cy: string | null };
    partners: Array<{ id: string; code: string; name: { en: string | null; cy: string | null } }>;
  }>;
};

export type PartnerChoicesQueryVariables = Exact<{ [key: string]: never }>;

export type PartnerChoicesQuery = {
  organisations: Array<{
    id: string;
    code: string;
    type: OrganisationType;
    name: { en: string | null; cy: string | null };
  }>;
};

export type CreateEngagementRecordMutationVariables = Exact<{
  input: CreateEngagementRecordInput;
}>;

export type CreateEngagementRecordMutation = {
  createEngagementRecord: {
    id: string;
    subjectKind: EngagementSubjectKind;
    subjectId: string;
    engagedOn: string;
    forumId: string | null;
    meetingId: string | null;
    outcome: EngagementOutcome;
    version: number;
    consultedOn: { en: string | null; cy: string | null };
    agreed: { en: string | null; cy: string | null };
    disagreement: { en: string | null; cy: string | null };
    nextSteps: { en: string | null; cy: string | null };
    partners: Array<{ id: string; code: string; name: { en: string | null; cy: string | null } }>;
  };
};

export type UpdateEngagementRecordMutationVariables = Exact<{
  input: UpdateEngagementRecordInput;
}>;

export type UpdateEngagementRecordMutation = {
  updateEngagementRecord: {
    id: string;
    subjectKind: EngagementSubjectKind;
    subjectId: string;
    engagedOn: string;
    forumId: string | null;
    meetingId: string | null;
    outcome: EngagementOutcome;
    version: number;
    consultedOn: { en: string | null; cy: string | null };
    agreed: { en: string | null; cy: string | null };
    disagreement: { en: string | null; cy: string | null };
    nextSteps: { en: string | null; cy: string | null };
    partners: Array<{ id: string; code: string; name: { en: string | null; cy: string | null } }>;
  };
};

export type DeleteEngagementRecordMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
}>;

export type DeleteEngagementRecordMutation = { deleteEngagementRecord: string };

export type PlanPartnershipCheckQueryVariables = Exact<{
  financialYear: string;
}>;

export type PlanPartnershipCheckQuery = {
  annualPlan: {
    id: string;
    state: PlanState;
    version: number;
    partnershipWaiver: { en: string | null; cy: string | null };
  };
  actions: {
    pageInfo: { hasNextPage: boolean };
    edges: Array<{
      node: {
        id: string;
        reference: string;
        needsPartnershipConsultation: boolean;
        title: { en: string | null; cy: string | null };
        engagements: Array<{ id: string }>;
      };
    }>;
  };
};

export type WaivePartnershipConsultationMutationVariables = Exact<{
  planId: string | number;
  reason: BilingualLongTextInput;
  expectedVersion?: number | null | undefined;
}>;

export type WaivePartnershipConsultationMutation = {
  waivePartnershipConsultation: {
    id: string;
    version: number;
    partnershipWaiver: { en: string | null; cy: string | null };
  };
};

export type PartnershipForumsQueryVariables = Exact<{ [key: string]: never }>;

export type PartnershipForumsQuery = {
  forums: Array<{
    id: string;
    kind: ForumKind;
    active: boolean;
    name: { en: string | null; cy: string | null };
  }>;
  partnershipStatements: Array<{
    id: string;
    version: number;
    position: number;
    active: boolean;
    text: { en: string | null; cy: string | null };
  }>;
};

export type ForumAssessmentsQueryVariables = Exact<{
  forumId: string | number;
}>;

export type ForumAssessmentsQuery = {
  partnershipAssessments: Array<{
    id: string;
    assessedOn: string;
    meetingId: string | null;
    average: number | null;
    version: number;
  }>;
  partnershipAssessmentComparison: {
    assessments: Array<{ id: string; assessedOn: string; average: number | null }>;
    statements: Array<{
      latest: number | null;
      change: number | null;
      statement: { id: string; position: number; text: { en: string | null; cy: string | null } };
      scores: Array<{ assessmentId: string; assessedOn: string; score: number }>;
    }>;
  };
  meetings: Array<{
    id: string;
    startsAt: string;
    title: { en: string | null; cy: string | null };
  }>;
};

export type RecordPartnershipAssessmentMutationVariables = Exact<{
  input: RecordPartnershipAssessmentInput;
}>;

export type RecordPartnershipAssessmentMutation = {
  recordPartnershipAssessment: {
    id: string;
    assessedOn: string;
    average: number | null;
    version: number;
  };
};

export type PartnershipReportQueryVariables = Exact<{
  year: string;
}>;

export type PartnershipReportQuery = {
  partnershipReport: {
    financialYear: string;
    from: string;
    to: string;
    engagementCount: number;
    forumMeetings: number;
    bySubject: Array<{ subjectKind: EngagementSubjectKind; count: number }>;
    byPartner: Array<{
      id: string;
      code: string;
      count: number;
      name: { en: string | null; cy: string | null };
    }>;
    outcomes: Array<{ outcome: EngagementOutcome; count: number }>;
    attendance: Array<{ status: AttendanceStatus; count: number }>;
    commitments: Array<{ status: CommitmentStatus; count: number }>;
  };
};

export type CreatePartnershipStatementMutationVariables = Exact<{
  input: CreatePartnershipStatementInput;
}>;

export type CreatePartnershipStatementMutation = {
  createPartnershipStatement: { id: string; version: number };
};

export type UpdatePartnershipStatementMutationVariables = Exact<{
  input: UpdatePartnershipStatementInput;
}>;

export type UpdatePartnershipStatementMutation = {
  updatePartnershipStatement: { id: string; version: number };
};

export type PeriodFieldsFragment = {
  id: string;
  label: string;
  financialYear: string;
  quarter: number;
  startDate: string;
  endDate: string;
  updateDeadline: string;
  state: ReportingPeriodState;
  closedAt: string | null;
  reopenReason: string | null;
  version: number;
};

export type ReportingPeriodsQueryVariables = Exact<{ [key: string]: never }>;

export type ReportingPeriodsQuery = {
  reportingPeriods: Array<{
    id: string;
    label: string;
    financialYear: string;
    quarter: number;
    startDate: string;
    endDate: string;
    updateDeadline: string;
    state: ReportingPeriodState;
    closedAt: string | null;
    reopenReason: string | null;
    version: number;
  }>;
};

export type CreateReportingPeriodMutationVariables = Exact<{
  input: CreateReportingPeriodInput;
}>;

export type CreateReportingPeriodMutation = {
  createReportingPeriod: {
    id: string;
    label: string;
    financialYear: string;
    quarter: number;
    startDate: string;
    endDate: string;
    updateDeadline: string;
    state: ReportingPeriodState;
    closedAt: string | null;
    reopenReason: string | null;
    version: number;
  };
};

export type CloseReportingPeriodMutationVariables = Exact<{
  input: ReportingPeriodVersionInput;
}>;

export type CloseReportingPeriodMutation = {
  closeReportingPeriod: {
    id: string;
    label: string;
    financialYear: string;
    quarter: number;
    startDate: string;
    endDate: string;
    updateDeadline: string;
    state: ReportingPeriodState;
    closedAt: string | null;
    reopenReason: string | null;
    version: number;
  };
};

export type ReopenReportingPeriodMutationVariables = Exact<{
  input: ReopenReportingPeriodInput;
}>;

export type ReopenReportingPeriodMutation = {
  reopenReportingPeriod: {
    id: string;
    label: string;
    financialYear: string;
    quarter: number;
    startDate: string;
    endDate: string;
    updateDeadline: string;
    state: ReportingPeriodState;
    closedAt: string | null;
    reopenReason: string | null;
    version: number;
  };
};

export type UpdateReportingPeriodMutationVariables = Exact<{
  input: UpdateReportingPeriodInput;
}>;

export type UpdateReportingPeriodMutation = {
  updateReportingPeriod: {
    id: string;
    label: string;
    financialYear: string;
    quarter: number;
    startDate: string;
    endDate: string;
    updateDeadline: string;
    state: ReportingPeriodState;
    closedAt: string | null;
    reopenReason: string | null;
    version: number;
  };
};

export type PlanFieldsFragment = {
  id: string;
  financialYear: string;
  state: PlanState;
  actionCount: number;
  startDate: string;
  endDate: string;
  approvedAt: string | null;
  closedAt: string | null;
  version: number;
  title: { en: string | null; cy: string | null };
};

export type AnnualPlansQueryVariables = Exact<{ [key: string]: never }>;

export type AnnualPlansQuery = {
  annualPlans: Array<{
    id: string;
    financialYear: string;
    state: PlanState;
    actionCount: number;
    startDate: string;
    endDate: string;
    approvedAt: string | null;
    closedAt: string | null;
    version: number;
    title: { en: string | null; cy: string | null };
  }>;
};

export type AnnualPlanQueryVariables = Exact<{
  financialYear: string;
}>;

export type AnnualPlanQuery = {
  annualPlan: {
    id: string;
    financialYear: string;
    state: PlanState;
    actionCount: number;
    startDate: string;
    endDate: string;
    approvedAt: string | null;
    closedAt: string | null;
    version: number;
    title: { en: string | null; cy: string | null };
  };
};

export type CreatePlanMutationVariables = Exact<{
  input: CreatePlanInput;
}>;

export type CreatePlanMutation = {
  createPlan: {
    id: string;
    financialYear: string;
    state: PlanState;
    actionCount: number;
    startDate: string;
    endDate: string;
    approvedAt: string | null;
    closedAt: string | null;
    version: number;
    title: { en: string | null; cy: string | null };
  };
};

export type UpdatePlanMutationVariables = Exact<{
  input: UpdatePlanInput;
}>;

export type UpdatePlanMutation = {
  updatePlan: {
    id: string;
    financialYear: string;
    state: PlanState;
    actionCount: number;
    startDate: string;
    endDate: string;
    approvedAt: string | null;
    closedAt: string | null;
    version: number;
    title: { en: string | null; cy: string | null };
  };
};

export type ApprovePlanMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
}>;

export type ApprovePlanMutation = {
  approvePlan: {
    id: string;
    financialYear: string;
    state: PlanState;
    actionCount: number;
    startDate: string;
    endDate: string;
    approvedAt: string | null;
    closedAt: string | null;
    version: number;
    title: { en: string | null; cy: string | null };
  };
};

export type ClosePlanMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
}>;

export type ClosePlanMutation = {
  closePlan: {
    id: string;
    financialYear: string;
    state: PlanState;
    actionCount: number;
    startDate: string;
    endDate: string;
    approvedAt: string | null;
    closedAt: string | null;
    version: number;
    title: { en: string | null; cy: string | null };
  };
};

export type PlanActionsQueryVariables = Exact<{
  planId: string | number;
  after?: string | null | undefined;
}>;

export type PlanActionsQuery = {
  actions: {
    totalCount: number;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    edges: Array<{
      node: {
        id: string;
        reference: string;
        leadOrganisation: LeadOrganisation;
        title: { en: string | null; cy: string | null };
        area: { id: string; number: number; title: { en: string | null; cy: string | null } };
        owners: Array<{ id: string; name: string }>;
        currentStatus: { id: string; rag: RagStatus } | null;
        carriedForwardFrom: {
          id: string;
          reference: string;
          plan: { id: string; financialYear: string };
        } | null;
        carriedForwardTo: {
          id: string;
          reference: string;
          plan: { id: string; financialYear: string };
        } | null;
      };
    }>;
  };
};

export type CarryForwardActionsMutationVariables = Exact<{
  input: CarryForwardActionsInput;
}>;

export type CarryForwardActionsMutation = {
  carryForwardActions: Array<{
    id: string;
    reference: string;
    title: { en: string | null; cy: string | null };
    carriedForwardFrom: { id: string; reference: string } | null;
  }>;
};

export type ActionFormOptionsQueryVariables = Exact<{ [key: string]: never }>;

export type ActionFormOptionsQuery = {
  strategicAreas: Array<{
    id: string;
    number: number;
    title: { en: string | null; cy: string | null };
  }>;
  people: Array<{ id: string; name: string; organisation: { id: string; code: string } }>;
};

export type CreateActionMutationVariables = Exact<{
  input: CreateActionInput;
}>;

export type CreateActionMutation = { createAction: { id: string; reference: string } };

export type EditableMilestoneFragment = {
  id: string;
  dueDate: string;
  completedOn: string | null;
  version: number;
  title: { en: string | null; cy: string | null };
};

export type ActionForEditQueryVariables = Exact<{
  id: string | number;
}>;

export type ActionForEditQuery = {
  action: {
    id: string;
    version: number;
    reference: string;
    leadOrganisation: LeadOrganisation;
    startDate: string;
    dueDate: string;
    themes: Array<Theme>;
    wellBeingGoals: Array<WellBeingGoal>;
    waysOfWorking: Array<WayOfWorking>;
    needsPartnershipConsultation: boolean;
    title: { en: string | null; cy: string | null };
    description: { en: string | null; cy: string | null };
    area: { id: string; number: number };
    owners: Array<{ id: string; name: string }>;
    plan: {
      id: string;
      financialYear: string;
      state: PlanState;
      startDate: string;
      endDate: string;
    };
    milestones: Array<{
      id: string;
      dueDate: string;
      completedOn: string | null;
      version: number;
      title: { en: string | null; cy: string | null };
    }>;
  };
};

export type UpdateActionMutationVariables = Exact<{
  input: UpdateActionInput;
}>;

export type UpdateActionMutation = {
  updateAction: {
    id: string;
    version: number;
    reference: string;
    leadOrganisation: LeadOrganisation;
    startDate: string;
    dueDate: string;
    themes: Array<Theme>;
    wellBeingGoals: Array<WellBeingGoal>;
    waysOfWorking: Array<WayOfWorking>;
    needsPartnershipConsultation: boolean;
    title: { en: string | null; cy: string | null };
    description: { en: string | null; cy: string | null };
    area: { id: string; number: number };
    owners: Array<{ id: string; name: string }>;
  };
};

export type AddMilestoneMutationVariables = Exact<{
  input: AddMilestoneInput;
}>;

export type AddMilestoneMutation = {
  addMilestone: {
    id: string;
    dueDate: string;
    completedOn: string | null;
    version: number;
    title: { en: string | null; cy: string | null };
  };
};

export type UpdateMilestoneMutationVariables = Exact<{
  input: UpdateMilestoneInput;
}>;

export type UpdateMilestoneMutation = {
  updateMilestone: {
    id: string;
    dueDate: string;
    completedOn: string | null;
    version: number;
    title: { en: string | null; cy: string | null };
  };
};

export type PublicationFieldsFragment = {
  id: string;
  state: PublicationState;
  number: number | null;
  version: number;
  excludedActionIds: Array<string>;
  showOwnerNames: boolean;
  includeMeasures: boolean;
  publishedAt: string | null;
  withdrawnAt: string | null;
  introduction: { en: string | null; cy: string | null };
  areaSummaries: Array<{ areaNumber: number; summary: { en: string | null; cy: string | null } }>;
  withdrawalReason: { en: string | null; cy: string | null };
  addresses: { en: string; cy: string };
  report: {
    id: string;
    audience: ReportAudience;
    edition: number;
    reportingPeriod: { id: string; label: string };
  };
};

export type PublicationsQueryVariables = Exact<{ [key: string]: never }>;

export type PublicationsQuery = {
  publications: Array<{
    id: string;
    state: PublicationState;
    number: number | null;
    version: number;
    excludedActionIds: Array<string>;
    showOwnerNames: boolean;
    includeMeasures: boolean;
    publishedAt: string | null;
    withdrawnAt: string | null;
    introduction: { en: string | null; cy: string | null };
    areaSummaries: Array<{ areaNumber: number; summary: { en: string | null; cy: string | null } }>;
    withdrawalReason: { en: string | null; cy: string | null };
    addresses: { en: string; cy: string };
    report: {
      id: string;
      audience: ReportAudience;
      edition: number;
      reportingPeriod: { id: string; label: string };
    };
  }>;
  reports: Array<{
    id: string;
    audience: ReportAudience;
    edition: number;
    state: ReportState;
    reportingPeriod: { id: string; label: string };
  }>;
};

export type PublicationQueryVariables = Exact<{
  id: string | number;
}>;

export type PublicationQuery = {
  publication: {
    id: string;
    state: PublicationState;
    number: number | null;
    version: number;
    excludedActionIds: Array<string>;
    showOwnerNames: boolean;
    includeMeasures: boolean;
    publishedAt: string | null;
    withdrawnAt: string | null;
    report: {
      id: string;
      audience: ReportAudience;
      edition: number;
      content: {
        areas: Array<{ number: number; title: { en: string | null; cy: string | null } }>;
        actions: Array<{
          actionId: string;
          reference: string;
          areaNumber: number;
          rag: RagStatus | null;
          title: { en: string | null; cy: string | null };
        }>;
      };
      reportingPeriod: { id: string; label: string };
    };
    introduction: { en: string | null; cy: string | null };
    areaSummaries: Array<{ areaNumber: number; summary: { en: string | null; cy: string | null } }>;
    withdrawalReason: { en: string | null; cy: string | null };
    addresses: { en: string; cy: string };
  };
};

export type CreatePublicationMutationVariables = Exact<{
  input: CreatePublicationInput;
}>;

export type CreatePublicationMutation = { createPublication: { id: string } };

export type UpdatePublicationMutationVariables = Exact<{
  input: UpdatePublicationInput;
}>;

export type UpdatePublicationMutation = {
  updatePublication: {
    id: string;
    state: PublicationState;
    number: number | null;
    version: number;
    excludedActionIds: Array<string>;
    showOwnerNames: boolean;
    includeMeasures: boolean;
    publishedAt: string | null;
    withdrawnAt: string | null;
    introduction: { en: string | null; cy: string | null };
    areaSummaries: Array<{ areaNumber: number; summary: { en: string | null; cy: string | null } }>;
    withdrawalReason: { en: string | null; cy: string | null };
    addresses: { en: string; cy: string };
    report: {
      id: string;
      audience: ReportAudience;
      edition: number;
      reportingPeriod: { id: string; label: string };
    };
  };
};

export type PublishPublicationMutationVariables = Exact<{
  input: PublicationVersionInput;
}>;

export type PublishPublicationMutation = {
  publishPublication: {
    id: string;
    state: PublicationState;
    number: number | null;
    version: number;
    excludedActionIds: Array<string>;
    showOwnerNames: boolean;
    includeMeasures: boolean;
    publishedAt: string | null;
    withdrawnAt: string | null;
    introduction: { en: string | null; cy: string | null };
    areaSummaries: Array<{ areaNumber: number; summary: { en: string | null; cy: string | null } }>;
    withdrawalReason: { en: string | null; cy: string | null };
    addresses: { en: string; cy: string };
    report: {
      id: string;
      audience: ReportAudience;
      edition: number;
      reportingPeriod: { id: string; label: string };
    };
  };
};

export type WithdrawPublicationMutationVariables = Exact<{
  input: WithdrawPublicationInput;
}>;

export type WithdrawPublicationMutation = {
  withdrawPublication: {
    id: string;
    state: PublicationState;
    number: number | null;
    version: number;
    excludedActionIds: Array<string>;
    showOwnerNames: boolean;
    includeMeasures: boolean;
    publishedAt: string | null;
    withdrawnAt: string | null;
    introduction: { en: string | null; cy: string | null };
    areaSummaries: Array<{ areaNumber: number; summary: { en: string | null; cy: string | null } }>;
    withdrawalReason: { en: string | null; cy: string | null };
    addresses: { en: string; cy: string };
    report: {
      id: string;
      audience: ReportAudience;
      edition: number;
      reportingPeriod: { id: string; label: string };
    };
  };
};

export type DeletePublicationMutationVariables = Exact<{
  input: PublicationVersionInput;
}>;

export type DeletePublicationMutation = { deletePublication: string };

export type ReportSummaryFieldsFragment = {
  id: string;
  audience: ReportAudience;
  edition: number;
  state: ReportState;
  issuedAt: string | null;
  createdAt: string;
  version: number;
  reportingPeriod: { id: string; label: string; startDate: string };
};

export type ReportsQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
}>;

export type ReportsQuery = {
  reports: Array<{
    id: string;
    audience: ReportAudience;
    edition: number;
    state: ReportState;
    issuedAt: string | null;
    createdAt: string;
    version: number;
    reportingPeriod: { id: string; label: string; startDate: string };
  }>;
};

export type ReportFormOptionsQueryVariables = Exact<{ [key: string]: never }>;

export type ReportFormOptionsQuery = {
  reportingPeriods: Array<{ id: string; label: string; state: ReportingPeriodState }>;
};

export type ReportActionLineFieldsFragment = {
  actionId: string;
  reference: string;
  leadOrganisation: LeadOrganisation;
  owners: Array<string>;
  dueDate: string;
  rag: RagStatus | null;
  percentComplete: number | null;
  title: { en: string | null; cy: string | null };
};

export type ReportExceptionFieldsFragment = {
  actionId: string;
  commentary: { en: string | null; cy: string | null };
  risks: { en: string | null; cy: string | null };
  nextSteps: { en: string | null; cy: string | null };
};

export type ReportMoveFieldsFragment = {
  actionId: string;
  reference: string;
  previous: RagStatus | null;
  current: RagStatus;
  title: { en: string | null; cy: string | null };
};

export type ReportMilestoneFieldsFragment = {
  actionReference: string;
  dueDate: string;
  completedOn: string | null;
  actionTitle: { en: string | null; cy: string | null };
  title: { en: string | null; cy: string | null };
};

export type ReportRiskFieldsFragment = {
  riskId: string;
  reference: string;
  category: RiskCategory;
  owner: string;
  appetite: number;
  aboveAppetite: boolean;
  escalatedOn: string | null;
  trend: MeasureTrend | null;
  title: { en: string | null; cy: string | null };
  current: { score: number; band: RiskBand };
  target: { score: number; band: RiskBand } | null;
  previous: { score: number } | null;
};

export type ReportMeasureFieldsFragment = {
  measureId: string;
  reference: string;
  unit: MeasureUnit;
  name: { en: string | null; cy: string | null };
  latest: {
    value: number | null;
    target: number | null;
    quality: ValueQuality;
    revised: boolean;
    rag: MeasureRag | null;
    periodLabel: { en: string | null; cy: string | null };
  } | null;
  trend: { sincePrevious: MeasureTrend | null };
};

export type ReportMeasureOffTargetFieldsFragment = {
  measureId: string;
  reference: string;
  unit: MeasureUnit;
  latest: {
    value: number | null;
    target: number | null;
    quality: ValueQuality;
    revised: boolean;
    rag: MeasureRag | null;
    ragExplanation: { en: string | null; cy: string | null } | null;
    commentary: { en: string | null; cy: string | null };
    periodLabel: { en: string | null; cy: string | null };
  } | null;
  trend: { sinceBaseline: MeasureTrend | null; sincePrevious: MeasureTrend | null };
  recent: Array<{
    periodEnd: string;
    value: number | null;
    target: number | null;
    periodLabel: { en: string | null; cy: string | null };
  }>;
  name: { en: string | null; cy: string | null };
};

export type CoverSheetFieldsFragment = {
  meetingDate: string | null;
  agendaItem: string | null;
  author: string | null;
  executiveSponsor: string | null;
  presenter: string | null;
  purpose: PaperPurpose;
  meetingName: { en: string | null; cy: string | null };
  recommendation: { en: string | null; cy: string | null };
  summary: { en: string | null; cy: string | null };
  strategicObjectives: { en: string | null; cy: string | null };
  impacts: Array<{ impact: PaperImpact; text: { en: string | null; cy: string | null } }>;
};

export type ReportQueryVariables = Exact<{
  id: string | number;
}>;

export type ReportQuery = {
  report: {
    id: string;
    audience: ReportAudience;
    edition: number;
    state: ReportState;
    issuedAt: string | null;
    createdAt: string;
    version: number;
    coverSheet: {
      meetingDate: string | null;
      agendaItem: string | null;
      author: string | null;
      executiveSponsor: string | null;
      presenter: string | null;
      purpose: PaperPurpose;
      meetingName: { en: string | null; cy: string | null };
      recommendation: { en: string | null; cy: string | null };
      summary: { en: string | null; cy: string | null };
      strategicObjectives: { en: string | null; cy: string | null };
      impacts: Array<{ impact: PaperImpact; text: { en: string | null; cy: string | null } }>;
    } | null;
    content: {
      audience: ReportAudience;
      asOf: string;
      period: { label: string; startDate: string; endDate: string };
      planTitle: { en: string | null; cy: string | null } | null;
      executiveSummary: { en: string | null; cy: string | null };
      overall: {
        red: number;
        amber: number;
        green: number;
        notStarted: number;
        complete: number;
        noUpdate: number;
        total: number;
      };
      areas: Array<{
        number: number;
        title: { en: string | null; cy: string | null };
        shortTitle: { en: string | null; cy: string | null } | null;
        counts: {
          red: number;
          amber: number;
          green: number;
          notStarted: number;
          complete: number;
          noUpdate: number;
          total: number;
        };
      }>;
    };
    reportingPeriod: { id: string; label: string; startDate: string };
  };
};

export type ReportListsQueryVariables = Exact<{
  id: string | number;
}>;

export type ReportListsQuery = {
  report: {
    id: string;
    content: {
      movement: {
        sincePeriod: string | null;
        sinceReportId: string | null;
        improved: Array<{
          actionId: string;
          reference: string;
          previous: RagStatus | null;
          current: RagStatus;
          title: { en: string | null; cy: string | null };
        }>;
        worsened: Array<{
          actionId: string;
          reference: string;
          previous: RagStatus | null;
          current: RagStatus;
          title: { en: string | null; cy: string | null };
        }>;
        completed: Array<{
          actionId: string;
          reference: string;
          previous: RagStatus | null;
          current: RagStatus;
          title: { en: string | null; cy: string | null };
        }>;
        newlyRed: Array<{
          actionId: string;
          reference: string;
          previous: RagStatus | null;
          current: RagStatus;
          title: { en: string | null; cy: string | null };
        }>;
      };
      exceptions: Array<{
        actionId: string;
        commentary: { en: string | null; cy: string | null };
        risks: { en: string | null; cy: string | null };
        nextSteps: { en: string | null; cy: string | null };
      }>;
      measures: {
        endedBy: string;
        counts: {
          red: number;
          amber: number;
          green: number;
          contextual: number;
          noFigure: number;
          total: number;
        };
        measures: Array<{
          measureId: string;
          reference: string;
          unit: MeasureUnit;
          name: { en: string | null; cy: string | null };
          latest: {
            value: number | null;
            target: number | null;
            quality: ValueQuality;
            revised: boolean;
            rag: MeasureRag | null;
            periodLabel: { en: string | null; cy: string | null };
          } | null;
          trend: { sincePrevious: MeasureTrend | null };
        }>;
        offTarget: Array<{
          measureId: string;
          reference: string;
          unit: MeasureUnit;
          latest: {
            value: number | null;
            target: number | null;
            quality: ValueQuality;
            revised: boolean;
            rag: MeasureRag | null;
            ragExplanation: { en: string | null; cy: string | null } | null;
            commentary: { en: string | null; cy: string | null };
            periodLabel: { en: string | null; cy: string | null };
          } | null;
          trend: { sinceBaseline: MeasureTrend | null; sincePrevious: MeasureTrend | null };
          recent: Array<{
            periodEnd: string;
            value: number | null;
            target: number | null;
            periodLabel: { en: string | null; cy: string | null };
          }>;
          name: { en: string | null; cy: string | null };
        }>;
      };
      risks: {
        asAt: string;
        since: string;
        sincePeriod: string | null;
        bands: Array<{ band: RiskBand; count: number }>;
        heatMap: Array<{ likelihood: number; consequence: number; count: number }>;
        risks: Array<{
          riskId: string;
          reference: string;
          category: RiskCategory;
          owner: string;
          appetite: number;
          aboveAppetite: boolean;
          escalatedOn: string | null;
          trend: MeasureTrend | null;
          title: { en: string | null; cy: string | null };
          current: { score: number; band: RiskBand };
          target: { score: number; band: RiskBand } | null;
          previous: { score: number } | null;
        }>;
        aboveAppetite: Array<{ riskId: string }>;
        opened: Array<{ riskId: string }>;
        closed: Array<{
          riskId: string;
          reference: string;
          category: RiskCategory;
          owner: string;
          appetite: number;
          aboveAppetite: boolean;
          escalatedOn: string | null;
          trend: MeasureTrend | null;
          title: { en: string | null; cy: string | null };
          current: { score: number; band: RiskBand };
          target: { score: number; band: RiskBand } | null;
          previous: { score: number } | null;
        }>;
        worsened: Array<{ riskId: string }>;
        improved: Array<{ riskId: string }>;
      } | null;
      milestonesMissed: Array<{
        actionReference: string;
        dueDate: string;
        completedOn: string | null;
        actionTitle: { en: string | null; cy: string | null };
        title: { en: string | null; cy: string | null };
      }>;
      milestonesDueNext: Array<{
        actionReference: string;
        dueDate: string;
        completedOn: string | null;
        actionTitle: { en: string | null; cy: string | null };
        title: { en: string | null; cy: string | null };
      }>;
      themes: Array<{
        theme: Theme;
        counts: {
          red: number;
          amber: number;
          green: number;
          notStarted: number;
          complete: number;
          noUpdate: number;
          total: number;
        };
      }>;
      goalContribution: Array<{
        goal: WellBeingGoal;
        actions: {
          red: number;
          amber: number;
          green: number;
          notStarted: number;
          complete: number;
          noUpdate: number;
          total: number;
        };
        measures: {
          red: number;
          amber: number;
          green: number;
          contextual: number;
          noFigure: number;
          total: number;
        };
      }>;
      completed: Array<{ actionId: string }>;
      actions: Array<{
        actionId: string;
        reference: string;
        leadOrganisation: LeadOrganisation;
        owners: Array<string>;
        dueDate: string;
        rag: RagStatus | null;
        percentComplete: number | null;
        title: { en: string | null; cy: string | null };
      }>;
    };
  };
};

export type CreateReportMutationVariables = Exact<{
  input: CreateReportInput;
}>;

export type CreateReportMutation = {
  createReport: {
    id: string;
    audience: ReportAudience;
    edition: number;
    state: ReportState;
    issuedAt: string | null;
    createdAt: string;
    version: number;
    reportingPeriod: { id: string; label: string; startDate: string };
  };
};

export type UpdateReportMutationVariables = Exact<{
  input: UpdateReportInput;
}>;

export type UpdateReportMutation = { updateReport: { id: string; version: number } };

export type IssueReportMutationVariables = Exact<{
  input: ReportVersionInput;
}>;

export type IssueReportMutation = {
  issueReport: {
    id: string;
    audience: ReportAudience;
    edition: number;
    state: ReportState;
    issuedAt: string | null;
    createdAt: string;
    version: number;
    reportingPeriod: { id: string; label: string; startDate: string };
  };
};

export type BoardPaperSettingsQueryVariables = Exact<{ [key: string]: never }>;

export type BoardPaperSettingsQuery = {
  boardPaperSettings: {
    version: number;
    layout: BilingualLayout;
    classification: { en: string | null; cy: string | null };
    coverSheet: {
      meetingDate: string | null;
      agendaItem: string | null;
      author: string | null;
      executiveSponsor: string | null;
      presenter: string | null;
      purpose: PaperPurpose;
      meetingName: { en: string | null; cy: string | null };
      recommendation: { en: string | null; cy: string | null };
      summary: { en: string | null; cy: string | null };
      strategicObjectives: { en: string | null; cy: string | null };
      impacts: Array<{ impact: PaperImpact; text: { en: string | null; cy: string | null } }>;
    };
  };
};

export type UpdateBoardPaperSettingsMutationVariables = Exact<{
  input: UpdateBoardPaperSettingsInput;
}>;

export type UpdateBoardPaperSettingsMutation = { updateBoardPaperSettings: { version: number } };

export type FollowUpFieldsFragment = {
  id: string;
  version: number;
  dueDate: string;
  completedOn: string | null;
  isOverdue: boolean;
  title: { en: string | null; cy: string | null };
  owner: { id: string; name: string };
};

export type ReportReviewQueryVariables = Exact<{
  id: string | number;
}>;

export type ReportReviewQuery = {
  report: {
    id: string;
    review: Array<{
      id: string;
      kind: ReviewEntryKind;
      authorName: string;
      createdAt: string;
      text: { en: string | null; cy: string | null };
      action: {
        id: string;
        reference: string;
        title: { en: string | null; cy: string | null };
      } | null;
      followUps: Array<{
        id: string;
        version: number;
        dueDate: string;
        completedOn: string | null;
        isOverdue: boolean;
        title: { en: string | null; cy: string | null };
        owner: { id: string; name: string };
      }>;
    }>;
  };
};

export type ReviewPeopleQueryVariables = Exact<{ [key: string]: never }>;

export type ReviewPeopleQuery = {
  people: Array<{ id: string; name: string; organisation: { id: string; code: string } }>;
};

export type AddReviewEntryMutationVariables = Exact<{
  input: AddReviewEntryInput;
}>;

export type AddReviewEntryMutation = { addReviewEntry: { id: string } };

export type FollowUpsQueryVariables = Exact<{ [key: string]: never }>;

export type FollowUpsQuery = {
  followUps: Array<{
    id: string;
    version: number;
    dueDate: string;
    completedOn: string | null;
    isOverdue: boolean;
    decision: {
      id: string;
      text: { en: string | null; cy: string | null };
      report: {
        id: string;
        audience: ReportAudience;
        edition: number;
        reportingPeriod: { id: string; label: string };
      } | null;
    };
    title: { en: string | null; cy: string | null };
    owner: { id: string; name: string };
  }>;
};

export type MyPersonQueryVariables = Exact<{ [key: string]: never }>;

export type MyPersonQuery = { me: { id: string; person: { id: string } | null } | null };

export type CompleteFollowUpMutationVariables = Exact<{
  input: CompleteFollowUpInput;
}>;

export type CompleteFollowUpMutation = {
  completeFollowUp: {
    id: string;
    version: number;
    dueDate: string;
    completedOn: string | null;
    isOverdue: boolean;
    title: { en: string | null; cy: string | null };
    owner: { id: string; name: string };
  };
};

export type RiskScoreFieldsFragment = {
  likelihood: number;
  consequence: number;
  score: number;
  band: RiskBand;
};

export type RiskFilterOptionsQueryVariables = Exact<{ [key: string]: never }>;

export type RiskFilterOptionsQuery = {
  strategicAreas: Array<{
    id: string;
    number: number;
    shortTitle: { en: string | null; cy: string | null };
  }>;
};

export type RiskOwnerChoicesQueryVariables = Exact<{ [key: string]: never }>;

export type RiskOwnerChoicesQuery = { riskOwners: Array<{ id: string; name: string }> };

export type RiskRowFragment = {
  id: string;
  reference: string;
  kind: RiskKind;
  state: RiskState;
  category: RiskCategory;
  nextReviewDue: string;
  reviewOverdue: boolean;
  aboveAppetite: boolean;
  awaitingEscalation: boolean;
  title: { en: string | null; cy: string | null };
  owner: { id: string; name: string };
  current: { likelihood: number; consequence: number; score: number; band: RiskBand };
  target: { score: number; band: RiskBand; date: string } | null;
  escalation: { on: string } | null;
  previous: { score: number } | null;
};

export type RisksQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  areaId?: string | number | null | undefined;
  ownerId?: string | number | null | undefined;
  category?: RiskCategory | null | undefined;
  band?: RiskBand | null | undefined;
  escalated?: boolean | null | undefined;
  aboveAppetite?: boolean | null | undefined;
  reviewOverdue?: boolean | null | undefined;
  state?: RiskState | null | undefined;
  kind?: RiskKind | null | undefined;
}>;

export type RisksQuery = {
  risks: {
    totalCount: number;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        reference: string;
        kind: RiskKind;
        state: RiskState;
        category: RiskCategory;
        nextReviewDue: string;
        reviewOverdue: boolean;
        aboveAppetite: boolean;
        awaitingEscalation: boolean;
        title: { en: string | null; cy: string | null };
        owner: { id: string; name: string };
        current: { likelihood: number; consequence: number; score: number; band: RiskBand };
        target: { score: number; band: RiskBand; date: string } | null;
        escalation: { on: string } | null;
        previous: { score: number } | null;
      };
    }>;
  };
};

export type RiskProfileQueryVariables = Exact<{
  areaId?: string | number | null | undefined;
  ownerId?: string | number | null | undefined;
  category?: RiskCategory | null | undefined;
  band?: RiskBand | null | undefined;
  escalated?: boolean | null | undefined;
  aboveAppetite?: boolean | null | undefined;
  reviewOverdue?: boolean | null | undefined;
  state?: RiskState | null | undefined;
  kind?: RiskKind | null | undefined;
}>;

export type RiskProfileQuery = {
  riskProfile: {
    total: number;
    aboveAppetite: number;
    awaitingEscalation: number;
    escalated: number;
    reviewOverdue: number;
    cells: Array<{ likelihood: number; consequence: number; count: number }>;
  };
};

export type RiskActionFragment = {
  id: string;
  reference: string;
  title: { en: string | null; cy: string | null };
};

export type RiskDetailsFragment = {
  id: string;
  version: number;
  reference: string;
  kind: RiskKind;
  state: RiskState;
  category: RiskCategory;
  appetite: number;
  aboveAppetite: boolean;
  awaitingEscalation: boolean;
  reviewEveryMonths: number;
  nextReviewDue: string;
  reviewOverdue: boolean;
  canUpdate: boolean;
  canEscalate: boolean;
  title: { en: string | null; cy: string | null };
  description: { en: string | null; cy: string | null };
  controls: { en: string | null; cy: string | null };
  impact: { en: string | null; cy: string | null };
  owner: { id: string; name: string };
  areas: Array<{
    id: string;
    number: number;
    shortTitle: { en: string | null; cy: string | null };
  }>;
  inherent: { likelihood: number; consequence: number; score: number; band: RiskBand };
  current: { likelihood: number; consequence: number; score: number; band: RiskBand };
  target: {
    likelihood: number;
    consequence: number;
    score: number;
    band: RiskBand;
    date: string;
  } | null;
  escalation: { on: string; reason: { en: string | null; cy: string | null } } | null;
  escalatedBy: { id: string; name: string } | null;
  closure: {
    on: string;
    reason: { en: string | null; cy: string | null };
    resolution: { en: string | null; cy: string | null };
  } | null;
  threatenedActions: Array<{
    id: string;
    reference: string;
    title: { en: string | null; cy: string | null };
  }>;
  mitigatingActions: Array<{
    id: string;
    reference: string;
    title: { en: string | null; cy: string | null };
  }>;
  mitigations: Array<{
    id: string;
    dueDate: string;
    completedOn: string | null;
    overdue: boolean;
    description: { en: string | null; cy: string | null };
    owner: { id: string; name: string };
  }>;
  reviews: Array<{
    id: string;
    reviewedOn: string;
    score: { likelihood: number; consequence: number; score: number; band: RiskBand };
    reviewer: { id: string; name: string };
    commentary: { en: string | null; cy: string | null };
  }>;
};

export type RiskDetailsPageQueryVariables = Exact<{
  id: string | number;
}>;

export type RiskDetailsPageQuery = {
  risk: {
    id: string;
    version: number;
    reference: string;
    kind: RiskKind;
    state: RiskState;
    category: RiskCategory;
    appetite: number;
    aboveAppetite: boolean;
    awaitingEscalation: boolean;
    reviewEveryMonths: number;
    nextReviewDue: string;
    reviewOverdue: boolean;
    canUpdate: boolean;
    canEscalate: boolean;
    title: { en: string | null; cy: string | null };
    description: { en: string | null; cy: string | null };
    controls: { en: string | null; cy: string | null };
    impact: { en: string | null; cy: string | null };
    owner: { id: string; name: string };
    areas: Array<{
      id: string;
      number: number;
      shortTitle: { en: string | null; cy: string | null };
    }>;
    inherent: { likelihood: number; consequence: number; score: number; band: RiskBand };
    current: { likelihood: number; consequence: number; score: number; band: RiskBand };
    target: {
      likelihood: number;
      consequence: number;
      score: number;
      band: RiskBand;
      date: string;
    } | null;
    escalation: { on: string; reason: { en: string | null; cy: string | null } } | null;
    escalatedBy: { id: string; name: string } | null;
    closure: {
      on: string;
      reason: { en: string | null; cy: string | null };
      resolution: { en: string | null; cy: string | null };
    } | null;
    threatenedActions: Array<{
      id: string;
      reference: string;
      title: { en: string | null; cy: string | null };
    }>;
    mitigatingActions: Array<{
      id: string;
      reference: string;
      title: { en: string | null; cy: string | null };
    }>;
    mitigations: Array<{
      id: string;
      dueDate: string;
      completedOn: string | null;
      overdue: boolean;
      description: { en: string | null; cy: string | null };
      owner: { id: string; name: string };
    }>;
    reviews: Array<{
      id: string;
      reviewedOn: string;
      score: { likelihood: number; consequence: number; score: number; band: RiskBand };
      reviewer: { id: string; name: string };
      commentary: { en: string | null; cy: string | null };
    }>;
  };
};

export type ReviewRiskMutationVariables = Exact<{
  input: ReviewRiskInput;
}>;

export type ReviewRiskMutation = {
  reviewRisk: {
    id: string;
    version: number;
    reference: string;
    kind: RiskKind;
    state: RiskState;
    category: RiskCategory;
    appetite: number;
    aboveAppetite: boolean;
    awaitingEscalation: boolean;
    reviewEveryMonths: number;
    nextReviewDue: string;
    reviewOverdue: boolean;
    canUpdate: boolean;
    canEscalate: boolean;
    title: { en: string | null; cy: string | null };
    description: { en: string | null; cy: string | null };
    controls: { en: string | null; cy: string | null };
    impact: { en: string | null; cy: string | null };
    owner: { id: string; name: string };
    areas: Array<{
      id: string;
      number: number;
      shortTitle: { en: string | null; cy: string | null };
    }>;
    inherent: { likelihood: number; consequence: number; score: number; band: RiskBand };
    current: { likelihood: number; consequence: number; score: number; band: RiskBand };
    target: {
      likelihood: number;
      consequence: number;
      score: number;
      band: RiskBand;
      date: string;
    } | null;
    escalation: { on: string; reason: { en: string | null; cy: string | null } } | null;
    escalatedBy: { id: string; name: string } | null;
    closure: {
      on: string;
      reason: { en: string | null; cy: string | null };
      resolution: { en: string | null; cy: string | null };
    } | null;
    threatenedActions: Array<{
      id: string;
      reference: string;
      title: { en: string | null; cy: string | null };
    }>;
    mitigatingActions: Array<{
      id: string;
      reference: string;
      title: { en: string | null; cy: string | null };
    }>;
    mitigations: Array<{
      id: string;
      dueDate: string;
      completedOn: string | null;
      overdue: boolean;
      description: { en: string | null; cy: string | null };
      owner: { id: string; name: string };
    }>;
    reviews: Array<{
      id: string;
      reviewedOn: string;
      score: { likelihood: number; consequence: number; score: number; band: RiskBand };
      reviewer: { id: string; name: string };
      commentary: { en: string | null; cy: string | null };
    }>;
  };
};

export type EscalateRiskMutationVariables = Exact<{
  input: EscalateRiskInput;
}>;

export type EscalateRiskMutation = {
  escalateRisk: {
    id: string;
    version: number;
    reference: string;
    kind: RiskKind;
    state: RiskState;
    category: RiskCategory;
    appetite: number;
    aboveAppetite: boolean;
    awaitingEscalation: boolean;
    reviewEveryMonths: number;
    nextReviewDue: string;
    reviewOverdue: boolean;
    canUpdate: boolean;
    canEscalate: boolean;
    title: { en: string | null; cy: string | null };
    description: { en: string | null; cy: string | null };
    controls: { en: string | null; cy: string | null };
    impact: { en: string | null; cy: string | null };
    owner: { id: string; name: string };
    areas: Array<{
      id: string;
      number: number;
      shortTitle: { en: string | null; cy: string | null };
    }>;
    inherent: { likelihood: number; consequence: number; score: number; band: RiskBand };
    current: { likelihood: number; consequence: number; score: number; band: RiskBand };
    target: {
      likelihood: number;
      consequence: number;
      score: number;
      band: RiskBand;
      date: string;
    } | null;
    escalation: { on: string; reason: { en: string | null; cy: string | null } } | null;
    escalatedBy: { id: string; name: string } | null;
    closure: {
      on: string;
      reason: { en: string | null; cy: string | null };
      resolution: { en: string | null; cy: string | null };
    } | null;
    threatenedActions: Array<{
      id: string;
      reference: string;
      title: { en: string | null; cy: string | null };
    }>;
    mitigatingActions: Array<{
      id: string;
      reference: string;
      title: { en: string | null; cy: string | null };
    }>;
    mitigations: Array<{
      id: string;
      dueDate: string;
      completedOn: string | null;
      overdue: boolean;
      description: { en: string | null; cy: string | null };
      owner: { id: string; name: string };
    }>;
    reviews: Array<{
      id: string;
      reviewedOn: string;
      score: { likelihood: number; consequence: number; score: number; band: RiskBand };
      reviewer: { id: string; name: string };
      commentary: { en: string | null; cy: string | null };
    }>;
  };
};

export type DeescalateRiskMutationVariables = Exact<{
  input: RiskVersionInput;
}>;

export type DeescalateRiskMutation = {
  deescalateRisk: {
    id: string;
    version: number;
    reference: string;
    kind: RiskKind;
    state: RiskState;
    category: RiskCategory;
    appetite: number;
    aboveAppetite: boolean;
    awaitingEscalation: boolean;
    reviewEveryMonths: number;
    nextReviewDue: string;
    reviewOverdue: boolean;
    canUpdate: boolean;
    canEscalate: boolean;
    title: { en: string | null; cy: string | null };
    description: { en: string | null; cy: string | null };
    controls: { en: string | null; cy: string | null };
    impact: { en: string | null; cy: string | null };
    owner: { id: string; name: string };
    areas: Array<{
      id: string;
      number: number;
      shortTitle: { en: string | null; cy: string | null };
    }>;
    inherent: { likelihood: number; consequence: number; score: number; band: RiskBand };
    current: { likelihood: number; consequence: number; score: number; band: RiskBand };
    target: {
      likelihood: number;
      consequence: number;
      score: number;
      band: RiskBand;
      date: string;
    } | null;
    escalation: { on: string; reason: { en: string | null; cy: string | null } } | null;
    escalatedBy: { id: string; name: string } | null;
    closure: {
      on: string;
      reason: { en: string | null; cy: string | null };
      resolution: { en: string | null; cy: string | null };
    } | null;
    threatenedActions: Array<{
      id: string;
      reference: string;
      title: { en: string | null; cy: string | null };
    }>;
    mitigatingActions: Array<{
      id: string;
      reference: string;
      title: { en: string | null; cy: string | null };
    }>;
    mitigations: Array<{
      id: string;
      dueDate: string;
      completedOn: string | null;
      overdue: boolean;
      description: { en: string | null; cy: string | null };
      owner: { id: string; name: string };
    }>;
    reviews: Array<{
      id: string;
      reviewedOn: string;
      score: { likelihood: number; consequence: number; score: number; band: RiskBand };
      reviewer: { id: string; name: string };
      commentary: { en: string | null; cy: string | null };
    }>;
  };
};

export type CloseRiskMutationVariables = Exact<{
  input: CloseRiskInput;
}>;

export type CloseRiskMutation = {
  closeRisk: {
    id: string;
    version: number;
    reference: string;
    kind: RiskKind;
    state: RiskState;
    category: RiskCategory;
    appetite: number;
    aboveAppetite: boolean;
    awaitingEscalation: boolean;
    reviewEveryMonths: number;
    nextReviewDue: string;
    reviewOverdue: boolean;
    canUpdate: boolean;
    canEscalate: boolean;
    title: { en: string | null; cy: string | null };
    description: { en: string | null; cy: string | null };
    controls: { en: string | null; cy: string | null };
    impact: { en: string | null; cy: string | null };
    owner: { id: string; name: string };
    areas: Array<{
      id: string;
      number: number;
      shortTitle: { en: string | null; cy: string | null };
    }>;
    inherent: { likelihood: number; consequence: number; score: number; band: RiskBand };
    current: { likelihood: number; consequence: number; score: number; band: RiskBand };
    target: {
      likelihood: number;
      consequence: number;
      score: number;
      band: RiskBand;
      date: string;
    } | null;
    escalation: { on: string; reason: { en: string | null; cy: string | null } } | null;
    escalatedBy: { id: string; name: string } | null;
    closure: {
      on: string;
      reason: { en: string | null; cy: string | null };
      resolution: { en: string | null; cy: string | null };
    } | null;
    threatenedActions: Array<{
      id: string;
      reference: string;
      title: { en: string | null; cy: string | null };
    }>;
    mitigatingActions: Array<{
      id: string;
      reference: string;
      title: { en: string | null; cy: string | null };
    }>;
    mitigations: Array<{
      id: string;
      dueDate: string;
      completedOn: string | null;
      overdue: boolean;
      description: { en: string | null; cy: string | null };
      owner: { id: string; name: string };
    }>;
    reviews: Array<{
      id: string;
      reviewedOn: string;
      score: { likelihood: number; consequence: number; score: number; band: RiskBand };
      reviewer: { id: string; name: string };
      commentary: { en: string | null; cy: string | null };
    }>;
  };
};

export type ReopenRiskMutationVariables = Exact<{
  input: RiskVersionInput;
}>;

export type ReopenRiskMutation = {
  reopenRisk: {
    id: string;
    version: number;
    reference: string;
    kind: RiskKind;
    state: RiskState;
    category: RiskCategory;
    appetite: number;
    aboveAppetite: boolean;
    awaitingEscalation: boolean;
    reviewEveryMonths: number;
    nextReviewDue: string;
    reviewOverdue: boolean;
    canUpdate: boolean;
    canEscalate: boolean;
    title: { en: string | null; cy: string | null };
    description: { en: string | null; cy: string | null };
    controls: { en: string | null; cy: string | null };
    impact: { en: string | null; cy: string | null };
    owner: { id: string; name: string };
    areas: Array<{
      id: string;
      number: number;
      shortTitle: { en: string | null; cy: string | null };
    }>;
    inherent: { likelihood: number; consequence: number; score: number; band: RiskBand };
    current: { likelihood: number; consequence: number; score: number; band: RiskBand };
    target: {
      likelihood: number;
      consequence: number;
      score: number;
      band: RiskBand;
      date: string;
    } | null;
    escalation: { on: string; reason: { en: string | null; cy: string | null } } | null;
    escalatedBy: { id: string; name: string } | null;
    closure: {
      on: string;
      reason: { en: string | null; cy: string | null };
      resolution: { en: string | null; cy: string | null };
    } | null;
    threatenedActions: Array<{
      id: string;
      reference: string;
      title: { en: string | null; cy: string | null };
    }>;
    mitigatingActions: Array<{
      id: string;
      reference: string;
      title: { en: string | null; cy: string | null };
    }>;
    mitigations: Array<{
      id: string;
      dueDate: string;
      completedOn: string | null;
      overdue: boolean;
      description: { en: string | null; cy: string | null };
      owner: { id: string; name: string };
    }>;
    reviews: Array<{
      id: string;
      reviewedOn: string;
      score: { likelihood: number; consequence: number; score: number; band: RiskBand };
      reviewer: { id: string; name: string };
      commentary: { en: string | null; cy: string | null };
    }>;
  };
};

export type RiskFormOptionsQueryVariables = Exact<{
  financialYear: string;
}>;

export type RiskFormOptionsQuery = {
  strategicAreas: Array<{
    id: string;
    number: number;
    title: { en: string | null; cy: string | null };
  }>;
  people: Array<{ id: string; name: string; email: string }>;
  actions: {
    edges: Array<{
      node: { id: string; reference: string; title: { en: string | null; cy: string | null } };
    }>;
  };
};

export type EditableRiskFragment = {
  id: string;
  version: number;
  canUpdate: boolean;
  reference: string;
  kind: RiskKind;
  category: RiskCategory;
  reviewEveryMonths: number;
  title: { en: string | null; cy: string | null };
  description: { en: string | null; cy: string | null };
  controls: { en: string | null; cy: string | null };
  impact: { en: string | null; cy: string | null };
  owner: { id: string };
  areas: Array<{ id: string }>;
  threatenedActions: Array<{
    id: string;
    reference: string;
    title: { en: string | null; cy: string | null };
  }>;
  mitigatingActions: Array<{
    id: string;
    reference: string;
    title: { en: string | null; cy: string | null };
  }>;
  inherent: { likelihood: number; consequence: number };
  current: { likelihood: number; consequence: number };
  target: { likelihood: number; consequence: number; date: string } | null;
  mitigations: Array<{
    id: string;
    dueDate: string;
    completedOn: string | null;
    description: { en: string | null; cy: string | null };
    owner: { id: string };
  }>;
};

export type RiskForEditQueryVariables = Exact<{
  id: string | number;
}>;

export type RiskForEditQuery = {
  risk: {
    id: string;
    version: number;
    canUpdate: boolean;
    reference: string;
    kind: RiskKind;
    category: RiskCategory;
    reviewEveryMonths: number;
    title: { en: string | null; cy: string | null };
    description: { en: string | null; cy: string | null };
    controls: { en: string | null; cy: string | null };
    impact: { en: string | null; cy: string | null };
    owner: { id: string };
    areas: Array<{ id: string }>;
    threatenedActions: Array<{
      id: string;
      reference: string;
      title: { en: string | null; cy: string | null };
    }>;
    mitigatingActions: Array<{
      id: string;
      reference: string;
      title: { en: string | null; cy: string | null };
    }>;
    inherent: { likelihood: number; consequence: number };
    current: { likelihood: number; consequence: number };
    target: { likelihood: number; consequence: number; date: string } | null;
    mitigations: Array<{
      id: string;
      dueDate: string;
      completedOn: string | null;
      description: { en: string | null; cy: string | null };
      owner: { id: string };
    }>;
  };
};

export type CreateRiskMutationVariables = Exact<{
  input: CreateRiskInput;
}>;

export type CreateRiskMutation = { createRisk: { id: string; reference: string } };

export type UpdateRiskMutationVariables = Exact<{
  input: UpdateRiskInput;
}>;

export type UpdateRiskMutation = {
  updateRisk: {
    id: string;
    version: number;
    canUpdate: boolean;
    reference: string;
    kind: RiskKind;
    category: RiskCategory;
    reviewEveryMonths: number;
    title: { en: string | null; cy: string | null };
    description: { en: string | null; cy: string | null };
    controls: { en: string | null; cy: string | null };
    impact: { en: string | null; cy: string | null };
    owner: { id: string };
    areas: Array<{ id: string }>;
    threatenedActions: Array<{
      id: string;
      reference: string;
      title: { en: string | null; cy: string | null };
    }>;
    mitigatingActions: Array<{
      id: string;
      reference: string;
      title: { en: string | null; cy: string | null };
    }>;
    inherent: { likelihood: number; consequence: number };
    current: { likelihood: number; consequence: number };
    target: { likelihood: number; consequence: number; date: string } | null;
    mitigations: Array<{
      id: string;
      dueDate: string;
      completedOn: string | null;
      description: { en: string | null; cy: string | null };
      owner: { id: string };
    }>;
  };
};

export type RaiseFromUpdateSourceQueryVariables = Exact<{
  actionId: string | number;
}>;

export type RaiseFromUpdateSourceQuery = {
  action: {
    id: string;
    reference: string;
    title: { en: string | null; cy: string | null };
    statusHistory: Array<{
      id: string;
      submittedAt: string;
      reportingPeriod: { id: string; label: string };
      risks: { en: string | null; cy: string | null };
      raisedRisks: Array<{ id: string; reference: string }>;
    }>;
  };
};

export type RaiseRiskFromUpdateMutationVariables = Exact<{
  input: RaiseRiskFromUpdateInput;
}>;

export type RaiseRiskFromUpdateMutation = {
  raiseRiskFromUpdate: { id: string; reference: string };
};

export type RiskAppetitesQueryVariables = Exact<{ [key: string]: never }>;

export type RiskAppetitesQuery = {
  riskAppetites: Array<{ category: RiskCategory; appetite: number; version: number }>;
};

export type SetRiskAppetiteMutationVariables = Exact<{
  input: SetRiskAppetiteInput;
}>;

export type SetRiskAppetiteMutation = {
  setRiskAppetite: { category: RiskCategory; appetite: number; version: number };
};

export type RoundProgressFieldsFragment = {
  expected: number;
  updated: number;
  outstanding: number;
};

export type UpdateRoundSummaryQueryVariables = Exact<{
  reportingPeriodId: string | number;
}>;

export type UpdateRoundSummaryQuery = {
  updateRound: {
    reportingPeriod: {
      id: string;
      label: string;
      state: ReportingPeriodState;
      closedAt: string | null;
      updateDeadline: string;
    };
    overall: { expected: number; updated: number; outstanding: number };
    areas: Array<{
      area: { id: string; number: number; shortTitle: { en: string | null; cy: string | null } };
      progress: { expected: number; updated: number; outstanding: number };
    }>;
    organisations: Array<{
      organisation: { id: string; code: string; name: { en: string | null; cy: string | null } };
      progress: { expected: number; updated: number; outstanding: number };
    }>;
    figures: { overall: { expected: number; updated: number; outstanding: number } };
    riskReviews: { overall: { expected: number; updated: number; outstanding: number } };
  };
};

export type UpdateRoundListsQueryVariables = Exact<{
  reportingPeriodId: string | number;
}>;

export type UpdateRoundListsQuery = {
  updateRound: {
    people: Array<{
      person: { id: string; name: string };
      progress: { expected: number; updated: number; outstanding: number };
    }>;
    outstandingActions: Array<{
      id: string;
      reference: string;
      title: { en: string | null; cy: string | null };
      owners: Array<{ id: string; name: string }>;
    }>;
    figures: {
      people: Array<{
        person: { id: string; name: string };
        progress: { expected: number; updated: number; outstanding: number };
      }>;
      outstanding: Array<{
        periodStart: string;
        given: boolean;
        measure: {
          id: string;
          reference: string;
          name: { en: string | null; cy: string | null };
          owner: { id: string; name: string };
        };
        periodLabel: { en: string | null; cy: string | null };
      }>;
    };
    riskReviews: {
      people: Array<{
        person: { id: string; name: string };
        progress: { expected: number; updated: number; outstanding: number };
      }>;
      outstanding: Array<{
        nextReviewDue: string;
        id: string;
        reference: string;
        owner: { id: string; name: string };
        title: { en: string | null; cy: string | null };
        current: { score: number; band: RiskBand };
      }>;
    };
  };
};

export type SendUpdateRemindersMutationVariables = Exact<{
  reportingPeriodId: string | number;
}>;

export type SendUpdateRemindersMutation = {
  sendUpdateReminders: {
    peopleReminded: number;
    actionsOutstanding: number;
    figuresOutstanding: number;
    riskReviewsOutstanding: number;
  };
};

export const AccountSummaryFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AccountSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'invitationPending' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSignedInAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'name' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccountSummaryFragment, unknown>;
export const RiskSummaryFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RiskSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Risk' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'current' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RiskSummaryFieldsFragment, unknown>;
export const OverdueFactsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OverdueFacts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Action' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'milestones' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'title' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'completedOn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OverdueFactsFragment, unknown>;
export const AreaTextsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AreaTexts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StrategicArea' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shortTitle' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'description' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AreaTextsFragment, unknown>;
export const CurrentUserFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CurrentUser' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CurrentUserFragment, unknown>;
export const DirectoryOrganisationFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DirectoryOrganisation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Organisation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'name' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DirectoryOrganisationFragment, unknown>;
export const DirectoryPersonFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DirectoryPerson' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'jobTitle' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DirectoryOrganisation' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DirectoryOrganisation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Organisation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'name' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DirectoryPersonFragment, unknown>;
export const PlanImportResultFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlanImportResult' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PlanImport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'newCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'changedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unchangedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'imported' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rows' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'row' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changes' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'problems' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cell' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlanImportResultFragment, unknown>;
export const MeasureFigureFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeasureFigure' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MeasureValue' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'periodLabel' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quality' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revised' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rag' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeasureFigureFragment, unknown>;
export const MeasureRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeasureRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Measure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'name' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'frequency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contextual' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'areas' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'shortTitle' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'latest' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeasureFigure' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trend' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'sincePrevious' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sinceBaseline' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recentFigures' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'periodLabel' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeasureFigure' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MeasureValue' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'periodLabel' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quality' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revised' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rag' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeasureRowFragment, unknown>;
export const EditableMeasureFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditableMeasure' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Measure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'name' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'definition' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'calculation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'dataSource' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'frequency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wellBeingGoals' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waysOfWorking' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'areas' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tolerance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'red' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'baseline' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'targets' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'financialYear' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EditableMeasureFragment, unknown>;
export const MeetingRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onlineLink' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'forum' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeetingRowFragment, unknown>;
export const AttendanceFigureFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AttendanceFigureFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AttendanceFigures' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'meetings' } },
          { kind: 'Field', name: { kind: 'Name', value: 'present' } },
          { kind: 'Field', name: { kind: 'Name', value: 'represented' } },
          { kind: 'Field', name: { kind: 'Name', value: 'apologies' } },
          { kind: 'Field', name: { kind: 'Name', value: 'absent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attendanceRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deputies' } },
          { kind: 'Field', name: { kind: 'Name', value: 'longestMissedRun' } },
          { kind: 'Field', name: { kind: 'Name', value: 'flagged' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AttendanceFigureFieldsFragment, unknown>;
export const RagCountFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RagCountFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RagCounts' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'red' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'green' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notStarted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'complete' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noUpdate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RagCountFieldsFragment, unknown>;
export const RagMovementCountFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RagMovementCountFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RagMovementCounts' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'improved' } },
          { kind: 'Field', name: { kind: 'Name', value: 'worsened' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unchanged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'newlyRed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'newlyComplete' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notCompared' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RagMovementCountFieldsFragment, unknown>;
export const EngagementFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EngagementFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EngagementRecord' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engagedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forumId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'consultedOn' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agreed' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'disagreement' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nextSteps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'partners' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EngagementFieldsFragment, unknown>;
export const PeriodFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PeriodFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportingPeriod' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'financialYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quarter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updateDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reopenReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PeriodFieldsFragment, unknown>;
export const PlanFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlanFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AnnualPlan' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'financialYear' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actionCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlanFieldsFragment, unknown>;
export const EditableMilestoneFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditableMilestone' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Milestone' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EditableMilestoneFragment, unknown>;
export const PublicationFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Publication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'introduction' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'areaSummaries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'areaNumber' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'summary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'excludedActionIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'showOwnerNames' } },
          { kind: 'Field', name: { kind: 'Name', value: 'includeMeasures' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'withdrawnAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawalReason' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addresses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'report' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
                { kind: 'Field', name: { kind: 'Name', value: 'edition' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reportingPeriod' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublicationFieldsFragment, unknown>;
export const ReportSummaryFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReportSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Report' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
          { kind: 'Field', name: { kind: 'Name', value: 'edition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reportingPeriod' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportSummaryFieldsFragment, unknown>;
export const ReportActionLineFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReportActionLineFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportActionLine' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'actionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'leadOrganisation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'owners' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rag' } },
          { kind: 'Field', name: { kind: 'Name', value: 'percentComplete' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportActionLineFieldsFragment, unknown>;
export const ReportExceptionFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReportExceptionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportActionLine' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'actionId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'commentary' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'risks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nextSteps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportExceptionFieldsFragment, unknown>;
export const ReportMoveFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReportMoveFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportMove' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'actionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'previous' } },
          { kind: 'Field', name: { kind: 'Name', value: 'current' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportMoveFieldsFragment, unknown>;
export const ReportMilestoneFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReportMilestoneFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportMilestone' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'actionReference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actionTitle' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedOn' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportMilestoneFieldsFragment, unknown>;
export const ReportRiskFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReportRiskFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportRisk' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'riskId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'owner' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'current' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'target' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'appetite' } },
          { kind: 'Field', name: { kind: 'Name', value: 'aboveAppetite' } },
          { kind: 'Field', name: { kind: 'Name', value: 'escalatedOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'previous' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'score' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'trend' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportRiskFieldsFragment, unknown>;
export const ReportMeasureFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReportMeasureFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportMeasure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'measureId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'name' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'latest' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'periodLabel' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quality' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revised' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rag' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trend' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sincePrevious' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportMeasureFieldsFragment, unknown>;
export const ReportMeasureOffTargetFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReportMeasureOffTargetFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportMeasure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReportMeasureFields' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'latest' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'ragExplanation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'commentary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trend' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sinceBaseline' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'periodLabel' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'target' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReportMeasureFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportMeasure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'measureId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'name' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'latest' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'periodLabel' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quality' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revised' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rag' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trend' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sincePrevious' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportMeasureOffTargetFieldsFragment, unknown>;
export const CoverSheetFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CoverSheetFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CoverSheet' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meetingName' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaItem' } },
          { kind: 'Field', name: { kind: 'Name', value: 'author' } },
          { kind: 'Field', name: { kind: 'Name', value: 'executiveSponsor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'presenter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommendation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'summary' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'strategicObjectives' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'impacts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'impact' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'text' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CoverSheetFieldsFragment, unknown>;
export const FollowUpFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FollowUpFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FollowUp' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FollowUpFieldsFragment, unknown>;
export const RiskScoreFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RiskScoreFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RiskScore' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'likelihood' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consequence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'band' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RiskScoreFieldsFragment, unknown>;
export const RiskRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RiskRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Risk' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'current' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskScoreFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'target' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'nextReviewDue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewOverdue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'escalation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'on' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'aboveAppetite' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingEscalation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'previous' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'score' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RiskScoreFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RiskScore' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'likelihood' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consequence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'band' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RiskRowFragment, unknown>;
export const RiskActionFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RiskAction' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Action' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RiskActionFragment, unknown>;
export const RiskDetailsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RiskDetails' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Risk' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'description' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'controls' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'impact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'areas' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'shortTitle' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'inherent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskScoreFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'current' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskScoreFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'target' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'likelihood' } },
                { kind: 'Field', name: { kind: 'Name', value: 'consequence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'appetite' } },
          { kind: 'Field', name: { kind: 'Name', value: 'aboveAppetite' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingEscalation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewEveryMonths' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextReviewDue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewOverdue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'escalation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'on' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reason' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'escalatedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closure' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'on' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reason' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'resolution' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'canUpdate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEscalate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'threatenedActions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskAction' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mitigatingActions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskAction' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mitigations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'description' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'owner' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'completedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviews' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reviewedOn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'score' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskScoreFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reviewer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'commentary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RiskScoreFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RiskScore' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'likelihood' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consequence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'band' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RiskAction' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Action' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RiskDetailsFragment, unknown>;
export const EditableRiskFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditableRisk' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Risk' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canUpdate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'description' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'controls' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'impact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'areas' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'threatenedActions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskAction' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mitigatingActions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskAction' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'inherent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'likelihood' } },
                { kind: 'Field', name: { kind: 'Name', value: 'consequence' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'current' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'likelihood' } },
                { kind: 'Field', name: { kind: 'Name', value: 'consequence' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'target' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'likelihood' } },
                { kind: 'Field', name: { kind: 'Name', value: 'consequence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewEveryMonths' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mitigations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'description' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'owner' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'completedOn' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RiskAction' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Action' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EditableRiskFragment, unknown>;
export const RoundProgressFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RoundProgressFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RoundProgress' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'expected' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outstanding' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RoundProgressFieldsFragment, unknown>;
export const AccountsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Accounts' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'UserFilterInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'users' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AccountSummary' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AccountSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'invitationPending' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSignedInAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'name' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccountsQuery, AccountsQueryVariables>;
export const AccountChoicesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AccountChoices' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organisations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'people' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccountChoicesQuery, AccountChoicesQueryVariables>;
export const AccountDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Account' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'user' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AccountSummary' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'openActionsOwned' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'title' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AccountSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'invitationPending' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSignedInAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'name' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccountQuery, AccountQueryVariables>;
export const InviteUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'InviteUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'InviteUserInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'inviteUser' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AccountSummary' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AccountSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'invitationPending' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSignedInAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'name' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InviteUserMutation, InviteUserMutationVariables>;
export const UpdateUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateUserInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateUser' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AccountSummary' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AccountSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'invitationPending' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSignedInAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'name' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const ResendInvitationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ResendInvitation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AccountVersionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resendInvitation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AccountSummary' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AccountSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'invitationPending' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSignedInAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'name' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ResendInvitationMutation, ResendInvitationMutationVariables>;
export const DeactivateUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeactivateUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DeactivateUserInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deactivateUser' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AccountSummary' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'openActionsOwned' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AccountSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'invitationPending' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSignedInAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'name' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeactivateUserMutation, DeactivateUserMutationVariables>;
export const ReactivateUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReactivateUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AccountVersionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reactivateUser' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AccountSummary' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AccountSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'invitationPending' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSignedInAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'name' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReactivateUserMutation, ReactivateUserMutationVariables>;
export const MyAccountDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyAccount' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'person' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyAccountQuery, MyAccountQueryVariables>;
export const ReportingContextDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReportingContext' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentReportingPeriod' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'financialYear' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updateDeadline' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportingContextQuery, ReportingContextQueryVariables>;
export const ReportingRoundDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReportingRound' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentReportingPeriod' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'financialYear' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updateDeadline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'figuresDue' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'mine' },
                      value: { kind: 'BooleanValue', value: true },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'measure' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'name' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'periodLabel' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'riskReviewsDue' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'mine' },
                      value: { kind: 'BooleanValue', value: true },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'RiskSummaryFields' },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'nextReviewDue' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RiskSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Risk' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'current' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportingRoundQuery, ReportingRoundQueryVariables>;
export const MyActionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyActions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'financialYear' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'personId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reportingPeriodId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'financialYear' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'financialYear' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'responsiblePersonId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'personId' } },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '100' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'title' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'currentStatus' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'rag' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'statusInPeriod' },
                              arguments: [
                                {
                                  kind: 'Argument',
                                  name: { kind: 'Name', value: 'reportingPeriodId' },
                                  value: {
                                    kind: 'Variable',
                                    name: { kind: 'Name', value: 'reportingPeriodId' },
                                  },
                                },
                              ],
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                ],
                              },
                            },
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'OverdueFacts' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OverdueFacts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Action' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'milestones' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'title' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'completedOn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyActionsQuery, MyActionsQueryVariables>;
export const ActionForUpdateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ActionForUpdate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'action' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'title' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'owners' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'delegates' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ActionForUpdateQuery, ActionForUpdateQueryVariables>;
export const SubmitStatusUpdateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitStatusUpdate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SubmitStatusUpdateInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitStatusUpdate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rag' } },
                { kind: 'Field', name: { kind: 'Name', value: 'percentComplete' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmitStatusUpdateMutation, SubmitStatusUpdateMutationVariables>;
export const ActionDetailsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ActionDetails' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'action' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'title' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'description' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'area' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'title' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'leadOrganisation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'themes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'wellBeingGoals' } },
                { kind: 'Field', name: { kind: 'Name', value: 'waysOfWorking' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'owners' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'delegates' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'milestones' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'title' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'completedOn' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'risks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'RiskSummaryFields' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'statusHistory' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rag' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'percentComplete' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'commentary' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'author' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'risks' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'raisedRisks' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'title' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'reportingPeriod' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RiskSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Risk' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'current' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ActionDetailsQuery, ActionDetailsQueryVariables>;
export const ActionAuditTrailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ActionAuditTrail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'auditTrail' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'entityType' },
                value: { kind: 'StringValue', value: 'Action', block: false },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'entityId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'changes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'field' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ActionAuditTrailQuery, ActionAuditTrailQueryVariables>;
export const StrategicAreaDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StrategicArea' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'number' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'strategicArea' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'number' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'number' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'title' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'description' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StrategicAreaQuery, StrategicAreaQueryVariables>;
export const AreaActionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AreaActions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ActionFilter' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ActionSort' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '100' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'title' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'leadOrganisation' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'owners' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'currentStatus' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'rag' } },
                                ],
                              },
                            },
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'OverdueFacts' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OverdueFacts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Action' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'milestones' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'title' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'completedOn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AreaActionsQuery, AreaActionsQueryVariables>;
export const AreasForEditingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AreasForEditing' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'strategicAreas' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AreaTexts' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AreaTexts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StrategicArea' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shortTitle' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'description' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AreasForEditingQuery, AreasForEditingQueryVariables>;
export const UpdateStrategicAreaDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateStrategicArea' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateStrategicAreaInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateStrategicArea' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AreaTexts' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AreaTexts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StrategicArea' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shortTitle' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'description' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateStrategicAreaMutation, UpdateStrategicAreaMutationVariables>;
export const AuditLogDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AuditLog' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditLogFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'auditLog' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '50' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'actorEmail' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'entityType' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'entityId' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'changes' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'after' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const AuditLogChoicesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AuditLogChoices' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'auditRecordTypes' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'users' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditLogChoicesQuery, AuditLogChoicesQueryVariables>;
export const MeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Me' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CurrentUser' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CurrentUser' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const SignInDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignIn' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SignInInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'signIn' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CurrentUser' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CurrentUser' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignOut' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'signOut' } }],
      },
    },
  ],
} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const RequestPasswordResetDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestPasswordReset' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestPasswordResetInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestPasswordReset' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const AccountLinkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AccountLink' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'accountLink' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccountLinkQuery, AccountLinkQueryVariables>;
export const SetPasswordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetPassword' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetPasswordInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setPassword' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetPasswordMutation, SetPasswordMutationVariables>;
export const DirectoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Directory' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'people' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DirectoryPerson' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organisations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DirectoryOrganisation' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DirectoryOrganisation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Organisation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'name' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DirectoryPerson' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'jobTitle' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DirectoryOrganisation' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DirectoryQuery, DirectoryQueryVariables>;
export const CreatePersonDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreatePerson' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreatePersonInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createPerson' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DirectoryPerson' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DirectoryOrganisation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Organisation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'name' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DirectoryPerson' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'jobTitle' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DirectoryOrganisation' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreatePersonMutation, CreatePersonMutationVariables>;
export const UpdatePersonDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdatePerson' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdatePersonInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updatePerson' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DirectoryPerson' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DirectoryOrganisation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Organisation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'name' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DirectoryPerson' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'jobTitle' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DirectoryOrganisation' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdatePersonMutation, UpdatePersonMutationVariables>;
export const MergePeopleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MergePeople' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MergePeopleInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mergePeople' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DirectoryPerson' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DirectoryOrganisation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Organisation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'name' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DirectoryPerson' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'jobTitle' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organisation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DirectoryOrganisation' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MergePeopleMutation, MergePeopleMutationVariables>;
export const CreateOrganisationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateOrganisation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateOrganisationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createOrganisation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DirectoryOrganisation' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DirectoryOrganisation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Organisation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'name' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateOrganisationMutation, CreateOrganisationMutationVariables>;
export const UpdateOrganisationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateOrganisation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateOrganisationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateOrganisation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DirectoryOrganisation' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DirectoryOrganisation' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Organisation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'name' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateOrganisationMutation, UpdateOrganisationMutationVariables>;
export const PlanImportPreviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PlanImportPreview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PlanImportInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'preview' },
            name: { kind: 'Name', value: 'planImportPreview' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlanImportResult' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlanImportResult' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PlanImport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'newCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'changedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unchangedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'imported' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rows' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'row' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changes' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'problems' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cell' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlanImportPreviewQuery, PlanImportPreviewQueryVariables>;
export const ImportPlanDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ImportPlan' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PlanImportInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'imported' },
            name: { kind: 'Name', value: 'importPlan' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlanImportResult' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlanImportResult' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PlanImport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'newCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'changedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unchangedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'imported' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rows' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'row' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changes' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'problems' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cell' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ImportPlanMutation, ImportPlanMutationVariables>;
export const StatusUpdateImportPreviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StatusUpdateImportPreview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PlanImportInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'preview' },
            name: { kind: 'Name', value: 'statusUpdateImportPreview' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlanImportResult' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlanImportResult' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PlanImport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'newCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'changedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unchangedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'imported' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rows' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'row' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changes' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'problems' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cell' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  StatusUpdateImportPreviewQuery,
  StatusUpdateImportPreviewQueryVariables
>;
export const ImportStatusUpdatesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ImportStatusUpdates' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PlanImportInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'imported' },
            name: { kind: 'Name', value: 'importStatusUpdates' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlanImportResult' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlanImportResult' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PlanImport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'newCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'changedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unchangedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'imported' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rows' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'row' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changes' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'problems' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cell' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ImportStatusUpdatesMutation, ImportStatusUpdatesMutationVariables>;
export const MeasureValueImportPreviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MeasureValueImportPreview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ImportFileInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'preview' },
            name: { kind: 'Name', value: 'measureValueImportPreview' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlanImportResult' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlanImportResult' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PlanImport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'newCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'changedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unchangedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'imported' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rows' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'row' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changes' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'problems' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cell' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  MeasureValueImportPreviewQuery,
  MeasureValueImportPreviewQueryVariables
>;
export const ImportMeasureValuesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ImportMeasureValues' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ImportFileInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'imported' },
            name: { kind: 'Name', value: 'importMeasureValues' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlanImportResult' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlanImportResult' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'PlanImport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'newCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'changedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unchangedCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'imported' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rows' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'row' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changes' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'problems' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cell' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ImportMeasureValuesMutation, ImportMeasureValuesMutationVariables>;
export const SetPreferredLanguageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetPreferredLanguage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'language' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Language' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setPreferredLanguage' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'language' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'language' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CurrentUser' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CurrentUser' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'preferredLanguage' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetPreferredLanguageMutation, SetPreferredLanguageMutationVariables>;
export const MeasureAreasDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MeasureAreas' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'strategicAreas' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'shortTitle' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeasureAreasQuery, MeasureAreasQueryVariables>;
export const MeasurePageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MeasurePage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'areaId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'wellBeingGoals' } },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'WellBeingGoal' } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'measurePage' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'areaId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'areaId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'wellBeingGoals' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'wellBeingGoals' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'offset' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'measures' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeasureRow' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeasureFigure' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MeasureValue' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'periodLabel' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quality' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revised' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rag' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeasureRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Measure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'name' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'frequency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contextual' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'areas' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'shortTitle' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'latest' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeasureFigure' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trend' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'sincePrevious' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sinceBaseline' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recentFigures' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'periodLabel' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeasurePageQuery, MeasurePageQueryVariables>;
export const MeasureDetailsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MeasureDetails' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'measure' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'definition' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'calculation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'dataSource' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'frequency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'themes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'wellBeingGoals' } },
                { kind: 'Field', name: { kind: 'Name', value: 'waysOfWorking' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contextual' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canReportFigures' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tolerance' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'amber' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'red' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'baseline' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'targets' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'financialYear' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'owner' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'areas' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'shortTitle' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'trend' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'sincePrevious' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sinceBaseline' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'values' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeasureFigure' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'ragExplanation' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'commentary' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'notAvailableReason' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'breakdowns' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'label' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'revisions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeasureFigure' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'author' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'title' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'currentStatus' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'rag' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeasureFigure' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MeasureValue' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'periodLabel' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quality' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revised' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rag' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeasureDetailsQuery, MeasureDetailsQueryVariables>;
export const MeasureForReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MeasureForReport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'measure' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'frequency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canReportFigures' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'targets' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'financialYear' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'values' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeasureFigure' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'author' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeasureFigure' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MeasureValue' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'periodLabel' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quality' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revised' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rag' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeasureForReportQuery, MeasureForReportQueryVariables>;
export const SubmitMeasureValueDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitMeasureValue' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SubmitMeasureValueInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitMeasureValue' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeasureFigure' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeasureFigure' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MeasureValue' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'periodLabel' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quality' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revised' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rag' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmitMeasureValueMutation, SubmitMeasureValueMutationVariables>;
export const MeasuresSummaryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MeasuresSummary' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'measuresSummary' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'counts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'red' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amber' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'green' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'contextual' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'noFigure' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'worsened' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'name' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'latest' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'MeasureFigure' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeasureFigure' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MeasureValue' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'periodLabel' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quality' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revised' } },
          { kind: 'Field', name: { kind: 'Name', value: 'target' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rag' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeasuresSummaryQuery, MeasuresSummaryQueryVariables>;
export const MeasureFormOptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MeasureFormOptions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'strategicAreas' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'title' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'people' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeasureFormOptionsQuery, MeasureFormOptionsQueryVariables>;
export const MeasureForEditDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MeasureForEdit' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'measure' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditableMeasure' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditableMeasure' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Measure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'name' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'definition' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'calculation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'dataSource' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'frequency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wellBeingGoals' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waysOfWorking' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'areas' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tolerance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'red' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'baseline' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'targets' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'financialYear' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeasureForEditQuery, MeasureForEditQueryVariables>;
export const CreateMeasureDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateMeasure' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateMeasureInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createMeasure' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateMeasureMutation, CreateMeasureMutationVariables>;
export const UpdateMeasureDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateMeasure' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateMeasureInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateMeasure' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditableMeasure' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditableMeasure' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Measure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'name' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'definition' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'calculation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'dataSource' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'frequency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wellBeingGoals' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waysOfWorking' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'areas' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tolerance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'amber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'red' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'baseline' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'targets' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'financialYear' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateMeasureMutation, UpdateMeasureMutationVariables>;
export const ForumChoicesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ForumChoices' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'forums' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ForumChoicesQuery, ForumChoicesQueryVariables>;
export const MeetingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Meetings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'forumId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meetings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'forumId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'forumId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'to' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingRow' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onlineLink' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'forum' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeetingsQuery, MeetingsQueryVariables>;
export const MeetingScheduleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MeetingSchedule' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'forumId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'pastOffset' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'pastLimit' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meetingSchedule' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'forumId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'forumId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'pastOffset' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'pastOffset' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'pastLimit' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'pastLimit' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'upcoming' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingRow' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'past' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingRow' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'pastCount' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onlineLink' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'forum' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeetingScheduleQuery, MeetingScheduleQueryVariables>;
export const MeetingDetailsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MeetingDetails' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meeting' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingRow' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'noticeSentAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'noticeSequence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minutesApprovedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'minutesApprovedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'minutesVisible' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canManage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canApprove' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canSendApologies' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'forum' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'members' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'isChair' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'leftOn' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'person' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'representing' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'name' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'agenda' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'title' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'minutes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'presenter' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'report' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'edition' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'reportingPeriod' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'actions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'title' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'measures' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'name' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'risks' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'title' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'attendance' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'deputyName' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'member' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'decisions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'text' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'followUps' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'FollowUpFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'carriedCommitments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'FollowUpFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onlineLink' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'forum' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FollowUpFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FollowUp' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeetingDetailsQuery, MeetingDetailsQueryVariables>;
export const IssuedReportsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'IssuedReports' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reports' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
                { kind: 'Field', name: { kind: 'Name', value: 'edition' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reportingPeriod' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IssuedReportsQuery, IssuedReportsQueryVariables>;
export const ScheduleMeetingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ScheduleMeeting' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ScheduleMeetingInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scheduleMeeting' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ScheduleMeetingMutation, ScheduleMeetingMutationVariables>;
export const UpdateMeetingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateMeeting' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateMeetingInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateMeeting' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateMeetingMutation, UpdateMeetingMutationVariables>;
export const AddAgendaItemDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddAgendaItem' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddAgendaItemInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addAgendaItem' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddAgendaItemMutation, AddAgendaItemMutationVariables>;
export const UpdateAgendaItemDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateAgendaItem' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateAgendaItemInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateAgendaItem' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateAgendaItemMutation, UpdateAgendaItemMutationVariables>;
export const MoveAgendaItemDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MoveAgendaItem' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MoveAgendaItemInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'moveAgendaItem' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MoveAgendaItemMutation, MoveAgendaItemMutationVariables>;
export const RemoveAgendaItemDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemoveAgendaItem' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MeetingsVersionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeAgendaItem' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemoveAgendaItemMutation, RemoveAgendaItemMutationVariables>;
export const UpdateAgendaItemMinutesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateAgendaItemMinutes' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaItemMinutesInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateAgendaItemMinutes' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  UpdateAgendaItemMinutesMutation,
  UpdateAgendaItemMinutesMutationVariables
>;
export const MarkMeetingHeldDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkMeetingHeld' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MeetingsVersionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markMeetingHeld' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MarkMeetingHeldMutation, MarkMeetingHeldMutationVariables>;
export const CancelMeetingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CancelMeeting' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MeetingsVersionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cancelMeeting' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CancelMeetingMutation, CancelMeetingMutationVariables>;
export const ApproveMinutesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ApproveMinutes' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MeetingsVersionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approveMinutes' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApproveMinutesMutation, ApproveMinutesMutationVariables>;
export const RecordAttendanceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordAttendance' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordAttendanceInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordAttendance' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordAttendanceMutation, RecordAttendanceMutationVariables>;
export const SendApologiesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SendApologies' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sendApologies' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'meetingId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SendApologiesMutation, SendApologiesMutationVariables>;
export const RecordMeetingDecisionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordMeetingDecision' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'RecordMeetingDecisionInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordMeetingDecision' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordMeetingDecisionMutation, RecordMeetingDecisionMutationVariables>;
export const SendMeetingNoticeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SendMeetingNotice' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sendMeetingNotice' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'meetingId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SendMeetingNoticeMutation, SendMeetingNoticeMutationVariables>;
export const SendBriefingNoteDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SendBriefingNote' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sendBriefingNote' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'meetingId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SendBriefingNoteMutation, SendBriefingNoteMutationVariables>;
export const MeetingsAuditDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MeetingsAudit' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'forumId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attendanceAudit' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'forumId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'forumId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'to' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'forumId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'forumName' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'figures' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'AttendanceFigureFields' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organisations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'organisationId' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'organisationName' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'figures' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'AttendanceFigureFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'members' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'personName' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'figures' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'AttendanceFigureFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'commitmentsKept' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'forumId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'forumId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'to' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'forumId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'forumName' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doneOnTime' } },
                { kind: 'Field', name: { kind: 'Name', value: 'doneLate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'open' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AttendanceFigureFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AttendanceFigures' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'meetings' } },
          { kind: 'Field', name: { kind: 'Name', value: 'present' } },
          { kind: 'Field', name: { kind: 'Name', value: 'represented' } },
          { kind: 'Field', name: { kind: 'Name', value: 'apologies' } },
          { kind: 'Field', name: { kind: 'Name', value: 'absent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attendanceRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deputies' } },
          { kind: 'Field', name: { kind: 'Name', value: 'longestMissedRun' } },
          { kind: 'Field', name: { kind: 'Name', value: 'flagged' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeetingsAuditQuery, MeetingsAuditQueryVariables>;
export const ForumsAdminDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ForumsAdmin' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'forums' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'purpose' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'members' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'isChair' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'joinedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'leftOn' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'person' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'representing' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'name' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'people' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organisations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ForumsAdminQuery, ForumsAdminQueryVariables>;
export const CreateForumDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateForum' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateForumInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createForum' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateForumMutation, CreateForumMutationVariables>;
export const UpdateForumDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateForum' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateForumInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateForum' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateForumMutation, UpdateForumMutationVariables>;
export const UpdateForumMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateForumMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateForumMemberInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateForumMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateForumMemberMutation, UpdateForumMemberMutationVariables>;
export const AddForumMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddForumMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddForumMemberInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addForumMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddForumMemberMutation, AddForumMemberMutationVariables>;
export const EndForumMembershipDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EndForumMembership' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'EndForumMembershipInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endForumMembership' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EndForumMembershipMutation, EndForumMembershipMutationVariables>;
export const NotificationCountDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NotificationCount' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myNotifications' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '1' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'unreadCount' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationCountQuery, NotificationCountQueryVariables>;
export const MyNotificationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyNotifications' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myNotifications' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'unreadCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'notifications' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'subject' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'body' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'link' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const MarkNotificationsReadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkNotificationsRead' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'MarkNotificationsReadInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markNotificationsRead' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const CurrentProgressSummaryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CurrentProgressSummary' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentProgressSummary' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reportingPeriod' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'updateDeadline' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'financialYear' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'overall' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RagCountFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'areas' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'area' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'shortTitle' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'counts' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'RagCountFields' },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'movement' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'RagMovementCountFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'movement' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'previousPeriod' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'counts' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'RagMovementCountFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RagCountFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RagCounts' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'red' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'green' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notStarted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'complete' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noUpdate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RagMovementCountFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RagMovementCounts' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'improved' } },
          { kind: 'Field', name: { kind: 'Name', value: 'worsened' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unchanged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'newlyRed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'newlyComplete' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notCompared' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CurrentProgressSummaryQuery, CurrentProgressSummaryQueryVariables>;
export const CurrentProgressListsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CurrentProgressLists' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentProgressSummary' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'movement' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'changes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'action' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'title' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'previous' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'current' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'overdueMilestones' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'title' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'action' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actionsWithoutUpdate' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'title' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CurrentProgressListsQuery, CurrentProgressListsQueryVariables>;
export const SubjectEngagementsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SubjectEngagements' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'subjectKind' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'EngagementSubjectKind' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'subjectId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'engagementRecords' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'subjectKind' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'subjectKind' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'subjectId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'subjectId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EngagementFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EngagementFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EngagementRecord' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engagedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forumId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'consultedOn' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agreed' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'disagreement' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nextSteps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'partners' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubjectEngagementsQuery, SubjectEngagementsQueryVariables>;
export const PartnerChoicesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PartnerChoices' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organisations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PartnerChoicesQuery, PartnerChoicesQueryVariables>;
export const CreateEngagementRecordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateEngagementRecord' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'CreateEngagementRecordInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createEngagementRecord' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EngagementFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EngagementFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EngagementRecord' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engagedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forumId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'consultedOn' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agreed' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'disagreement' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nextSteps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'partners' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CreateEngagementRecordMutation,
  CreateEngagementRecordMutationVariables
>;
export const UpdateEngagementRecordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateEngagementRecord' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'UpdateEngagementRecordInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateEngagementRecord' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EngagementFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EngagementFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EngagementRecord' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engagedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forumId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'consultedOn' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agreed' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'disagreement' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nextSteps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'partners' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  UpdateEngagementRecordMutation,
  UpdateEngagementRecordMutationVariables
>;
export const DeleteEngagementRecordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteEngagementRecord' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteEngagementRecord' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedVersion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  DeleteEngagementRecordMutation,
  DeleteEngagementRecordMutationVariables
>;
export const PlanPartnershipCheckDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PlanPartnershipCheck' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'financialYear' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'annualPlan' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'financialYear' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'financialYear' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'partnershipWaiver' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'financialYear' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'financialYear' } },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '100' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'title' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'needsPartnershipConsultation' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'engagements' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlanPartnershipCheckQuery, PlanPartnershipCheckQueryVariables>;
export const WaivePartnershipConsultationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WaivePartnershipConsultation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'planId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'BilingualLongTextInput' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'waivePartnershipConsultation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'planId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'planId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedVersion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'partnershipWaiver' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  WaivePartnershipConsultationMutation,
  WaivePartnershipConsultationMutationVariables
>;
export const PartnershipForumsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PartnershipForums' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'forums' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'partnershipStatements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'text' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PartnershipForumsQuery, PartnershipForumsQueryVariables>;
export const ForumAssessmentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ForumAssessments' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'forumId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'partnershipAssessments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'forumId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'forumId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'assessedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'average' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'partnershipAssessmentComparison' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'forumId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'forumId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'assessments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'assessedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'average' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'statements' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'statement' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'text' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'scores' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'assessmentId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'assessedOn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'latest' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'change' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meetings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'forumId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'forumId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'title' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ForumAssessmentsQuery, ForumAssessmentsQueryVariables>;
export const RecordPartnershipAssessmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordPartnershipAssessment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'RecordPartnershipAssessmentInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordPartnershipAssessment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'assessedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'average' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RecordPartnershipAssessmentMutation,
  RecordPartnershipAssessmentMutationVariables
>;
export const PartnershipReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PartnershipReport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'partnershipReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'financialYear' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'engagementCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'bySubject' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'subjectKind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byPartner' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'name' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'outcomes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'forumMeetings' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'attendance' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'commitments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PartnershipReportQuery, PartnershipReportQueryVariables>;
export const CreatePartnershipStatementDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreatePartnershipStatement' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'CreatePartnershipStatementInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createPartnershipStatement' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CreatePartnershipStatementMutation,
  CreatePartnershipStatementMutationVariables
>;
export const UpdatePartnershipStatementDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdatePartnershipStatement' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'UpdatePartnershipStatementInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updatePartnershipStatement' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  UpdatePartnershipStatementMutation,
  UpdatePartnershipStatementMutationVariables
>;
export const ReportingPeriodsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReportingPeriods' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reportingPeriods' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PeriodFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PeriodFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportingPeriod' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'financialYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quarter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updateDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reopenReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportingPeriodsQuery, ReportingPeriodsQueryVariables>;
export const CreateReportingPeriodDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateReportingPeriod' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'CreateReportingPeriodInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createReportingPeriod' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PeriodFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PeriodFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportingPeriod' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'financialYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quarter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updateDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reopenReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateReportingPeriodMutation, CreateReportingPeriodMutationVariables>;
export const CloseReportingPeriodDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CloseReportingPeriod' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'ReportingPeriodVersionInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closeReportingPeriod' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PeriodFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PeriodFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportingPeriod' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'financialYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quarter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updateDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reopenReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CloseReportingPeriodMutation, CloseReportingPeriodMutationVariables>;
export const ReopenReportingPeriodDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReopenReportingPeriod' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'ReopenReportingPeriodInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reopenReportingPeriod' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PeriodFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PeriodFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportingPeriod' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'financialYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quarter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updateDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reopenReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReopenReportingPeriodMutation, ReopenReportingPeriodMutationVariables>;
export const UpdateReportingPeriodDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateReportingPeriod' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'UpdateReportingPeriodInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateReportingPeriod' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PeriodFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PeriodFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportingPeriod' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'financialYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quarter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updateDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reopenReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateReportingPeriodMutation, UpdateReportingPeriodMutationVariables>;
export const AnnualPlansDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AnnualPlans' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'annualPlans' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlanFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlanFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AnnualPlan' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'financialYear' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actionCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AnnualPlansQuery, AnnualPlansQueryVariables>;
export const AnnualPlanDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AnnualPlan' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'financialYear' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'annualPlan' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'financialYear' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'financialYear' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlanFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlanFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AnnualPlan' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'financialYear' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actionCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AnnualPlanQuery, AnnualPlanQueryVariables>;
export const CreatePlanDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreatePlan' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreatePlanInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createPlan' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlanFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlanFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AnnualPlan' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'financialYear' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actionCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreatePlanMutation, CreatePlanMutationVariables>;
export const UpdatePlanDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdatePlan' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdatePlanInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updatePlan' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlanFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlanFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AnnualPlan' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'financialYear' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actionCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdatePlanMutation, UpdatePlanMutationVariables>;
export const ApprovePlanDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ApprovePlan' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approvePlan' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedVersion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlanFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlanFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AnnualPlan' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'financialYear' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actionCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApprovePlanMutation, ApprovePlanMutationVariables>;
export const ClosePlanDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ClosePlan' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closePlan' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'expectedVersion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'expectedVersion' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PlanFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PlanFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AnnualPlan' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'financialYear' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actionCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ClosePlanMutation, ClosePlanMutationVariables>;
export const PlanActionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PlanActions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'planId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'planId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'planId' } },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '50' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'title' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'area' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'title' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'leadOrganisation' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'owners' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'currentStatus' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'rag' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'carriedForwardFrom' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'plan' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'financialYear' },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'carriedForwardTo' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'plan' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'financialYear' },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlanActionsQuery, PlanActionsQueryVariables>;
export const CarryForwardActionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CarryForwardActions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CarryForwardActionsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'carryForwardActions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'title' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'carriedForwardFrom' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CarryForwardActionsMutation, CarryForwardActionsMutationVariables>;
export const ActionFormOptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ActionFormOptions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'strategicAreas' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'title' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'people' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ActionFormOptionsQuery, ActionFormOptionsQueryVariables>;
export const CreateActionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateAction' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateActionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createAction' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateActionMutation, CreateActionMutationVariables>;
export const ActionForEditDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ActionForEdit' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'action' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'title' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'description' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'area' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'leadOrganisation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'themes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'wellBeingGoals' } },
                { kind: 'Field', name: { kind: 'Name', value: 'waysOfWorking' } },
                { kind: 'Field', name: { kind: 'Name', value: 'needsPartnershipConsultation' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'owners' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'financialYear' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'milestones' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'EditableMilestone' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditableMilestone' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Milestone' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ActionForEditQuery, ActionForEditQueryVariables>;
export const UpdateActionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateAction' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateActionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateAction' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'title' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'description' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'area' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'leadOrganisation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'themes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'wellBeingGoals' } },
                { kind: 'Field', name: { kind: 'Name', value: 'waysOfWorking' } },
                { kind: 'Field', name: { kind: 'Name', value: 'needsPartnershipConsultation' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'owners' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateActionMutation, UpdateActionMutationVariables>;
export const AddMilestoneDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddMilestone' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddMilestoneInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addMilestone' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditableMilestone' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditableMilestone' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Milestone' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddMilestoneMutation, AddMilestoneMutationVariables>;
export const UpdateMilestoneDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateMilestone' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateMilestoneInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateMilestone' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditableMilestone' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditableMilestone' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Milestone' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateMilestoneMutation, UpdateMilestoneMutationVariables>;
export const PublicationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Publications' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publications' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PublicationFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reports' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
                { kind: 'Field', name: { kind: 'Name', value: 'edition' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reportingPeriod' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Publication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'introduction' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'areaSummaries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'areaNumber' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'summary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'excludedActionIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'showOwnerNames' } },
          { kind: 'Field', name: { kind: 'Name', value: 'includeMeasures' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'withdrawnAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawalReason' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addresses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'report' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
                { kind: 'Field', name: { kind: 'Name', value: 'edition' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reportingPeriod' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublicationsQuery, PublicationsQueryVariables>;
export const PublicationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Publication' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publication' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PublicationFields' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'report' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'content' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'areas' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'title' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'actions' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'actionId' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'areaNumber' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'rag' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'title' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Publication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'introduction' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'areaSummaries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'areaNumber' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'summary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'excludedActionIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'showOwnerNames' } },
          { kind: 'Field', name: { kind: 'Name', value: 'includeMeasures' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'withdrawnAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawalReason' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addresses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'report' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
                { kind: 'Field', name: { kind: 'Name', value: 'edition' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reportingPeriod' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublicationQuery, PublicationQueryVariables>;
export const CreatePublicationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreatePublication' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreatePublicationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createPublication' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreatePublicationMutation, CreatePublicationMutationVariables>;
export const UpdatePublicationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdatePublication' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdatePublicationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updatePublication' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PublicationFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Publication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'introduction' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'areaSummaries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'areaNumber' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'summary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'excludedActionIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'showOwnerNames' } },
          { kind: 'Field', name: { kind: 'Name', value: 'includeMeasures' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'withdrawnAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawalReason' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addresses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'report' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
                { kind: 'Field', name: { kind: 'Name', value: 'edition' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reportingPeriod' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdatePublicationMutation, UpdatePublicationMutationVariables>;
export const PublishPublicationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PublishPublication' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PublicationVersionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publishPublication' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PublicationFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Publication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'introduction' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'areaSummaries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'areaNumber' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'summary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'excludedActionIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'showOwnerNames' } },
          { kind: 'Field', name: { kind: 'Name', value: 'includeMeasures' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'withdrawnAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawalReason' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addresses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'report' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
                { kind: 'Field', name: { kind: 'Name', value: 'edition' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reportingPeriod' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublishPublicationMutation, PublishPublicationMutationVariables>;
export const WithdrawPublicationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WithdrawPublication' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'WithdrawPublicationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawPublication' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PublicationFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PublicationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Publication' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'introduction' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'areaSummaries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'areaNumber' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'summary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'excludedActionIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'showOwnerNames' } },
          { kind: 'Field', name: { kind: 'Name', value: 'includeMeasures' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'withdrawnAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawalReason' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addresses' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'report' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
                { kind: 'Field', name: { kind: 'Name', value: 'edition' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reportingPeriod' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WithdrawPublicationMutation, WithdrawPublicationMutationVariables>;
export const DeletePublicationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeletePublication' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PublicationVersionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deletePublication' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeletePublicationMutation, DeletePublicationMutationVariables>;
export const ReportsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Reports' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reports' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReportSummaryFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReportSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Report' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
          { kind: 'Field', name: { kind: 'Name', value: 'edition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reportingPeriod' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportsQuery, ReportsQueryVariables>;
export const ReportFormOptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReportFormOptions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reportingPeriods' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportFormOptionsQuery, ReportFormOptionsQueryVariables>;
export const ReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Report' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'report' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReportSummaryFields' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'coverSheet' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CoverSheetFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'content' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'period' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'planTitle' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'executiveSummary' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'overall' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'RagCountFields' },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'areas' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'title' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'shortTitle' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'counts' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'RagCountFields' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReportSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Report' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
          { kind: 'Field', name: { kind: 'Name', value: 'edition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reportingPeriod' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CoverSheetFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CoverSheet' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meetingName' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaItem' } },
          { kind: 'Field', name: { kind: 'Name', value: 'author' } },
          { kind: 'Field', name: { kind: 'Name', value: 'executiveSponsor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'presenter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommendation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'summary' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'strategicObjectives' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'impacts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'impact' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'text' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RagCountFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RagCounts' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'red' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'green' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notStarted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'complete' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noUpdate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportQuery, ReportQueryVariables>;
export const ReportListsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReportLists' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'report' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'content' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'movement' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'sincePeriod' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'sinceReportId' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'improved' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'ReportMoveFields' },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'worsened' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'ReportMoveFields' },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'completed' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'ReportMoveFields' },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'newlyRed' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'ReportMoveFields' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'exceptions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'ReportExceptionFields' },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'measures' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'endedBy' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'counts' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'red' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'amber' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'green' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'contextual' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'noFigure' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'measures' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'ReportMeasureFields' },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'offTarget' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'ReportMeasureOffTargetFields' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'risks' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'asAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'since' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'sincePeriod' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'bands' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'heatMap' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'likelihood' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'consequence' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'risks' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'ReportRiskFields' },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'aboveAppetite' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'riskId' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'opened' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'riskId' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'closed' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'ReportRiskFields' },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'worsened' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'riskId' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'improved' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'riskId' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'milestonesMissed' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'ReportMilestoneFields' },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'milestonesDueNext' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'ReportMilestoneFields' },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'themes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'theme' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'counts' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'RagCountFields' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'goalContribution' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'goal' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'actions' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'RagCountFields' },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'measures' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'red' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'amber' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'green' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'contextual' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'noFigure' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'completed' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'actionId' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'actions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'ReportActionLineFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReportMeasureFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportMeasure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'measureId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'name' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'latest' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'periodLabel' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quality' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revised' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rag' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trend' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sincePrevious' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReportMoveFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportMove' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'actionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'previous' } },
          { kind: 'Field', name: { kind: 'Name', value: 'current' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReportExceptionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportActionLine' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'actionId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'commentary' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'risks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nextSteps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReportMeasureOffTargetFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportMeasure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReportMeasureFields' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'latest' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'ragExplanation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'commentary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trend' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'sinceBaseline' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'periodLabel' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'periodEnd' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'target' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReportRiskFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportRisk' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'riskId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'owner' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'current' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'target' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'appetite' } },
          { kind: 'Field', name: { kind: 'Name', value: 'aboveAppetite' } },
          { kind: 'Field', name: { kind: 'Name', value: 'escalatedOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'previous' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'score' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'trend' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReportMilestoneFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportMilestone' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'actionReference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actionTitle' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedOn' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RagCountFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RagCounts' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'red' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'green' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notStarted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'complete' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noUpdate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'total' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReportActionLineFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportActionLine' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'actionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'leadOrganisation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'owners' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rag' } },
          { kind: 'Field', name: { kind: 'Name', value: 'percentComplete' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportListsQuery, ReportListsQueryVariables>;
export const CreateReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateReport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateReportInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReportSummaryFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReportSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Report' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
          { kind: 'Field', name: { kind: 'Name', value: 'edition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reportingPeriod' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateReportMutation, CreateReportMutationVariables>;
export const UpdateReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateReport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateReportInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateReportMutation, UpdateReportMutationVariables>;
export const IssueReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'IssueReport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportVersionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'issueReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReportSummaryFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReportSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Report' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
          { kind: 'Field', name: { kind: 'Name', value: 'edition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reportingPeriod' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IssueReportMutation, IssueReportMutationVariables>;
export const BoardPaperSettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BoardPaperSettings' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'boardPaperSettings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'layout' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'classification' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'coverSheet' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CoverSheetFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CoverSheetFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CoverSheet' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meetingName' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agendaItem' } },
          { kind: 'Field', name: { kind: 'Name', value: 'author' } },
          { kind: 'Field', name: { kind: 'Name', value: 'executiveSponsor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'presenter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommendation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'summary' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'strategicObjectives' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'impacts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'impact' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'text' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BoardPaperSettingsQuery, BoardPaperSettingsQueryVariables>;
export const UpdateBoardPaperSettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateBoardPaperSettings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'UpdateBoardPaperSettingsInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateBoardPaperSettings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'version' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  UpdateBoardPaperSettingsMutation,
  UpdateBoardPaperSettingsMutationVariables
>;
export const ReportReviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReportReview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'report' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'review' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'text' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'action' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'title' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'followUps' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'FollowUpFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FollowUpFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FollowUp' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportReviewQuery, ReportReviewQueryVariables>;
export const ReviewPeopleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReviewPeople' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'people' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewPeopleQuery, ReviewPeopleQueryVariables>;
export const AddReviewEntryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddReviewEntry' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddReviewEntryInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addReviewEntry' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddReviewEntryMutation, AddReviewEntryMutationVariables>;
export const FollowUpsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FollowUps' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'followUps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'FollowUpFields' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'decision' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'text' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'report' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'audience' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'edition' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'reportingPeriod' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FollowUpFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FollowUp' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FollowUpsQuery, FollowUpsQueryVariables>;
export const MyPersonDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyPerson' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'person' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyPersonQuery, MyPersonQueryVariables>;
export const CompleteFollowUpDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CompleteFollowUp' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CompleteFollowUpInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'completeFollowUp' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'FollowUpFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FollowUpFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FollowUp' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CompleteFollowUpMutation, CompleteFollowUpMutationVariables>;
export const RiskFilterOptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RiskFilterOptions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'strategicAreas' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'shortTitle' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RiskFilterOptionsQuery, RiskFilterOptionsQueryVariables>;
export const RiskOwnerChoicesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RiskOwnerChoices' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'riskOwners' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RiskOwnerChoicesQuery, RiskOwnerChoicesQueryVariables>;
export const RisksDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Risks' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'areaId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ownerId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'category' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'RiskCategory' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'band' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'RiskBand' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'escalated' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'aboveAppetite' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reviewOverdue' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'state' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'RiskState' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'RiskKind' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'risks' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'areaId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'areaId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'ownerId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'ownerId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'category' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'category' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'band' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'band' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'escalated' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'escalated' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'aboveAppetite' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'aboveAppetite' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reviewOverdue' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reviewOverdue' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'state' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'state' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'kind' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskRow' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RiskScoreFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RiskScore' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'likelihood' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consequence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'band' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RiskRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Risk' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'current' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskScoreFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'target' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'nextReviewDue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewOverdue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'escalation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'on' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'aboveAppetite' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingEscalation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'previous' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'score' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RisksQuery, RisksQueryVariables>;
export const RiskProfileDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RiskProfile' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'areaId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ownerId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'category' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'RiskCategory' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'band' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'RiskBand' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'escalated' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'aboveAppetite' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reviewOverdue' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'state' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'RiskState' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'RiskKind' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'riskProfile' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'areaId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'areaId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'ownerId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'ownerId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'category' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'category' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'band' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'band' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'escalated' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'escalated' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'aboveAppetite' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'aboveAppetite' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reviewOverdue' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reviewOverdue' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'state' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'state' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'kind' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'aboveAppetite' } },
                { kind: 'Field', name: { kind: 'Name', value: 'awaitingEscalation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'escalated' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reviewOverdue' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'cells' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'likelihood' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'consequence' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RiskProfileQuery, RiskProfileQueryVariables>;
export const RiskDetailsPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RiskDetailsPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'risk' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskDetails' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RiskScoreFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RiskScore' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'likelihood' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consequence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'band' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RiskAction' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Action' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RiskDetails' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Risk' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'description' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'controls' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'impact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'areas' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'shortTitle' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'inherent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskScoreFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'current' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskScoreFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'target' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'likelihood' } },
                { kind: 'Field', name: { kind: 'Name', value: 'consequence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'appetite' } },
          { kind: 'Field', name: { kind: 'Name', value: 'aboveAppetite' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingEscalation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewEveryMonths' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextReviewDue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewOverdue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'escalation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'on' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reason' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'escalatedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closure' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'on' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reason' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'resolution' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'canUpdate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEscalate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'threatenedActions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskAction' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mitigatingActions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskAction' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mitigations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'description' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'owner' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'completedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviews' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reviewedOn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'score' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskScoreFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reviewer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'commentary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RiskDetailsPageQuery, RiskDetailsPageQueryVariables>;
export const ReviewRiskDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReviewRisk' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReviewRiskInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviewRisk' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskDetails' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RiskScoreFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RiskScore' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'likelihood' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consequence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'band' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RiskAction' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Action' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RiskDetails' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Risk' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'description' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'controls' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'impact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'areas' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'shortTitle' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'inherent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskScoreFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'current' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskScoreFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'target' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'likelihood' } },
                { kind: 'Field', name: { kind: 'Name', value: 'consequence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'appetite' } },
          { kind: 'Field', name: { kind: 'Name', value: 'aboveAppetite' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingEscalation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewEveryMonths' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextReviewDue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewOverdue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'escalation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'on' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reason' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'escalatedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closure' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'on' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reason' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'resolution' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'canUpdate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEscalate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'threatenedActions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskAction' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mitigatingActions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskAction' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mitigations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'description' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'owner' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'completedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviews' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reviewedOn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'score' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskScoreFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reviewer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'commentary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewRiskMutation, ReviewRiskMutationVariables>;
export const EscalateRiskDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EscalateRisk' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'EscalateRiskInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'escalateRisk' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskDetails' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RiskScoreFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RiskScore' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'likelihood' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consequence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'band' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RiskAction' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Action' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RiskDetails' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Risk' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'description' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'controls' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'impact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'areas' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'shortTitle' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'inherent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskScoreFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'current' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskScoreFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'target' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'likelihood' } },
                { kind: 'Field', name: { kind: 'Name', value: 'consequence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'appetite' } },
          { kind: 'Field', name: { kind: 'Name', value: 'aboveAppetite' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingEscalation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewEveryMonths' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextReviewDue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewOverdue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'escalation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'on' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reason' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'escalatedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closure' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'on' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reason' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'resolution' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'canUpdate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEscalate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'threatenedActions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskAction' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mitigatingActions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskAction' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mitigations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'description' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'owner' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'completedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviews' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reviewedOn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'score' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskScoreFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reviewer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'commentary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EscalateRiskMutation, EscalateRiskMutationVariables>;
export const DeescalateRiskDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeescalateRisk' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RiskVersionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deescalateRisk' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskDetails' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RiskScoreFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RiskScore' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'likelihood' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consequence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'band' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RiskAction' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Action' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RiskDetails' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Risk' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'description' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'controls' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'impact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'areas' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'shortTitle' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'inherent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskScoreFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'current' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskScoreFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'target' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'likelihood' } },
                { kind: 'Field', name: { kind: 'Name', value: 'consequence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'appetite' } },
          { kind: 'Field', name: { kind: 'Name', value: 'aboveAppetite' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingEscalation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewEveryMonths' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextReviewDue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewOverdue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'escalation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'on' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reason' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'escalatedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closure' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'on' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reason' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'resolution' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'canUpdate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEscalate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'threatenedActions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskAction' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mitigatingActions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskAction' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mitigations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'description' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'owner' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'completedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviews' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reviewedOn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'score' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskScoreFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reviewer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'commentary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeescalateRiskMutation, DeescalateRiskMutationVariables>;
export const CloseRiskDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CloseRisk' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CloseRiskInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closeRisk' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskDetails' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RiskScoreFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RiskScore' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'likelihood' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consequence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'band' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RiskAction' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Action' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RiskDetails' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Risk' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'description' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'controls' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'impact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'areas' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'shortTitle' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'inherent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskScoreFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'current' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskScoreFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'target' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'likelihood' } },
                { kind: 'Field', name: { kind: 'Name', value: 'consequence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'appetite' } },
          { kind: 'Field', name: { kind: 'Name', value: 'aboveAppetite' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingEscalation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewEveryMonths' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextReviewDue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewOverdue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'escalation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'on' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reason' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'escalatedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closure' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'on' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reason' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'resolution' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'canUpdate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEscalate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'threatenedActions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskAction' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mitigatingActions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskAction' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mitigations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'description' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'owner' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'completedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviews' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reviewedOn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'score' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskScoreFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reviewer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'commentary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CloseRiskMutation, CloseRiskMutationVariables>;
export const ReopenRiskDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReopenRisk' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RiskVersionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reopenRisk' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskDetails' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RiskScoreFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RiskScore' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'likelihood' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consequence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'band' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RiskAction' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Action' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RiskDetails' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Risk' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'description' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'controls' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'impact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'areas' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'shortTitle' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'inherent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskScoreFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'current' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskScoreFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'target' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'likelihood' } },
                { kind: 'Field', name: { kind: 'Name', value: 'consequence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'appetite' } },
          { kind: 'Field', name: { kind: 'Name', value: 'aboveAppetite' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingEscalation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewEveryMonths' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextReviewDue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewOverdue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'escalation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'on' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reason' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'escalatedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closure' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'on' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reason' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'resolution' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'canUpdate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEscalate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'threatenedActions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskAction' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mitigatingActions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskAction' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mitigations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'description' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'owner' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'completedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviews' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reviewedOn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'score' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskScoreFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reviewer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'commentary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReopenRiskMutation, ReopenRiskMutationVariables>;
export const RiskFormOptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RiskFormOptions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'financialYear' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'strategicAreas' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'title' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'people' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'financialYear' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'financialYear' } },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '100' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskAction' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RiskAction' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Action' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RiskFormOptionsQuery, RiskFormOptionsQueryVariables>;
export const RiskForEditDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RiskForEdit' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'risk' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditableRisk' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RiskAction' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Action' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditableRisk' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Risk' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canUpdate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'description' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'controls' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'impact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'areas' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'threatenedActions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskAction' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mitigatingActions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskAction' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'inherent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'likelihood' } },
                { kind: 'Field', name: { kind: 'Name', value: 'consequence' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'current' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'likelihood' } },
                { kind: 'Field', name: { kind: 'Name', value: 'consequence' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'target' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'likelihood' } },
                { kind: 'Field', name: { kind: 'Name', value: 'consequence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewEveryMonths' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mitigations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'description' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'owner' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'completedOn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RiskForEditQuery, RiskForEditQueryVariables>;
export const CreateRiskDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateRisk' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateRiskInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createRisk' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateRiskMutation, CreateRiskMutationVariables>;
export const UpdateRiskDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateRisk' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateRiskInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateRisk' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EditableRisk' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RiskAction' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Action' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EditableRisk' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Risk' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canUpdate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'description' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'controls' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'impact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'areas' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'threatenedActions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskAction' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mitigatingActions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RiskAction' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'inherent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'likelihood' } },
                { kind: 'Field', name: { kind: 'Name', value: 'consequence' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'current' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'likelihood' } },
                { kind: 'Field', name: { kind: 'Name', value: 'consequence' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'target' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'likelihood' } },
                { kind: 'Field', name: { kind: 'Name', value: 'consequence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewEveryMonths' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mitigations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'description' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'owner' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'completedOn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateRiskMutation, UpdateRiskMutationVariables>;
export const RaiseFromUpdateSourceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RaiseFromUpdateSource' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'actionId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'action' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'actionId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'title' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'statusHistory' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'reportingPeriod' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'risks' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'raisedRisks' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RaiseFromUpdateSourceQuery, RaiseFromUpdateSourceQueryVariables>;
export const RaiseRiskFromUpdateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RaiseRiskFromUpdate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RaiseRiskFromUpdateInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'raiseRiskFromUpdate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RaiseRiskFromUpdateMutation, RaiseRiskFromUpdateMutationVariables>;
export const RiskAppetitesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RiskAppetites' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'riskAppetites' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                { kind: 'Field', name: { kind: 'Name', value: 'appetite' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RiskAppetitesQuery, RiskAppetitesQueryVariables>;
export const SetRiskAppetiteDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetRiskAppetite' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetRiskAppetiteInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setRiskAppetite' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                { kind: 'Field', name: { kind: 'Name', value: 'appetite' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetRiskAppetiteMutation, SetRiskAppetiteMutationVariables>;
export const UpdateRoundSummaryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'UpdateRoundSummary' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reportingPeriodId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateRound' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reportingPeriodId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reportingPeriodId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reportingPeriod' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'updateDeadline' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'overall' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'RoundProgressFields' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'areas' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'area' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'shortTitle' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'progress' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'RoundProgressFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organisations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'organisation' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'name' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'progress' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'RoundProgressFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'figures' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'overall' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'RoundProgressFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'riskReviews' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'overall' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'RoundProgressFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RoundProgressFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RoundProgress' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'expected' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outstanding' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateRoundSummaryQuery, UpdateRoundSummaryQueryVariables>;
export const UpdateRoundListsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'UpdateRoundLists' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reportingPeriodId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateRound' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reportingPeriodId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reportingPeriodId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'people' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'person' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'progress' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'RoundProgressFields' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'outstandingActions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'title' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'owners' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'figures' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'people' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'person' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'progress' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'RoundProgressFields' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'outstanding' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'measure' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'name' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'owner' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'periodLabel' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'given' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'riskReviews' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'people' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'person' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'progress' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'RoundProgressFields' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'outstanding' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'RiskSummaryFields' },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'nextReviewDue' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'owner' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RoundProgressFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RoundProgress' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'expected' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outstanding' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RiskSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Risk' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cy' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'current' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateRoundListsQuery, UpdateRoundListsQueryVariables>;
export const SendUpdateRemindersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SendUpdateReminders' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reportingPeriodId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sendUpdateReminders' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reportingPeriodId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reportingPeriodId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'peopleReminded' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actionsOutstanding' } },
                { kind: 'Field', name: { kind: 'Name', value: 'figuresOutstanding' } },
                { kind: 'Field', name: { kind: 'Name', value: 'riskReviewsOutstanding' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SendUpdateRemindersMutation, SendUpdateRemindersMutationVariables>;
