import { prefetch, type PageDataPreload } from '../../ui/page-data';
import { REPORTING_CONTEXT } from '../actions/graphql/actions';
import { AREA_ACTIONS, STRATEGIC_AREA } from './graphql/areas';
import { areaActionsVariables, areaChoicesFrom } from './hooks/use-area-filters';

/** The area, and its actions in the current plan year as the address filters and sorts them. */
export const preloadAreaPage: PageDataPreload = (client, params, search) => {
  const number = Number(params['number']);
  if (!Number.isInteger(number) || number < 1) return Promise.resolve();
  return Promise.all([
    prefetch(client, STRATEGIC_AREA, { number }),
    prefetch(client, REPORTING_CONTEXT).then((context) => {
      const year = context?.currentReportingPeriod?.financialYear;
      if (!year) return undefined;
      return prefetch(
        client,
        AREA_ACTIONS,
        areaActionsVariables(areaChoicesFrom(search), year, number),
      );
    }),
  ]);
};
