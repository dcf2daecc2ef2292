import { randomUUID } from 'node:crypto';
import { Client as PgClient } from 'pg';
import type { DataSource } from 'typeorm';

import { createAppDataSource } from '../src/app/database';
import { exportProgramme, importProgramme } from '../src/backup/programme-backup';
import { seedDemoData } from '../src/seed/demo-seed';
import { startTestApp, type TestApp } from './support/test-app';

const SUMMARY = `query ($id: ID!) {
  progressSummary(reportingPeriodId: $id) { overall { red amber green complete noUpdate total } }
}`;
const ISSUE_REPORT = `mutation ($period: ID!) {
  createReport(input: { reportingPeriodId: $period, audience: JOINT_BOARD, executiveSummary: { en: "Backed up", cy: "Wrth gefn" } }) { id version }
}`;

async function serverQuery(sql: string): Promise<void> {
  const client = new PgClient({ connectionString: process.env['DATABASE_URL'] });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A brand-new database with the schema and nothing else. */
async function emptyDatabase(): Promise<{ name: string; dataSource: DataSource }> {
  const name = `cynnydd_restore_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  await serverQuery(`CREATE DATABASE ${name}`);
  const url = new URL(process.env['DATABASE_URL'] as string);
  url.pathname = `/${name}`;
  const dataSource = createAppDataSource(url.toString());
  await dataSource.initialize();
  await dataSource.runMigrations();
  return { name, dataSource };
}

describe('backing up and restoring the whole programme', () => {
  let source: TestApp;
  let target: { name: string; dataSource: DataSource };
  let periodId: string;
  let reportId: string;

  beforeAll(async () => {
    source = await startTestApp({ today: '2026-11-20' });
    await seedDemoData(source.dataSource);
    // The demo has issued reports, reviews and notices; one more of each, made here.
    const [period] = (await source.ok('{ reportingPeriods { id state } }')).reportingPeriods;
    periodId = period.id;
    const report = (await source.ok(ISSUE_REPORT, { period: periodId })).createReport;
    reportId = report.id;
    await source.ok(
      `mutation ($input: ReportVersionInput!) { issueReport(input: $input) { id } }`,
      { input: { id: report.id, expectedVersion: report.version } },
    );
    await source.ok(
      `mutation ($id: ID!) { addReviewEntry(input: { reportId: $id, kind: COMMENT, text: { en: "Noted", cy: "Nodwyd" } }) { id } }`,
      { id: report.id },
    );
    await source.ok(
      `mutation ($id: ID!) { sendUpdateReminders(reportingPeriodId: $id) { peopleReminded } }`,
      {
        id: periodId,
      },
    );
    // The appetites the migrations start with, changed as the boards decided (by SQL: the
    // setRiskAppetite mutation cannot yet audit a change keyed by category).
    await source.dataSource.query(
      `UPDATE risk_appetite SET appetite = appetite + 1, version = version + 1 WHERE category = 'FINANCIAL'`,
    );
    target = await emptyDatabase();
  }, 120_000);
  afterAll(async () => {
    await target.dataSource.destroy();
    await serverQuery(`DROP DATABASE IF EXISTS ${target.name} WITH (FORCE)`);
    await source.close();
  });

  it('restores every table exactly, in a file that survives JSON', async () => {
    const backup = JSON.parse(JSON.stringify(await exportProgramme(source.dataSource)));
    expect(backup).toMatchObject({ format: 'cynnydd-programme-backup', version: 1 });
    const counts = Object.fromEntries(
      backup.tables.map((t: { name: string; rows: unknown[] }) => [t.name, t.rows.length]),
    );
    const [inSource] = await source.dataSource.query(
      `SELECT (SELECT count(*)::int FROM report) AS report,
        (SELECT count(*)::int FROM review_entry) AS review_entry,
        (SELECT count(*)::int FROM risk) AS risk,
        (SELECT count(*)::int FROM risk_area) AS risk_area,
        (SELECT count(*)::int FROM risk_action) AS risk_action,
        (SELECT count(*)::int FROM risk_mitigation) AS risk_mitigation,
        (SELECT count(*)::int FROM risk_review) AS risk_review,
        (SELECT count(*)::int FROM risk_appetite) AS risk_appetite`,
    );
    expect(counts).toMatchObject({
      action: expect.any(Number),
      status_update: expect.any(Number),
      ...inSource,
    });
    expect(counts['report']).toBeGreaterThan(1);
    expect(counts['status_update']).toBeGreaterThan(100);
    expect(counts['notification']).toBeGreaterThan(0);
    expect(counts['audit_entry']).toBeGreaterThan(0);
    expect(counts).not.toHaveProperty('session');
    expect(counts['risk']).toBeGreaterThan(10);
    expect(counts['risk_review']).toBeGreaterThan(counts['risk']);
    // Risks come after the people, actions and updates they name; their links and reviews after them.
    const order = backup.tables.map((t: { name: string }) => t.name);
    for (const [parent, child] of [
      ['person', 'risk'],
      ['status_update', 'risk'],
      ['risk', 'risk_area'],
      ['action', 'risk_action'],
      ['risk', 'risk_mitigation'],
      ['risk', 'risk_review'],
    ]) {
      expect(order.indexOf(parent)).toBeLessThan(order.indexOf(child));
    }

    const restored = await importProgramme(target.dataSource, backup);
    expect(restored.rows).toBe(
      backup.tables.reduce((sum: number, t: { rows: unknown[] }) => sum + t.rows.length, 0),
    );
    const again = await exportProgramme(target.dataSource);
    expect(again.tables).toEqual(backup.tables);
  });

  it('serves the restored programme: the same summary and the same issued report', async () => {
    const restoredApp = await startTestApp({ today: '2026-11-20', database: target.name });
    try {
      const read = (app: TestApp) =>
        Promise.all([
          app.ok(SUMMARY, { id: periodId }),
          app.ok(
            `query ($id: ID!) { report(id: $id) { state content { overall { total red } executiveSummary { cy } } } }`,
            {
              id: reportId,
            },
          ),
          app.ok(`{
            riskAppetites { category appetite }
            riskProfile(state: null) { total aboveAppetite escalated reviewOverdue }
          }`),
          // Each risk as the register shows it.
          app.ok(`{ risks(state: null, first: 100) { edges { node {
            reference owner { name } escalatedBy { name } areas { number }
            mitigations { owner { name } completedOn }
            reviews { reviewedOn score { likelihood consequence } reviewer { name } }
          } } } }`),
        ]);
      expect(await read(restoredApp)).toEqual(await read(source));
    } finally {
      await restoredApp.close();
    }
  });

  it('refuses a database that already holds data, and files that are not backups', async () => {
    const backup = await exportProgramme(source.dataSource);
    await expect(importProgramme(source.dataSource, backup)).rejects.toThrow(/not empty/);
    await expect(importProgramme(target.dataSource, { format: 'other' } as never)).rejects.toThrow(
      /not a Cynnydd programme backup/,
    );
    await expect(
      importProgramme(target.dataSource, { ...backup, schema: 'Older1700000000000' }),
    ).rejects.toThrow(/same version of Cynnydd/);
  });
});
