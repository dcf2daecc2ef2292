import ExcelJS from 'exceljs';

import type { Person } from '@cynnydd/directory/data-access';
import { PlanState, Role } from '@cynnydd/shared/domain';

import { Fixtures } from './support/fixtures';
import { errorOf, startTestApp, type TestApp } from './support/test-app';

const RESULT = `{
    newCount changedCount unchangedCount errorCount imported
    rows { row reference status changes problems { cell message } }
  }`;
const PREVIEW = `query ($input: PlanImportInput!) { planImportPreview(input: $input) ${RESULT} }`;
const IMPORT = `mutation ($input: PlanImportInput!) { importPlan(input: $input) ${RESULT} }`;
const ACTIONS = `{ actions(filter: { financialYear: "2026-27" }, first: 100) {
  edges { node { reference dueDate owners { email } milestones { dueDate } } } } }`;

/** One action as the test fills it in; unset columns take the template's usual values. */
type PlanRow = Partial<Record<string, string | number>>;

/** A template filled in with `rows`, as a programme office would in Excel. */
async function filledTemplate(app: TestApp, rows: PlanRow[]): Promise<Buffer> {
  const response = await fetch(`${app.url}/plans/2026-27/import-template.xlsx`, {
    headers: { cookie: app.cookie as string },
  });
  expect(response.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  const sheet = workbook.getWorksheet('Actions') as ExcelJS.Worksheet;
  sheet.spliceRows(2, 1);
  const keys = (sheet.getRow(1).values as string[]).slice(1);
  expect(keys[0]).toBe('Reference / Cyfeirnod');
  rows.forEach((row, index) => {
    // Row by row from the top, as typed: the template's drop-down lists reach far below.
    sheet.getRow(index + 2).values = [
      row['reference'],
      row['area'],
      row['titleEn'],
      row['titleCy'],
      '',
      '',
      row['lead'] ?? 'JOINT',
      row['owners'],
      row['startDate'] ?? '2026-04-01',
      row['dueDate'] ?? '2027-03-31',
      row['themes'] ?? 'INCLUSION',
      row['milestones'] ?? '',
    ];
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function input(fileName: string, content: Buffer | string) {
  return {
    input: {
      financialYear: '2026-27',
      fileName,
      contentBase64: Buffer.from(content).toString('base64'),
    },
  };
}

describe('importing a plan from a spreadsheet', () => {
  let app: TestApp;
  let owner: Person;

  beforeAll(async () => {
    app = await startTestApp({ today: '2026-06-01' });
    const fixtures = new Fixtures(app.dataSource);
    await fixtures.strategy();
    await fixtures.plan(2026, PlanState.APPROVED);
    owner = await fixtures.person();
  });
  afterAll(() => app.close());

  const good = (): PlanRow[] => [
    {
      reference: '2.1',
      area: 2,
      titleEn: 'Careers in schools',
      titleCy: 'Gyrfaoedd mewn ysgolion',
      owners: owner.email,
      milestones: '2026-09-30 | Launched | Wedi’i lansio',
    },
    {
      reference: '2.2',
      area: 2,
      titleEn: 'Apprenticeships',
      titleCy: 'Prentisiaethau',
      owners: owner.email,
    },
  ];

  it('previews every row with its cell and message, and writes nothing', async () => {
    const file = await filledTemplate(app, [
      ...good(),
      {
        reference: '2.3',
        area: 2,
        titleEn: 'Bad',
        titleCy: 'Drwg',
        owners: 'nobody@example.wales',
      },
      {
        reference: '3.9',
        area: 2,
        titleEn: 'Wrong area',
        titleCy: 'Maes anghywir',
        owners: owner.email,
      },
      { reference: '2.1', area: 2, titleEn: 'Twice', titleCy: 'Dwywaith', owners: owner.email },
      {
        reference: '2.4',
        area: 2,
        titleEn: 'Late',
        titleCy: 'Hwyr',
        owners: owner.email,
        dueDate: '2026-03-31',
      },
    ]);
    const { planImportPreview } = await app.ok(PREVIEW, input('plan.xlsx', file));
    expect(planImportPreview).toMatchObject({ newCount: 2, errorCount: 4, imported: false });
    const problems = Object.fromEntries(
      planImportPreview.rows.map((row: any) => [row.row, row.problems]),
    );
    expect(problems[4]).toEqual([
      {
        cell: 'Actions!H4',
        message: 'nobody in Cynnydd has the e-mail address nobody@example.wales',
      },
    ]);
    expect(problems[5]).toEqual([
      { cell: 'Actions!A5', message: "must start with 2, the area's number" },
    ]);
    expect(problems[6][0]).toMatchObject({
      cell: 'Actions!A6',
      message: '2.1 is in the file more than once',
    });
    expect(problems[7][0]).toMatchObject({ cell: 'Actions!J7' });
    expect((await app.ok(ACTIONS)).actions.edges).toEqual([]);
  });

  it('imports nothing while any row is wrong', async () => {
    const file = await filledTemplate(app, [
      ...good(),
      {
        reference: '2.3',
        area: 2,
        titleEn: 'Bad',
        titleCy: 'Drwg',
        owners: 'nobody@example.wales',
      },
    ]);
    const error = errorOf(await app.gql(IMPORT, input('plan.xlsx', file)));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    expect((await app.ok(ACTIONS)).actions.edges).toEqual([]);
  });

  it('imports a correct file in one go, audited as one import, and again changes nothing', async () => {
    const file = await filledTemplate(app, good());
    const { importPlan } = await app.ok(IMPORT, input('plan.xlsx', file));
    expect(importPlan).toMatchObject({ newCount: 2, errorCount: 0, imported: true });
    const { actions } = await app.ok(ACTIONS);
    expect(actions.edges.map((e: any) => e.node.reference).sort()).toEqual(['2.1', '2.2']);
    const first = actions.edges.find((e: any) => e.node.reference === '2.1').node;
    expect(first).toMatchObject({ dueDate: '2027-03-31', owners: [{ email: owner.email }] });
    expect(first.milestones).toEqual([{ dueDate: '2026-09-30' }]);
    const [audit] = await app.dataSource.query(
      `SELECT changes FROM audit_entry WHERE entity_type = 'PlanImport'`,
    );
    expect(audit.changes).toContainEqual({ field: 'fileName', before: null, after: 'plan.xlsx' });

    const again = await app.ok(IMPORT, input('plan.xlsx', file));
    expect(again.importPlan).toMatchObject({ newCount: 0, changedCount: 0, unchangedCount: 2 });
    expect((await app.ok(ACTIONS)).actions.edges).toHaveLength(2);
  });

  it('reads CSV too, and says what a changed row changes', async () => {
    const csv = [
      'Reference,Area number,Title (English),Title (Welsh),Description (English),Description (Welsh),Lead organisation,Owners (e-mail; e-mail),Start date,Due date,Principles (code; code),Milestones (date | English | Welsh; one a line)',
      `2.2,2,Apprenticeships,Prentisiaethau,,,JOINT,${owner.email},2026-04-01,2027-02-28,INCLUSION,`,
    ].join('\n');
    const { planImportPreview } = await app.ok(PREVIEW, input('plan.csv', csv));
    expect(planImportPreview.rows).toEqual([
      { row: 2, reference: '2.2', status: 'CHANGED', changes: ['dueDate'], problems: [] },
    ]);
  });

  it('refuses a file it cannot read, and anyone who may not manage plans', async () => {
    const bad = errorOf(await app.gql(PREVIEW, input('plan.xlsx', 'not a workbook')));
    expect(bad).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    const noColumns = errorOf(await app.gql(PREVIEW, input('plan.csv', 'a,b\n1,2')));
    expect(noColumns.message).toMatch(/has no column "Reference"/);
    const badName = errorOf(await app.gql(PREVIEW, input('plan.pdf', 'x')));
    expect(badName).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fileName' });
    const lead = await app.signedIn(Role.LEAD);
    expect(errorOf(await lead.gql(PREVIEW, input('plan.csv', 'x'))).code).toBe('FORBIDDEN');
    const template = await fetch(`${app.url}/plans/2026-27/import-template.xlsx`, {
      headers: { cookie: lead.cookie as string },
    });
    expect(template.status).toBe(403);
  });
});
