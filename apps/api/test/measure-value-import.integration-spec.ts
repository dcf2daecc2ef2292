import ExcelJS from 'exceljs';

import type { Person } from '@cynnydd/directory/data-access';
import { MeasureValue, type Measure } from '@cynnydd/measures/data-access';
import { Role } from '@cynnydd/shared/domain';
import type { StrategicArea } from '@cynnydd/strategy/data-access';

import { Fixtures } from './support/fixtures';
import { errorOf, startTestApp, type Client, type TestApp } from './support/test-app';

const RESULT = `{
    newCount changedCount unchangedCount errorCount imported
    rows { row reference status changes problems { cell message } }
  }`;
const PREVIEW = `query ($input: ImportFileInput!) { measureValueImportPreview(input: $input) ${RESULT} }`;
const IMPORT = `mutation ($input: ImportFileInput!) { importMeasureValues(input: $input) ${RESULT} }`;

type FigureRow = [
  reference: string,
  periodStart: string,
  value: number | string,
  quality: string,
  reasonEn?: string,
  reasonCy?: string,
  commentaryEn?: string,
  commentaryCy?: string,
];

/** Today is 2026-11-15: the round asks for 2026-27 Q2's figures. */
describe('importing many measures’ figures from the measure-values sheet', () => {
  let app: TestApp;
  let owner: Person;
  let asOwner: Client & { cookie: string | null };
  let mine: Measure;
  let another: Measure;
  let notMine: Measure;

  beforeAll(async () => {
    app = await startTestApp({ today: '2026-11-15' });
    const fixtures = new Fixtures(app.dataSource);
    const area = (await fixtures.strategy()).get(4) as StrategicArea;
    owner = await fixtures.person();
    asOwner = await app.signedIn(Role.LEAD, owner);
    mine = await fixtures.measure({ owner, area, targets: { 2026: 6 } });
    another = await fixtures.measure({ owner, area });
    notMine = await fixtures.measure({ owner: await fixtures.person(), area });
    await asOwner.ok(
      `mutation ($input: SubmitMeasureValueInput!) { submitMeasureValue(input: $input) { id } }`,
      { input: { measureId: mine.id, periodStart: '2026-04-01', value: 7, quality: 'CONFIRMED' } },
    );
  });
  afterAll(() => app.close());

  async function template(): Promise<ExcelJS.Worksheet> {
    const response = await fetch(`${app.url}/measures/values-template.xlsx`, {
      headers: { cookie: asOwner.cookie as string },
    });
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    return workbook.getWorksheet('Measure values') as ExcelJS.Worksheet;
  }

  /** The template as the owner downloads it, filled in with `rows`. */
  async function filledTemplate(rows: FigureRow[]): Promise<Buffer> {
    const sheet = await template();
    sheet.spliceRows(2, sheet.rowCount);
    rows.forEach((row, index) => (sheet.getRow(index + 2).values = row));
    return Buffer.from(await sheet.workbook.xlsx.writeBuffer());
  }
  const input = async (rows: FigureRow[]) => ({
    input: {
      fileName: 'figures.xlsx',
      contentBase64: (await filledTemplate(rows)).toString('base64'),
    },
  });
  const figures = () => app.dataSource.getRepository(MeasureValue).count();

  it('gives owners a template listing the figures due from them this round', async () => {
    const sheet = await template();
    expect((sheet.getRow(1).values as string[])[1]).toBe('Measure reference / Cyfeirnod y mesur');
    // The owner's two measures are due for 2026-27 Q2; the other owner's is not theirs.
    const due = [2, 3].map((row) => [
      sheet.getRow(row).getCell(1).value,
      (sheet.getRow(row).getCell(2).value as Date).toISOString().slice(0, 10),
    ]);
    expect(due).toEqual([
      [mine.reference, '2026-07-01'],
      [another.reference, '2026-07-01'],
    ]);
    expect(sheet.getRow(4).getCell(1).value).toBeNull();
  });

  it('previews every row: new, revision, unchanged and errors by cell, writing nothing', async () => {
    const before = await figures();
    const { measureValueImportPreview: preview } = await asOwner.ok(
      PREVIEW,
      await input([
        [mine.reference, '2026-07-01', 6.4, 'CONFIRMED', '', '', 'Fewer leavers'],
        [mine.reference, '2026-04-01', 6.9, 'CONFIRMED'],
        [another.reference, '2026-07-01', '', 'NOT_AVAILABLE'],
        [notMine.reference, '2026-07-01', 5, 'CONFIRMED'],
        ['M999', '2026-07-01', 5, 'CONFIRMED'],
        [mine.reference, '2026-08-01', 5, 'CONFIRMED'],
        [mine.reference, '2027-01-01', 5, 'CONFIRMED'],
      ]),
    );
    expect(preview).toMatchObject({ newCount: 1, changedCount: 1, errorCount: 5, imported: false });
    const problems = preview.rows.map((row: any) => [
      row.status,
      row.problems.map((p: any) => p.cell),
    ]);
    expect(problems).toEqual([
      ['NEW', []],
      ['CHANGED', []],
      ['ERROR', ['Measure values!E4']],
      ['ERROR', ['Measure values!A5']],
      ['ERROR', ['Measure values!A6']],
      ['ERROR', ['Measure values!B7']],
      ['ERROR', ['Measure values!B8']],
    ]);
    expect(preview.rows[1].changes).toEqual(['value: 7 → 6.9']);
    expect(preview.rows[4].problems[0].message).toBe('there is no measure M999');
    expect(await figures()).toBe(before);

    const refused = errorOf(
      await asOwner.gql(
        IMPORT,
        await input([
          [mine.reference, '2026-07-01', 6.4, 'CONFIRMED'],
          ['M999', '2026-07-01', 5, 'CONFIRMED'],
        ]),
      ),
    );
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    expect(await figures()).toBe(before);
  });

  it('imports all the rows in one go, revisions keeping the earlier figure, and again changes nothing', async () => {
    const before = await figures();
    const rows: FigureRow[] = [
      [mine.reference, '2026-07-01', 6.4, 'CONFIRMED', '', '', 'Fewer leavers', 'Llai o ymadawyr'],
      [mine.reference, '2026-04-01', 6.9, 'CONFIRMED'],
      [
        another.reference,
        '2026-07-01',
        '',
        'NOT_AVAILABLE',
        'Survey delayed',
        'Arolwg wedi’i oedi',
      ],
    ];
    const { importMeasureValues } = await asOwner.ok(IMPORT, await input(rows));
    expect(importMeasureValues).toMatchObject({ newCount: 2, changedCount: 1, imported: true });
    expect(await figures()).toBe(before + 3);
    const { measure } = await asOwner.ok(
      `query ($id: ID!) { measure(id: $id) { values { periodStart value rag commentary { cy } } revisions { value } } }`,
      { id: mine.id },
    );
    expect(measure.values).toEqual([
      { periodStart: '2026-04-01', value: 6.9, rag: 'AMBER', commentary: { cy: null } },
      {
        periodStart: '2026-07-01',
        value: 6.4,
        rag: 'AMBER',
        commentary: { cy: 'Llai o ymadawyr' },
      },
    ]);
    expect(measure.revisions).toEqual([{ value: 7 }]);

    const again = (await asOwner.ok(IMPORT, await input(rows))).importMeasureValues;
    expect(again).toMatchObject({ newCount: 0, changedCount: 0, unchangedCount: 3 });
    expect(await figures()).toBe(before + 3);
  });
});
