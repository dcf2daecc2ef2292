import type { MockLink } from '@apollo/client/testing';

import { text } from '../../risks/testing/risk-mocks';
import {
  PARTNER_CHOICES,
  PLAN_PARTNERSHIP_CHECK,
  SUBJECT_ENGAGEMENTS,
} from '../graphql/partnership';

const empty = text(null, null);

export const UNISON = {
  __typename: 'Organisation' as const,
  id: 'org-unison',
  code: 'UNISON',
  type: 'TRADE_UNION',
  name: text('UNISON Cymru Wales', 'UNISON Cymru Wales'),
};

export const RCN = {
  __typename: 'Organisation' as const,
  id: 'org-rcn',
  code: 'RCN',
  type: 'TRADE_UNION',
  name: text('Royal College of Nursing Wales', 'Coleg Nyrsio Brenhinol Cymru'),
};

const HEIW = {
  __typename: 'Organisation' as const,
  id: 'org-heiw',
  code: 'HEIW',
  type: 'DELIVERY_BODY',
  name: text('Health Education and Improvement Wales', 'Addysg a Gwella Iechyd Cymru'),
};

/** An engagement record on action-1 as the API sends it. */
export function anEngagement(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'EngagementRecord' as const,
    id: 'engagement-1',
    subjectKind: 'ACTION',
    subjectId: 'action-1',
    engagedOn: '2026-11-12',
    forumId: null,
    meetingId: null,
    outcome: 'CONSENSUS',
    consultedOn: text(
      'Rota changes for the nursing bank',
      'Newidiadau rota ar gyfer y banc nyrsio',
    ),
    agreed: empty,
    disagreement: empty,
    nextSteps: empty,
    partners: [UNISON],
    version: 2,
    ...overrides,
  };
}

/** The records on a subject, answered as often as asked (the section reloads after a change). */
export function engagementsMock(
  records: ReturnType<typeof anEngagement>[],
  subject: { subjectKind: string; subjectId: string } = {
    subjectKind: 'ACTION',
    subjectId: 'action-1',
  },
): MockLink.MockedResponse {
  return {
    request: { query: SUBJECT_ENGAGEMENTS, variables: subject },
    result: { data: { engagementRecords: records } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

export const partnerChoicesMock: MockLink.MockedResponse = {
  request: { query: PARTNER_CHOICES },
  result: { data: { organisations: [HEIW, UNISON, RCN] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/**
 * What the plan page's partnership sections ask: no action tagged for consultation, and no
 * engagement on the plan.
 */
export function planPartnershipMocks(financialYear: string, planId: string) {
  const check: MockLink.MockedResponse = {
    request: { query: PLAN_PARTNERSHIP_CHECK, variables: { financialYear } },
    result: {
      data: {
        annualPlan: {
          __typename: 'AnnualPlan',
          id: planId,
          state: 'DRAFT',
          version: 1,
          partnershipWaiver: empty,
        },
        actions: {
          __typename: 'ActionConnection',
          pageInfo: { __typename: 'PageInfo', hasNextPage: false },
          edges: [],
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
  return [check, engagementsMock([], { subjectKind: 'PLAN', subjectId: planId })];
}
