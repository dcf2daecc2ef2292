import { mkdirSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

import { PRODUCT_COUNT, PRODUCTS } from './src/servers';

for (const product of PRODUCTS) mkdirSync(product.mailDirectory, { recursive: true });

/**
 * Browser tests against the real, built product: one product per worker (see src/servers.ts),
 * each the API (two processes) serving the built dashboard on a fresh embedded PostgreSQL
 * loaded with the demo programme, started by global setup (src/products.ts). Files are shared
 * out between the workers as they free up; a file's tests run in order on one worker unless the
 * file says they are independent. Debian's Chromium, never a downloaded browser.
 */
export default defineConfig({
  testDir: './src',
  testMatch: '**/*.e2e.ts',
  fullyParallel: false,
  workers: PRODUCT_COUNT,
  retries: 0,
  // A page checked in both languages takes seconds while the other workers load the CPU too;
  // tests that walk several pages and people are marked `test.slow()` (three times this).
  timeout: 60_000,
  // Each product answers while the others load the CPU: a page may take a few seconds to show.
  expect: { timeout: 10_000 },
  reporter: [['list'], ['./src/timings-reporter.ts']],
  // Every file's time is worth seeing: the ten slowest are printed after the run.
  reportSlowTests: { max: 10, threshold: 0 },
  globalSetup: './src/global-setup.ts',
  use: {
    // `baseURL` is the worker's own product: the `test` exported by src/support.ts sets it.
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    trace: 'off',
  },
});
