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

/** A risk as a link: its reference and title. */
export function aRiskLink(reference: string, title: { en: string; cy: string }) {
  return {
    __typename: 'Risk' as const,
    id: `risk-${reference}`,
    reference,
    title: text(title.en, title.cy),
  };
}

/** A risk as listed beside actions: with its current score (3 × 4 = 12, high). */
export function aRisk(reference: string, title: { en: string; cy: string }) {
  return {
    ...aRiskLink(reference, title),
    current: { __typename: 'RiskScore' as const, score: 12, band: 'HIGH' as const },
  };
}

/** One of the person's risks the round asks them to review. */
export function aRiskReviewDue(reference: string, title: { en: string; cy: string }) {
  return { ...aRisk(reference, title), nextReviewDue: '2026-11-30' };
}

/** The current reporting period, open for updates, with none of the person's figures or risk reviews due. */
export const openRound = {
  ...aPeriod,
  financialYear: '2026-27',
  state: 'OPEN' as 'OPEN' | 'CLOSED',
  closedAt: null as string | null,
  figuresDue: [] as ReturnType<typeof aFigureDue>[],
  riskReviewsDue: [] as ReturnType<typeof aRiskReviewDue>[],
};

/** The answer to `reportingRound`: the open round unless told otherwise. */
export function roundMock(round: typeof openRound = openRound): MockLink.MockedResponse {
  return {
    request: { query: REPORTING_ROUND },
    result: { data: { currentReportingPeriod: round } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}
