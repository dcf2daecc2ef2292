import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { pacedLoadFor } from './paced-load';

describe('pacedLoadFor', () => {
  let server: Server;
  let baseUrl: string;
  const arrivals: { at: number; body: string }[] = [];

  beforeAll(async () => {
    server = createServer((incoming, response) => {
      let body = '';
      incoming.on('data', (chunk: Buffer) => (body += chunk.toString()));
      incoming.on('end', () => {
        arrivals.push({ at: performance.now(), body });
        response.statusCode = incoming.url === '/missing' ? 404 : 200;
        response.end('ok');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  beforeEach(() => (arrivals.length = 0));
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('spreads the requests evenly over each second, not in a burst at its start', async () => {
    const sample = await pacedLoadFor(
      baseUrl,
      { path: '/', method: 'POST', headers: {}, body: (sent) => String(sent) },
      { perSecond: 200, connections: 4 },
      1,
    );
    // 200 a second for as long as the load ran: the timer ending it fires late on a busy machine
    // (and Node's timers may fire a millisecond early).
    expect(sample.seconds).toBeGreaterThan(0.95);
    expect(Math.abs(arrivals.length - sample.seconds * 200)).toBeLessThanOrEqual(10);
    expect(sample.latencies).toHaveLength(arrivals.length);
    expect(sample.errors).toBe(0);
    const first = arrivals[0].at;
    const perTenth = Array.from(
      { length: 10 },
      (_, tenth) =>
        arrivals.filter(({ at }) => at - first >= tenth * 100 && at - first < (tenth + 1) * 100)
          .length,
    );
    // Evenly paced: about 20 in every tenth of the second (loose, for a busy machine's timers);
    // a burst would put all of them in the first tenth.
    for (const count of perTenth) expect(count).toBeGreaterThanOrEqual(5);
    for (const count of perTenth) expect(count).toBeLessThanOrEqual(50);
    // Each request has its own body, numbered as sent (arrivals over several sockets may cross).
    const numbers = arrivals.map(({ body }) => Number(body)).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: arrivals.length }, (_, sent) => sent));
  });

  it('counts answers other than 200 as errors', async () => {
    const sample = await pacedLoadFor(
      baseUrl,
      { path: '/missing', method: 'GET', headers: {} },
      { perSecond: 50, connections: 2 },
      0.2,
    );
    expect(sample.errors).toBe(arrivals.length);
    expect(sample.errors).toBeGreaterThan(5);
    expect(sample.latencies).toHaveLength(0);
  });
});
