import 'reflect-metadata';

import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Test } from '@nestjs/testing';
import type { GraphQLSchema } from 'graphql';
import { Client } from 'pg';
import { AbstractLogger, DataSource, type LogLevel } from 'typeorm';

import { Clock, FixedClock } from '@cynnydd/server/core';

import { AppModule } from '../../src/app/app.module';

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
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export interface TestApp {
  url: string;
  dataSource: DataSource;
  schema: GraphQLSchema;
  statements: StatementCounter;
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  /** Runs a query that must succeed and returns its data. */
  ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function onServer(sql: string): Promise<void> {
  const client = new Client({ connectionString: process.env['DATABASE_URL'] });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Starts the real API on a random port against a brand-new database (migrated, empty), so each
 * test file is independent of the others and of any data already on the server.
 */
export async function startTestApp(options: { today?: string } = {}): Promise<TestApp> {
  const serverUrl = process.env['DATABASE_URL'];
  if (!serverUrl) throw new Error('DATABASE_URL is set by the global setup');
  const database = `cynnydd_test_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  await onServer(`CREATE DATABASE ${database}`);

  const statements = new StatementCounter();
  const moduleRef = await Test.createTestingModule({
    imports: [
      AppModule.forRoot({
        databaseUrl: withDatabase(serverUrl, database),
        production: false,
        database: { logger: statements, poolSize: 4 },
      }),
    ],
  })
    .overrideProvider(Clock)
    .useValue(new FixedClock(new Date(`${options.today ?? '2025-11-15'}T12:00:00Z`)))
    .compile();
  const app: INestApplication = moduleRef.createNestApplication({ logger: ['error'] });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  const gql: TestApp['gql'] = async (query, variables) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return response.json() as Promise<GraphQLResponse<any>>;
  };

  return {
    url,
    dataSource: app.get(DataSource),
    schema: app.get(GraphQLSchemaHost).schema,
    statements,
    gql,
    async ok(query, variables) {
      const result = await gql(query, variables);
      if (result.errors?.length) throw new Error(JSON.stringify(result.errors, null, 2));
      return result.data as any;
    },
    async close() {
      await app.close();
      await onServer(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    },
  };
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
