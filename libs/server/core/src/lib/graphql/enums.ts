import { registerEnumType } from '@nestjs/graphql';

import {
  LeadOrganisation,
  NotificationKind,
  OrganisationType,
  PlanState,
  RagDirection,
  RagStatus,
  ReportAudience,
  ReportingPeriodState,
  ReportState,
  ReviewEntryKind,
  Theme,
  ThemeKind,
} from '@cynnydd/shared/domain';

/** The shared enums, registered once so every domain module uses the same GraphQL enum types. */
registerEnumType(RagStatus, { name: 'RagStatus', description: 'Delivery status (RAG scale).' });
registerEnumType(Theme, {
  name: 'Theme',
  description: "The strategy's principles and its cross-cutting staff-retention priority.",
});
registerEnumType(ThemeKind, { name: 'ThemeKind' });
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
registerEnumType(ReviewEntryKind, { name: 'ReviewEntryKind' });
