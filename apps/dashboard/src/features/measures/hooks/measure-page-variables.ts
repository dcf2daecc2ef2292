import type { MeasurePageQueryVariables } from '../../../gql/graphql';
import { pageAsked, ROWS_PER_PAGE } from '../../../ui/pagination';
import { measureFiltersOf } from './use-measure-area-filter';

/**
 * What the measures page asks for, from its address: the area (`?area=`, by number, which the API
 * knows by id), the well-being goals (`?goal=`) and the page (`?page=`). The page and its preload
 * ask alike, so the page reads the preload's answer. Null while the area asked for is not known:
 * the areas have not arrived, or there is no such area.
 */
export function measurePageVariables(
  search: URLSearchParams,
  areas: readonly { id: string; number: number }[] | undefined,
): MeasurePageQueryVariables | null {
  const { areaNumber, goals } = measureFiltersOf(search);
  const area = areaNumber === null ? null : areas?.find((item) => item.number === areaNumber);
  if (area === undefined) return null;
  return {
    areaId: area?.id ?? null,
    ...(goals.length ? { wellBeingGoals: goals } : {}),
    offset: (pageAsked(search) - 1) * ROWS_PER_PAGE,
    limit: ROWS_PER_PAGE,
  };
}
