import 'reflect-metadata';

import cluster, { type Worker } from 'node:cluster';
import { once } from 'node:events';
import { Logger } from '@nestjs/common';

import { loadConfig, type AppConfig } from './app/config';
import { createApp } from './app/create-app';
import { publicStylesheet } from './app/dashboard';
import { createAppDataSource, provideDatabase, type DatabaseHandle } from './app/database';
import { seedDemoData } from './seed/demo-seed';
import { demoSignInHelp } from './seed/demo-users';

const logger = new Logger('Cynnydd');

/** Builds the app on `databaseUrl` and serves it; resolves once it is listening. */
async function serve(config: AppConfig, databaseUrl: string, seed: boolean) {
  const { app, seeded } = await createApp({
    databaseUrl,
    production: config.production,
    seedDemoData: seed,
    trustProxy: config.trustProxy,
    dashboardDir: config.dashboardDir,
    logLevel: config.logLevel,
    access: {
      secureCookies: config.secureCookies,
      sessionHours: config.sessionHours,
      signInAttemptsPerMinute: config.signInAttemptsPerMinute,
      oidc: config.oidc,
    },
    mail: config.mail,
    pdf: config.pdf,
    publicSite: { ...config.publicSite, stylesheet: publicStylesheet(config.dashboardDir) },
  });
  await app.listen(config.port, config.host);
  return { app, seeded };
}

function printBanner(config: AppConfig, database: DatabaseHandle, seeded: boolean) {
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  console.log(
    [
      '',
      ...(seeded ? ['Loaded the demo programme into the empty database.'] : []),
      `Cynnydd is running at ${url}`,
      `  GraphQL API:   ${url}/graphql${config.production ? '' : ' (open it in a browser for the sandbox)'}`,
      `  Health check:  ${url}/health`,
      `  Processes:     ${config.apiProcesses} (WEB_CONCURRENCY)`,
      `  E-mail:        ${config.mail.smtpUrl ? 'through SMTP_URL' : 'off (SMTP_URL not set); notices are in-app only'}`,
      `  Database:      ${database.embeddedDataDir ? `embedded PostgreSQL, data in ${database.embeddedDataDir}` : 'DATABASE_URL'}`,
      ...(config.seedDemoData ? ['', demoSignInHelp()] : []),
      '',
    ].join('\n'),
  );
}

/** SIGINT/SIGTERM run `stop` once, then the process exits. */
function onStopSignal(stop: (signal: string) => Promise<void>) {
  let stopping = false;
  const handle = (signal: string) => {
    if (stopping) return;
    stopping = true;
    void stop(signal).then(() => process.exit(0));
  };
  process.once('SIGINT', () => handle('SIGINT'));
  process.once('SIGTERM', () => handle('SIGTERM'));
}

/** One process: database, migrations, demo data and the API. */
async function runSingle(config: AppConfig) {
  const database = await provideDatabase(config, console.log);
  const { app, seeded } = await serve(config, database.url, config.seedDemoData);
  printBanner(config, database, seeded);
  onStopSignal(async (signal) => {
    console.log(`${signal} received: finishing requests and stopping`);
    await app.close();
    await database.stop();
  });
}

/**
 * WEB_CONCURRENCY > 1: this primary process owns the database (embedded or not), applies the
 * migrations and demo data once, then forks API workers that share the port (node:cluster) and
 * replaces any that die. The API keeps no state in memory that matters (docs/deployment.md).
 */
async function runPrimary(config: AppConfig) {
  const database = await provideDatabase(config, console.log);
  const dataSource = createAppDataSource(database.url);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  // The primary logs only problems; the demo seed's Nest context would log its start-up too.
  Logger.overrideLogger(['error', 'warn']);
  const seeded = config.seedDemoData && (await seedDemoData(dataSource));
  await dataSource.destroy();

  let stopping = false;
  const fork = () => cluster.fork({ DATABASE_URL: database.url, SEED_DEMO_DATA: 'false' });
  cluster.on('exit', (worker: Worker, code: number | null) => {
    if (stopping) return;
    logger.error(
      `API process ${worker.process.pid} exited (${code ?? 'signal'}); starting another`,
    );
    fork();
  });
  const workers = Array.from({ length: config.apiProcesses }, fork);
  await Promise.all(workers.map((worker) => once(worker, 'listening')));
  printBanner(config, database, seeded);

  onStopSignal(async (signal) => {
    stopping = true;
    console.log(`${signal} received: finishing requests and stopping`);
    const running = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w);
    await Promise.all(
      running.map((worker) => {
        // A terminal's Ctrl-C reaches the workers too; some may be gone already.
        if (worker.isDead()) return undefined;
        const exited = once(worker, 'exit');
        worker.process.kill('SIGTERM');
        return exited;
      }),
    );
    await database.stop();
  });
}

/** A forked API process: the primary has prepared the database already. */
async function runWorker(config: AppConfig) {
  const { app } = await serve(config, config.databaseUrl as string, false);
  onStopSignal(() => app.close());
}

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  if (cluster.isWorker) return runWorker(config);
  if (config.apiProcesses > 1) return runPrimary(config);
  return runSingle(config);
}

bootstrap().catch((error: unknown) => {
  logger.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
