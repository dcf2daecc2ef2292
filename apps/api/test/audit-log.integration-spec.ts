import ExcelJS from 'exceljs';

import { Role } from '@cynnydd/shared/domain';

import { errorOf, startTestApp, type Client, type TestApp } from './support/test-app';

const CREATE_ORGANISATION = `mutation ($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) { id }
}`;
const LOG = `query ($filter: AuditLogFilter) {
  auditLog(filter: $filter, first: 100) {
    totalCount
    edges { node { id action entityType entityId actorEmail changes { field before after } } }
  }
}`;

function download(client: Client, query: string) {
  return fetch(`${client.url}/audit/export.csv?${query}`, {
    headers: client.cookie ? { cookie: client.cookie } : {},
  });
}

/** The CSV's rows, read back by exceljs (the byte-order mark removed first). */
async function csvRows(response: Response): Promise<string[][]> {
  const text = (await response.text()).replace(/^\ufeff/, '');
  const workbook = new ExcelJS.Workbook();
  const { Readable } = await import('node:stream');
  const sheet = await workbook.csv.read(Readable.from([text]));
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1).map((value) => String(value ?? '')));
  });
  return rows;
}

describe('the audit log for administrators', () => {
  let app: TestApp;
  let admin: Client & { user: { id: string; email: string } };
  let organisationId: string;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.signedIn(Role.ADMIN);
    ({
      createOrganisation: { id: organisationId },
    } = await admin.ok(CREATE_ORGANISATION, {
      input: {
        code: 'AUDITED',
        type: 'OTHER',
        name: { en: 'Audited Trust', cy: 'Ymddiriedolaeth Archwiliedig' },
      },
    }));
  });
  afterAll(() => app.close());

  it('filters by person, record type and action', async () => {
    const filter = { actorUserId: admin.user.id, entityType: 'Organisation', action: 'CREATE' };
    const { auditLog } = await admin.ok(LOG, { filter });
    expect(auditLog.totalCount).toBe(1);
    const [{ node }] = auditLog.edges;
    expect(node).toMatchObject({ entityId: organisationId, actorEmail: admin.user.email });
    expect(node.changes).toContainEqual({ field: 'name.en', before: null, after: 'Audited Trust' });

    const updates = await admin.ok(LOG, { filter: { ...filter, action: 'UPDATE' } });
    expect(updates.auditLog.totalCount).toBe(0);
  });

  it('lists the record types that have entries', async () => {
    const { auditRecordTypes } = await admin.ok('{ auditRecordTypes }');
    expect(auditRecordTypes).toContain('Organisation');
    expect(auditRecordTypes).toEqual([...auditRecordTypes].sort());
  });

  it('downloads exactly the filtered entries as CSV, a row per changed field', async () => {
    const query = `actorUserId=${admin.user.id}&entityType=Organisation&language=cy`;
    const response = await download(admin, query);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const [headings, ...rows] = await csvRows(response);
    expect(headings).toEqual([
      'Pryd (UTC)',
      'Pwy',
      'Gweithred',
      'Math o gofnod',
      'Cofnod',
      'Maes',
      'Cyn',
      'Ar ôl',
    ]);
    const { auditLog } = await admin.ok(LOG, {
      filter: { actorUserId: admin.user.id, entityType: 'Organisation' },
    });
    const expected = auditLog.edges.flatMap(({ node }: any) =>
      node.changes.map((change: any) => [node.entityId, change.field, change.after ?? '']),
    );
    expect(rows.map((row) => [row[4], row[5], row[7]])).toEqual(expected);
    expect(rows.every((row) => row[2] === 'Crëwyd' && row[1] === admin.user.email)).toBe(true);
  });

  it('refuses a bad filter naming the parameter, and anyone without the audit permission', async () => {
    const bad = await download(admin, 'action=ERASE&language=en');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 'BAD_USER_INPUT', field: 'action' });
    const badDate = await download(admin, 'from=yesterday&language=en');
    expect(await badDate.json()).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });

    expect((await download(app.anonymous, 'language=en')).status).toBe(401);
    const office = await app.signedIn(Role.PROGRAMME_OFFICE);
    expect((await download(office, 'language=en')).status).toBe(403);
    expect(errorOf(await office.gql('{ auditRecordTypes }')).code).toBe('FORBIDDEN');
  });
});
