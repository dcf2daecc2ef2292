import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startBuiltApi, WORKSPACE, type RunningApi } from '@cynnydd/shared/testing';

import type { ProductUnderTest } from './servers';

/** How long a product may take to migrate, load the demo programme and answer. */
const START_TIMEOUT_MS = 180_000;

/**
 * Starts one product: the built API (two processes sharing the port, as in production) on a fresh
 * embedded PostgreSQL loaded with the demo programme, mailing the product's mailbox. Resolves once
 * it answers its health check; stopping the API stops its embedded PostgreSQL. Global setup starts the products together: Playwright's own
 * `webServer` starts one after another, each waiting for the last, and loading the demo programme
 * is most of a product's start.
 */
export function startProduct(product: ProductUnderTest): Promise<RunningApi> {
  return startBuiltApi(
    {
      PORT: String(product.apiPort),
      HOST: '127.0.0.1',
      DATABASE_URL: '',
      CYNNYDD_DATA_DIR: mkdtempSync(join(tmpdir(), 'cynnydd-e2e-')),
      EMBEDDED_PG_PORT: String(product.databasePort),
      SEED_DEMO_DATA: 'true',
      // Real mail, to the product's mailbox global setup starts.
      SMTP_URL: `smtp://127.0.0.1:${product.smtpPort}`,
      // Two API processes sharing the port, as in production: every test crosses them.
      WEB_CONCURRENCY: '2',
      DASHBOARD_DIR: join(WORKSPACE, 'dist/apps/dashboard'),
      LOG_LEVEL: 'warn',
    },
    START_TIMEOUT_MS,
  );
}
