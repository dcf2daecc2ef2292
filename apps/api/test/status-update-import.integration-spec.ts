import ExcelJS from 'exceljs';

import type { Person } from '@cynnydd/directory/data-access';
import type { AnnualPlan } from '@cynnydd/plans/data-access';
import { ReportingPeriod, StatusUpdate } from '@cynnydd/reporting/data-access';
import { PlanState, RagStatus } from '@cynnydd/shared/domain';
import type { StrategicArea } from '@cynnydd/strategy/data-access';

import { Fixtures } from './support/fixtures';
import { errorOf, startTestApp, type TestApp } from './support/test-app';

const RESULT = `{
    newCount unchangedCount errorCount imported
    rows { row reference status problems { cell message } }
  }`;
const PREVIEW = `query ($input: PlanImportInput!) { statusUpdateImportPreview(input: $input) ${RESULT} }`;
const IMPORT = `mutation ($input: PlanImportInput!) { importStatusUpdates(input: $input) ${RESULT} }`;

type UpdateRow = [
  reference: string,
  quarter: number | string,
  rag: string,
  percent: number | string,
  en: string,
  cy: string,
  author: string,
  submittedOn: string,
];

/** The status updates template filled in with `rows`, as a programme office would in Excel. */
async function filledTemplate(app: TestApp, rows: UpdateRow[]): Promise<Buffer> {
  const response = await fetch(`${app.url}/plans/2026-27/status-updates-template.xlsx`, {
    headers: { cookie: app.cookie as string },
  });
  expect(response.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  const sheet = workbook.getWorksheet('Status updates') as ExcelJS.Worksheet;
  expect((sheet.getRow(1).values as string[])[1]).toBe('Reference / Cyfeirnod');
  sheet.spliceRows(2, 1);
  rows.forEach((row, index) => (sheet.getRow(index + 2).values = row));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const input = (fileName: string, content: Buffer | string) => ({
  input: {
    financialYear: '2026-27',
    fileName,
    contentBase64: Buffer.from(content).toString('base64'),
  },
});

/** Today is 2026-11-15: Q1 and Q2 of 2026-27 are past, Q3 under way, Q4 to come. */
describe('importing past status updates from a spreadsheet', () => {
  let app: TestApp;
  let fixtures: Fixtures;
  let plan: AnnualPlan;
  let area: StrategicArea;
  let lead: Person;

  beforeAll(async () => {
    app = await startTestApp({ today: '2026-11-15' });
    fixtures = new Fixtures(app.dataSource);
    area = (await fixtures.strategy()).get(3) as StrategicArea;
    plan = await fixtures.plan(2026, PlanState.APPROVED);
    lead = await fixtures.person();
    for (const reference of ['3.1', '3.2']) {
      await fixtures.action({ plan, area, reference, owners: [lead] });
    }
  });
  afterAll(() => app.close());

  const good = (): UpdateRow[] => [
    ['3.1', 1, 'GREEN', 20, 'Started well.', 'Wedi dechrau’n dda.', lead.email, '2026-07-08'],
    ['3.1', 2, 'AMBER', 45, 'Recruitment is slow.', '', lead.email, '2026-10-09'],
    ['3.2', 2, 'COMPLETE', 100, '', 'Wedi’i gwblhau.', lead.email, '2026-10-10'],
  ];

  it('previews every row, then writes them all, adding the past quarters as closed periods', async () => {
    const file = input('updates.xlsx', await filledTemplate(app, good()));
    const { statusUpdateImportPreview: preview } = await app.ok(PREVIEW, file);
    expect(preview).toMatchObject({ newCount: 3, errorCount: 0, imported: false });
    expect(await app.dataSource.getRepository(StatusUpdate).count()).toBe(0);

    const { importStatusUpdates: result } = await app.ok(IMPORT, file);
    expect(result).toMatchObject({ newCount: 3, imported: true });
    const periods = await app.dataSource
      .getRepository(ReportingPeriod)
      .find({ order: { quarter: 'ASC' } });
    expect(periods.map((p) => [p.quarter, p.closedAt !== null])).toEqual([
      [1, true],
      [2, true],
    ]);
    const updates = await app.dataSource
      .getRepository(StatusUpdate)
      .find({ order: { submittedAt: 'ASC' } });
    expect(
      updates.map((u) => [u.rag, u.percentComplete, u.commentary.en, u.commentary.cy]),
    ).toEqual([
      [RagStatus.GREEN, 20, 'Started well.', 'Wedi dechrau’n dda.'],
      [RagStatus.AMBER, 45, 'Recruitment is slow.', null],
      [RagStatus.COMPLETE, 100, null, 'Wedi’i gwblhau.'],
    ]);
    expect(updates[0].submittedAt.toISOString()).toBe('2026-07-08T12:00:00.000Z');

    // The overview reads the imported history like any other.
    const { actions } = await app.ok(
      `{ actions(filter: { financialYear: "2026-27" }, first: 10) { edges { node { reference currentStatus { rag } } } } }`,
    );
    expect(
      actions.edges.map((e: { node: { reference: string; currentStatus: { rag: string } } }) => [
        e.node.reference,
        e.node.currentStatus.rag,
      ]),
    ).toEqual([
      ['3.1', 'AMBER'],
      ['3.2', 'COMPLETE'],
    ]);
  });

  it('imports the same file again without adding anything', async () => {
    const file = input('updates.xlsx', await filledTemplate(app, good()));
    const { importStatusUpdates: result } = await app.ok(IMPORT, file);
    expect(result).toMatchObject({ newCount: 0, unchangedCount: 3, imported: true });
    expect(await app.dataSource.getRepository(StatusUpdate).count()).toBe(3);
  });

  it('names each bad cell, and writes nothing while any row is wrong', async () => {
    const rows: UpdateRow[] = [
      ['3.9', 1, 'GREEN', 10, 'x', '', lead.email, '2026-07-01'],
      ['3.2', 4, 'GREEN', 10, 'x', '', lead.email, '2026-07-01'],
      ['3.2', 1, 'PURPLE', 10, 'x', '', 'nobody@example.wales', '2026-03-01'],
      ['3.2', 1, 'COMPLETE', 90, '', '', lead.email, 'soon'],
      ['3.1', 2, 'RED', 45, 'Changed our minds.', '', lead.email, '2026-10-09'],
    ];
    const file = input('bad.xlsx', await filledTemplate(app, rows));
    const { statusUpdateImportPreview: preview } = await app.ok(PREVIEW, file);
    expect(preview.errorCount).toBe(5);
    const problems = preview.rows.map((row: { problems: { cell: string; message: string }[] }) =>
      row.problems.map((p) => `${p.cell}: ${p.message}`),
    );
    expect(problems[0]).toEqual(['Status updates!A2: there is no action 3.9 in the 2026-27 plan']);
    expect(problems[1]).toEqual([
      'Status updates!B3: 2026-27 Q4 has not started yet',
      'Status updates!H3: is before the quarter started (2027-01-01)',
    ]);
    expect(problems[2]).toEqual(
      expect.arrayContaining([
        'Status updates!G4: nobody in Cynnydd has the e-mail address nobody@example.wales',
        'Status updates!H4: is before the quarter started (2026-04-01)',
        expect.stringMatching(/^Status updates!C4: /),
      ]),
    );
    expect(problems[3]).toEqual(
      expect.arrayContaining([
        'Status updates!H5: "soon" is not a date (YYYY-MM-DD)',
        'Status updates!D5: must be 100 for a complete action',
        expect.stringMatching(/^Status updates!E5: /),
      ]),
    );
    expect(problems[4]).toEqual([
      'Status updates!A6: Cynnydd already has a different update for 3.1 Q2; it is kept as reports may have used it',
    ]);

    const before = await app.dataSource.getRepository(StatusUpdate).count();
    expect(errorOf(await app.gql(IMPORT, file))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'file',
      message: 'has 5 rows with errors: nothing was imported',
    });
    expect(await app.dataSource.getRepository(StatusUpdate).count()).toBe(before);
  });

  it('reads a CSV file with the Welsh headings', async () => {
    await fixtures.action({ plan, area, reference: '3.3', owners: [lead] });
    const csv = [
      'Cyfeirnod,Chwarter (1 i 4),Statws RAG,Canran wedi’i chwblhau,Sylwebaeth (Saesneg),Sylwebaeth (Cymraeg),Awdur (e-bost),Cyflwynwyd ar',
      `3.3,1,NOT_STARTED,0,,Heb ddechrau eto.,${lead.email},2026-07-02`,
    ].join('\n');
    const { importStatusUpdates: result } = await app.ok(IMPORT, input('diweddariadau.csv', csv));
    expect(result).toMatchObject({ newCount: 1, imported: true });
  });
});
