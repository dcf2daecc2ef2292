import { useSearchParams } from 'react-router';

import {
  LeadOrganisation as LEAD_ORGANISATIONS,
  RAG_STATUS_ORDER,
  Theme as THEMES,
} from '@cynnydd/shared/domain';

import type {
  ActionFilter,
  ActionSort,
  ActionSortField,
  LeadOrganisation,
  RagStatus,
  Theme,
  WellBeingGoal,
} from '../../../gql/graphql';
import { goalsFromParams } from '../../plans/components/well-being-goals';

/** The columns the area table sorts by, as they appear in the address. */
export const SORT_KEYS = {
  reference: 'REFERENCE',
  due: 'DUE_DATE',
  rag: 'RAG',
} as const satisfies Record<string, ActionSortField>;

export type SortKey = keyof typeof SORT_KEYS;
export type Direction = 'asc' | 'desc';

export interface AreaFilters {
  rag: RagStatus | null;
  lead: LeadOrganisation | null;
  theme: Theme | null;
  /** Actions tagged with any of these well-being goals; none selected is no filter. */
  goals: WellBeingGoal[];
  overdue: boolean;
}

export interface AreaSort {
  key: SortKey;
  direction: Direction;
}

/** The API's enum values are the shared domain's, as strings. */
function oneOf<T extends string>(values: readonly string[], value: string | null): T | null {
  return value && values.includes(value) ? (value as T) : null;
}

/** The filters and sort an address asks for; unknown values in it are ignored. */
export function areaChoicesFrom(params: URLSearchParams): { filters: AreaFilters; sort: AreaSort } {
  const sortParam = params.get('sort');
  return {
    filters: {
      rag: oneOf<RagStatus>(RAG_STATUS_ORDER, params.get('rag')),
      lead: oneOf<LeadOrganisation>(Object.values(LEAD_ORGANISATIONS), params.get('lead')),
      theme: oneOf<Theme>(Object.values(THEMES), params.get('theme')),
      goals: goalsFromParams(params),
      overdue: params.get('overdue') === 'true',
    },
    sort: {
      key: sortParam && sortParam in SORT_KEYS ? (sortParam as SortKey) : 'reference',
      direction: params.get('dir') === 'desc' ? 'desc' : 'asc',
    },
  };
}

/** The API's filter and sort for these choices. */
export function areaActionsVariables(
  { filters, sort }: { filters: AreaFilters; sort: AreaSort },
  financialYear: string,
  areaNumber: number,
): { filter: ActionFilter; sort: ActionSort } {
  const filter: ActionFilter = { financialYear, areaNumber };
  if (filters.rag) filter.rag = [filters.rag];
  if (filters.lead) filter.leadOrganisation = filters.lead;
  if (filters.theme) filter.theme = filters.theme;
  if (filters.goals.length) filter.wellBeingGoals = filters.goals;
  if (filters.overdue) filter.overdue = true;
  return {
    filter,
    sort: { field: SORT_KEYS[sort.key], direction: sort.direction === 'desc' ? 'DESC' : 'ASC' },
  };
}

/**
 * The area page's filters and sort, kept in the query string so a reload or a shared link
 * shows the same actions.
 */
export function useAreaFilters() {
  const [params, setParams] = useSearchParams();
  const choices = areaChoicesFrom(params);
  const { filters, sort } = choices;

  function write(next: AreaFilters, nextSort: AreaSort) {
    const query = new URLSearchParams();
    if (next.rag) query.set('rag', next.rag);
    if (next.lead) query.set('lead', next.lead);
    if (next.theme) query.set('theme', next.theme);
    for (const goal of next.goals) query.append('goal', goal);
    if (next.overdue) query.set('overdue', 'true');
    if (nextSort.key !== 'reference') query.set('sort', nextSort.key);
    if (nextSort.direction === 'desc') query.set('dir', 'desc');
    setParams(query);
  }

  return {
    filters,
    sort,
    setFilters: (next: AreaFilters) => write(next, sort),
    /** Sorts by a column: ascending first, and the other way round on a second press. */
    sortBy: (key: SortKey) =>
      write(filters, {
        key,
        direction: sort.key === key && sort.direction === 'asc' ? 'desc' : 'asc',
      }),
    /** The API's filter and sort for these choices. */
    variables: (financialYear: string, areaNumber: number) =>
      areaActionsVariables(choices, financialYear, areaNumber),
  };
}
