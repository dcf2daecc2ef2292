import type { Person } from '@cynnydd/directory/data-access';
import { Action } from '@cynnydd/plans/data-access';
import type { ReportingPeriod } from '@cynnydd/reporting/data-access';
import { RagStatus, Theme } from '@cynnydd/shared/domain';
import type { StrategicArea } from '@cynnydd/strategy/data-access';

import { Fixtures } from './support/fixtures';
import { errorOf, eventually, startTestApp, type Client, type TestApp } from './support/test-app';

const SUMMARY = `query ($id: ID!) {
  progressSummary(reportingPeriodId: $id) {
    reportingPeriod { label } plan { financialYear } asOf
    overall { red amber green complete notStarted noUpdate total }
    areas { area { number } counts { red amber green complete notStarted noUpdate total } }
    themes { theme counts { green noUpdate total } }
    overdueMilestones { dueDate completedOn action { reference } }
    actionsWithoutUpdate { reference }
  }
}`;

const zero = { red: 0, amber: 0, green: 0, complete: 0, notStarted: 0, noUpdate: 0, total: 0 };

/** Today is 2025-11-15 in these tests, during 2025-26 Q3. */
describe('progress summary for a reporting period', () => {
  let app: TestApp;
  let fixtures: Fixtures;
  let areas: Map<number, StrategicArea>;
  let lead: Person;
  let q1: ReportingPeriod;
  let q2: ReportingPeriod;
  let q3: ReportingPeriod;

  beforeAll(async () => {
    app = await startTestApp();
    fixtures = new Fixtures(app.dataSource);
    areas = await fixtures.strategy();
    lead = await fixtures.person();
    const plan = await fixtures.plan(2025);
    [q1, q2, q3] = [
      await fixtures.period(2025, 1),
      await fixtures.period(2025, 2),
      await fixtures.period(2025, 3),
    ];
    const area = (n: number) => areas.get(n) as StrategicArea;

    const a11 = await fixtures.action({
      plan,
      area: area(1),
      reference: '1.1',
      owners: [lead],
      themes: [Theme.WELL_BEING],
    });
    const a12 = await fixtures.action({ plan, area: area(1), reference: '1.2', owners: [lead] });
    const a21 = await fixtures.action({
      plan,
      area: area(2),
      reference: '2.1',
      owners: [lead],
      themes: [Theme.WELL_BEING, Theme.INCLUSION],
    });
    const a61 = await fixtures.action({ plan, area: area(6), reference: '6.1', owners: [lead] });
    // Never reported on; made in this order so that neither insertion nor text order is 7.9, 7.10.
    await fixtures.action({ plan, area: area(7), reference: '7.10', owners: [lead] });
    await fixtures.action({ plan, area: area(7), reference: '7.9', owners: [lead] });

    await fixtures.update(a11, q1, lead, RagStatus.AMBER);
    await fixtures.update(a11, q2, lead, RagStatus.AMBER, new Date('2025-10-03T09:00:00Z'));
    // A later correction within the same period wins.
    await fixtures.update(a11, q2, lead, RagStatus.GREEN, new Date('2025-10-05T09:00:00Z'));
    await fixtures.update(a12, q2, lead, RagStatus.RED);
    await fixtures.update(a21, q2, lead, RagStatus.COMPLETE);
    // 6.1 reported in Q1 only: in Q2 it has no update.
    await fixtures.update(a61, q1, lead, RagStatus.NOT_STARTED);

    await fixtures.milestone(a12, '2025-08-31'); // overdue at the end of Q2 and still open
    await fixtures.milestone(a12, '2025-09-15', '2025-10-10'); // completed late: overdue at the end of Q2
    await fixtures.milestone(a21, '2025-09-01', '2025-08-20'); // completed on time
    await fixtures.milestone(a61, '2025-11-01'); // due in Q3
    // Another year's action is not counted.
    const lastYear = await fixtures.plan(2024);
    await fixtures.action({ plan: lastYear, area: area(1), reference: '1.1', owners: [lead] });
  });
  afterAll(() => app.close());

  it('counts each action by its latest update in the period, per area, per theme and overall', async () => {
    const { progressSummary } = await app.ok(SUMMARY, { id: q2.id });
    expect(progressSummary.reportingPeriod).toEqual({ label: '2025-26 Q2' });
    expect(progressSummary.plan).toEqual({ financialYear: '2025-26' });
    expect(progressSummary.asOf).toBe('2025-09-30');
    expect(progressSummary.overall).toEqual({
      ...zero,
      red: 1,
      green: 1,
      complete: 1,
      noUpdate: 3,
      total: 6,
    });
    expect(progressSummary.areas).toHaveLength(7);
    const counts = Object.fromEntries(
      progressSummary.areas.map((row: { area: { number: number }; counts: object }) => [
        row.area.number,
        row.counts,
      ]),
    );
    expect(counts[1]).toEqual({ ...zero, red: 1, green: 1, total: 2 });
    expect(counts[2]).toEqual({ ...zero, complete: 1, total: 1 });
    expect(counts[6]).toEqual({ ...zero, noUpdate: 1, total: 1 });
    expect(counts[7]).toEqual({ ...zero, noUpdate: 2, total: 2 });
    expect(progressSummary.themes).toContainEqual({
      theme: 'WELL_BEING',
      counts: { green: 1, noUpdate: 0, total: 2 },
    });
    expect(progressSummary.themes).toContainEqual({
      theme: 'WELSH_LANGUAGE_AND_CULTURE',
      counts: { green: 0, noUpdate: 0, total: 0 },
    });
  });

  it('lists milestones overdue as at the end of the period and actions with no update, in reference order', async () => {
    const { progressSummary } = await app.ok(SUMMARY, { id: q2.id });
    expect(progressSummary.overdueMilestones).toEqual([
      { dueDate: '2025-08-31', completedOn: null, action: { reference: '1.2' } },
      { dueDate: '2025-09-15', completedOn: '2025-10-10', action: { reference: '1.2' } },
    ]);
    expect(progressSummary.actionsWithoutUpdate).toEqual([
      { reference: '6.1' },
      { reference: '7.9' },
      { reference: '7.10' },
    ]);
  });

  it('judges the current period as at today', async () => {
    const { progressSummary } = await app.ok(SUMMARY, { id: q3.id });
    expect(progressSummary.asOf).toBe('2025-11-15');
    expect(progressSummary.overall).toEqual({ ...zero, noUpdate: 6, total: 6 });
    expect(progressSummary.overdueMilestones.map((m: { dueDate: string }) => m.dueDate)).toEqual([
      '2025-08-31',
      '2025-11-01',
    ]);
  });

  it('gives the current period’s summary in one request', async () => {
    const current = `{ currentProgressSummary { reportingPeriod { id label } asOf overall { red green noUpdate total } } }`;
    const { currentProgressSummary } = await app.ok(current);
    // Today (2025-11-15) is in Q3; the later periods made by other tests have not started.
    expect(currentProgressSummary.reportingPeriod.id).toBe(q3.id);
    const { progressSummary } = await app.ok(
      `query ($id: ID!) { progressSummary(reportingPeriodId: $id) { asOf overall { red green noUpdate total } } }`,
      { id: q3.id },
    );
    expect(currentProgressSummary).toMatchObject(progressSummary);
  });

  it('shows an empty summary for a year without a plan, and NOT_FOUND for an unknown period', async () => {
    const future = await fixtures.period(2027, 1);
    const { progressSummary } = await app.ok(SUMMARY, { id: future.id });
    expect(progressSummary.plan).toBeNull();
    expect(progressSummary.overall).toEqual(zero);
    expect(
      errorOf(await app.gql(SUMMARY, { id: '00000000-0000-4000-8000-00000000000b' })),
    ).toMatchObject({ code: 'NOT_FOUND', field: 'reportingPeriodId' });
  });

  describe('the chart as a picture (GET /charts/progress/:id)', () => {
    const chart = (client: Client, id: string, query = 'language=en', headers = {}) =>
      fetch(`${client.url}/charts/progress/${id}?${query}`, {
        headers: { ...headers, ...(client.cookie ? { cookie: client.cookie } : {}) },
      });

    it('draws the period’s counts per area as SVG, in the language asked for', async () => {
      const english = await chart(app, q2.id);
      expect(english.status).toBe(200);
      expect(english.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
      expect(english.headers.get('cache-control')).toBe('private, no-cache');
      const svg = await english.text();
      expect(svg).toMatch(/^<svg /);
      // Named by its figures in words, as the board paper's chart is: area 1 has a red and a green.
      expect(svg).toContain('1 red');
      expect(svg).toContain('1 green');
      const welsh = await (await chart(app, q2.id, 'language=cy')).text();
      expect(welsh).toContain('1 coch');
      expect(welsh).not.toEqual(svg);
    });

    it('answers 304 when the browser’s copy is still right, and a new picture after an update', async () => {
      const first = await chart(app, q3.id);
      const etag = first.headers.get('etag') as string;
      expect(etag).toMatch(/^"[\w-]+"$/);
      expect((await chart(app, q3.id, 'language=en', { 'if-none-match': etag })).status).toBe(304);
      const action = await app.dataSource
        .getRepository(Action)
        .findOneByOrFail({ reference: '6.1' });
      await fixtures.update(action, q3, lead, RagStatus.RED);
      // Drawn again once the instance hears of the commit (its NOTIFY comes on its own connection).
      const after = await eventually(
        () => chart(app, q3.id, 'language=en', { 'if-none-match': etag }),
        (answer) => answer.status === 200,
      );
      expect(after.headers.get('etag')).not.toBe(etag);
    });

    it('draws a period’s chart once while its data stays the same', async () => {
      await chart(app, q2.id, 'language=cy');
      app.statements.count = 0;
      const again = await chart(app, q2.id, 'language=cy');
      expect(again.status).toBe(200);
      expect(await again.text()).toContain('1 coch');
      expect(app.statements.count).toBe(0);
    });

    it('refuses anyone not signed in, a language it does not speak and an unknown period', async () => {
      expect((await chart(app.anonymous, q2.id)).status).toBe(401);
      const bad = await chart(app, q2.id, 'language=fr');
      expect(bad.status).toBe(400);
      expect(await bad.json()).toMatchObject({ code: 'BAD_USER_INPUT', field: 'language' });
      const unknown = await chart(app, '00000000-0000-4000-8000-00000000000b');
      expect(unknown.status).toBe(404);
      expect(await unknown.json()).toMatchObject({ code: 'NOT_FOUND', field: 'reportingPeriodId' });
    });
  });
});
