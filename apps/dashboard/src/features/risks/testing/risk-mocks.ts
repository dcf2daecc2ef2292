import type { MockLink } from '@apollo/client/testing';

import { riskBand } from '@cynnydd/shared/domain';

import {
  RISK_FILTER_OPTIONS,
  RISK_FORM_OPTIONS,
  RISK_OWNER_CHOICES,
  RISK_PROFILE,
  RISKS,
} from '../graphql/risks';
import { NO_RISK_FILTERS, riskQueryVariables } from '../hooks/use-risk-filters';

export const text = (en: string | null, cy: string | null) => ({
  __typename: 'BilingualText' as const,
  en,
  cy,
});

export const aPerson = (id: string, name: string) => ({ __typename: 'Person' as const, id, name });

/** A score as the API sends it, with its product and band. */
export function aScore(likelihood: number, consequence: number) {
  const score = likelihood * consequence;
  return {
    __typename: 'RiskScore' as const,
    likelihood,
    consequence,
    score,
    band: riskBand(score),
  };
}

/** A register row: R1, workforce supply, likely and major (16), reviewed from 12. */
export function aRiskRow(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Risk' as const,
    id: 'risk-1',
    reference: 'R1',
    kind: 'RISK',
    state: 'OPEN',
    category: 'WORKFORCE',
    title: text('Not enough registered nurses', 'Dim digon o nyrsys cofrestredig'),
    owner: aPerson('person-1', 'Ceri Morgan'),
    current: aScore(4, 4),
    target: {
      __typename: 'RiskTarget' as const,
      score: 6,
      band: 'MODERATE',
      date: '2027-03-31',
    },
    nextReviewDue: '2026-11-30',
    reviewOverdue: true,
    escalation: null,
    aboveAppetite: true,
    awaitingEscalation: true,
    previous: { __typename: 'RiskScore' as const, score: 12 },
    ...overrides,
  };
}

/** The register's areas to filter by. */
export const riskFilterOptionsMock: MockLink.MockedResponse = {
  request: { query: RISK_FILTER_OPTIONS },
  result: {
    data: {
      strategicAreas: [
        {
          __typename: 'StrategicArea',
          id: 'area-3',
          number: 3,
          shortTitle: text('Seamless workforce models', 'Modelau gweithlu di-dor'),
        },
        {
          __typename: 'StrategicArea',
          id: 'area-4',
          number: 4,
          shortTitle: text('Workforce data', 'Data’r gweithlu'),
        },
      ],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** The people to filter the register by owner to. */
export const riskOwnerChoicesMock: MockLink.MockedResponse = {
  request: { query: RISK_OWNER_CHOICES },
  result: {
    data: {
      riskOwners: [aPerson('person-1', 'Ceri Morgan'), aPerson('person-2', 'Nia Williams')],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

type Variables = ReturnType<typeof riskQueryVariables>;

/** The arguments the register sends for no filters but these. */
export function riskVariables(overrides: Partial<Variables> = {}): Variables {
  return { ...riskQueryVariables(NO_RISK_FILTERS, null), ...overrides };
}

/** The profile of the risks `variables` select: these cells, and the counts given. */
export function riskProfileMock(
  variables: Variables,
  cells: { likelihood: number; consequence: number; count: number }[],
  counts: Partial<
    Record<'aboveAppetite' | 'awaitingEscalation' | 'escalated' | 'reviewOverdue', number>
  > = {},
): MockLink.MockedResponse {
  return {
    request: { query: RISK_PROFILE, variables },
    result: {
      data: {
        riskProfile: {
          __typename: 'RiskProfile',
          total: cells.reduce((sum, cell) => sum + cell.count, 0),
          aboveAppetite: 0,
          awaitingEscalation: 0,
          escalated: 0,
          reviewOverdue: 0,
          ...counts,
          cells: cells.map((cell) => ({ __typename: 'RiskHeatMapCell', ...cell })),
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/** A page of the register for `variables`, after `after` when given. */
export function risksMock(
  variables: Variables,
  rows: unknown[],
  {
    totalCount = rows.length,
    after,
    endCursor = null,
    hasNextPage = false,
  }: {
    totalCount?: number;
    after?: string;
    endCursor?: string | null;
    hasNextPage?: boolean;
  } = {},
): MockLink.MockedResponse {
  return {
    request: {
      query: RISKS,
      variables: { ...variables, first: 25, ...(after ? { after } : {}) },
    },
    result: {
      data: {
        risks: {
          __typename: 'RiskConnection',
          totalCount,
          pageInfo: { __typename: 'PageInfo', endCursor, hasNextPage },
          edges: rows.map((node, index) => ({
            __typename: 'RiskEdge',
            cursor: `cursor-${index}`,
            node,
          })),
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

const aReview = (id: string, reviewedOn: string, likelihood: number, consequence: number) => ({
  __typename: 'RiskReview' as const,
  id,
  reviewedOn,
  score: aScore(likelihood, consequence),
  reviewer: aPerson('person-1', 'Ceri Morgan'),
  commentary: text(`Reviewed on ${reviewedOn}`, null),
});

/** Risk R1 in full as the risk page loads it, at `version`: open, above its appetite of 12. */
export function aRiskDetails(version: number, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Risk' as const,
    id: 'risk-1',
    version,
    reference: 'R1',
    kind: 'RISK',
    state: 'OPEN',
    category: 'WORKFORCE',
    title: text('Not enough registered nurses', 'Dim digon o nyrsys cofrestredig'),
    description: text(
      'Fewer graduates stay in Wales, so posts stay vacant and services rely on agency staff.',
      null,
    ),
    controls: text('Bursary scheme', 'Cynllun bwrsariaeth'),
    impact: text(null, null),
    owner: aPerson('person-1', 'Ceri Morgan'),
    areas: [
      {
        __typename: 'StrategicArea' as const,
        id: 'area-4',
        number: 4,
        shortTitle: text('Workforce data', 'Data’r gweithlu'),
      },
    ],
    inherent: aScore(5, 4),
    current: aScore(4, 4),
    target: { ...aScore(2, 3), __typename: 'RiskTarget' as const, date: '2027-03-31' },
    appetite: 12,
    aboveAppetite: true,
    awaitingEscalation: true,
    reviewEveryMonths: 3,
    nextReviewDue: '2026-11-30',
    reviewOverdue: true,
    escalation: null,
    escalatedBy: null,
    closure: null,
    canUpdate: true,
    canEscalate: true,
    threatenedActions: [
      {
        __typename: 'Action' as const,
        id: 'action-7',
        reference: '4.1',
        title: text('Grow the nursing workforce', 'Tyfu’r gweithlu nyrsio'),
      },
    ],
    mitigatingActions: [],
    mitigations: [
      {
        __typename: 'RiskMitigation' as const,
        id: 'mitigation-1',
        description: text('Agree a retention offer', 'Cytuno ar gynnig cadw staff'),
        owner: aPerson('person-2', 'Nia Williams'),
        dueDate: '2026-10-31',
        completedOn: null,
        overdue: true,
      },
    ],
    reviews: [aReview('review-1', '2026-05-29', 3, 4), aReview('review-2', '2026-08-28', 4, 4)],
    ...overrides,
  };
}

/** The areas, people and actions the risk form offers, for this year's plan. */
export function riskFormOptionsMock(financialYear: string): MockLink.MockedResponse {
  return {
    request: { query: RISK_FORM_OPTIONS, variables: { financialYear } },
    result: {
      data: {
        strategicAreas: [3, 4].map((number) => ({
          __typename: 'StrategicArea',
          id: `area-${number}`,
          number,
          title: text(`Area title ${number}`, `Teitl maes ${number}`),
        })),
        people: ['Ceri Morgan', 'Nia Williams'].map((name, index) => ({
          __typename: 'Person',
          id: `person-${index + 1}`,
          name,
          email: `person${index + 1}@example.wales`,
        })),
        actions: {
          __typename: 'ActionConnection',
          edges: [
            {
              __typename: 'ActionEdge',
              node: {
                __typename: 'Action',
                id: 'action-7',
                reference: '4.1',
                title: text('Grow the nursing workforce', 'Tyfu’r gweithlu nyrsio'),
              },
            },
          ],
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}
