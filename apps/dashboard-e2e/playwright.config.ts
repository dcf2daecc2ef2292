import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defineConfig } from '@playwright/test';

// Ports chosen once per run (workers inherit the environment), so two runs on one machine
// do not collide.
process.env['E2E_API_PORT'] ??= String(40_000 + (process.pid % 10_000));
process.env['E2E_DB_PORT'] ??= String(50_000 + (process.pid % 10_000));
process.env['E2E_SMTP_PORT'] ??= String(30_000 + (process.pid % 10_000));
// Where global setup's mailbox files what the API sends, for the tests to read.
process.env['E2E_MAIL_DIR'] ??= mkdtempSync(join(tmpdir(), 'cynnydd-e2e-mail-'));
const PORT = Number(process.env['E2E_API_PORT']);
const root = resolve(__dirname, '../..');

/**
 * Browser tests against the real, built product: the API (two processes) serving the built
 * dashboard, on a fresh embedded PostgreSQL loaded with the demo programme. Debian's Chromium, never a
 * downloaded browser.
 */
export default defineConfig({
  testDir: './src',
  testMatch: '**/*.e2e.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  reporter: [['list']],
  // Every file's time is worth seeing: the ten slowest are printed after the run.
  reportSlowTests: { max: 10, threshold: 0 },
  globalSetup: './src/global-setup.ts',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
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
  webServer: {
    command: 'node --max-semi-space-size=64 dist/apps/api/main.js',
    cwd: root,
    url: `http://127.0.0.1:${PORT}/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      DATABASE_URL: '',
      CYNNYDD_DATA_DIR: mkdtempSync(join(tmpdir(), 'cynnydd-e2e-')),
      EMBEDDED_PG_PORT: process.env['E2E_DB_PORT'],
      SEED_DEMO_DATA: 'true',
      // Real mail, to the mailbox global setup starts (invitations, resets, round notices).
      SMTP_URL: `smtp://127.0.0.1:${process.env['E2E_SMTP_PORT']}`,
      // Two API processes sharing the port, as in production: every test crosses them.
      WEB_CONCURRENCY: '2',
      DASHBOARD_DIR: join(root, 'dist/apps/dashboard'),
      LOG_LEVEL: 'warn',
    },
  },
});
