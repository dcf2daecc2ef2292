import { registerEnumType } from '@nestjs/graphql';

import {
  AttendanceStatus,
  BilingualLayout,
  CommitmentStatus,
  EngagementOutcome,
  ForumKind,
  LeadOrganisation,
  MeasureDirection,
  MeasureFrequency,
  MeasureRag,
  MeasureTrend,
  MeasureUnit,
  MeetingState,
  NotificationKind,
  OrganisationType,
  PaperImpact,
  PaperPurpose,
  PlanState,
  PublicationState,
  RagDirection,
  RagStatus,
  ReportAudience,
  ReportingPeriodState,
  ReportState,
  ReviewEntryKind,
  RiskBand,
  RiskCategory,
  RiskKind,
  RiskState,
  Theme,
  ThemeKind,
  ValueQuality,
  WayOfWorking,
  WellBeingGoal,
} from '@cynnydd/shared/domain';

/** The shared enums, registered once so every domain module uses the same GraphQL enum types. */
registerEnumType(RagStatus, { name: 'RagStatus', description: 'Delivery status (RAG scale).' });
registerEnumType(Theme, {
  name: 'Theme',
  description: "The strategy's principles and its cross-cutting staff-retention priority.",
});
registerEnumType(ThemeKind, { name: 'ThemeKind' });
registerEnumType(WellBeingGoal, {
  name: 'WellBeingGoal',
  description:
    'The seven well-being goals of the Well-being of Future Generations (Wales) Act 2015.',
});
registerEnumType(WayOfWorking, {
  name: 'WayOfWorking',
  description: "The Act's five ways of working (the sustainable development principle).",
});
registerEnumType(LeadOrganisation, { name: 'LeadOrganisation' });
registerEnumType(OrganisationType, { name: 'OrganisationType' });
registerEnumType(PlanState, { name: 'PlanState' });
registerEnumType(ReportingPeriodState, {
  name: 'ReportingPeriodState',
  description: 'Open periods take updates; closed ones are locked until reopened.',
});
registerEnumType(RagDirection, { name: 'RagDirection' });
registerEnumType(NotificationKind, { name: 'NotificationKind' });
registerEnumType(ReportAudience, { name: 'ReportAudience' });
registerEnumType(ReportState, { name: 'ReportState' });
registerEnumType(PublicationState, {
  name: 'PublicationState',
  description: 'Only published and withdrawn publications are ever seen without signing in.',
});
registerEnumType(ReviewEntryKind, { name: 'ReviewEntryKind' });
registerEnumType(PaperPurpose, {
  name: 'PaperPurpose',
  description: 'What a paper asks of the board.',
});
registerEnumType(PaperImpact, {
  name: 'PaperImpact',
  description: 'A cover sheet impact statement.',
});
registerEnumType(BilingualLayout, {
  name: 'BilingualLayout',
  description: 'How a paper in both languages is laid out; Welsh comes first either way.',
});
registerEnumType(MeasureUnit, { name: 'MeasureUnit' });
registerEnumType(MeasureDirection, { name: 'MeasureDirection' });
registerEnumType(MeasureFrequency, { name: 'MeasureFrequency' });
registerEnumType(MeasureRag, {
  name: 'MeasureRag',
  description: "A measure's figure against its target, worked out from its tolerance.",
});
registerEnumType(MeasureTrend, { name: 'MeasureTrend' });
registerEnumType(ValueQuality, {
  name: 'ValueQuality',
  description: 'How far a figure can be relied on; a later figure for its period is a revision.',
});
registerEnumType(RiskBand, { name: 'RiskBand', description: 'Score bands of the 5 × 5 matrix.' });
registerEnumType(RiskCategory, {
  name: 'RiskCategory',
  description: 'Each has an appetite: the highest current score accepted without escalation.',
});
registerEnumType(RiskKind, {
  name: 'RiskKind',
  description: 'A risk could happen; an issue has.',
});
registerEnumType(RiskState, { name: 'RiskState' });
registerEnumType(ForumKind, { name: 'ForumKind' });
registerEnumType(MeetingState, {
  name: 'MeetingState',
  description: 'Scheduled, held (draft minutes), minutes approved (frozen), or cancelled.',
});
registerEnumType(AttendanceStatus, { name: 'AttendanceStatus' });
registerEnumType(CommitmentStatus, {
  name: 'CommitmentStatus',
  description: 'Where a commitment set at a meeting stands, as at a day.',
});
registerEnumType(EngagementOutcome, {
  name: 'EngagementOutcome',
  description: 'How a consultation with the social partners ended.',
});
