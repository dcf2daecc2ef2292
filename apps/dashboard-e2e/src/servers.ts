import { mkdtempSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The browser tests run in parallel, each worker against a product of its own: an API (two
 * processes on one port) on its own embedded PostgreSQL loaded with the demo programme, mailing
 * its own mailbox. The tests change the demo data and people's settings, so two workers never
 * share a product; a worker's `parallelIndex` names the product it uses, and Playwright never
 * runs two workers with the same index at once.
 *
 * Ports are chosen from the run's process id (once, by the config; workers inherit the
 * environment), so two runs on one machine do not collide; product i uses each base port + i.
 * All below Linux's ephemeral range (32768–60999), where every outgoing connection (to
 * PostgreSQL, the API's own GraphQL for a page drawn on the server, Chromium's) takes its local
 * port: a listener there failed now and then with EADDRINUSE.
 */
const spread = process.pid % 4_000;
process.env['E2E_API_PORT'] ??= String(20_000 + spread);
process.env['E2E_DB_PORT'] ??= String(24_000 + spread);
process.env['E2E_SMTP_PORT'] ??= String(28_000 + spread);
process.env['E2E_MAIL_DIR'] ??= mkdtempSync(join(tmpdir(), 'cynnydd-e2e-mail-'));

export interface ProductUnderTest {
  apiPort: number;
  databasePort: number;
  smtpPort: number;
  /** Where the mailbox files what this product's API sends. */
  mailDirectory: string;
  url: string;
}

/**
 * One product per core (at most four, each seeding its own database), or `E2E_WORKERS`. Two
 * workers beat one on this 2-core machine even though Chromium takes most of the CPU: one worker
 * leaves a core half idle while pages load (whole suite, shared machine at load 5–15: 1 worker
 * 505 s wall / 253 s CPU, 2 workers 366 s wall / 286 s CPU; a second product costs ~12 s CPU).
 */
export const PRODUCT_COUNT = Number(
  process.env['E2E_WORKERS'] ?? Math.min(4, Math.max(1, availableParallelism())),
);

export function productUnderTest(parallelIndex: number): ProductUnderTest {
  const apiPort = Number(process.env['E2E_API_PORT']) + parallelIndex;
  return {
    apiPort,
    databasePort: Number(process.env['E2E_DB_PORT']) + parallelIndex,
    smtpPort: Number(process.env['E2E_SMTP_PORT']) + parallelIndex,
    mailDirectory: join(process.env['E2E_MAIL_DIR'] as string, String(parallelIndex)),
    url: `http://127.0.0.1:${apiPort}`,
  };
}

export const PRODUCTS = Array.from({ length: PRODUCT_COUNT }, (_, index) =>
  productUnderTest(index),
);

/** The product of the worker this code runs in (Playwright sets TEST_PARALLEL_INDEX). */
export function currentProduct(): ProductUnderTest {
  return productUnderTest(Number(process.env['TEST_PARALLEL_INDEX'] ?? 0));
}
