import type { MockLink } from '@apollo/client/testing';

import { ROWS_PER_PAGE } from '../../../ui/pagination';
import { MEASURE_FORM_OPTIONS, MEASURE_PAGE, MEASURES_SUMMARY } from '../graphql/measures';

const text = (en: string | null, cy: string | null) => ({ __typename: 'BilingualText', en, cy });

/** "2026-27 Q2" / "2026-27 Ch2" for a quarter starting on `periodStart`. */
function quarterLabel(periodStart: string) {
  const [year, month] = periodStart.split('-').map(Number);
  const start = month >= 4 ? year : year - 1;
  const quarter = month >= 4 ? Math.floor((month - 4) / 3) + 1 : 4;
  const label = `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
  return text(`${label} Q${quarter}`, `${label} Ch${quarter}`);
}

export interface FigureOptions {
  id?: string;
  value?: number | null;
  quality?: 'CONFIRMED' | 'PROVISIONAL' | 'NOT_AVAILABLE';
  revised?: boolean;
  target?: number | null;
  rag?: 'RED' | 'AMBER' | 'GREEN' | null;
}

/** A quarterly figure as the API sends it (the MeasureFigure fragment). */
export function aFigure(periodStart: string, options: FigureOptions = {}) {
  const [year, month] = periodStart.split('-').map(Number);
  const end = new Date(Date.UTC(year, month + 2, 0)).toISOString().slice(0, 10);
  return {
    __typename: 'MeasureValue' as const,
    id: options.id ?? `value-${periodStart}`,
    periodStart,
    periodEnd: end,
    periodLabel: quarterLabel(periodStart),
    value: options.value === undefined ? 7.9 : options.value,
    quality: options.quality ?? 'CONFIRMED',
    revised: options.revised ?? false,
    target: options.target === undefined ? 6 : options.target,
    rag: options.rag === undefined ? 'RED' : options.rag,
  };
}

export const anArea = (number: number, en: string, cy: string | null = null) => ({
  __typename: 'StrategicArea' as const,
  id: `area-${number}`,
  number,
  shortTitle: text(en, cy),
});

export const measureText = text;

/** The answer to `measuresSummary`. */
export function summaryMock(
  counts: Partial<Record<'red' | 'amber' | 'green' | 'contextual' | 'noFigure', number>> = {},
  worsened: unknown[] = [],
): MockLink.MockedResponse {
  const all = { red: 0, amber: 0, green: 0, contextual: 0, noFigure: 0, ...counts };
  return {
    request: { query: MEASURES_SUMMARY },
    result: {
      data: {
        measuresSummary: {
          __typename: 'MeasuresSummary',
          counts: {
            __typename: 'MeasureRagCounts',
            ...all,
            total: Object.values(all).reduce((sum, n) => sum + n, 0),
          },
          worsened,
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/** A period's figure as a sparkline has it. */
export function aPoint(periodStart: string, value: number | null) {
  return {
    __typename: 'MeasureFigure' as const,
    periodStart,
    periodLabel: quarterLabel(periodStart),
    value,
  };
}

/** The areas and people the measure form offers. */
export const measureFormOptionsMock: MockLink.MockedResponse = {
  request: { query: MEASURE_FORM_OPTIONS },
  result: {
    data: {
      strategicAreas: [3, 4].map((number) => ({
        __typename: 'StrategicArea',
        id: `area-${number}`,
        number,
        title: measureText(`Area title ${number}`, `Teitl maes ${number}`),
      })),
      people: ['Ceri Morgan', 'Nia Williams'].map((name, index) => ({
        __typename: 'Person',
        id: `person-${index + 1}`,
        name,
        email: `person${index + 1}@example.wales`,
      })),
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/**
 * The API's answers for every page of `measures`, as the measures page asks for them: of one
 * area (by id) or all, and tagged with any of `wellBeingGoals` when given.
 */
export function measurePageMocks(
  areaId: string | null,
  measures: unknown[],
  wellBeingGoals?: string[],
): MockLink.MockedResponse[] {
  const pages = Math.max(1, Math.ceil(measures.length / ROWS_PER_PAGE));
  return Array.from({ length: pages }, (_, index) => ({
    request: {
      query: MEASURE_PAGE,
      variables: {
        areaId,
        ...(wellBeingGoals ? { wellBeingGoals } : {}),
        offset: index * ROWS_PER_PAGE,
        limit: ROWS_PER_PAGE,
      },
    },
    result: {
      data: {
        measurePage: {
          __typename: 'MeasurePage',
          totalCount: measures.length,
          measures: measures.slice(index * ROWS_PER_PAGE, (index + 1) * ROWS_PER_PAGE),
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  }));
}
