import { text } from '../../risks/testing/risk-mocks';

const report = {
  __typename: 'Report' as const,
  id: 'report-q2',
  audience: 'OVERSIGHT_BOARD',
  edition: 1,
  reportingPeriod: { __typename: 'ReportingPeriod' as const, id: 'period-q2', label: '2026-27 Q2' },
};

/** A publication as the API sends it: a draft of the oversight board's Q2 report unless told. */
export function aPublication(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Publication' as const,
    id: 'publication-1',
    state: 'DRAFT',
    number: null,
    version: 3,
    introduction: text('Progress in the second quarter.', null),
    areaSummaries: [
      {
        __typename: 'PublicationAreaSummary' as const,
        areaNumber: 1,
        summary: text('Sharing what works.', 'Rhannu’r hyn sy’n gweithio.'),
      },
    ],
    excludedActionIds: [],
    showOwnerNames: false,
    includeMeasures: true,
    publishedAt: null,
    withdrawnAt: null,
    withdrawalReason: text(null, null),
    addresses: {
      __typename: 'PublicAddresses' as const,
      en: '/publications/publication-1/preview/en/progress',
      cy: '/publications/publication-1/preview/cy/cynnydd',
    },
    report,
    ...overrides,
  };
}

/** The report's content the draft chooses from: two areas, three actions. */
export const REPORT_CONTENT = {
  ...report,
  content: {
    __typename: 'ReportContent' as const,
    areas: [
      {
        __typename: 'ReportAreaSummary' as const,
        number: 1,
        title: text('Sharing best practice', 'Rhannu arferion gorau'),
      },
      {
        __typename: 'ReportAreaSummary' as const,
        number: 2,
        title: text('Compassionate leadership', 'Arweinyddiaeth dosturiol'),
      },
    ],
    actions: [
      {
        __typename: 'ReportActionLine' as const,
        actionId: 'a-1',
        reference: '1.1',
        areaNumber: 1,
        rag: 'GREEN',
        title: text('Share improvement stories', 'Rhannu straeon gwella'),
      },
      {
        __typename: 'ReportActionLine' as const,
        actionId: 'a-2',
        reference: '1.2',
        areaNumber: 1,
        rag: 'RED',
        title: text('Retention toolkit', 'Pecyn cadw staff'),
      },
      {
        __typename: 'ReportActionLine' as const,
        actionId: 'a-3',
        reference: '2.1',
        areaNumber: 2,
        rag: 'AMBER',
        title: text('Leadership programme', 'Rhaglen arweinyddiaeth'),
      },
    ],
  },
};
