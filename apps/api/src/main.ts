import 'reflect-metadata';

import { Logger } from '@nestjs/common';

import { loadConfig } from './app/config';
import { createApp } from './app/create-app';
import { provideDatabase } from './app/database';
import { demoSignInHelp } from './seed/demo-users';

const logger = new Logger('Cynnydd');

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const database = await provideDatabase(config, console.log);
  const { app, seeded } = await createApp({
    databaseUrl: database.url,
    production: config.production,
    seedDemoData: config.seedDemoData,
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
  });
  await app.listen(config.port, config.host);

  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  console.log(
    [
      '',
      ...(seeded ? ['Loaded the demo programme into the empty database.'] : []),
      `Cynnydd is running at ${url}`,
      `  GraphQL API:   ${url}/graphql${config.production ? '' : ' (open it in a browser for the sandbox)'}`,
      `  Health check:  ${url}/health`,
      `  E-mail:        ${config.mail.smtpUrl ? 'through SMTP_URL' : 'off (SMTP_URL not set); notices are in-app only'}`,
      `  Database:      ${database.embedded ? `embedded PostgreSQL, data in ${config.embeddedDataDir}` : 'DATABASE_URL'}`,
      ...(config.seedDemoData ? ['', demoSignInHelp()] : []),
      '',
    ].join('\n'),
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} received: finishing requests and stopping`);
    await app.close();
    await database.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

bootstrap().catch((error: unknown) => {
  logger.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
