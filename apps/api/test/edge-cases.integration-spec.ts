import { PlanState, Role } from '@cynnydd/shared/domain';
import type { StrategicArea } from '@cynnydd/strategy/data-access';

import { Fixtures } from './support/fixtures';
import { Client, errorOf, openSession, startTestApp, type TestApp } from './support/test-app';

describe('edge cases at the edges of input and timing', () => {
  let app: TestApp;
  let fixtures: Fixtures;
  let area: StrategicArea;

  beforeAll(async () => {
    app = await startTestApp();
    fixtures = new Fixtures(app.dataSource);
    area = (await fixtures.strategy()).get(6) as StrategicArea;
  });
  afterAll(() => app.close());

  it('answers text the database cannot store (a NUL character) as bad input, even anonymously', async () => {
    const result = await app.anonymous.gql(
      `mutation ($input: SignInInput!) { signIn(input: $input) { expiresAt } }`,
      { input: { email: 'a\u0000b@example.wales', password: 'whatever it is' } },
    );
    expect(errorOf(result).code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result)).not.toMatch(/invalid byte sequence|0x00/);
  });

  it('refuses dates outside 1900–2999 by field rather than failing in the database', async () => {
    const plan = await fixtures.plan(2025);
    const action = await fixtures.action({ plan, area, owners: [await fixtures.person()] });
    const milestone = await fixtures.milestone(action, '2025-09-30');
    const result = await app.gql(
      `mutation ($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { id } }`,
      { input: { id: milestone.id, expectedVersion: 1, completedOn: '0000-01-01' } },
    );
    expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'completedOn' });
  });

  it('freezes delegates with the rest of a closed plan', async () => {
    const plan = await fixtures.plan(2026);
    const owner = await fixtures.person();
    const action = await fixtures.action({ plan, area, owners: [owner] });
    const delegate = await fixtures.person();
    const ADD = `mutation ($a: ID!, $p: ID!) { addDelegate(actionId: $a, personId: $p) { id } }`;
    await app.ok(ADD, { a: action.id, p: delegate.id });
    await app.dataSource.query(`UPDATE annual_plan SET state = $1 WHERE id = $2`, [
      PlanState.CLOSED,
      plan.id,
    ]);
    const removal = await app.gql(
      `mutation ($a: ID!, $p: ID!) { removeDelegate(actionId: $a, personId: $p) { id } }`,
      { a: action.id, p: delegate.id },
    );
    expect(errorOf(removal)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'actionId' });
  });

  it('changes only the fields an administrator edits, never a password set meanwhile', async () => {
    const person = await fixtures.person();
    const user = await fixtures.user(Role.LEAD, person, 'the first passphrase');
    const admin = await app.signedIn(Role.ADMIN);
    const { users } = await admin.ok(`{ users { id version } }`);
    const loaded = users.find((u: { id: string }) => u.id === user.id);

    // The account holder changes their password after the administrator loaded the account.
    const own = new Client(app.url, await openSession(app.dataSource, user));
    await own.ok(`mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }`, {
      input: { currentPassword: 'the first passphrase', newPassword: 'the second passphrase' },
    });
    await admin.ok(`mutation ($input: UpdateUserInput!) { updateUser(input: $input) { role } }`, {
      input: { id: user.id, expectedVersion: loaded.version, role: 'BOARD_MEMBER' },
    });

    const signIn = (password: string) =>
      app.anonymous.gql(
        `mutation ($input: SignInInput!) { signIn(input: $input) { user { role } } }`,
        {
          input: { email: user.email, password },
        },
      );
    expect((await signIn('the second passphrase')).data?.['signIn'].user.role).toBe('BOARD_MEMBER');
    expect(errorOf(await signIn('the first passphrase')).code).toBe('UNAUTHENTICATED');
  });
});
