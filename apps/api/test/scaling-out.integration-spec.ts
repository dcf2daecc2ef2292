import { Clock } from '@cynnydd/server/core';
import { Role } from '@cynnydd/shared/domain';
import type { StrategicArea } from '@cynnydd/strategy/data-access';

import { Fixtures } from './support/fixtures';
import {
  changeFeedConnections,
  Client,
  eventually,
  startTestApp,
  stopChangeFeeds,
  type TestApp,
} from './support/test-app';

const PASSWORD = 'a-long-enough-password-1';
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { user { email } } }`;
const SUBMIT = `mutation ($input: SubmitStatusUpdateInput!) { submitStatusUpdate(input: $input) { id } }`;
const STATUS = `query ($id: ID!) { action(id: $id) { currentStatus { rag commentary { en } } } }`;
const ME = `{ me { email } }`;
const ROLE = `{ me { role } }`;

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

    // Signing out on the first ends the session there at once, and on the second as soon as
    // its change feed hears of it.
    await onFirst.ok('mutation { signOut }');
    expect((await onFirst.ok(ME)).me).toBeNull();
    expect(
      (
        await eventually(
          () => onSecond.ok(ME),
          (answer) => answer.me === null,
        )
      ).me,
    ).toBeNull();
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

/**
 * Each instance remembers the sessions it has looked up, so most requests need no statement to
 * know who asks, and forgets them whenever a session ends or an account changes, on any instance.
 */
describe('sessions remembered by each instance', () => {
  let first: TestApp;
  let second: TestApp;
  let fixtures: Fixtures;

  beforeAll(async () => {
    first = await startTestApp();
    second = await startTestApp({ database: first.database });
    fixtures = new Fixtures(first.dataSource);
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  /** A lead's session, already looked up (and remembered) by both instances. */
  async function rememberedSession() {
    const user = await fixtures.user(Role.LEAD, await fixtures.person(), PASSWORD);
    const response = await first.anonymous.post({
      query: SIGN_IN,
      variables: { input: { email: user.email, password: PASSWORD } },
    });
    const session = response.headers.get('set-cookie')?.split(';')[0] ?? null;
    const onFirst = new Client(first.url, session);
    const onSecond = new Client(second.url, session);
    for (const client of [onFirst, onSecond]) await client.ok(ME);
    return { user, onFirst, onSecond };
  }
  /** `me` reads the account itself: one statement, and one more if the session is looked up. */
  const statementsFor = async (app: TestApp, client: Client) => {
    app.statements.count = 0;
    const answer = await client.ok(ME);
    return { answer, statements: app.statements.count };
  };
  /** False while the session still works, so `eventually` can ask again. */
  const refused = async (client: Client) => {
    const { errors } = await client.gql(`{ strategicAreas { number } }`);
    return errors?.length === 1 && errors[0].extensions?.['code'] === 'UNAUTHENTICATED';
  };

  it('knows a remembered session with no statement', async () => {
    const { user, onFirst, onSecond } = await rememberedSession();
    expect(await statementsFor(first, onFirst)).toEqual({
      answer: { me: { email: user.email } },
      statements: 1,
    });
    expect((await statementsFor(second, onSecond)).statements).toBe(1);
  });

  it('refuses a remembered session once it has expired', async () => {
    const { onFirst } = await rememberedSession();
    const clock = first.nest.get(Clock);
    // Sessions last 12 hours in the test app.
    const later = new Date(clock.now().getTime() + 13 * 3_600_000);
    const now = jest.spyOn(clock, 'now').mockReturnValue(later);
    try {
      expect(await refused(onFirst)).toBe(true);
    } finally {
      now.mockRestore();
    }
  });

  it('forgets a session disabled on the other instance', async () => {
    const { user, onFirst, onSecond } = await rememberedSession();
    const admin = await second.signedIn(Role.ADMIN);
    await admin.ok(
      `mutation ($input: DeactivateUserInput!) { deactivateUser(input: $input) { disabled } }`,
      { input: { id: user.id, expectedVersion: 1, handovers: [] } },
    );
    expect(await refused(onSecond)).toBe(true);
    expect(await eventually(() => refused(onFirst), Boolean)).toBe(true);
  });

  it('answers with the new role once it changes on the other instance', async () => {
    const { user, onFirst } = await rememberedSession();
    const admin = await second.signedIn(Role.ADMIN);
    await admin.ok(`mutation ($input: UpdateUserInput!) { updateUser(input: $input) { role } }`, {
      input: { id: user.id, expectedVersion: 1, role: 'PROGRAMME_OFFICE' },
    });
    const answer = await eventually(
      () => onFirst.ok(ROLE),
      ({ me }) => me.role === 'PROGRAMME_OFFICE',
    );
    expect(answer.me.role).toBe('PROGRAMME_OFFICE');
  });

  it('forgets a session ended straight in the database, as a support script would', async () => {
    const { user, onFirst } = await rememberedSession();
    await first.dataSource.query('DELETE FROM session WHERE user_id = $1', [user.id]);
    expect(await eventually(() => refused(onFirst), Boolean)).toBe(true);
  });

  it('looks every session up while the change feed is down', async () => {
    const { onFirst } = await rememberedSession();
    await stopChangeFeeds(first.dataSource);
    await eventually(
      () => changeFeedConnections(first.dataSource),
      (n) => n === 0,
    );
    expect((await statementsFor(first, onFirst)).statements).toBe(2);
    expect((await statementsFor(first, onFirst)).statements).toBe(2);

    await eventually(
      () => changeFeedConnections(first.dataSource),
      (n) => n === 2,
    );
    await onFirst.ok(ME);
    expect((await statementsFor(first, onFirst)).statements).toBe(1);
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

  /**
   * Sends a request to `instance` while another transaction holds what it needs (`lock`, run in
   * that transaction), aborts it once it waits, and stops the instance: the stop waits for the
   * request, and the pool is still open when the lock is released. Resolves once stopped.
   */
  async function stopWithAbandonedRequest(
    app: TestApp,
    instance: TestApp,
    lock: { sql: string; parameters: unknown[] },
    send: (signal: AbortSignal) => Promise<Response>,
  ) {
    const holder = app.dataSource.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    await holder.query(lock.sql, lock.parameters);

    let stopping: Promise<unknown> | null = null;
    try {
      const client = new AbortController();
      const request = send(client.signal);
      const waitingForLock = async () => {
        const [{ n }] = await app.dataSource.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity
           WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        return n as number;
      };
      expect(await eventually(waitingForLock, (n) => n === 1)).toBe(1);
      client.abort();
      await expect(request).rejects.toThrow();

      let closed = false;
      stopping = instance.close().then(() => (closed = true));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(closed).toBe(false);
      expect(instance.dataSource.isInitialized).toBe(true);
    } finally {
      // Even when a check fails, so that the instance can stop and the run end.
      await holder.commitTransaction();
      await holder.release();
    }
    await stopping;
    expect(instance.dataSource.isInitialized).toBe(false);
  }

  it('finishes a status update whose client has gone before closing the pool', async () => {
    // `app` keeps the database; `instance`, a second instance on it, is the one stopped.
    const app = await startTestApp();
    const instance = await startTestApp({ database: app.database });
    const fixtures = new Fixtures(app.dataSource);
    const area = (await fixtures.strategy()).get(1) as StrategicArea;
    const action = await fixtures.action({ plan: await fixtures.plan(2025), area });
    const period = await fixtures.period(2025, 3);

    // The held action makes the update wait inside its statement.
    await stopWithAbandonedRequest(
      app,
      instance,
      { sql: 'SELECT 1 FROM action WHERE id = $1 FOR UPDATE', parameters: [action.id] },
      (signal) =>
        fetch(`${instance.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: instance.cookie as string },
          body: JSON.stringify({
            query: SUBMIT,
            variables: {
              input: {
                actionId: action.id,
                reportingPeriodId: period.id,
                rag: 'GREEN',
                percentComplete: 10,
                commentary: { en: 'Sent as the tab closed' },
              },
            },
          }),
          signal,
        }),
    );
    const rows = await app.dataSource.query(
      'SELECT commentary_en FROM status_update WHERE action_id = $1',
      [action.id],
    );
    await app.close();
    expect(rows).toEqual([{ commentary_en: 'Sent as the tab closed' }]);
  });

  it('finishes a download whose client has gone before closing the pool', async () => {
    const app = await startTestApp();
    const instance = await startTestApp({ database: app.database });
    const fixtures = new Fixtures(app.dataSource);
    const period = await fixtures.period(2025, 3);
    const { createReport } = await instance.ok(
      `mutation ($input: CreateReportInput!) { createReport(input: $input) { id } }`,
      { input: { reportingPeriodId: period.id, audience: 'OPERATIONAL_GROUP' } },
    );

    // Reading the report waits while another transaction has its table to itself.
    await stopWithAbandonedRequest(
      app,
      instance,
      { sql: 'LOCK TABLE report IN ACCESS EXCLUSIVE MODE', parameters: [] },
      (signal) =>
        fetch(`${instance.url}/reports/${createReport.id}/export?format=docx&language=en`, {
          headers: { cookie: instance.cookie as string },
          signal,
        }),
    );
    await app.close();
  });
});
