import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

/** The workspace's root, where `nx build api` puts dist/apps/api/main.js. */
export const WORKSPACE = join(__dirname, '../../../../..');

export interface RunningApi {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts the built API (dist/apps/api/main.js) with `env` over this process's (its PORT and HOST
 * among them) and waits until it answers /health; stops it if it does not within `timeoutMs`.
 * The benchmark's APIs (tools/bench) and the browser tests' products (apps/dashboard-e2e).
 */
export async function startBuiltApi(
  env: NodeJS.ProcessEnv & { PORT: string; HOST: string },
  timeoutMs: number,
): Promise<RunningApi> {
  const child = spawn('node', [join(WORKSPACE, 'dist/apps/api/main.js')], {
    cwd: WORKSPACE,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://${env.HOST}:${env.PORT}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await exited;
  };
  try {
    await untilHealthy(child, url, timeoutMs);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, process: child, stop };
}

async function untilHealthy(child: ChildProcess, url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`the API at ${url} exited (${child.exitCode ?? child.signalCode})`);
    const healthy = await fetch(`${url}/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return;
    if (Date.now() > deadline)
      throw new Error(`the API at ${url} did not answer within ${timeoutMs} ms`);
    await new Promise((wake) => setTimeout(wake, 250));
  }
}
