import { ragAreaChartDescription, ragAreaChartOption, type RagChartArea } from './rag-area-chart';

const AREAS: RagChartArea[] = [
  {
    number: 1,
    name: { en: 'Workforce data', cy: 'Data’r gweithlu' },
    counts: { red: 1, amber: 2, green: 3, notStarted: 0, complete: 4, noUpdate: 5 },
  },
  {
    number: 2,
    name: { en: 'Leadership', cy: 'Arweinyddiaeth' },
    counts: { red: 0, amber: 0, green: 6, notStarted: 7, complete: 0, noUpdate: 0 },
  },
];

describe('the RAG-by-area chart definition', () => {
  it('stacks one series per status, most in need of attention first, with each area’s counts', () => {
    const { series } = ragAreaChartOption(AREAS, 'en');
    expect(series.map((s) => s.id)).toEqual([
      'RED',
      'AMBER',
      'GREEN',
      'NOT_STARTED',
      'COMPLETE',
      'NO_UPDATE',
    ]);
    expect(series.map((s) => s.data)).toEqual([
      [1, null],
      [2, null],
      [3, 6],
      [null, 7],
      [4, null],
      [5, null],
    ]);
    expect(new Set(series.map((s) => s.stack)).size).toBe(1);
  });

  it('writes each count on its segment and leaves empty segments unlabelled', () => {
    const [red] = ragAreaChartOption(AREAS, 'en').series;
    expect(red.label['show']).toBe(true);
    expect(red.label.formatter({ value: 12 })).toBe('12');
    expect(red.label.formatter({ value: null })).toBe('');
  });

  it('labels the legend, axis and areas in English, Welsh or both (Welsh first)', () => {
    const en = ragAreaChartOption(AREAS, 'en');
    expect(en.legend.data).toEqual([
      'Red',
      'Amber',
      'Green',
      'Not started',
      'Complete',
      'No update',
    ]);
    expect(en.yAxis.data).toEqual(['1. Workforce data', '2. Leadership']);
    expect(en.xAxis['name']).toBe('Number of actions');
    const cy = ragAreaChartOption(AREAS, 'cy');
    expect(cy.legend.data).toEqual([
      'Coch',
      'Ambr',
      'Gwyrdd',
      'Heb ddechrau',
      "Wedi'i gwblhau",
      'Dim diweddariad',
    ]);
    expect(cy.yAxis.data).toEqual(['1. Data’r gweithlu', '2. Arweinyddiaeth']);
    expect(cy.xAxis['name']).toBe('Nifer y camau gweithredu');
    const both = ragAreaChartOption(AREAS, 'both');
    expect(both.legend.data[0]).toBe('Coch / Red');
    expect(both.yAxis.data[0]).toBe('1. Data’r gweithlu\nWorkforce data');
  });

  it('tells statuses apart by pattern as well as colour', () => {
    const { series, aria } = ragAreaChartOption(AREAS, 'en');
    expect(aria.decal.show).toBe(true);
    const patterns = series.map((s) => JSON.stringify(s.itemStyle.decal));
    expect(new Set(patterns).size).toBe(series.length);
    expect(new Set(series.map((s) => s.color)).size).toBe(series.length);
  });

  it('leaves out "no update" where the figures have no such status', () => {
    const published = AREAS.map(({ counts: { noUpdate: _, ...counts }, ...area }) => ({
      ...area,
      counts,
    }));
    expect(ragAreaChartOption(published, 'en').series.map((s) => s.id)).not.toContain('NO_UPDATE');
  });

  it('formats numbers with the caller’s helper', () => {
    const option = ragAreaChartOption(AREAS, 'en', (value) => `#${value}`);
    expect(option.series[0].label.formatter({ value: 1 })).toBe('#1');
  });

  it('describes the figures in words for alt text', () => {
    expect(ragAreaChartDescription(AREAS, 'en')).toBe(
      'Actions by status in each strategic area: 1. Workforce data: 1 red, 2 amber, 3 green, 4 complete, 5 no update; 2. Leadership: 6 green, 7 not started.',
    );
    expect(ragAreaChartDescription(AREAS, 'cy')).toContain(
      '2. Arweinyddiaeth: 6 gwyrdd, 7 heb ddechrau.',
    );
  });
});
