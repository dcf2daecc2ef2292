import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

import { startTestApp, type TestApp } from './support/test-app';

describe('serving the dashboard from the API’s origin', () => {
  let app: TestApp;

  beforeAll(async () => {
    const built = mkdtempSync(join(tmpdir(), 'cynnydd-dashboard-'));
    mkdirSync(join(built, 'assets'));
    writeFileSync(
      join(built, 'index.html'),
      '<!doctype html><html lang="en"><title>Cynnydd</title></html>',
    );
    writeFileSync(join(built, 'assets', 'app.js'), 'console.log("dashboard");\n'.repeat(200));
    // As the build writes it: the same script compressed beside it, sent as it is.
    writeFileSync(join(built, 'assets', 'built.js'), 'console.log("as built");\n'.repeat(200));
    writeFileSync(
      join(built, 'assets', 'built.js.gz'),
      gzipSync('console.log("compressed by the build");\n'.repeat(200)),
    );
    app = await startTestApp({ dashboardDir: built });
  });
  afterAll(() => app.close());

  it('serves the page for the root and for client-side routes', async () => {
    for (const path of ['/', '/areas/3', '/actions/abc?tab=history', '/reports/abc']) {
      const response = await fetch(`${app.url}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/text\/html/);
      expect(await response.text()).toContain('<title>Cynnydd</title>');
    }
  });

  /** A raw response (fetch would decompress it), asking for gzip. */
  const gzipped = (path: string, body?: string) =>
    new Promise<{ encoding: string | undefined; text: string }>((resolve, reject) => {
      const req = request(`${app.url}${path}`, {
        method: body ? 'POST' : 'GET',
        headers: {
          'accept-encoding': 'gzip',
          'content-type': 'application/json',
          cookie: app.cookie as string,
        },
      });
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          const encoding = res.headers['content-encoding'];
          resolve({ encoding, text: (encoding ? gunzipSync(raw) : raw).toString() });
        });
      });
      req.on('error', reject);
      req.end(body);
    });

  it('compresses scripts and API answers for browsers that accept it', async () => {
    const script = await gzipped('/assets/app.js');
    expect(script).toMatchObject({ encoding: 'gzip' });
    expect(script.text).toContain('console.log("dashboard")');
    const answer = await gzipped(
      '/graphql',
      JSON.stringify({ query: '{ __type(name: "Action") { fields { name description } } }' }),
    );
    expect(answer.encoding).toBe('gzip');
    expect(JSON.parse(answer.text).data.__type.fields.length).toBeGreaterThan(10);
  });

  it('sends the compressed copy the build wrote beside a script, for a year', async () => {
    const script = await gzipped('/assets/built.js');
    expect(script).toMatchObject({ encoding: 'gzip' });
    expect(script.text).toContain('compressed by the build');
    const plain = await fetch(`${app.url}/assets/built.js`, {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(await plain.text()).toContain('as built');
    expect(plain.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('lets browsers revalidate scripts by ETag; API answers, never stored, carry none', async () => {
    const script = await fetch(`${app.url}/assets/app.js`);
    const etag = script.headers.get('etag');
    expect(etag).toBeTruthy();
    // Not fetch: given If-None-Match it also sends Cache-Control: no-cache, as the spec says.
    const status = await new Promise((resolve, reject) =>
      request(`${app.url}/assets/app.js`, { headers: { 'if-none-match': etag as string } })
        .on('response', (res) => resolve(res.resume().statusCode))
        .on('error', reject)
        .end(),
    );
    expect(status).toBe(304);
    const answer = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: app.cookie as string },
      body: JSON.stringify({ query: '{ me { role } }' }),
    });
    expect(answer.headers.get('cache-control')).toBe('private, no-store');
    expect(answer.headers.get('etag')).toBeNull();
  });

  it('serves built assets, and leaves the API and health check alone', async () => {
    const asset = await fetch(`${app.url}/assets/app.js`);
    expect(await asset.text()).toContain('dashboard');
    // Named by their content's hash: kept for a year, never asked for again.
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${app.url}/index.html`)).headers.get('cache-control')).not.toContain(
      'immutable',
    );
    expect((await app.ok(`{ me { role } }`)).me.role).toBe('PROGRAMME_OFFICE');
    const health = await fetch(`${app.url}/health`);
    expect(health.headers.get('content-type')).toMatch(/json/);
    // A report's page is the dashboard's; its download is the API's.
    const download = await fetch(
      `${app.url}/reports/00000000-0000-4000-8000-000000000001/export?format=docx&language=en`,
      { headers: { cookie: app.cookie as string } },
    );
    expect(download.status).toBe(404);
    expect(await download.json()).toMatchObject({ code: 'NOT_FOUND' });
    // The audit page is the dashboard's; its CSV is the API's (refused: not an administrator).
    const auditCsv = await fetch(`${app.url}/audit/export.csv?language=en`, {
      headers: { cookie: app.cookie as string },
    });
    expect(auditCsv.status).toBe(403);
    // The measures pages are the dashboard's; the measure-values sheet is the API's.
    const measures = await fetch(`${app.url}/measures/import`);
    expect(await measures.text()).toContain('<title>Cynnydd</title>');
    const sheet = await fetch(`${app.url}/measures/values-template.xlsx`, {
      headers: { cookie: app.cookie as string },
    });
    expect(sheet.headers.get('content-type')).toContain('spreadsheetml');
    // A meeting's page is the dashboard's; its briefing note is the API's (no such meeting).
    const briefing = await fetch(
      `${app.url}/meetings/00000000-0000-4000-8000-000000000001/briefing.docx?language=en`,
      { headers: { cookie: app.cookie as string } },
    );
    expect(briefing.status).toBe(404);
    // The overview is the dashboard's; its chart's picture is the API's (no such period).
    const chart = await fetch(
      `${app.url}/charts/progress/00000000-0000-4000-8000-000000000001?language=en`,
      { headers: { cookie: app.cookie as string } },
    );
    expect(chart.status).toBe(404);
    expect(await chart.json()).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('signed-in pages drawn on the server', () => {
  let app: TestApp;

  // Stands in for the dashboard's server build (apps/dashboard/src/server/render-page.tsx): asks
  // the API who is signed in, as the real one asks for the page's data, and writes it in.
  const RENDERER = `
    exports.renderPageDocument = async (request) => {
      if (request.url.startsWith('/broken')) throw new Error('the page could not be drawn');
      if (request.url.startsWith('/declined')) return null;
      const answer = await fetch(request.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: request.cookie },
        body: JSON.stringify({ query: '{ me { role } }' }),
        signal: request.signal,
      });
      const { data } = await answer.json();
      return '<title>' + data.me.role + ' at ' + request.url + '</title>';
    };
  `;

  beforeAll(async () => {
    const built = mkdtempSync(join(tmpdir(), 'cynnydd-dashboard-'));
    mkdirSync(join(built, 'server'));
    writeFileSync(join(built, 'index.html'), '<!doctype html><title>Cynnydd</title>');
    writeFileSync(join(built, 'server', 'render-page.cjs'), RENDERER);
    app = await startTestApp({ dashboardDir: built });
  });
  afterAll(() => app.close());

  const page = (path: string, cookie = app.cookie as string) =>
    fetch(`${app.url}${path}`, { headers: { cookie } });

  it('draws a signed-in visitor’s page with their own data, kept from shared caches', async () => {
    const response = await page('/areas/3?status=RED');
    expect(await response.text()).toBe('<title>PROGRAMME_OFFICE at /areas/3?status=RED</title>');
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(response.headers.get('cache-control')).toBe('private, no-cache');
    expect(response.headers.get('vary')).toMatch(/Cookie/);
  });

  it('leaves the page to the browser without a session, when declined and when drawing fails', async () => {
    for (const response of [
      await fetch(`${app.url}/areas/3`),
      await page('/areas/3', 'cynnydd_lang=cy'),
      await page('/declined'),
      await page('/broken'),
    ]) {
      expect(response.status).toBe(200);
      expect(await response.text()).toBe('<!doctype html><title>Cynnydd</title>');
      expect(response.headers.get('cache-control')).toBe('no-cache');
    }
  });
});
