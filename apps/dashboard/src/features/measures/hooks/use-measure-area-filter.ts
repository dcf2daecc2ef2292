import { useSearchParams } from 'react-router';

import type { WellBeingGoal } from '../../../gql/graphql';
import { goalsFromParams } from '../../plans/components/well-being-goals';

export interface MeasureFilters {
  areaNumber: number | null;
  /** Measures tagged with any of these well-being goals; none selected is no filter. */
  goals: WellBeingGoal[];
}

/** The measures list's filters in an address (see `useMeasureAreaFilter`). */
export function measureFiltersOf(params: URLSearchParams): MeasureFilters {
  const raw = Number(params.get('area'));
  return {
    areaNumber: Number.isInteger(raw) && raw >= 1 ? raw : null,
    goals: goalsFromParams(params),
  };
}

/**
 * The measures list's area, by number, and well-being goals, kept in the address
 * (`?area=4&goal=HEALTHIER`) so a reload or a shared link shows the same measures; anything but
 * a whole number from 1, and any unknown goal, is ignored. Applying filters goes back to page 1.
 */
export function useMeasureAreaFilter() {
  const [params, setParams] = useSearchParams();
  const { areaNumber, goals } = measureFiltersOf(params);
  function setFilters(filters: MeasureFilters) {
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (filters.areaNumber === null) next.delete('area');
      else next.set('area', String(filters.areaNumber));
      next.delete('goal');
      for (const goal of filters.goals) next.append('goal', goal);
      // Another list: its first page, not the page number of the one before.
      next.delete('page');
      return next;
    });
  }
  return { areaNumber, goals, setFilters };
}
