import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Jest loads global setup outside its module resolver, so tsconfig path aliases do not apply here.
// eslint-disable-next-line @nx/enforce-module-boundaries
import {
  startEmbeddedPostgres,
  type RunningPostgres,
} from '../../../../libs/server/core/src/lib/database/embedded-postgres';
import { createMigratedDatabase, TEMPLATE_DATABASE_VARIABLE } from './databases';

declare global {
  var embeddedPostgres: RunningPostgres | undefined;
}

/**
 * With DATABASE_URL the tests use that server; without it they start a throwaway embedded
 * PostgreSQL, exactly as the app does, so `npm test` works on a machine with no database. Either
 * way the run's migrated template database is made there once (see databases.ts).
 */
export default async function globalSetup(): Promise<void> {
  if (!process.env['DATABASE_URL']) {
    const dataDir = mkdtempSync(join(tmpdir(), 'cynnydd-test-pg-'));
    globalThis.embeddedPostgres = await startEmbeddedPostgres({
      dataDir,
      port: 55_000 + (process.pid % 5_000),
      database: 'postgres',
      persistent: false,
    });
    process.env['DATABASE_URL'] = globalThis.embeddedPostgres.url;
  }
  const template = `cynnydd_test_template_${process.pid}`;
  await createMigratedDatabase(process.env['DATABASE_URL'], template);
  process.env[TEMPLATE_DATABASE_VARIABLE] = template;
}
