import type { MockLink } from '@apollo/client/testing';

import type { Permission } from '../../../gql/graphql';
import { aPeriod } from '../../../test/factories';
import { MY_ACCOUNT, REPORTING_ROUND } from '../graphql/actions';

// For tests: the answers the action pages ask for first, about the signed-in person and the
// round.

/** The signed-in user's permissions and the person they are (person-1 unless told otherwise). */
export function accountMock(
  permissions: Permission[],
  personId = 'person-1',
): MockLink.MockedResponse {
  return {
    request: { query: MY_ACCOUNT },
    result: {
      data: {
        me: {
          __typename: 'User',
          id: 'user-1',
          permissions,
          person: { __typename: 'Person', id: personId },
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

const text = (en: string, cy: string) => ({ __typename: 'BilingualText' as const, en, cy });

/** A measure's quarterly figure the round still needs from the signed-in person. */
export function aFigureDue(reference: string, name: { en: string; cy: string }) {
  return {
    __typename: 'ExpectedFigure' as const,
    measure: {
      __typename: 'Measure' as const,
      id: `measure-${reference}`,
      reference,
      name: text(name.en, name.cy),
    },
    periodStart: '2026-07-01',
    periodLabel: text('2026-27 Q2', '2026-27 Ch2'),
  };
}

/** The current reporting period, open for updates, with none of the person's figures due. */
export const openRound = {
  ...aPeriod,
  financialYear: '2026-27',
  state: 'OPEN' as 'OPEN' | 'CLOSED',
  closedAt: null as string | null,
  figuresDue: [] as ReturnType<typeof aFigureDue>[],
};

/** The answer to `reportingRound`: the open round unless told otherwise. */
export function roundMock(round: typeof openRound = openRound): MockLink.MockedResponse {
  return {
    request: { query: REPORTING_ROUND },
    result: { data: { currentReportingPeriod: round } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}
