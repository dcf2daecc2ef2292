import { Client } from 'pg';

import { currentProduct } from './servers';
import { expect, test } from './support';

/** The embedded database the worker's API started (see servers.ts). */
async function apiConnections(): Promise<Record<string, number>> {
  const client = new Client({
    host: '127.0.0.1',
    port: currentProduct().databasePort,
    user: 'postgres',
    password: 'cynnydd-local',
    database: 'cynnydd',
  });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string; processes: number }>(
      `SELECT application_name AS name, count(DISTINCT client_port)::int AS processes
       FROM pg_stat_activity WHERE application_name = 'cynnydd-change-feed'
       GROUP BY application_name`,
    );
    return Object.fromEntries(rows.map((row) => [row.name, row.processes]));
  } finally {
    await client.end();
  }
}

test('the API runs as two processes on one port, each following changes to the data', async ({
  request,
}) => {
  expect(await apiConnections()).toEqual({ 'cynnydd-change-feed': 2 });
  const answers = await Promise.all(Array.from({ length: 20 }, () => request.get('/health')));
  expect(answers.map((answer) => answer.status())).toEqual(Array(20).fill(200));
});
