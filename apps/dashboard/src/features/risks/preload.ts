import { PAGE_SIZE } from '@cynnydd/shared/domain';

import { prefetch, type PageDataPreload } from '../../ui/page-data';
import { RISK_FILTER_OPTIONS, RISK_PROFILE, RISKS } from './graphql/risks';
import { filteredArea, riskFiltersFrom, riskQueryVariables } from './hooks/use-risk-filters';

/**
 * The register's filter choices, then its profile and first page as the address filters them
 * (an area is given by number and asked for by id).
 */
export const preloadRisksPage: PageDataPreload = (client, _params, search) => {
  const filters = riskFiltersFrom(search);
  return prefetch(client, RISK_FILTER_OPTIONS).then((options) => {
    const area = filteredArea(filters, options?.strategicAreas);
    if (area === undefined) return undefined;
    const variables = riskQueryVariables(filters, area?.id ?? null);
    return Promise.all([
      prefetch(client, RISK_PROFILE, variables),
      prefetch(client, RISKS, { ...variables, first: PAGE_SIZE.default }),
    ]);
  });
};
