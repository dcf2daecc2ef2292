import type { User } from '@cynnydd/access/data-access';
import type { Person } from '@cynnydd/directory/data-access';
import type { Action } from '@cynnydd/plans/data-access';
import type { ReportingPeriod } from '@cynnydd/reporting/data-access';
import { ChangeChannel, DataChangeFeed, ResponseCachePlugin } from '@cynnydd/server/core';
import { RagStatus, ReportAudience, Role } from '@cynnydd/shared/domain';
import type { StrategicArea } from '@cynnydd/strategy/data-access';

import { Fixtures } from './support/fixtures';
import {
  changeFeedConnections,
  Client,
  eventually,
  openSession,
  startTestApp,
  stopChangeFeeds,
  type TestApp,
} from './support/test-app';

const SUMMARY = `query ($id: ID!) {
  progressSummary(reportingPeriodId: $id) { overall { total red amber green noUpdate } }
}`;
const SUBMIT = `mutation ($input: SubmitStatusUpdateInput!) { submitStatusUpdate(input: $input) { id } }`;

interface Overall {
  total: number;
  red: number;
  amber: number;
  green: number;
  noUpdate: number;
}

/** The overview's answers are served again until data changes, on whichever instance. */
describe('response cache for the overview', () => {
  let first: TestApp;
  let second: TestApp;
  let fixtures: Fixtures;
  let lead: Person;
  let asLead: Client & { user: User };
  let period: ReportingPeriod;
  let actions: Action[];

  beforeAll(async () => {
    first = await startTestApp();
    second = await startTestApp({ database: first.database });
    fixtures = new Fixtures(first.dataSource);
    const area = (await fixtures.strategy()).get(1) as StrategicArea;
    const plan = await fixtures.plan(2025);
    lead = await fixtures.person();
    asLead = await first.signedIn(Role.LEAD, lead);
    period = await fixtures.period(2025, 3);
    actions = [];
    for (let i = 0; i < 3; i++) actions.push(await fixtures.action({ plan, area, owners: [lead] }));
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  /**
   * Waits until `first` has heard of what was just committed (a NOTIFY arrives after the commit,
   * on its own connection): otherwise the notice may land between two requests a test compares.
   */
  const heard = async (change: () => Promise<unknown>, notices = 1) => {
    const feed = first.nest.get(DataChangeFeed);
    const before = feed.revisionOf(ChangeChannel.Data) as number;
    await change();
    await eventually(
      async () => feed.revisionOf(ChangeChannel.Data) as number,
      (revision) => revision >= before + notices,
    );
  };

  const overall = async (client: Client) =>
    (await client.ok<{ progressSummary: { overall: Overall } }>(SUMMARY, { id: period.id }))
      .progressSummary.overall;
  /** The answer and the SQL statements this instance sent for it. */
  const measured = async (app: TestApp, client: Client = app) => {
    app.statements.count = 0;
    const answer = await overall(client);
    return { answer, statements: app.statements.count };
  };
  const submit = (client: Client, action: Action, rag: RagStatus) =>
    client.ok(SUBMIT, {
      input: {
        actionId: action.id,
        reportingPeriodId: period.id,
        rag,
        percentComplete: 50,
        commentary: { en: `Now ${rag}` },
      },
    });
  it('answers a repeated overview without building it again', async () => {
    const built = await measured(first);
    const again = await measured(first);
    expect(again.answer).toEqual(built.answer);
    expect(built.statements).toBeGreaterThan(4);
    expect(again.statements).toBe(0); // the session is remembered too
  });

  it('answers a repeated draft report, built from live data, until that data changes', async () => {
    const { createReport } = await first.ok<{ createReport: { id: string } }>(
      `mutation ($input: CreateReportInput!) { createReport(input: $input) { id } }`,
      { input: { reportingPeriodId: period.id, audience: ReportAudience.OVERSIGHT_BOARD } },
    );
    const draft = async () => {
      first.statements.count = 0;
      const { report } = await first.ok<{ report: { content: { overall: Overall } } }>(
        `query ($id: ID!) { report(id: $id) { content { overall { total red amber green noUpdate } } } }`,
        { id: createReport.id },
      );
      return { overall: report.content.overall, statements: first.statements.count };
    };
    const built = await draft();
    expect(built.statements).toBeGreaterThan(4);
    expect(await draft()).toEqual({ ...built, statements: 0 });
    await heard(() => submit(asLead, actions[2], RagStatus.AMBER));
    const changed = await draft();
    expect(changed.statements).toBeGreaterThan(4);
    expect(changed.overall.amber).toBe(built.overall.amber + 1);
  });

  it('tells browsers and proxies not to keep any answer', async () => {
    const response = await fetch(`${first.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: first.cookie as string },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.headers.get('cache-control')).toBe('private, no-store');
  });

  it('keeps answers per person', async () => {
    await measured(first);
    let board = first as Client;
    await heard(async () => (board = await first.signedIn(Role.BOARD_MEMBER)));
    expect((await measured(first, board)).statements).toBeGreaterThan(4);
    expect((await measured(first, board)).statements).toBe(0);
  });

  it('sends a cached answer exactly as it sent the answer it built', async () => {
    first.nest.get(DataChangeFeed).markChanged(ChangeChannel.Data);
    const body = () =>
      fetch(`${first.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: first.cookie as string },
        body: JSON.stringify({ query: SUMMARY, variables: { id: period.id } }),
      }).then((response) => response.text());
    const built = await body();
    first.statements.count = 0;
    const cached = await body();
    expect(first.statements.count).toBe(0);
    expect(cached).toBe(built);
    expect(JSON.parse(cached).data.progressSummary.overall.total).toBe(3);
  });

  it('shows a change made on this instance in its very next answer', async () => {
    const before = await overall(first);
    await submit(asLead, actions[0], RagStatus.RED);
    expect(await overall(first)).toEqual({
      ...before,
      red: before.red + 1,
      noUpdate: before.noUpdate - 1,
    });
  });

  it('keeps no answers of an earlier revision once a change is known', async () => {
    const cache = first.nest.get(ResponseCachePlugin);
    await overall(first);
    await overall(asLead);
    expect(cache.size).toBeGreaterThanOrEqual(2);
    // The mutation marks a change at once; its commit's notice comes after.
    await heard(() => submit(asLead, actions[0], RagStatus.GREEN), 2);
    await overall(first);
    expect(cache.size).toBe(1);
  });

  it('retires answers when another instance, or anything else, commits a change', async () => {
    const before = await overall(first);
    const asLeadOnSecond = new Client(
      second.url,
      await openSession(second.dataSource, asLead.user),
    );
    await submit(asLeadOnSecond, actions[1], RagStatus.AMBER);
    const afterUpdate = await eventually(
      () => overall(first),
      (answer) => answer.amber === before.amber + 1,
    );
    expect(afterUpdate).toMatchObject({ amber: before.amber + 1, noUpdate: before.noUpdate - 1 });

    // Written straight to the database, as a restore or a support script would.
    await fixtures.update(actions[2], period, lead, RagStatus.GREEN);
    expect(
      await eventually(
        () => overall(first),
        (answer) => answer.green === afterUpdate.green + 1,
      ),
    ).toMatchObject({ green: afterUpdate.green + 1, noUpdate: 0 });
  });

  it('builds every answer afresh while the change feed is down, and caches again once it is back', async () => {
    await measured(first);
    const feedConnections = () => changeFeedConnections(first.dataSource);
    expect(await feedConnections()).toBe(2); // one per instance
    await stopChangeFeeds(first.dataSource);
    await eventually(feedConnections, (n) => n === 0);
    const whileDown = [await measured(first), await measured(first)];
    expect(whileDown.map((answer) => answer.statements)).toEqual([
      expect.any(Number),
      expect.any(Number),
    ]);
    expect(Math.min(...whileDown.map((answer) => answer.statements))).toBeGreaterThan(4);

    await eventually(feedConnections, (n) => n === 2);
    await measured(first);
    expect((await measured(first)).statements).toBe(0);
  });
});
