import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Jest loads global setup outside its module resolver, so tsconfig path aliases do not apply here.
// eslint-disable-next-line @nx/enforce-module-boundaries
import {
  startEmbeddedPostgres,
  type RunningPostgres,
} from '../../../../libs/server/core/src/lib/database/embedded-postgres';

declare global {
  var embeddedPostgres: RunningPostgres | undefined;
}

/**
 * With DATABASE_URL the tests use that server; without it they start a throwaway embedded
 * PostgreSQL, exactly as the app does, so `npm test` works on a machine with no database.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env['DATABASE_URL']) return;
  const dataDir = mkdtempSync(join(tmpdir(), 'cynnydd-test-pg-'));
  globalThis.embeddedPostgres = await startEmbeddedPostgres({
    dataDir,
    port: 55_000 + (process.pid % 5_000),
    database: 'postgres',
    persistent: false,
  });
  process.env['DATABASE_URL'] = globalThis.embeddedPostgres.url;
}
