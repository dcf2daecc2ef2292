import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import helmet from 'helmet';
import { DataSource } from 'typeorm';

import {
  madePublicAnswer,
  PublicSiteService,
  sendPublicAnswer,
  servePublicSite,
} from '@cynnydd/publications/data-access';
import { RequestsInFlight } from '@cynnydd/server/core';

import { seedDemoData } from '../seed/demo-seed';
import { AppModule, type AppModuleOptions } from './app.module';
import { serveDashboard } from './dashboard';
import { DrainingExpressAdapter } from './draining-express-adapter';
import {
  answerLogging,
  createAppLogger,
  PinoNestLogger,
  requestLogging,
  type LoggingOptions,
} from './request-logging';

export interface CreateAppOptions extends AppModuleOptions, LoggingOptions {
  seedDemoData: boolean;
  trustProxy: boolean | number;
  /** Folder of the built dashboard, served from the same origin when present. */
  dashboardDir: string;
}

/** HTTP-level settings shared by the server and the tests' copy of it. */
/** Longer than common load balancers' idle timeout (60 s). */
export const KEEP_ALIVE_MS = 65_000;

export function configureHttp(
  app: INestApplication,
  options: Pick<CreateAppOptions, 'production' | 'trustProxy' | 'dashboardDir'> & LoggingOptions,
) {
  const logger = createAppLogger(options);
  app.useLogger(new PinoNestLogger(logger));
  app.use(requestLogging(logger));
  (app as NestExpressApplication).set('trust proxy', options.trustProxy);
  // Express's ETag is a SHA-1 of every answer sent (150 KB for the overview) that only a GET can
  // use, and API answers are never stored (no-store); static files keep serve-static's own.
  (app as NestExpressApplication).set('etag', false);
  const securityHeaders = helmet({
    // The development sandbox loads its scripts from Apollo's CDN; production serves no HTML.
    contentSecurityPolicy: options.production ? undefined : false,
    crossOriginEmbedderPolicy: false,
  });
  app.use(securityHeaders);
  // Published pages leave here, logged and with the security headers, before anything else; once
  // a page is made, before Express itself (ADR 17).
  const site = app.get(PublicSiteService);
  app.use(servePublicSite(site));
  const adapter = app.getHttpAdapter() as DrainingExpressAdapter;
  const logAnswer = answerLogging(logger);
  adapter.answerFirst((request, response) => {
    const answer = madePublicAnswer(site, request);
    if (!answer) return false;
    logAnswer(request, response);
    securityHeaders(request, response, () => sendPublicAnswer(request, response, answer));
    return true;
  });
  // Answers and the dashboard's scripts are text that shrinks 5–10 times (the overview's answer
  // is ~150 KB of JSON); Word, Excel and PDF downloads are compressed already and left alone.
  app.use(compression());
  serveDashboard(app, options.dashboardDir);
  // Idle connections stay open longer than the proxies and browsers in front keep theirs: with
  // Node's 5 s, a client reusing a socket as the server closes it gets ECONNRESET (or a proxy 502).
  const server = app.getHttpServer() as Server;
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1000;
  // Requests whose client has gone still finish before the pool closes (RequestsInFlight).
  const inFlight = app.get(RequestsInFlight);
  adapter.finishBeforeClosing(() => inFlight.settled());
}

/** Builds the Nest application: migrated, and seeded when asked and the database is empty. */
export async function createApp(
  options: CreateAppOptions,
): Promise<{ app: INestApplication; seeded: boolean }> {
  const app = await NestFactory.create(AppModule.forRoot(options), new DrainingExpressAdapter(), {
    bufferLogs: true,
  });
  configureHttp(app, options);
  const seeded = options.seedDemoData && (await seedDemoData(app.get(DataSource)));
  return { app, seeded };
}
