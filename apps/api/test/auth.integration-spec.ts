import { Session, User } from '@cynnydd/access/data-access';
import { Role } from '@cynnydd/shared/domain';

import { createAdministrator } from '../src/app/first-administrator';
import { Fixtures } from './support/fixtures';
import { errorOf, signInOverHttp, startTestApp, type TestApp } from './support/test-app';

const PASSWORD = 'correct horse battery staple';
const ME = `{ me { email role person { name } } }`;
const signIn = (app: TestApp, email: string, password = PASSWORD) =>
  signInOverHttp(app, email, password);

describe('signing in and out', () => {
  let app: TestApp;
  let fixtures: Fixtures;
  let user: User;

  beforeAll(async () => {
    app = await startTestApp({ signInAttemptsPerMinute: 5 });
    fixtures = new Fixtures(app.dataSource);
    const person = await fixtures.person();
    user = await fixtures.user(Role.LEAD, person, PASSWORD);
  });
  afterAll(() => app.close());

  it('signs in with the right password, setting an httpOnly SameSite cookie', async () => {
    const { body, setCookie, client } = await signIn(app, user.email.toUpperCase());
    expect(body.data.signIn.user).toEqual({
      email: user.email,
      role: 'LEAD',
      permissions: ['READ', 'REPORT_ON_OWN_ACTIONS', 'DELEGATE_OWN_ACTIONS'],
      preferredLanguage: 'en',
    });
    expect(setCookie).toMatch(/^cynnydd_session=[\w-]{43};/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).toMatch(/Path=\//);
    const { me } = await client.ok(ME);
    expect(me.email).toBe(user.email);
  });

  it('refuses a wrong password and an unknown email alike, with no cookie', async () => {
    for (const [email, password] of [
      [user.email, 'not the password at all'],
      ['nobody@example.wales', PASSWORD],
    ]) {
      const { body, setCookie } = await signIn(app, email, password);
      expect(errorOf(body)).toMatchObject({
        code: 'UNAUTHENTICATED',
        message: 'Email or password is incorrect',
      });
      expect(setCookie).toBeNull();
    }
  });

  it('refuses a disabled account and ends its sessions when it is disabled', async () => {
    const person = await fixtures.person();
    const victim = await fixtures.user(Role.VIEWER, person, PASSWORD);
    const { client } = await signIn(app, victim.email);
    expect((await client.ok(ME)).me.email).toBe(victim.email);

    const admin = await app.signedIn(Role.ADMIN);
    await admin.ok(
      `mutation ($input: DeactivateUserInput!) { deactivateUser(input: $input) { disabled } }`,
      { input: { id: victim.id, expectedVersion: 1, handovers: [] } },
    );
    expect((await client.ok(ME)).me).toBeNull();
    expect(errorOf(await client.gql(`{ strategicAreas { number } }`)).code).toBe('UNAUTHENTICATED');
    expect(errorOf((await signIn(app, victim.email)).body)).toMatchObject({
      code: 'UNAUTHENTICATED',
      message: 'This account has been disabled',
    });
  });

  it('treats an expired session as signed out', async () => {
    const { client } = await signIn(app, user.email);
    await app.dataSource
      .getRepository(Session)
      .createQueryBuilder()
      .update()
      .set({ expiresAt: new Date('2025-11-15T11:59:00Z') })
      .where('user_id = :id', { id: user.id })
      .execute();
    expect((await client.ok(ME)).me).toBeNull();
    expect(errorOf(await client.gql(`{ annualPlans { id } }`))).toMatchObject({
      code: 'UNAUTHENTICATED',
      message: 'Sign in to continue',
    });
  });

  it('signs out: the session no longer works and the cookie is cleared', async () => {
    const { client } = await signIn(app, user.email);
    const response = await client.post({ query: 'mutation { signOut }' });
    expect(response.headers.get('set-cookie')).toMatch(
      /^cynnydd_session=;.*Expires=Thu, 01 Jan 1970/,
    );
    expect((await client.ok(ME)).me).toBeNull();
  });

  it('changes a password only with the current one and a strong new one, signing out other sessions', async () => {
    const person = await fixtures.person();
    const account = await fixtures.user(Role.BOARD_MEMBER, person, PASSWORD);
    const first = (await signIn(app, account.email)).client;
    const second = (await signIn(app, account.email)).client;
    const change = `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }`;

    expect(
      errorOf(
        await first.gql(change, {
          input: { currentPassword: 'wrong', newPassword: 'a much better passphrase' },
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    expect(
      errorOf(
        await first.gql(change, { input: { currentPassword: PASSWORD, newPassword: 'short' } }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });

    await first.ok(change, {
      input: { currentPassword: PASSWORD, newPassword: 'a much better passphrase' },
    });
    expect((await first.ok(ME)).me.email).toBe(account.email);
    expect((await second.ok(ME)).me).toBeNull();
    expect(errorOf((await signIn(app, account.email)).body).code).toBe('UNAUTHENTICATED');
    expect(
      (await signIn(app, account.email, 'a much better passphrase')).body.data.signIn,
    ).toBeTruthy();
  });

  it('remembers the language chosen', async () => {
    const { client } = await signIn(app, user.email);
    const { setPreferredLanguage } = await client.ok(
      `mutation { setPreferredLanguage(language: cy) { preferredLanguage } }`,
    );
    expect(setPreferredLanguage.preferredLanguage).toBe('cy');
    expect((await client.ok(`{ me { preferredLanguage } }`)).me.preferredLanguage).toBe('cy');
  });

  it('slows down password guessing: after 5 attempts a minute the next is refused', async () => {
    const person = await fixtures.person();
    const target = await fixtures.user(Role.VIEWER, person, PASSWORD);
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(errorOf((await signIn(app, target.email, `guess ${attempt}`)).body).code).toBe(
        'UNAUTHENTICATED',
      );
    }
    const blocked = await signIn(app, target.email, PASSWORD);
    expect(errorOf(blocked.body)).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect(blocked.setCookie).toBeNull();
    // Other accounts from the same address are not locked out.
    const colleague = await fixtures.user(Role.VIEWER, await fixtures.person(), PASSWORD);
    expect((await signIn(app, colleague.email)).body.data.signIn).toBeTruthy();
  });

  it('lets an admin create accounts with checked passwords and unique emails', async () => {
    const admin = await app.signedIn(Role.ADMIN);
    const create = `mutation ($input: CreateUserInput!) { createUser(input: $input) { email role } }`;
    const input = {
      email: 'New.Lead@Example.Wales',
      role: 'LEAD',
      password: 'a perfectly fine passphrase',
    };
    expect((await admin.ok(create, { input })).createUser).toEqual({
      email: 'new.lead@example.wales',
      role: 'LEAD',
    });
    expect(errorOf(await admin.gql(create, { input }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'email',
    });
    expect(
      errorOf(
        await admin.gql(create, {
          input: { ...input, email: 'x@example.wales', password: 'tiny' },
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    const count = await app.dataSource.getRepository(User).countBy({ email: 'x@example.wales' });
    expect(count).toBe(0);
  });
});

describe('the first administrator of an empty database', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('is created from the command line with a checked password, and can sign in', async () => {
    await expect(
      createAdministrator(app.dataSource, 'Chief@Example.Wales', 'short'),
    ).rejects.toThrow('must be at least 12 characters');
    const admin = await createAdministrator(app.dataSource, 'Chief@Example.Wales', PASSWORD);
    expect(admin.role).toBe('ADMIN');
    await expect(
      createAdministrator(app.dataSource, 'chief@example.wales', PASSWORD),
    ).rejects.toThrow('Another account already uses this email address');
    const { body } = await signIn(app, 'chief@example.wales');
    expect(body.data.signIn.user.role).toBe('ADMIN');
  });
});
