import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

import { createAppDataSource } from '../src/app/database';
import { generateLargeData } from '../src/seed/large-data';
import { PUBLISHED_QUARTERS } from '../src/seed/large-data-publications';
import { onServer, TEMPLATE_DATABASE_VARIABLE, withDatabase } from './support/databases';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * The large data set's sections that go through the product's services, at a small size: the
 * benchmark loads the same generator at full size.
 */
describe('the large performance data set', () => {
  const server = process.env['DATABASE_URL'] as string;
  const database = `cynnydd_test_large_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  let dataSource: DataSource;
  let rows: Record<string, number>;

  beforeAll(async () => {
    const template = process.env[TEMPLATE_DATABASE_VARIABLE];
    await onServer(server, `CREATE DATABASE ${database}${template ? ` TEMPLATE ${template}` : ''}`);
    dataSource = createAppDataSource(withDatabase(server, database));
    await dataSource.initialize();
    ({ rows } = await generateLargeData(dataSource, {
      seed: 7,
      today: '2026-11-20',
      actions: 300,
      people: 80,
      statusUpdates: 4_000,
      measures: 10,
      risks: 40,
    }));
  });
  afterAll(() => dataSource.destroy());

  it('publishes the oversight board report of each of the last quarters, one withdrawn and published again', async () => {
    expect(rows['publication']).toBe(PUBLISHED_QUARTERS + 1);
    const publications = await dataSource.query(
      `SELECT number, state, jsonb_array_length(snapshot->'actions') AS actions,
              snapshot->'period'->>'label' AS period
         FROM publication ORDER BY number`,
    );
    expect(publications.map((row: { state: string }) => row.state)).toEqual([
      'PUBLISHED',
      'WITHDRAWN',
      'PUBLISHED',
      'PUBLISHED',
      'PUBLISHED',
    ]);
    expect(publications[1].period).toBe(publications[2].period);
    for (const publication of publications) expect(publication.actions).toBeGreaterThan(0);
  });

  it('serves the newest publication on the public pages', async () => {
    let app: TestApp | null = null;
    try {
      app = await startTestApp({ database });
      const overview = await fetch(`${app.url}/en/progress`);
      expect(overview.status).toBe(200);
      expect(await overview.text()).toContain('Publication 5');
    } finally {
      await app?.close();
    }
  });
});
