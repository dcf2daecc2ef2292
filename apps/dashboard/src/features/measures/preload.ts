import { prefetch, type PageDataPreload } from '../../ui/page-data';
import { MEASURE_AREAS, MEASURE_PAGE } from './graphql/measures';
import { measurePageVariables } from './hooks/measure-page-variables';

/**
 * The areas to filter by and the page of measures the address asks for: at once, or once the
 * areas are in when the address names an area (the API knows it by id).
 */
export const preloadMeasuresPage: PageDataPreload = (client, _params, search) => {
  const areas = prefetch(client, MEASURE_AREAS);
  const withoutArea = measurePageVariables(search, undefined);
  const measures = withoutArea
    ? prefetch(client, MEASURE_PAGE, withoutArea)
    : areas.then((data) => {
        const variables = measurePageVariables(search, data?.strategicAreas);
        return variables && prefetch(client, MEASURE_PAGE, variables);
      });
  return Promise.all([areas, measures]);
};
