import { prefetch, type PageDataPreload } from '../../ui/page-data';
import { REPORTING_CONTEXT } from '../actions/graphql/actions';
import { AREA_ACTIONS, STRATEGIC_AREA } from './graphql/areas';
import { areaActionsVariables, areaChoicesFrom } from './hooks/use-area-filters';

/** The area, and its actions in the current plan year as the address filters and sorts them. */
export const preloadAreaPage: PageDataPreload = (client, params, search) => {
  const number = Number(params['number']);
  if (!Number.isInteger(number) || number < 1) return;
  void prefetch(client, STRATEGIC_AREA, { number });
  void prefetch(client, REPORTING_CONTEXT).then((context) => {
    const year = context?.currentReportingPeriod?.financialYear;
    if (year)
      void prefetch(
        client,
        AREA_ACTIONS,
        areaActionsVariables(areaChoicesFrom(search), year, number),
      );
  });
};
