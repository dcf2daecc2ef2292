import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { hash } from 'argon2';
import { Client } from 'pg';

import { startBuiltApi, WORKSPACE, type RunningApi } from '@cynnydd/shared/testing';

export const BENCH_PASSWORD = 'bench-password-2026';
export const BENCH_ACCOUNTS = {
  office: 'bench.office@cynnydd.example.wales',
  lead: 'bench.lead@cynnydd.example.wales',
  admin: 'bench.admin@cynnydd.example.wales',
} as const;

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

export function databaseUrl(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A working copy of `template` named `name`, made anew (PostgreSQL copies the files in a second
 * or two), so the updates one run writes are not in the next run's data.
 */
export async function cloneDatabase(serverUrl: string, template: string, name: string) {
  await withClient(serverUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  });
  return databaseUrl(serverUrl, name);
}

/** Creates the database and loads the large data set into it, unless it already exists. */
export async function ensureDatabase(
  serverUrl: string,
  name: string,
  generatorArgs: string[],
): Promise<{ url: string; created: boolean }> {
  const url = databaseUrl(serverUrl, name);
  const exists = await withClient(serverUrl, async (client) => {
    const result = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    return result.rowCount === 1;
  });
  if (exists) return { url, created: false };
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  await run('node', [
    join(WORKSPACE, 'dist/apps/api/cli.js'),
    'data:large',
    '--database-url',
    url,
    ...generatorArgs,
  ]);
  return { url, created: true };
}

export function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: WORKSPACE,
      env: { ...process.env, ...env },
      stdio: 'inherit',
    });
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited ${code}`)),
    );
  });
}

/**
 * The benchmark's accounts: an operational-group member (who may report on any action), a lead
 * linked to the person answering for the most actions this year, and an administrator (linked
 * to nobody). Same password for all.
 */
export async function ensureBenchAccounts(url: string): Promise<void> {
  const passwordHash = await hash(BENCH_PASSWORD);
  await withClient(url, async (client) => {
    const { rows } = await client.query<{ office: string; lead: string }>(`
      SELECT
        (SELECT p.id FROM person p JOIN organisation o ON o.id = p.organisation_id
         WHERE o.code = 'SCW' AND NOT EXISTS (SELECT 1 FROM app_user u WHERE u.person_id = p.id)
         ORDER BY p.email LIMIT 1) AS office,
        (SELECT o.person_id FROM action_owner o JOIN action a ON a.id = o.action_id
         JOIN annual_plan pl ON pl.id = a.plan_id AND pl.state = 'APPROVED'
         WHERE NOT EXISTS (SELECT 1 FROM app_user u WHERE u.person_id = o.person_id)
         GROUP BY o.person_id ORDER BY count(*) DESC, o.person_id LIMIT 1) AS lead`);
    const accounts = [
      [BENCH_ACCOUNTS.office, 'PROGRAMME_OFFICE', rows[0].office],
      [BENCH_ACCOUNTS.lead, 'LEAD', rows[0].lead],
      [BENCH_ACCOUNTS.admin, 'ADMIN', null],
    ];
    for (const [email, role, personId] of accounts) {
      await client.query(
        `INSERT INTO app_user (email, role, person_id, password_hash, version)
         VALUES ($1, $2, $3, $4, 1) ON CONFLICT (email) DO NOTHING`,
        [email, role, personId, passwordHash],
      );
    }
  });
}

/** Starts the built API on a free port against `database`, as the benchmark measures it. */
export async function startApi(
  database: string,
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<RunningApi> {
  return startBuiltApi(
    {
      NODE_ENV: 'production',
      DATABASE_URL: database,
      SEED_DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
      COOKIE_SECURE: 'false',
      DASHBOARD_DIR: join(WORKSPACE, 'dist/apps/dashboard'),
      ...extraEnv,
      PORT: String(await freePort()),
      HOST: '127.0.0.1',
    },
    60_000,
  );
}

/** A signed-in GraphQL client: the session cookie, and a helper that throws on errors. */
export class GraphqlClient {
  private constructor(
    readonly baseUrl: string,
    readonly cookie: string,
  ) {}

  static async signIn(baseUrl: string, email: string, password = BENCH_PASSWORD) {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }`,
        variables: { input: { email, password } },
      }),
    });
    const body = (await response.json()) as { errors?: unknown[] };
    const cookie = response.headers.get('set-cookie')?.split(';')[0];
    if (body.errors || !cookie) throw new Error(`sign-in failed: ${JSON.stringify(body)}`);
    return new GraphqlClient(baseUrl, cookie);
  }

  async request<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<T> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: this.cookie },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (body.errors || !body.data) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
    return body.data;
  }
}
