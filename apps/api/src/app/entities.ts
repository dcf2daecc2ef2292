import { ACCESS_ENTITIES } from '@cynnydd/access/data-access';
import { AUDIT_ENTITIES } from '@cynnydd/audit/data-access';
import { DIRECTORY_ENTITIES } from '@cynnydd/directory/data-access';
import { MEASURES_ENTITIES } from '@cynnydd/measures/data-access';
import { MEETINGS_ENTITIES } from '@cynnydd/meetings/data-access';
import { NOTIFICATIONS_ENTITIES } from '@cynnydd/notifications/data-access';
import { PARTNERSHIP_ENTITIES } from '@cynnydd/partnership/data-access';
import { PLANS_ENTITIES } from '@cynnydd/plans/data-access';
import { PUBLICATIONS_ENTITIES } from '@cynnydd/publications/data-access';
import { REPORTING_ENTITIES } from '@cynnydd/reporting/data-access';
import { REPORTS_ENTITIES } from '@cynnydd/reports/data-access';
import { RISKS_ENTITIES } from '@cynnydd/risks/data-access';
import { STRATEGY_ENTITIES } from '@cynnydd/strategy/data-access';

export const ALL_ENTITIES = [
  ...AUDIT_ENTITIES,
  ...ACCESS_ENTITIES,
  ...DIRECTORY_ENTITIES,
  ...NOTIFICATIONS_ENTITIES,
  ...STRATEGY_ENTITIES,
  ...PLANS_ENTITIES,
  ...REPORTING_ENTITIES,
  ...REPORTS_ENTITIES,
  ...MEASURES_ENTITIES,
  ...RISKS_ENTITIES,
  ...MEETINGS_ENTITIES,
  ...PARTNERSHIP_ENTITIES,
  ...PUBLICATIONS_ENTITIES,
];
