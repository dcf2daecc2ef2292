import { Agent, request } from 'node:http';

import type { BenchContext, Operation } from './operations';
import type { LoadSample } from './stats';

/** One kind of request a paced load sends; `body` is made anew for each (numbered from 0). */
export interface PacedRequest {
  path: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: (sent: number) => string;
}

/** A load running in the background: `stop()` ends it and gives what it measured. */
export interface RunningLoad {
  stop(): Promise<LoadSample>;
}

/**
 * Requests arriving at a steady `perSecond`, spread evenly over each second (an open loop: a slow
 * answer does not hold the next request back), over at most `connections` kept-alive sockets.
 * This is how readers and signed-in people arrive. autocannon's rate limit is not: each
 * connection sends its second's quota back to back and then waits, so "2,000 a second" is the
 * server flat out for part of every second and idle for the rest, and whatever shares the server
 * queues behind the bursts.
 */
export function pacedLoad(
  baseUrl: string,
  kind: PacedRequest,
  { perSecond, connections }: { perSecond: number; connections: number },
): RunningLoad {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  let errors = 0;
  let sent = 0;
  let stopped = false;
  const inFlight = new Set<Promise<void>>();
  const started = performance.now();

  const send = () => {
    const body = kind.body?.(sent);
    const start = performance.now();
    sent += 1;
    const answered = new Promise<void>((resolve) => {
      const outgoing = request(
        new URL(kind.path, baseUrl),
        { method: kind.method, headers: kind.headers, agent },
        (response) => {
          response.resume();
          response.on('end', () => {
            if (response.statusCode === 200) latencies.push(performance.now() - start);
            else errors += 1;
            resolve();
          });
        },
      );
      outgoing.on('error', () => {
        errors += 1;
        resolve();
      });
      outgoing.end(body);
    });
    inFlight.add(answered);
    void answered.then(() => inFlight.delete(answered));
  };

  // Timers fire a millisecond or so apart at best: each tick sends every request now due.
  const tick = () => {
    if (stopped) return;
    const due = Math.floor(((performance.now() - started) * perSecond) / 1000) + 1;
    while (sent < due) send();
    timer = setTimeout(tick, Math.max(1, 1000 / perSecond));
  };
  let timer = setTimeout(tick, 0);

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      const seconds = (performance.now() - started) / 1000;
      await Promise.all(inFlight);
      agent.destroy();
      return { latencies, errors, seconds };
    },
  };
}

/** A paced load for `seconds`, then what it measured. */
export async function pacedLoadFor(
  baseUrl: string,
  kind: PacedRequest,
  pace: { perSecond: number; connections: number },
  seconds: number,
): Promise<LoadSample> {
  const load = pacedLoad(baseUrl, kind, pace);
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  return load.stop();
}

/** A GraphQL operation of the dashboard's, as the signed-in account with `cookie` sends it. */
export function operationRequest(
  op: Operation,
  context: BenchContext,
  cookie: string,
): PacedRequest {
  return {
    path: '/graphql',
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: (sent) =>
      JSON.stringify({ query: op.query(sent), variables: op.variables(context, sent) }),
  };
}
