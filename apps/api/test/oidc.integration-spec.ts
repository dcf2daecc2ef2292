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
        trustUnverifiedEmail: false,
      },
    });
    fixtures = new Fixtures(app.dataSource);
  });
  afterAll(async () => {
    await app.close();
    await provider.stop();
  });

  /** Starts a sign-in as a browser would: the provider's address and the state cookie set. */
  async function start() {
    const response = await fetch(`${app.url}/auth/oidc/login`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    const stateCookie = (response.headers.get('set-cookie') ?? '').split(';')[0];
    return { authorizationUrl: response.headers.get('location') ?? '', stateCookie };
  }

  /** Follows the redirect to the provider, "signs in" there as `email`, and comes back. */
  async function signInAs(
    email: string,
    options: {
      verified?: boolean;
      subject?: string;
      tamper?: (callback: URL) => void;
      cookie?: string;
    } = {},
  ) {
    const { authorizationUrl, stateCookie } = await start();
    const { code, state } = provider.approve(authorizationUrl, email, options);
    const callback = new URL(`${app.url}/auth/oidc/callback`);
    callback.search = new URLSearchParams({ code, state }).toString();
    options.tamper?.(callback);
    const cookie = options.cookie ?? stateCookie;
    return {
      response: await fetch(callback, { redirect: 'manual', headers: cookie ? { cookie } : {} }),
    };
  }

  it('sends the browser to the provider with PKCE, state and nonce', async () => {
    const { authorizationUrl, stateCookie } = await start();
    expect(stateCookie).toMatch(/^cynnydd_oidc_state=.{20,}/);
    const location = new URL(authorizationUrl);
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
    const cookie =
      response.headers.getSetCookie().find((c) => c.startsWith('cynnydd_session=')) ?? '';
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
    expect(response.headers.getSetCookie().filter((c) => c.startsWith('cynnydd_session='))).toEqual(
      [],
    );
    expect(await response.json()).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses a callback whose state it did not issue, or one used twice', async () => {
    const forged = await signInAs('anyone@example.wales', {
      tamper: (url) => url.searchParams.set('state', 'forged'),
    });
    expect(forged.response.status).toBe(401);

    const person = await fixtures.person();
    await fixtures.user(Role.VIEWER, person);
    const { authorizationUrl, stateCookie } = await start();
    const { code, state } = provider.approve(authorizationUrl, person.email);
    const callback = `${app.url}/auth/oidc/callback?code=${code}&state=${state}`;
    const headers = { cookie: stateCookie };
    expect((await fetch(callback, { redirect: 'manual', headers })).status).toBe(302);
    expect((await fetch(callback, { redirect: 'manual', headers })).status).toBe(401);
  });

  it('refuses a sign-in link started in another browser (login CSRF)', async () => {
    const person = await fixtures.person();
    await fixtures.user(Role.VIEWER, person);
    // The attacker starts and completes the provider step; the victim opens the callback link.
    const { response } = await signInAs(person.email, { cookie: '' });
    expect(response.status).toBe(401);
    expect(response.headers.getSetCookie().filter((c) => c.startsWith('cynnydd_session='))).toEqual(
      [],
    );
  });

  it('refuses an email address the provider has not verified', async () => {
    const person = await fixtures.person();
    await fixtures.user(Role.ADMIN, person);
    const { response } = await signInAs(person.email, { verified: false });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('binds an account to the identity first used, refusing another claiming the same email', async () => {
    const person = await fixtures.person();
    await fixtures.user(Role.LEAD, person);
    expect((await signInAs(person.email, { subject: 'first' })).response.status).toBe(302);
    expect((await signInAs(person.email, { subject: 'first' })).response.status).toBe(302);
    const impostor = await signInAs(person.email, { subject: 'someone-else' });
    expect(impostor.response.status).toBe(403);
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
