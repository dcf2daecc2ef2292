import type { MockLink } from '@apollo/client/testing';

import { counts } from '../../../test/factories';
import { WELL_BEING_GOALS } from '../../plans/components/well-being-goals';
import { REPORT_REVIEW } from '../../review/graphql/review';
import { REPORT, REPORT_LISTS } from '../graphql/reports';

// Test data: a report for 2026-27 Q3 as the API sends it.

export const text = (en: string | null, cy: string | null) => ({
  __typename: 'BilingualText',
  en,
  cy,
});

/** An action's line in the appendix and the completions, as the report gives it. */
export function aLine(reference: string, rag: string | null) {
  return {
    __typename: 'ReportActionLine',
    actionId: `action-${reference}`,
    reference,
    title: text(`Action ${reference}`, `Cam ${reference}`),
    leadOrganisation: 'HEIW',
    owners: ['Ceri Morgan'],
    dueDate: '2027-03-31',
    rag,
    percentComplete: rag ? 40 : null,
  };
}

/** What the owners of a red or amber action (its line in `actions`) say about it. */
function anException(reference: string) {
  return {
    __typename: 'ReportActionLine',
    actionId: `action-${reference}`,
    commentary: text(`Commentary on ${reference}`, null),
    risks: text(`Risk on ${reference}`, null),
    nextSteps: text(`Mitigation for ${reference}`, null),
  };
}

/** A quarterly percentage measure, lower is better, as the report gives it. */
export function aMeasureLine(
  reference: string,
  latest: {
    value: number | null;
    target: number | null;
    rag: string | null;
    commentary?: ReturnType<typeof text>;
    revised?: boolean;
  } | null,
) {
  const figure = (label: string, periodEnd: string, value: number | null) => ({
    __typename: 'ReportMeasureFigure',
    periodLabel: text(label, label.replace('Q', 'Ch')),
    periodEnd,
    value,
    target: latest?.target ?? null,
  });
  return {
    __typename: 'ReportMeasure',
    measureId: `measure-${reference}`,
    reference,
    name: text(`Vacancy rate ${reference}`, `Cyfradd swyddi gwag ${reference}`),
    unit: 'PERCENTAGE',
    latest: latest && {
      __typename: 'ReportMeasureLatest',
      periodLabel: text('2026-27 Q3', '2026-27 Ch3'),
      value: latest.value,
      target: latest.target,
      quality: latest.value === null ? 'NOT_AVAILABLE' : 'CONFIRMED',
      revised: latest.revised ?? false,
      rag: latest.rag,
      ragExplanation: latest.rag
        ? text(
            `${latest.rag === 'RED' ? 'Red' : 'Amber'}: ${latest.value}% against a target of ${latest.target}%`,
            `${latest.rag === 'RED' ? 'Coch' : 'Ambr'}: ${latest.value}% o’i gymharu â tharged o ${latest.target}%`,
          )
        : null,
      commentary: latest.commentary ?? text(null, null),
    },
    trend: { __typename: 'ReportMeasureTrends', sincePrevious: 'WORSENING', sinceBaseline: null },
    recent: latest
      ? [figure('2026-27 Q2', '2026-09-30', 6.5), figure('2026-27 Q3', '2026-12-31', latest.value)]
      : [],
  };
}

function measures() {
  const late = aMeasureLine('M4.1', {
    value: 7.9,
    target: 6,
    rag: 'RED',
    commentary: text('Agency use rose over the winter.', null),
    revised: true,
  });
  return {
    __typename: 'ReportMeasures',
    endedBy: '2026-12-31',
    counts: {
      __typename: 'MeasureRagCounts',
      red: 1,
      amber: 0,
      green: 0,
      contextual: 0,
      noFigure: 1,
      total: 2,
    },
    measures: [late, aMeasureLine('M4.2', null)],
    offTarget: [late],
  };
}

/** Each well-being goal in the Act's order: the two actions and two measures are all "healthier". */
function goalContribution() {
  return WELL_BEING_GOALS.map((goal) => {
    const healthier = goal === 'HEALTHIER';
    return {
      __typename: 'ReportGoalContribution',
      goal,
      actions: healthier ? counts({ red: 1, green: 1 }) : counts(),
      measures: {
        __typename: 'MeasureRagCounts',
        red: healthier ? 1 : 0,
        amber: 0,
        green: 0,
        contextual: 0,
        noFigure: healthier ? 1 : 0,
        total: healthier ? 2 : 0,
      },
    };
  });
}

const score = (likelihood: number, consequence: number) => {
  const value = likelihood * consequence;
  const band = value >= 15 ? 'EXTREME' : value >= 8 ? 'HIGH' : value >= 4 ? 'MODERATE' : 'LOW';
  return { __typename: 'RiskScore', likelihood, consequence, score: value, band };
};

/** A risk as the report gives it, open at the period end unless `closedOn` says otherwise. */
export function aRiskLine(
  reference: string,
  current: [number, number],
  more: { previous?: [number, number] | null; closedOn?: string; escalatedOn?: string } = {},
) {
  const previous = more.previous === undefined ? current : more.previous;
  const change = previous && score(...current).score - score(...previous).score;
  return {
    __typename: 'ReportRisk',
    riskId: `risk-${reference}`,
    reference,
    title: text(`Workforce supply ${reference}`, `Cyflenwad y gweithlu ${reference}`),
    category: 'WORKFORCE',
    owner: 'Ceri Morgan',
    current: score(...current),
    target: score(2, 2),
    appetite: 12,
    aboveAppetite: score(...current).score > 12,
    escalatedOn: more.escalatedOn ?? null,
    closedOn: more.closedOn ?? null,
    previous: previous && { __typename: 'RiskScore', score: score(...previous).score },
    trend:
      change === null ? null : change > 0 ? 'WORSENING' : change < 0 ? 'IMPROVING' : 'NO_CHANGE',
  };
}

/** A risk named in one of the section's lists beside the register: by its id alone. */
const named = ({ riskId }: { riskId: string }) => ({ __typename: 'ReportRisk', riskId });

function risks() {
  const supply = aRiskLine('R3', [4, 4], { previous: [3, 3], escalatedOn: '2026-11-20' });
  const data = aRiskLine('R7', [2, 3], { previous: null });
  const closed = aRiskLine('R1', [2, 2], { closedOn: '2026-11-02' });
  return {
    __typename: 'ReportRisks',
    asAt: '2026-12-31',
    since: '2026-09-30',
    sincePeriod: '2026-27 Q2',
    bands: [
      { __typename: 'RiskBandCount', band: 'LOW', count: 0 },
      { __typename: 'RiskBandCount', band: 'MODERATE', count: 1 },
      { __typename: 'RiskBandCount', band: 'HIGH', count: 0 },
      { __typename: 'RiskBandCount', band: 'EXTREME', count: 1 },
    ],
    heatMap: [
      { __typename: 'RiskHeatMapCell', likelihood: 4, consequence: 4, count: 1 },
      { __typename: 'RiskHeatMapCell', likelihood: 2, consequence: 3, count: 1 },
    ],
    risks: [supply, data],
    aboveAppetite: [named(supply)],
    opened: [named(data)],
    closed: [closed],
    worsened: [named(supply)],
    improved: [],
  };
}

export const PAPER_IMPACTS_IN_ORDER = [
  'QUALITY_AND_SAFETY',
  'FINANCIAL',
  'RISK',
  'WORKFORCE',
  'LEGAL',
  'WELSH_LANGUAGE',
  'EQUALITY',
  'WAYS_OF_WORKING',
] as const;

/** A cover sheet as the API sends it: the presenter not given, impacts "none" but Welsh's. */
export function aCoverSheet() {
  return {
    __typename: 'CoverSheet',
    meetingName: text('Joint workforce strategy board', 'Bwrdd y strategaeth gweithlu ar y cyd'),
    meetingDate: '2027-01-28',
    agendaItem: '4.2',
    author: 'Ceri Morgan, Programme manager',
    executiveSponsor: 'Director of Workforce',
    presenter: null as string | null,
    purpose: 'ASSURANCE',
    recommendation: text('NOTE the progress made.', 'NODI’r cynnydd a wnaed.'),
    summary: text(null, null),
    strategicObjectives: text('Objective 3: a sustainable workforce.', null),
    impacts: PAPER_IMPACTS_IN_ORDER.map((impact) => ({
      __typename: 'CoverSheetImpact',
      impact,
      text:
        impact === 'WELSH_LANGUAGE'
          ? text('Published in both languages.', 'Wedi’i gyhoeddi yn y ddwy iaith.')
          : text('None identified.', 'Dim wedi’u nodi.'),
    })),
  };
}

export function aReport(state: 'DRAFT' | 'ISSUED', overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Report',
    id: 'report-1',
    audience: 'OVERSIGHT_BOARD',
    edition: 1,
    state,
    issuedAt: state === 'ISSUED' ? '2027-01-20T10:30:00Z' : null,
    createdAt: '2027-01-18T09:00:00Z',
    version: 2,
    reportingPeriod: {
      __typename: 'ReportingPeriod',
      id: 'period-3',
      label: '2026-27 Q3',
      startDate: '2026-10-01',
    },
    // Null in reports issued before cover sheets.
    coverSheet: aCoverSheet() as ReturnType<typeof aCoverSheet> | null,
    content: {
      __typename: 'ReportContent',
      audience: 'OVERSIGHT_BOARD',
      asOf: '2026-12-31',
      period: {
        __typename: 'ReportPeriod',
        label: '2026-27 Q3',
        startDate: '2026-10-01',
        endDate: '2026-12-31',
      },
      planTitle: text('Joint action plan 2026-27', 'Cynllun gweithredu ar y cyd 2026-27'),
      executiveSummary: text('Delivery is broadly on track.', 'Mae’r cyflawni ar y trywydd iawn.'),
      overall: counts({ red: 1, green: 1 }),
      areas: [
        {
          __typename: 'ReportAreaSummary',
          number: 4,
          title: text('Leadership', 'Arweinyddiaeth'),
          shortTitle: text('Compassionate leadership', 'Arweinyddiaeth dosturiol'),
          counts: counts({ red: 1, green: 1 }),
        },
      ],
      movement: {
        __typename: 'ReportMovement',
        sincePeriod: '2026-27 Q2',
        sinceReportId: null,
        improved: [],
        worsened: [
          {
            __typename: 'ReportMove',
            actionId: 'action-4.1',
            reference: '4.1',
            title: text('Action 4.1', null),
            previous: 'GREEN',
            current: 'RED',
          },
        ],
        completed: [],
        newlyRed: [],
      },
      exceptions: [anException('4.1')],
      measures: measures(),
      // Null in reports issued before risks were reported.
      risks: risks() as ReturnType<typeof risks> | null,
      milestonesMissed: [],
      milestonesDueNext: [],
      themes: [
        { __typename: 'ReportThemeCoverage', theme: 'STAFF_RETENTION', counts: counts({ red: 1 }) },
      ],
      // Empty in reports issued before well-being goals were reported.
      goalContribution: goalContribution(),
      completed: [],
      actions: [aLine('4.1', 'RED'), aLine('4.2', 'GREEN')],
    },
    ...overrides,
  };
}

/**
 * A draft on a larger plan: `actions` actions in the appendix (1.1, 1.2, …, red and green in
 * turn), `measures` measures without a figure in the scorecard (M1.1, …) and `offTarget` red
 * measures (M2.1, …).
 */
export function aLongReport({
  actions,
  measures,
  offTarget = 1,
}: {
  actions: number;
  measures: number;
  offTarget?: number;
}) {
  const report = aReport('DRAFT');
  return {
    ...report,
    content: {
      ...report.content,
      actions: Array.from({ length: actions }, (_, index) =>
        aLine(`1.${index + 1}`, index % 2 ? 'GREEN' : 'RED'),
      ),
      measures: {
        ...report.content.measures,
        measures: Array.from({ length: measures }, (_, index) =>
          aMeasureLine(`M1.${index + 1}`, null),
        ),
        offTarget: Array.from({ length: offTarget }, (_, index) =>
          aMeasureLine(`M2.${index + 1}`, { value: 7.9, target: 6, rag: 'RED' }),
        ),
      },
    },
  };
}

/** The report's head and its lists, each query answered from `report`. */
export function reportMocks(
  report: ReturnType<typeof aReport>,
  { maxUsageCount = Number.POSITIVE_INFINITY }: { maxUsageCount?: number } = {},
): MockLink.MockedResponse[] {
  const variables = { id: 'report-1' };
  const lists = { __typename: 'Report', id: report.id, content: report.content };
  return [
    { request: { query: REPORT, variables }, result: { data: { report } }, maxUsageCount },
    {
      request: { query: REPORT_LISTS, variables },
      result: { data: { report: lists } },
      maxUsageCount,
    },
  ];
}

/** The report's board review, with nothing recorded yet. */
export function emptyReviewMock(): MockLink.MockedResponse {
  return {
    request: { query: REPORT_REVIEW, variables: { id: 'report-1' } },
    result: { data: { report: { __typename: 'Report', id: 'report-1', review: [] } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}
