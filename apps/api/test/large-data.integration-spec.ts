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
      measures: 45,
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

      // Its measures, ten a page, each page at its own address in each language.
      const [{ measures }] = await dataSource.query(
        `SELECT jsonb_array_length(snapshot->'measures'->'list') AS measures
           FROM publication WHERE number = 5`,
      );
      expect(measures).toBeGreaterThan(20);
      const pages = Math.ceil(measures / 10);
      const sections = (html: string) => html.match(/class="public-measure"/g)?.length ?? 0;
      const first = await (await fetch(`${app.url}/en/progress/measures`)).text();
      expect(sections(first)).toBe(10);
      expect(first).toContain(`Showing measures 1 to 10 of ${measures}`);
      expect(first).toContain('href="/en/progress/measures/2" rel="next"');
      const welsh = await fetch(`${app.url}/cy/cynnydd/mesurau/2`);
      expect(welsh.status).toBe(200);
      const second = await welsh.text();
      expect(sections(second)).toBe(10);
      expect(second).toContain(`Yn dangos mesurau 11 i 20 o ${measures}`);
      expect(second).toContain('<title>Mesurau canlyniadau – Tudalen 2');
      expect(second).toContain('href="/en/progress/measures/2"'); // the same page in English
      const last = await (await fetch(`${app.url}/en/progress/measures/${pages}`)).text();
      expect(sections(last)).toBe(measures - (pages - 1) * 10);
      expect(last).not.toContain('rel="next"');
      expect((await fetch(`${app.url}/en/progress/measures/${pages + 1}`)).status).toBe(404);
    } finally {
      await app?.close();
    }
  });
});
