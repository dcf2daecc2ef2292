import {
  LANDSCAPE_TEXT_WIDTH,
  MIN_TEXT_COLUMN_WIDTH,
  PORTRAIT_TEXT_WIDTH,
  tableLayout,
} from './docx-layout';
import { renderDocx } from './docx-renderer';
import { same } from './export-language';
import type { ReportDocument } from './report-document';

const long = (words: number) => same(Array.from({ length: words }, (_, i) => `word${i}`).join(' '));

describe('Word table layout', () => {
  it('gives a column of names its room and numbers their minimum, within the page', () => {
    const columns = [same('Strategic area'), ...Array.from({ length: 7 }, (_, i) => same(`S${i}`))];
    const rows = [[{ text: long(14) }, ...Array.from({ length: 7 }, () => ({ text: same('3') }))]];
    const { widths, landscape } = tableLayout(columns, rows, 'en');
    expect(landscape).toBe(false);
    expect(widths[0]).toBeGreaterThanOrEqual(MIN_TEXT_COLUMN_WIDTH);
    expect(widths.reduce((sum, width) => sum + width, 0)).toBeLessThanOrEqual(PORTRAIT_TEXT_WIDTH);
  });

  it('puts a table of sentences side by side on a landscape page', () => {
    const columns = [
      same('Action'),
      same('Owners'),
      same('Status'),
      same('A'),
      same('B'),
      same('C'),
    ];
    const rows = [
      [long(8), same('x'), same('Red'), long(30), long(30), long(30)].map((text) => ({ text })),
    ];
    const { widths, landscape } = tableLayout(columns, rows, 'en');
    expect(landscape).toBe(true);
    expect(widths.reduce((sum, width) => sum + width, 0)).toBeLessThanOrEqual(LANDSCAPE_TEXT_WIDTH);
    expect(tableLayout(columns.slice(0, 3), [rows[0].slice(0, 3)], 'en', true).landscape).toBe(
      true,
    );
  });

  it('renders a document with a wide table', async () => {
    const document: ReportDocument = {
      cover: {
        strategy: same('S'),
        title: same('T'),
        audience: same('A'),
        period: same('P'),
        edition: same('E'),
        issued: null,
        asOf: same('D'),
        draft: true,
      },
      coverSheet: { rows: [{ label: same('Purpose'), value: same('For assurance') }], impacts: [] },
      classification: same('OFFICIAL'),
      sections: [same('One')],
      blocks: [
        { kind: 'heading', text: same('One') },
        {
          kind: 'table',
          wide: true,
          columns: [same('A'), same('B')],
          rows: [[{ text: same('1') }, { text: same('2') }]],
        },
      ],
    };
    expect((await renderDocx(document, 'both')).length).toBeGreaterThan(1000);
  });
});
