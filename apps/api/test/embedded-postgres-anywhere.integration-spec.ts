import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

import { startEmbeddedPostgresInChild } from './support/embedded-postgres-child';

const PORT = 56_000 + (process.pid % 3_000);
const asRoot = process.getuid?.() === 0;

describe('the embedded PostgreSQL started from anywhere', () => {
  let privateFolder: string;

  beforeEach(() => {
    privateFolder = mkdtempSync(join(tmpdir(), 'cynnydd-private-'));
  });
  afterEach(() => rmSync(privateFolder, { recursive: true, force: true }));

  // Only root hands the cluster to the `postgres` OS user; anyone else runs it as themselves.
  (asRoot ? it : it.skip)(
    asRoot
      ? 'keeps the cluster where the postgres OS user can reach it when the data folder is inside a mode-700 folder'
      : 'keeps the cluster reachable from a mode-700 folder (skipped: only applies when run as root)',
    async () => {
      const project = join(privateFolder, 'project');
      mkdirSync(project);
      chmodSync(privateFolder, 0o700);
      expect(statSync(privateFolder).uid).toBe(0);

      const running = await startEmbeddedPostgresInChild(join(project, '.data/postgres'), PORT);
      try {
        expect(running.dataDir).toMatch(/^\/var\/lib\/cynnydd\/postgres-[0-9a-f]{12}$/);
        const client = new Client({ connectionString: running.url });
        await client.connect();
        const { rows } = await client.query<{ one: number }>('select 1 as one');
        await client.end();
        expect(rows).toEqual([{ one: 1 }]);
        expect(readdirSync(project)).toEqual([]);
      } finally {
        await running.stop();
      }
    },
  );

  it('says in one sentence that the port is taken instead of failing with a stack trace', async () => {
    const squatter: Server = createServer();
    await new Promise<void>((listening) => squatter.listen(PORT + 1, '127.0.0.1', listening));
    try {
      await expect(
        startEmbeddedPostgresInChild(join(privateFolder, 'data'), PORT + 1),
      ).rejects.toMatchObject({
        reason: 'port-in-use',
        message: `Port ${PORT + 1} on 127.0.0.1, which the embedded PostgreSQL needs, is already in use`,
      });
    } finally {
      squatter.close();
    }
  });
});
