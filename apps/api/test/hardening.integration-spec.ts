import { Writable } from 'node:stream';

import { Role } from '@cynnydd/shared/domain';

import { Fixtures } from './support/fixtures';
import { errorOf, startTestApp, type TestApp } from './support/test-app';

/** Collects the JSON log lines the app writes. */
class LogCapture extends Writable {
  readonly lines: Record<string, any>[] = [];

  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    for (const line of chunk.toString().split('\n').filter(Boolean))
      this.lines.push(JSON.parse(line));
    done();
  }
}

describe('API hardening', () => {
  let app: TestApp;
  const logs = new LogCapture();

  beforeAll(async () => {
    app = await startTestApp({ logStream: logs });
    await new Fixtures(app.dataSource).strategy();
  });
  afterAll(() => app.close());

  it('refuses queries nested deeper than the limit', async () => {
    const nest = (depth: number): string =>
      depth === 0 ? 'id' : `carriedForwardFrom { ${nest(depth - 1)} }`;
    const deep = `{ actions { edges { node { ${nest(9)} } } } }`;
    const result = await app.gql(deep);
    expect(result.errors?.[0]).toMatchObject({
      message: expect.stringContaining('exceeds maximum operation depth of 10'),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(result.data).toBeUndefined();
  });

  it('refuses queries whose estimated cost is too high, naming the cost and the limit', async () => {
    const fields =
      'id reference title { en cy } description { en cy } owners { name email } milestones { dueDate }';
    const aliases = Array.from(
      { length: 8 },
      (_, i) => `a${i}: actions(first: 100) { edges { node { ${fields} } } }`,
    );
    const result = await app.gql(`{ ${aliases.join(' ')} }`);
    expect(errorOf(result)).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
    expect(result.errors?.[0].message).toMatch(/cost \d+, limit 10000/);
    // The same selection with a small page is fine.
    await app.ok(`{ actions(first: 5) { edges { node { ${fields} } } } }`);
  });

  it('does not accept several operations batched into one request', async () => {
    const response = await app.post([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/batching/i);
  });

  it('keeps Apollo’s CSRF protection: a simple cross-site GET is refused', async () => {
    const response = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });

  it.each(['/health', '/en/progress'])('sends security headers (%s, asked twice)', async (path) => {
    // A public page's second reader gets the page made for the first, sent before Express.
    for (const response of [await fetch(`${app.url}${path}`), await fetch(`${app.url}${path}`)]) {
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(response.headers.get('strict-transport-security')).toMatch(/max-age=/);
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('keeps idle connections open longer than the proxies in front of it', async () => {
    // Node announces its keep-alive timeout; 5 s (its default) makes reused sockets fail.
    const response = await fetch(`${app.url}/health`);
    expect(response.headers.get('keep-alive')).toBe('timeout=65');
  });

  it('logs each request with the user and operation, and never passwords or cookies', async () => {
    const password = 'a passphrase that must not be logged';
    const person = await new Fixtures(app.dataSource).person();
    const user = await new Fixtures(app.dataSource).user(Role.VIEWER, person, password);
    await app.anonymous.post({
      operationName: 'SignIn',
      query: 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { expiresAt } }',
      variables: { input: { email: user.email, password } },
    });
    await app.post({ operationName: 'Areas', query: 'query Areas { strategicAreas { number } }' });
    // Read twice: the first reader's page is made through Express, the second is sent before it.
    const publicPages = [
      await fetch(`${app.url}/cy/cynnydd?utm_source=newsletter`),
      await fetch(`${app.url}/cy/cynnydd?utm_source=newsletter`),
    ];
    await new Promise((resolve) => setTimeout(resolve, 100));

    const requests = logs.lines.filter((line) => line.req?.url === '/graphql');
    expect(requests.find((line) => line.operation === 'Areas')).toMatchObject({
      userId: app.actor.user.id,
      req: { method: 'POST', url: '/graphql' },
      res: { statusCode: 200 },
    });
    expect(requests.find((line) => line.operation === 'SignIn')).toMatchObject({ userId: null });
    // The public site is answered ahead of Nest, and logged all the same.
    expect(logs.lines.filter((line) => line.req?.url === '/cy/cynnydd')).toEqual(
      publicPages.map((page) =>
        expect.objectContaining({
          userId: null,
          req: expect.objectContaining({ method: 'GET' }),
          res: { statusCode: page.status },
        }),
      ),
    );
    const everything = JSON.stringify(logs.lines);
    expect(everything).not.toContain(password);
    expect(everything).not.toContain(app.cookie?.split('=')[1]);
    expect(everything).not.toMatch(/cynnydd_session=/);
  });
});

describe('API hardening in production mode', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ production: true });
  });
  afterAll(() => app.close());

  it('turns introspection off', async () => {
    const result = await app.gql('{ __schema { types { name } } }');
    expect(result.errors?.[0].message).toMatch(/introspection/i);
  });

  it('never returns stack traces or SQL, even for an unexpected failure', async () => {
    const bad = await app.gql('{ strategicArea(number: 1) { nope } }');
    expect(bad.errors?.[0].extensions).not.toHaveProperty('stacktrace');
    const missing = await app.gql(`{ action(id: "00000000-0000-4000-8000-000000000001") { id } }`);
    expect(missing.errors?.[0].extensions).toEqual({
      code: 'NOT_FOUND',
      entity: 'Action',
      id: '00000000-0000-4000-8000-000000000001',
      field: 'id',
    });

    // Break the database under the running app to cause a genuine internal error.
    await app.dataSource.query('ALTER TABLE strategic_area RENAME TO strategic_area_gone');
    try {
      const failure = await app.gql('{ strategicAreas { number } }');
      expect(failure.errors?.[0]).toEqual({
        message: 'Something went wrong on our side. Please try again.',
        locations: [{ line: 1, column: 3 }],
        path: ['strategicAreas'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
      expect(JSON.stringify(failure)).not.toMatch(/strategic_area|relation|SELECT/);
    } finally {
      await app.dataSource.query('ALTER TABLE strategic_area_gone RENAME TO strategic_area');
    }
  });

  it('hides the sandbox page', async () => {
    const response = await fetch(`${app.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await response.text()).not.toMatch(/<html/i);
  });
});
