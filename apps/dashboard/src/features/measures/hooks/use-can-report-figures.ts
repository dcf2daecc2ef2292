import { Permission } from '@cynnydd/shared/domain';

import { usePermission } from '../../plans/hooks/use-permission';

/**
 * The roles that report measures' figures, as the API's guard on the measure-values sheet has
 * them: measure owners (their own measures) and the operational group (any).
 */
export const FIGURE_REPORTING = [
  Permission.REPORT_ON_OWN_ACTIONS,
  Permission.REPORT_ON_ANY_ACTION,
] as const;

/** Whether the signed-in account may give measures' figures at all. */
export function useCanReportFigures(): { allowed: boolean; loading: boolean } {
  return usePermission(FIGURE_REPORTING);
}
