import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printSchema } from 'graphql';

import { startTestApp, type TestApp } from './support/test-app';

const SCHEMA_FILE = join(__dirname, '../schema.gql');

describe('schema and migrations', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('matches the committed schema.gql (run `npm run schema:update` after changing the API)', async () => {
    const schema = printSchema(app.schema);
    if (process.env['UPDATE_SCHEMA'] === '1') writeFileSync(SCHEMA_FILE, `${schema}\n`);
    expect(`${schema}\n`).toBe(readFileSync(SCHEMA_FILE, 'utf8'));
  });

  it('has migrations that produce exactly the schema the entities describe', async () => {
    const pending = await app.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('can revert every migration and apply them again', async () => {
    const migrations = app.dataSource.migrations.length;
    for (let i = 0; i < migrations; i++) await app.dataSource.undoLastMigration();
    const [{ count }] = await app.dataSource.query(
      `SELECT COUNT(*)::int AS count FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migration'`,
    );
    expect(count).toBe(0);
    const applied = await app.dataSource.runMigrations();
    expect(applied).toHaveLength(migrations);
  });
});
