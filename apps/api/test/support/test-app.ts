import 'reflect-metadata';

import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Writable } from 'node:stream';
import type { INestApplication } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Test } from '@nestjs/testing';
import type { GraphQLSchema } from 'graphql';
import { AbstractLogger, DataSource, type LogLevel } from 'typeorm';

import { Session, SESSION_COOKIE, type OidcSettings, type User } from '@cynnydd/access/data-access';
import type { Person } from '@cynnydd/directory/data-access';
import { CHANGE_FEED_APPLICATION_NAME, Clock, FixedClock } from '@cynnydd/server/core';
import { Role } from '@cynnydd/shared/domain';

import { AppModule } from '../../src/app/app.module';
import { configureHttp } from '../../src/app/create-app';
import { DrainingExpressAdapter } from '../../src/app/draining-express-adapter';
import { onServer, TEMPLATE_DATABASE_VARIABLE, withDatabase } from './databases';
import { Fixtures } from './fixtures';

/** Counts the SQL statements the app sends, so tests can prove queries do not grow with data. */
export class StatementCounter extends AbstractLogger {
  count = 0;

  constructor() {
    super(['query']);
  }

  protected writeLog(level: LogLevel): void {
    if (level === 'query') this.count++;
  }
}

export interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

/** Sends GraphQL over HTTP, with a session cookie when it has one. */
export class Client {
  constructor(
    readonly url: string,
    readonly cookie: string | null,
  ) {}

  async gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>> {
    const response = await this.post({ query, variables });
    return response.json() as Promise<GraphQLResponse<T>>;
  }

  /** Runs an operation that must succeed and returns its data. */
  async ok<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<T> {
    const result = await this.gql<T>(query, variables);
    if (result.errors?.length) throw new Error(JSON.stringify(result.errors, null, 2));
    return result.data as T;
  }

  post(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...headers,
      },
      body: JSON.stringify(body),
    });
  }
}

export interface TestAppOptions {
  /** PostgreSQL server to create the database on (DATABASE_URL's by default). */
  serverUrl?: string;
  /** Use this existing database instead of creating one (a second instance of the same app). */
  database?: string;
  today?: string;
  production?: boolean;
  /** Receives the request log (JSON lines); otherwise logging is off. */
  logStream?: Writable;
  signInAttemptsPerMinute?: number;
  oidc?: OidcSettings;
  /** Chromium for PDF exports (Debian's by default). */
  chromiumPath?: string;
  /** SMTP server for e-mail copies of notices (none by default: in-app only). */
  smtpUrl?: string;
  /** A built dashboard to serve (none by default). */
  dashboardDir?: string;
  /** Websites that may frame the public area summary (none by default). */
  embedOrigins?: string[];
}

export interface TestApp extends Client {
  url: string;
  /** Its database's name, for starting a second instance on it. */
  database: string;
  /** The Nest application, for calling a service directly. */
  nest: INestApplication;
  dataSource: DataSource;
  schema: GraphQLSchema;
  statements: StatementCounter;
  /** Not signed in. */
  anonymous: Client;
  /** The operational-group account that `gql` and `ok` act as. */
  actor: { user: User; person: Person };
  /** An account with `role`, linked to `person` if given, already signed in. */
  signedIn(role: Role, person?: Person | null): Promise<Client & { user: User }>;
  close(): Promise<void>;
}

/** Opens a session straight in the database, as signing in would, and returns its cookie. */
export async function openSession(dataSource: DataSource, user: User): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await dataSource.getRepository(Session).insert({
    tokenHash: createHash('sha256').update(token).digest('hex'),
    userId: user.id,
    // Far ahead of any date a test fixes its clock to.
    expiresAt: new Date('2100-01-01T00:00:00Z'),
  });
  return `${SESSION_COOKIE}=${token}`;
}

/**
 * Starts the real API on a random port against a brand-new database (migrated, empty: a copy of
 * global setup's template on DATABASE_URL's server, else migrated on start), so each test file is
 * independent of the others and of any data already on the server. Requests sent with `app.gql`
 * come from a signed-in member of the operational group.
 */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const serverUrl = options.serverUrl ?? process.env['DATABASE_URL'];
  if (!serverUrl) throw new Error('DATABASE_URL is set by the global setup');
  const database =
    options.database ?? `cynnydd_test_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const template =
    serverUrl === process.env['DATABASE_URL'] ? process.env[TEMPLATE_DATABASE_VARIABLE] : undefined;
  if (!options.database) {
    await onServer(
      serverUrl,
      `CREATE DATABASE ${database}${template ? ` TEMPLATE ${template}` : ''}`,
    );
  }

  const statements = new StatementCounter();
  const production = options.production ?? false;
  const moduleRef = await Test.createTestingModule({
    imports: [
      AppModule.forRoot({
        databaseUrl: withDatabase(serverUrl, database),
        production,
        database: { logger: statements, poolSize: 4 },
        access: {
          secureCookies: false,
          sessionHours: 12,
          signInAttemptsPerMinute: options.signInAttemptsPerMinute ?? 1000,
          oidc: options.oidc ?? null,
        },
        mail: {
          smtpUrl: options.smtpUrl ?? null,
          from: 'Cynnydd <cynnydd@test.example.wales>',
          publicUrl: 'https://cynnydd.test.example.wales',
        },
        pdf: { chromiumPath: options.chromiumPath ?? '/usr/bin/chromium' },
        publicSite: {
          origin: 'https://cynnydd.test.example.wales',
          stylesheet: null,
          embedOrigins: options.embedOrigins ?? [],
        },
      }),
    ],
  })
    .overrideProvider(Clock)
    .useValue(new FixedClock(new Date(`${options.today ?? '2025-11-15'}T12:00:00Z`)))
    .compile();
  const app: INestApplication = moduleRef.createNestApplication(new DrainingExpressAdapter(), {
    bufferLogs: true,
  });
  configureHttp(app, {
    production,
    trustProxy: false,
    dashboardDir: options.dashboardDir ?? '',
    logLevel: options.logStream ? 'info' : 'silent',
    logStream: options.logStream,
  });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const dataSource = app.get(DataSource);

  const fixtures = new Fixtures(dataSource);
  const signedIn: TestApp['signedIn'] = async (role, person = null) => {
    const user = await fixtures.user(role, person);
    return Object.assign(new Client(url, await openSession(dataSource, user)), { user });
  };
  const person = await fixtures.person();
  const office = await signedIn(Role.PROGRAMME_OFFICE, person);

  return Object.assign(office, {
    url,
    dataSource,
    schema: app.get(GraphQLSchemaHost).schema,
    statements,
    anonymous: new Client(url, null),
    actor: { user: office.user, person },
    signedIn,
    database,
    nest: app,
    async close() {
      await app.close();
      // A second instance leaves the database to the one that created it.
      if (!options.database) {
        await onServer(serverUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      }
    },
  });
}

/**
 * `read()` again every 100 ms until `done` holds or 5 s have passed, then its last value: for
 * what another instance learns through the change feed, a few milliseconds after a commit.
 */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean) {
  for (let attempt = 0; attempt < 50; attempt++) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return read();
}

/** The change-feed connections of every instance on this database, in `pg_stat_activity`. */
const CHANGE_FEEDS = `FROM pg_stat_activity
  WHERE application_name = '${CHANGE_FEED_APPLICATION_NAME}' AND datname = current_database()`;

/** How many instances' change feeds are connected to this database. */
export async function changeFeedConnections(dataSource: DataSource): Promise<number> {
  const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n ${CHANGE_FEEDS}`);
  return n;
}

/** Cuts every instance's change feed, as a database restart or a network fault would. */
export async function stopChangeFeeds(dataSource: DataSource): Promise<void> {
  await dataSource.query(`SELECT pg_terminate_backend(pid) ${CHANGE_FEEDS}`);
}

/** The error of a response that must have failed. */
export function errorOf(result: GraphQLResponse<unknown>) {
  expect(result.errors).toHaveLength(1);
  const [error] = result.errors ?? [];
  return {
    message: error.message,
    code: error.extensions?.['code'],
    field: error.extensions?.['field'],
  };
}

const SIGN_IN = `mutation ($input: SignInInput!) {
  signIn(input: $input) { expiresAt user { email role permissions preferredLanguage } }
}`;

/** Signs in over HTTP and returns a client carrying the session cookie it was given. */
export async function signInOverHttp(app: TestApp, email: string, password: string) {
  const response = await app.anonymous.post({
    query: SIGN_IN,
    variables: { input: { email, password } },
  });
  const body = (await response.json()) as { data?: any; errors?: any[] };
  const setCookie = response.headers.get('set-cookie');
  const cookie = setCookie?.split(';')[0] ?? null;
  return { body, setCookie, client: new Client(app.url, cookie) };
}
