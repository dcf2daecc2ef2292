import type { MockLink } from '@apollo/client/testing';

import { ME } from '../features/auth/graphql/auth';
import { PROGRESS_SUMMARY } from '../features/overview/graphql/overview';
import type { CurrentUserFragment, RagCountFieldsFragment } from '../gql/graphql';

export function aUser(overrides: Partial<CurrentUserFragment> = {}): CurrentUserFragment {
  return {
    id: 'user-1',
    email: 'elin.roberts@socialcare.example.wales',
    role: 'PROGRAMME_OFFICE',
    preferredLanguage: 'en',
    ...overrides,
  };
}

/** A user as the API sends it, with the type name Apollo's cache keys it by. */
export function userResult(user: CurrentUserFragment) {
  return { __typename: 'User', ...user };
}

/** The answer to the `me` query: signed in as `user`, or signed out when null. */
export function meMock(user: CurrentUserFragment | null): MockLink.MockedResponse {
  return {
    request: { query: ME },
    result: { data: { me: user && userResult(user) } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

export const aPeriod = {
  __typename: 'ReportingPeriod',
  id: 'period-1',
  label: '2026-27 Q3',
  startDate: '2026-10-01',
  endDate: '2026-12-31',
  updateDeadline: '2027-01-15',
};

/** The overview's answer before any reporting period has started. */
export function noCurrentPeriodMock(): MockLink.MockedResponse {
  return {
    request: { query: PROGRESS_SUMMARY },
    result: { data: { currentProgressSummary: null } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

export function counts(values: Partial<Omit<RagCountFieldsFragment, 'total'>> = {}) {
  const all = { red: 0, amber: 0, green: 0, notStarted: 0, complete: 0, noUpdate: 0, ...values };
  const total = Object.values(all).reduce((sum, n) => sum + n, 0);
  return { __typename: 'RagCounts', ...all, total };
}

/** The API's answer to a write against an older version: CONFLICT, with the record as it is. */
export function conflictResult(
  current: Record<string, unknown>,
  currentVersion: number,
): MockLink.MockedResponse['result'] {
  return {
    errors: [
      {
        message: 'Someone else changed this since you loaded it; nothing was saved',
        extensions: { code: 'CONFLICT', field: 'expectedVersion', currentVersion, current },
      },
    ],
  };
}
