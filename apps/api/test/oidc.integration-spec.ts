import { Role } from '@cynnydd/shared/domain';

import { FakeIdentityProvider } from './support/fake-identity-provider';
import { Fixtures } from './support/fixtures';
import { Client, startTestApp, type TestApp } from './support/test-app';

describe('single sign-on through an OpenID Connect provider', () => {
  const provider = new FakeIdentityProvider();
  let app: TestApp;
  let fixtures: Fixtures;

  beforeAll(async () => {
    await provider.start();
    app = await startTestApp({
      oidc: {
        issuerUrl: provider.issuer,
        clientId: provider.clientId,
        clientSecret: provider.clientSecret,
        redirectUri: 'http://cynnydd.test/auth/oidc/callback',
        scopes: 'openid email profile',
      },
    });
    fixtures = new Fixtures(app.dataSource);
  });
  afterAll(async () => {
    await app.close();
    await provider.stop();
  });

  /** Follows the redirect to the provider, "signs in" there as `email`, and comes back. */
  async function signInAs(email: string, tamper?: (callback: URL) => void) {
    const start = await fetch(`${app.url}/auth/oidc/login`, { redirect: 'manual' });
    expect(start.status).toBe(302);
    const authorizationUrl = start.headers.get('location') ?? '';
    const { code, state } = provider.approve(authorizationUrl, email);
    const callback = new URL(`${app.url}/auth/oidc/callback`);
    callback.search = new URLSearchParams({ code, state }).toString();
    tamper?.(callback);
    return { authorizationUrl, response: await fetch(callback, { redirect: 'manual' }) };
  }

  it('sends the browser to the provider with PKCE, state and nonce', async () => {
    const start = await fetch(`${app.url}/auth/oidc/login`, { redirect: 'manual' });
    const location = new URL(start.headers.get('location') ?? '');
    expect(`${location.origin}${location.pathname}`).toBe(`${provider.issuer}/authorize`);
    expect(Object.fromEntries(location.searchParams)).toMatchObject({
      client_id: provider.clientId,
      response_type: 'code',
      scope: 'openid email profile',
      redirect_uri: 'http://cynnydd.test/auth/oidc/callback',
      code_challenge_method: 'S256',
      state: expect.stringMatching(/.{20,}/),
      nonce: expect.stringMatching(/.{20,}/),
      code_challenge: expect.stringMatching(/.{40,}/),
    });
  });

  it('signs in someone who has an account, matched by email, with a session cookie', async () => {
    const person = await fixtures.person();
    await fixtures.user(Role.LEAD, person);
    const { response } = await signInAs(person.email.toUpperCase());
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/');
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^cynnydd_session=.*HttpOnly.*SameSite=Lax/);
    const client = new Client(app.url, cookie.split(';')[0]);
    expect((await client.ok(`{ me { email role } }`)).me).toEqual({
      email: person.email,
      role: 'LEAD',
    });
  });

  it('refuses someone the provider knows but Cynnydd has no account for', async () => {
    const { response } = await signInAs('stranger@example.wales');
    expect(response.status).toBe(403);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(await response.json()).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses a callback whose state it did not issue, or one used twice', async () => {
    const forged = await signInAs('anyone@example.wales', (url) =>
      url.searchParams.set('state', 'forged'),
    );
    expect(forged.response.status).toBe(401);

    const person = await fixtures.person();
    await fixtures.user(Role.VIEWER, person);
    const start = await fetch(`${app.url}/auth/oidc/login`, { redirect: 'manual' });
    const { code, state } = provider.approve(start.headers.get('location') ?? '', person.email);
    const callback = `${app.url}/auth/oidc/callback?code=${code}&state=${state}`;
    expect((await fetch(callback, { redirect: 'manual' })).status).toBe(302);
    expect((await fetch(callback, { redirect: 'manual' })).status).toBe(401);
  });

  it('refuses a disabled account', async () => {
    const person = await fixtures.person();
    const user = await fixtures.user(Role.VIEWER, person);
    await app.dataSource.query('UPDATE app_user SET disabled = true WHERE id = $1', [user.id]);
    const { response } = await signInAs(person.email);
    expect(response.status).toBe(403);
  });
});

describe('single sign-on when it is not set up', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('answers 404 and local accounts carry on working', async () => {
    const response = await fetch(`${app.url}/auth/oidc/login`, { redirect: 'manual' });
    expect(response.status).toBe(404);
    expect((await app.ok(`{ me { role } }`)).me.role).toBe('PROGRAMME_OFFICE');
  });
});
