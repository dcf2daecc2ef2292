import { Role } from '@cynnydd/shared/domain';
import type { StrategicArea } from '@cynnydd/strategy/data-access';

import { Fixtures } from './support/fixtures';
import { Client, startTestApp, type TestApp } from './support/test-app';

const PASSWORD = 'a-long-enough-password-1';
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { user { email } } }`;
const SUBMIT = `mutation ($input: SubmitStatusUpdateInput!) { submitStatusUpdate(input: $input) { id } }`;
const STATUS = `query ($id: ID!) { action(id: $id) { currentStatus { rag commentary { en } } } }`;
const ME = `{ me { email } }`;

/**
 * Two API processes behind a load balancer share one database and nothing else: a session
 * started on one works on the other, and each sees the other's writes at once.
 */
describe('two API instances on one database', () => {
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    first = await startTestApp({ signInAttemptsPerMinute: 3 });
    second = await startTestApp({ database: first.database, signInAttemptsPerMinute: 3 });
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  it('signs in on one instance, reports on the other, and reads it back on the first', async () => {
    const fixtures = new Fixtures(first.dataSource);
    const area = (await fixtures.strategy()).get(3) as StrategicArea;
    const lead = await fixtures.person();
    const user = await fixtures.user(Role.LEAD, lead, PASSWORD);
    const action = await fixtures.action({ plan: await fixtures.plan(2025), area, owners: [lead] });
    const period = await fixtures.period(2025, 3);

    const response = await first.anonymous.post({
      query: SIGN_IN,
      variables: { input: { email: user.email, password: PASSWORD } },
    });
    const cookie = response.headers.get('set-cookie')?.split(';')[0] ?? null;
    expect(cookie).toBeTruthy();

    const onSecond = new Client(second.url, cookie);
    expect((await onSecond.ok(ME)).me).toEqual({ email: user.email });
    await onSecond.ok(SUBMIT, {
      input: {
        actionId: action.id,
        reportingPeriodId: period.id,
        rag: 'AMBER',
        percentComplete: 45,
        commentary: { en: 'Sent to the second instance' },
      },
    });

    const onFirst = new Client(first.url, cookie);
    expect((await onFirst.ok(STATUS, { id: action.id })).action.currentStatus).toEqual({
      rag: 'AMBER',
      commentary: { en: 'Sent to the second instance' },
    });

    // Signing out on the first ends the session everywhere.
    await onFirst.ok('mutation { signOut }');
    expect((await onSecond.ok(ME)).me).toBeNull();
  });

  it('holds one sign-in limit across both instances', async () => {
    const attempt = (app: TestApp) =>
      app.anonymous.gql(SIGN_IN, {
        input: { email: 'someone@example.wales', password: 'not-the-password-at-all' },
      });
    const codes = [];
    for (const app of [first, second, first, second]) {
      codes.push((await attempt(app)).errors?.[0].extensions?.['code']);
    }
    // Three wrong passwords are answered; the fourth, on either instance, is held back.
    expect(codes.slice(0, 3).every((code) => code === 'UNAUTHENTICATED')).toBe(true);
    expect(codes[3]).toBe('TOO_MANY_REQUESTS');
  });
});

describe('stopping an instance (SIGTERM)', () => {
  it('finishes requests in flight, then closes the database pool', async () => {
    const app = await startTestApp();
    const fixtures = new Fixtures(app.dataSource);
    await fixtures.strategy();
    const period = await fixtures.period(2025, 2);
    const { id } = (
      await app.ok(`mutation ($input: CreateReportInput!) { createReport(input: $input) { id } }`, {
        input: { reportingPeriodId: period.id, audience: 'OPERATIONAL_GROUP' },
      })
    ).createReport;

    // A PDF takes a while (Chromium starts on first use): stop while it is being made.
    const inFlight = fetch(`${app.url}/reports/${id}/export?format=pdf&language=en`, {
      headers: { cookie: app.cookie as string },
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const stopping = app.close();

    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(
      Buffer.from(await response.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    await stopping;
    expect(app.dataSource.isInitialized).toBe(false);
    await expect(fetch(`${app.url}/health`)).rejects.toThrow();
  });
});
