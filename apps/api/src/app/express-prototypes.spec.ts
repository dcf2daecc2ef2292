import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';

import { ExpressPrototypesAdapter } from './express-prototypes';

describe('ExpressPrototypesAdapter', () => {
  let adapter: ExpressPrototypesAdapter;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    adapter = new ExpressPrototypesAdapter();
    adapter.initHttpServer({});
    const app = adapter.getInstance<Express>();
    app.post('/echo', (req, res) => {
      res.setHeader('x-ip', req.ip ?? '');
      res.json({ path: req.path, query: req.query, header: req.get('x-test') });
    });
    server = adapter.getHttpServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it("makes requests and responses with Express's prototypes before Express sees them", async () => {
    const app = adapter.getInstance<Express>();
    const born: boolean[] = [];
    server.prependListener('request', (req, res) =>
      born.push(
        Object.getPrototypeOf(req) === app.request && Object.getPrototypeOf(res) === app.response,
      ),
    );
    await fetch(`${url}/echo`, { method: 'POST' });
    expect(born).toEqual([true]);
  });

  it('serves them as Express would', async () => {
    const response = await fetch(`${url}/echo?a=1`, {
      method: 'POST',
      headers: { 'x-test': 'yes' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-ip')).toBe('127.0.0.1');
    expect(await response.json()).toEqual({ path: '/echo', query: { a: '1' }, header: 'yes' });
  });
});
