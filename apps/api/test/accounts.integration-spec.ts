import { AccountLink, Session, User } from '@cynnydd/access/data-access';
import type { Person } from '@cynnydd/directory/data-access';
import { Action, ActionOwner, type AnnualPlan } from '@cynnydd/plans/data-access';
import { PlanState, Role } from '@cynnydd/shared/domain';
import { SmtpReceiver } from '@cynnydd/shared/testing';
import type { StrategicArea } from '@cynnydd/strategy/data-access';

import { Fixtures } from './support/fixtures';
import {
  errorOf,
  signInOverHttp,
  startTestApp,
  type Client,
  type TestApp,
} from './support/test-app';

const PASSWORD = 'a-long-enough-password-1';
const INVITE = `mutation ($input: InviteUserInput!) {
  inviteUser(input: $input) { id email role invitationPending version person { id } }
}`;
const RESEND = `mutation ($input: AccountVersionInput!) { resendInvitation(input: $input) { id } }`;
const LINK = `query ($token: String!) { accountLink(token: $token) { email purpose } }`;
const SET_PASSWORD = `mutation ($input: SetPasswordInput!) { setPassword(input: $input) }`;
const RESET = `mutation ($email: String!) { requestPasswordReset(input: { email: $email }) }`;
const DEACTIVATE = `mutation ($input: DeactivateUserInput!) {
  deactivateUser(input: $input) { disabled version openActionsOwned { reference } }
}`;
const REACTIVATE = `mutation ($input: AccountVersionInput!) { reactivateUser(input: $input) { disabled } }`;
const OWNED = `query ($id: ID!) { user(id: $id) { version openActionsOwned { id reference } } }`;
const USERS = `query ($filter: UserFilterInput) { users(filter: $filter) { email } }`;

/** The token of the link in the latest mail to `address`. */
async function linkTokenSentTo(smtp: SmtpReceiver, address: string, count = 1): Promise<string> {
  const mails = await smtp.to(address, count);
  expect(mails).toHaveLength(count);
  const token = /\/set-password\?token=([\w-]+)/.exec(mails[count - 1].text ?? '')?.[1];
  expect(token).toBeDefined();
  return token as string;
}

describe('accounts: invitations, password resets and deactivation', () => {
  const smtp = new SmtpReceiver();
  let app: TestApp;
  let fixtures: Fixtures;
  let admin: Client;
  let smtpUrl: string;

  beforeAll(async () => {
    smtpUrl = await smtp.start();
    app = await startTestApp({ smtpUrl });
    fixtures = new Fixtures(app.dataSource);
    admin = await app.signedIn(Role.ADMIN);
  });
  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  describe('invitations', () => {
    it('e-mails a bilingual link to choose a password; the link works once and then signs in', async () => {
      const person = await fixtures.person();
      const { inviteUser } = await admin.ok(INVITE, {
        input: { email: person.email.toUpperCase(), role: 'LEAD', personId: person.id },
      });
      expect(inviteUser).toMatchObject({ email: person.email, invitationPending: true });

      const [mail] = await smtp.to(person.email);
      expect(mail.subject).toBe(
        'Rydych wedi cael gwahoddiad i ddefnyddio Cynnydd | You have been invited to use Cynnydd',
      );
      expect(mail.text).toMatch(/Dewiswch eich cyfrinair[\s\S]*Choose your password/);
      const token = await linkTokenSentTo(smtp, person.email);
      // Only the hash is kept.
      const [stored] = await app.dataSource
        .getRepository(AccountLink)
        .findBy({ userId: inviteUser.id });
      expect(stored.tokenHash).not.toContain(token);
      expect(stored.expiresAt.toISOString()).toBe('2025-11-22T12:00:00.000Z');

      expect((await app.anonymous.ok(LINK, { token })).accountLink).toEqual({
        email: person.email,
        purpose: 'INVITATION',
      });
      expect(
        await app.anonymous.ok(SET_PASSWORD, { input: { token, newPassword: PASSWORD } }),
      ).toEqual({ setPassword: true });
      expect(errorOf(await app.anonymous.gql(LINK, { token }))).toMatchObject({
        code: 'NOT_FOUND',
        field: 'token',
        message: 'This link has expired or has already been used',
      });
      expect(
        errorOf(
          await app.anonymous.gql(SET_PASSWORD, {
            input: { token, newPassword: 'another-good-password-2' },
          }),
        ).code,
      ).toBe('NOT_FOUND');

      const { body } = await signInOverHttp(app, person.email, PASSWORD);
      expect(body.data.signIn.user).toMatchObject({ email: person.email, role: 'LEAD' });
    });

    it('refuses a weak password without spending the link', async () => {
      const { inviteUser } = await admin.ok(INVITE, {
        input: { email: 'weak@example.wales', role: 'VIEWER' },
      });
      const token = await linkTokenSentTo(smtp, 'weak@example.wales');
      expect(
        errorOf(await app.anonymous.gql(SET_PASSWORD, { input: { token, newPassword: 'short' } })),
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
      expect(
        await app.dataSource.getRepository(AccountLink).countBy({ userId: inviteUser.id }),
      ).toBe(1);
    });

    it('sends again with a new link, and the old one stops working', async () => {
      const { inviteUser } = await admin.ok(INVITE, {
        input: { email: 'again@example.wales', role: 'VIEWER' },
      });
      const first = await linkTokenSentTo(smtp, 'again@example.wales');
      await admin.ok(RESEND, { input: { id: inviteUser.id, expectedVersion: inviteUser.version } });
      const second = await linkTokenSentTo(smtp, 'again@example.wales', 2);
      expect(second).not.toBe(first);
      expect(errorOf(await app.anonymous.gql(LINK, { token: first })).code).toBe('NOT_FOUND');
      expect((await app.anonymous.ok(LINK, { token: second })).accountLink.purpose).toBe(
        'INVITATION',
      );
    });

    it('does not send again to an account already set up', async () => {
      const user = await fixtures.user(Role.VIEWER, null, PASSWORD);
      expect(
        errorOf(await admin.gql(RESEND, { input: { id: user.id, expectedVersion: user.version } })),
      ).toMatchObject({ code: 'BAD_USER_INPUT', message: 'This account has already been set up' });
    });

    it('stops working after seven days', async () => {
      const { inviteUser } = await admin.ok(INVITE, {
        input: { email: 'late@example.wales', role: 'VIEWER' },
      });
      const token = await linkTokenSentTo(smtp, 'late@example.wales');
      await app.dataSource
        .getRepository(AccountLink)
        .update({ userId: inviteUser.id }, { expiresAt: new Date('2025-11-15T11:59:00Z') });
      expect(errorOf(await app.anonymous.gql(LINK, { token })).code).toBe('NOT_FOUND');
      expect(
        errorOf(await app.anonymous.gql(SET_PASSWORD, { input: { token, newPassword: PASSWORD } }))
          .code,
      ).toBe('NOT_FOUND');
    });

    it('refuses a duplicate address, writing nothing', async () => {
      const user = await fixtures.user(Role.VIEWER);
      const before = smtp.messages.length;
      expect(
        errorOf(await admin.gql(INVITE, { input: { email: user.email, role: 'LEAD' } })),
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
      expect(smtp.messages).toHaveLength(before);
    });

    it('with single sign-on, links to the organisation’s sign-in and makes no password link', async () => {
      const withSso = await startTestApp({
        database: app.database,
        smtpUrl,
        // Only the presence of settings matters here: the provider is not called.
        oidc: {
          issuerUrl: 'https://login.example.wales/tenant/v2.0',
          clientId: 'cynnydd',
          clientSecret: 'secret',
          redirectUri: 'https://cynnydd.example.wales/auth/oidc/callback',
          scopes: 'openid email profile',
          trustUnverifiedEmail: false,
        },
      });
      try {
        const client = await withSso.signedIn(Role.ADMIN);
        const { inviteUser } = await client.ok(INVITE, {
          input: { email: 'sso@example.wales', role: 'LEAD' },
        });
        const [mail] = await smtp.to('sso@example.wales');
        expect(mail.text).toMatch(/Mewngofnodwch gyda chyfrif eich sefydliad/);
        expect(mail.text).toContain(
          'Open Cynnydd: https://cynnydd.test.example.wales/auth/oidc/login',
        );
        expect(mail.text).not.toMatch(/token=/);
        expect(
          await app.dataSource.getRepository(AccountLink).countBy({ userId: inviteUser.id }),
        ).toBe(0);
      } finally {
        await withSso.close();
      }
    });

    it('without e-mail set up, refuses to invite and leaves no account behind', async () => {
      const noMail = await startTestApp({ database: app.database });
      try {
        const client = await noMail.signedIn(Role.ADMIN);
        expect(
          errorOf(
            await client.gql(INVITE, { input: { email: 'nomail@example.wales', role: 'LEAD' } }),
          ),
        ).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
        expect(
          await app.dataSource.getRepository(User).countBy({ email: 'nomail@example.wales' }),
        ).toBe(0);
      } finally {
        await noMail.close();
      }
    });
  });

  describe('forgotten passwords', () => {
    it('e-mails a reset link that ends every session of the account', async () => {
      const user = await fixtures.user(Role.LEAD, await fixtures.person(), PASSWORD);
      const { client: signedIn } = await signInOverHttp(app, user.email, PASSWORD);
      expect((await signedIn.ok('{ me { email } }')).me.email).toBe(user.email);

      expect(await app.anonymous.ok(RESET, { email: user.email.toUpperCase() })).toEqual({
        requestPasswordReset: true,
      });
      const [mail] = await smtp.to(user.email);
      expect(mail.subject).toBe('Ailosod eich cyfrinair Cynnydd | Reset your Cynnydd password');
      const token = await linkTokenSentTo(smtp, user.email);
      const [link] = await app.dataSource.getRepository(AccountLink).findBy({ userId: user.id });
      expect(link.expiresAt.toISOString()).toBe('2025-11-15T13:00:00.000Z');

      await app.anonymous.ok(SET_PASSWORD, {
        input: { token, newPassword: 'a-brand-new-password-3' },
      });
      expect((await signedIn.ok('{ me { email } }')).me).toBeNull();
      expect(await app.dataSource.getRepository(Session).countBy({ userId: user.id })).toBe(0);
      expect(errorOf((await signInOverHttp(app, user.email, PASSWORD)).body).code).toBe(
        'UNAUTHENTICATED',
      );
      expect(
        (await signInOverHttp(app, user.email, 'a-brand-new-password-3')).body.data.signIn,
      ).toBeDefined();
    });

    it('answers the same for an unknown or deactivated address, and sends nothing', async () => {
      const disabled = await app.dataSource
        .getRepository(User)
        .save({ email: 'left@example.wales', role: Role.VIEWER, disabled: true });
      const before = smtp.messages.length;
      for (const email of ['nobody@example.wales', disabled.email]) {
        expect(await app.anonymous.ok(RESET, { email })).toEqual({ requestPasswordReset: true });
      }
      // A mail that was going to come would have come by now: the known address above took less.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(smtp.messages).toHaveLength(before);
    });

    it('is limited per address, whoever asks', async () => {
      const user = await fixtures.user(Role.VIEWER, null, PASSWORD);
      for (let i = 0; i < 5; i++) await app.anonymous.ok(RESET, { email: user.email });
      expect(errorOf(await app.anonymous.gql(RESET, { email: user.email }))).toMatchObject({
        code: 'TOO_MANY_REQUESTS',
        message: 'Too many password reset requests. Wait an hour and try again.',
      });
      expect(await smtp.to(user.email, 5)).toHaveLength(5);
    });
  });

  it('limits reset requests per client, whatever addresses it tries', async () => {
    // Earlier tests asked from this client too: start its count afresh.
    await app.dataSource.query(`DELETE FROM throttle_counter WHERE key LIKE 'passwordReset%'`);
    const answers = [];
    for (let i = 0; i < 31; i++) {
      answers.push(await app.anonymous.gql(RESET, { email: `nobody-${i}@example.wales` }));
    }
    expect(answers.slice(0, 30).every((answer) => !answer.errors)).toBe(true);
    expect(errorOf(answers[30]).code).toBe('TOO_MANY_REQUESTS');
  });

  describe('deactivation', () => {
    let area: StrategicArea;
    let open: AnnualPlan;
    let closed: AnnualPlan;

    beforeAll(async () => {
      area = (await fixtures.strategy()).get(4) as StrategicArea;
      open = await fixtures.plan(2025);
      closed = await fixtures.plan(2024, PlanState.CLOSED);
    });

    async function leaverWithActions() {
      const leaver = await fixtures.person();
      const colleague = await fixtures.person();
      const user = await fixtures.user(Role.LEAD, leaver, PASSWORD);
      const next = () => `4.${Math.floor(Math.random() * 1e6)}`;
      const shared = await fixtures.action({
        plan: open,
        area,
        reference: next(),
        owners: [leaver, colleague],
      });
      const own = await fixtures.action({ plan: open, area, reference: next(), owners: [leaver] });
      const past = await fixtures.action({
        plan: closed,
        area,
        reference: next(),
        owners: [leaver],
      });
      return { leaver, colleague, user, shared, own, past };
    }

    const ownerIds = async (action: Action) =>
      (
        await app.dataSource
          .getRepository(ActionOwner)
          .find({ where: { actionId: action.id }, order: { position: 'ASC' } })
      ).map((owner) => owner.personId);

    it('hands each open action to its new owner and deactivates, in one step', async () => {
      const { leaver, colleague, user, shared, own, past } = await leaverWithActions();
      const successor: Person = await fixtures.person();
      const { client } = await signInOverHttp(app, user.email, PASSWORD);
      const { user: account } = await admin.ok(OWNED, { id: user.id });
      expect(account.openActionsOwned.map((a: { id: string }) => a.id).sort()).toEqual(
        [shared.id, own.id].sort(),
      );

      const { deactivateUser } = await admin.ok(DEACTIVATE, {
        input: {
          id: user.id,
          expectedVersion: account.version,
          handovers: [
            { actionId: shared.id, newOwnerId: colleague.id },
            { actionId: own.id, newOwnerId: successor.id },
          ],
        },
      });
      expect(deactivateUser).toMatchObject({ disabled: true, openActionsOwned: [] });
      expect(await ownerIds(shared)).toEqual([colleague.id]);
      expect(await ownerIds(own)).toEqual([successor.id]);
      // What was delivered in a closed plan stays with who delivered it.
      expect(await ownerIds(past)).toEqual([leaver.id]);
      expect((await client.ok('{ me { email } }')).me).toBeNull();

      const { auditTrail } = await admin.ok(
        `query ($id: ID!) { auditTrail(entityType: "Action", entityId: $id) { action } }`,
        { id: own.id },
      );
      expect(auditTrail).toEqual([{ action: 'UPDATE' }]);

      const { reactivateUser } = await admin.ok(REACTIVATE, {
        input: { id: user.id, expectedVersion: account.version + 1 },
      });
      expect(reactivateUser.disabled).toBe(false);
    });

    it('refuses, changing nothing, when an open action has no new owner', async () => {
      const { leaver, user, shared, own } = await leaverWithActions();
      const result = await admin.gql(DEACTIVATE, {
        input: {
          id: user.id,
          expectedVersion: user.version,
          handovers: [{ actionId: shared.id, newOwnerId: (await fixtures.person()).id }],
        },
      });
      expect(errorOf(result)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'handovers',
        message: `Choose a new owner for action ${own.reference}`,
      });
      expect(await ownerIds(shared)).toContain(leaver.id);
      expect(
        (await app.dataSource.getRepository(User).findOneByOrFail({ id: user.id })).disabled,
      ).toBe(false);
    });

    it('refuses handing an action to the leaver, or to nobody known', async () => {
      const { leaver, user, shared, own } = await leaverWithActions();
      const input = (newOwnerId: string) => ({
        id: user.id,
        expectedVersion: user.version,
        handovers: [
          { actionId: shared.id, newOwnerId },
          { actionId: own.id, newOwnerId },
        ],
      });
      expect(errorOf(await admin.gql(DEACTIVATE, { input: input(leaver.id) }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'handovers.0.newOwnerId',
      });
      expect(
        errorOf(
          await admin.gql(DEACTIVATE, { input: input('00000000-0000-4000-8000-000000000001') }),
        ),
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'handovers.0.newOwnerId' });
    });

    it('refuses a stale version', async () => {
      const user = await fixtures.user(Role.VIEWER);
      expect(
        errorOf(
          await admin.gql(DEACTIVATE, {
            input: { id: user.id, expectedVersion: user.version + 1, handovers: [] },
          }),
        ).code,
      ).toBe('CONFLICT');
    });
  });

  describe('linking an account to a person', () => {
    it('links, keeps the link when left out, and unlinks with null', async () => {
      const UPDATE = `mutation ($input: UpdateUserInput!) { updateUser(input: $input) { version role person { id } } }`;
      const person = await fixtures.person();
      const user = await fixtures.user(Role.VIEWER);
      const linked = (
        await admin.ok(UPDATE, {
          input: { id: user.id, expectedVersion: user.version, personId: person.id },
        })
      ).updateUser;
      expect(linked.person).toEqual({ id: person.id });
      const kept = (
        await admin.ok(UPDATE, {
          input: { id: user.id, expectedVersion: linked.version, role: 'LEAD' },
        })
      ).updateUser;
      expect(kept).toMatchObject({ role: 'LEAD', person: { id: person.id } });
      const unlinked = (
        await admin.ok(UPDATE, {
          input: { id: user.id, expectedVersion: kept.version, personId: null },
        })
      ).updateUser;
      expect(unlinked.person).toBeNull();
    });
  });

  describe('the accounts list', () => {
    it('filters by search, role, activity and last sign-in', async () => {
      const maker = async (email: string, role: Role, extra: Partial<User> = {}) =>
        app.dataSource.getRepository(User).save({ email, role, ...extra });
      await maker('filter-a@list.example', Role.LEAD, { lastSignedInAt: new Date('2025-11-01') });
      await maker('filter-b@list.example', Role.VIEWER, { lastSignedInAt: new Date('2025-01-01') });
      await maker('filter-c@list.example', Role.LEAD, { disabled: true });
      const emails = async (filter: Record<string, unknown>) =>
        (await admin.ok(USERS, { filter: { search: 'list.example', ...filter } })).users.map(
          (u: { email: string }) => u.email,
        );
      expect(await emails({})).toEqual([
        'filter-a@list.example',
        'filter-b@list.example',
        'filter-c@list.example',
      ]);
      expect(await emails({ role: 'LEAD', active: true })).toEqual(['filter-a@list.example']);
      expect(await emails({ active: false })).toEqual(['filter-c@list.example']);
      expect(await emails({ lastSignIn: 'NEVER' })).toEqual(['filter-c@list.example']);
      expect(await emails({ lastSignIn: 'OVER_90_DAYS' })).toEqual(['filter-b@list.example']);
      expect(await emails({ lastSignIn: 'WITHIN_90_DAYS' })).toEqual(['filter-a@list.example']);
      expect(await emails({ search: '100%_' })).toEqual([]);
    });
  });
});
