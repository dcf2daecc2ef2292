import { useSearchParams } from 'react-router';

import { Role } from '@cynnydd/shared/domain';

import type { SignInRecency, UserFilterInput } from '../../../gql/graphql';

export const SIGN_IN_RECENCIES: readonly SignInRecency[] = [
  'WITHIN_90_DAYS',
  'OVER_90_DAYS',
  'NEVER',
];
export const ACCOUNT_STATES = ['active', 'deactivated'] as const;

/** The accounts list's filters as the address holds them. */
export interface AccountFilters {
  search: string | null;
  role: Role | null;
  organisation: string | null;
  state: (typeof ACCOUNT_STATES)[number] | null;
  lastSignIn: SignInRecency | null;
}

function oneOf<T extends string>(value: string | null, choices: readonly T[]): T | null {
  return choices.includes(value as T) ? (value as T) : null;
}

export function toUserFilter(filters: AccountFilters): UserFilterInput {
  return {
    search: filters.search,
    role: filters.role,
    organisationId: filters.organisation,
    active: filters.state ? filters.state === 'active' : null,
    lastSignIn: filters.lastSignIn,
  };
}

/** Filters kept in the address, so a reload or a shared link shows the same accounts. */
export function useAccountFilters() {
  const [params, setParams] = useSearchParams();
  const filters: AccountFilters = {
    search: params.get('search'),
    role: oneOf(params.get('role'), Object.values(Role)),
    organisation: params.get('organisation'),
    state: oneOf(params.get('state'), ACCOUNT_STATES),
    lastSignIn: oneOf(params.get('lastSignIn'), SIGN_IN_RECENCIES),
  };
  function apply(next: AccountFilters) {
    const entries = Object.entries(next).filter((entry): entry is [string, string] => !!entry[1]);
    setParams(new URLSearchParams(entries));
  }
  return { filters, apply };
}
