import { useSearchParams } from 'react-router';

import { RISK_BAND_LABELS, RISK_CATEGORY_LABELS, RISK_KIND_LABELS } from '@cynnydd/shared/domain';

import type {
  RiskBand,
  RiskCategory,
  RiskKind,
  RiskProfileQueryVariables,
} from '../../../gql/graphql';

// The domain's label tables list every value, in the order the filters offer them.
export const RISK_CATEGORIES = Object.keys(RISK_CATEGORY_LABELS) as RiskCategory[];
export const RISK_BANDS = Object.keys(RISK_BAND_LABELS) as RiskBand[];
export const RISK_KINDS = Object.keys(RISK_KIND_LABELS) as RiskKind[];

/** Open risks (the API's default), closed ones, or both. */
export type RiskStateFilter = 'OPEN' | 'CLOSED' | 'ALL';

/** The register's filters as the address holds them; null is "any". */
export interface RiskFilters {
  /** Strategic area by number, as in the area pages' addresses. */
  area: number | null;
  owner: string | null;
  category: RiskCategory | null;
  band: RiskBand | null;
  escalated: boolean | null;
  aboveAppetite: boolean | null;
  reviewOverdue: boolean | null;
  state: RiskStateFilter;
  kind: RiskKind | null;
}

export const NO_RISK_FILTERS: RiskFilters = {
  area: null,
  owner: null,
  category: null,
  band: null,
  escalated: null,
  aboveAppetite: null,
  reviewOverdue: null,
  state: 'OPEN',
  kind: null,
};

const BOOLEAN_FILTERS = ['escalated', 'aboveAppetite', 'reviewOverdue'] as const;

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return allowed.includes(value as T) ? (value as T) : null;
}

function yesNo(value: string | null): boolean | null {
  if (value === 'yes') return true;
  if (value === 'no') return false;
  return null;
}

/** The filters in an address; anything unknown is ignored rather than sent to the API. */
export function riskFiltersFrom(params: URLSearchParams): RiskFilters {
  const area = Number(params.get('area'));
  return {
    area: Number.isInteger(area) && area >= 1 ? area : null,
    owner: params.get('owner') || null,
    category: oneOf(params.get('category'), RISK_CATEGORIES),
    band: oneOf(params.get('band'), RISK_BANDS),
    escalated: yesNo(params.get('escalated')),
    aboveAppetite: yesNo(params.get('aboveAppetite')),
    reviewOverdue: yesNo(params.get('reviewOverdue')),
    state: oneOf(params.get('state'), ['CLOSED', 'ALL'] as const) ?? 'OPEN',
    kind: oneOf(params.get('kind'), RISK_KINDS),
  };
}

/** The filters as an address's query, leaving out the defaults so plain /risks stays plain. */
export function riskFilterParams(filters: RiskFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.area !== null) params.set('area', String(filters.area));
  if (filters.owner) params.set('owner', filters.owner);
  if (filters.category) params.set('category', filters.category);
  if (filters.band) params.set('band', filters.band);
  for (const name of BOOLEAN_FILTERS) {
    const value = filters[name];
    if (value !== null) params.set(name, value ? 'yes' : 'no');
  }
  if (filters.state !== 'OPEN') params.set('state', filters.state);
  if (filters.kind) params.set('kind', filters.kind);
  return params;
}

/**
 * The arguments of `risks` and `riskProfile` for the filters. The state is always sent: the API
 * takes a missing one as OPEN and null as both.
 */
export function riskQueryVariables(
  filters: RiskFilters,
  areaId: string | null,
): RiskProfileQueryVariables {
  return {
    areaId,
    ownerId: filters.owner,
    category: filters.category,
    band: filters.band,
    escalated: filters.escalated,
    aboveAppetite: filters.aboveAppetite,
    reviewOverdue: filters.reviewOverdue,
    state: filters.state === 'ALL' ? null : filters.state,
    kind: filters.kind,
  };
}

/**
 * The area the filters name by number, among `areas`: null for any area, undefined while the
 * areas are not loaded or when none has that number (the API filters by id, so the register
 * waits for it).
 */
export function filteredArea<Area extends { number: number }>(
  filters: RiskFilters,
  areas: readonly Area[] | undefined,
): Area | null | undefined {
  if (filters.area === null) return null;
  return areas?.find((area) => area.number === filters.area);
}

/** Filters kept in the address, so a reload or a shared link shows the same risks. */
export function useRiskFilters() {
  const [params, setParams] = useSearchParams();
  return {
    filters: riskFiltersFrom(params),
    apply: (next: RiskFilters) => setParams(riskFilterParams(next)),
  };
}
