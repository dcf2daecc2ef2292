import { Client as PgClient } from 'pg';
import { DataSource } from 'typeorm';

// Jest loads global setup outside its module resolver, so tsconfig path aliases do not apply here.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { buildDataSourceOptions } from '../../../../libs/server/core/src/lib/database/data-source-options';
import { MIGRATIONS } from '../../src/migrations';

/**
 * Names the migrated, empty database global setup leaves on DATABASE_URL's server: each test
 * file's database is copied from it (`CREATE DATABASE … TEMPLATE`, a fraction of a second)
 * rather than migrated from scratch. The schema test still reverts and reapplies every
 * migration on its copy.
 */
export const TEMPLATE_DATABASE_VARIABLE = 'CYNNYDD_TEST_TEMPLATE';

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function onServer(serverUrl: string, sql: string): Promise<void> {
  const client = new PgClient({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Creates `database` on the server and applies every migration to it. */
export async function createMigratedDatabase(serverUrl: string, database: string): Promise<void> {
  await onServer(serverUrl, `CREATE DATABASE ${database}`);
  const dataSource = new DataSource(
    buildDataSourceOptions({
      url: withDatabase(serverUrl, database),
      entities: [],
      migrations: MIGRATIONS,
      poolSize: 1,
    }),
  );
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
  } finally {
    await dataSource.destroy();
  }
}
