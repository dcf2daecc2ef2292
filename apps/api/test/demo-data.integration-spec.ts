import { seedDemoData } from '../src/seed/demo-seed';
import { DEMO_PASSWORD, DEMO_USERS } from '../src/seed/demo-users';
import { startTestApp, type TestApp } from './support/test-app';

describe('the demo programme loaded by npm start and npm run seed', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ today: '2026-11-23' });
    expect(await seedDemoData(app.dataSource)).toBe(true);
  });
  afterAll(() => app.close());

  it('loads the strategy, its seven areas and its principles in English and Welsh', async () => {
    const { strategy } = await app.ok(`{
      strategy {
        title { en cy } startYear endYear
        areas { number title { en cy } description { en cy } }
        principles { code name { en cy } }
        crossCuttingPriorities { code name { en cy } }
      }
    }`);
    expect(strategy.title.en).toBe(
      'A Healthier Wales: our Workforce Strategy for Health and Social Care',
    );
    expect([strategy.startYear, strategy.endYear]).toEqual([2020, 2030]);
    expect(strategy.areas.map((area: { number: number }) => area.number)).toEqual([
      1, 2, 3, 4, 5, 6, 7,
    ]);
    for (const area of strategy.areas) {
      expect(
        area.title.en && area.title.cy && area.description.en && area.description.cy,
      ).toBeTruthy();
    }
    expect(strategy.principles).toEqual([
      { code: 'WELL_BEING', name: { en: 'Well-being', cy: 'Llesiant' } },
      { code: 'INCLUSION', name: { en: 'Inclusion', cy: 'Cynhwysiant' } },
      {
        code: 'WELSH_LANGUAGE_AND_CULTURE',
        name: { en: 'Welsh language and culture', cy: 'Y Gymraeg a diwylliant' },
      },
    ]);
    expect(strategy.crossCuttingPriorities.map((theme: { code: string }) => theme.code)).toEqual([
      'STAFF_RETENTION',
    ]);
  });

  it('has plans for 2024-25 and 2025-26 with about forty actions across all areas and both bodies', async () => {
    const { annualPlans } = await app.ok(`{ annualPlans { financialYear state actionCount } }`);
    expect(annualPlans).toEqual([
      expect.objectContaining({ financialYear: '2026-27', state: 'APPROVED' }),
      expect.objectContaining({ financialYear: '2025-26', state: 'CLOSED' }),
      expect.objectContaining({ financialYear: '2024-25', state: 'CLOSED' }),
    ]);
    const { actions } = await app.ok(`{
      actions(filter: { financialYear: "2025-26" }, first: 100) {
        totalCount edges { node { area { number } leadOrganisation owners { organisation { code } } milestones { id } carriedForwardFrom { id } } }
      }
    }`);
    const nodes = actions.edges.map((edge: { node: any }) => edge.node);
    expect(actions.totalCount).toBeGreaterThanOrEqual(25);
    expect(new Set(nodes.map((n: any) => n.area.number)).size).toBe(7);
    expect(new Set(nodes.map((n: any) => n.leadOrganisation))).toEqual(
      new Set(['HEIW', 'SOCIAL_CARE_WALES', 'JOINT']),
    );
    const ownerOrgs = new Set(
      nodes.flatMap((n: any) => n.owners.map((o: any) => o.organisation.code)),
    );
    expect([...ownerOrgs]).toEqual(expect.arrayContaining(['HEIW', 'SCW']));
    expect(nodes.every((n: any) => n.milestones.length >= 2)).toBe(true);
    expect(nodes.some((n: any) => n.carriedForwardFrom)).toBe(true);
    const first = await app.ok(`{ actions(filter: { financialYear: "2024-25" }) { totalCount } }`);
    expect(
      first.actions.totalCount + nodes.filter((n: any) => !n.carriedForwardFrom).length,
    ).toBeGreaterThanOrEqual(40);
  });

  it('has several quarters of updates with a believable mix of statuses', async () => {
    const { reportingPeriods } = await app.ok(`{ reportingPeriods { id label } }`);
    expect(reportingPeriods.map((p: { label: string }) => p.label).slice(0, 3)).toEqual([
      '2026-27 Q3',
      '2026-27 Q2',
      '2026-27 Q1',
    ]);
    const q2 = reportingPeriods[1];
    const { progressSummary } = await app.ok(
      `query ($id: ID!) { progressSummary(reportingPeriodId: $id) {
        overall { red amber green complete notStarted noUpdate total } overdueMilestones { id } } }`,
      { id: q2.id },
    );
    const { overall } = progressSummary;
    expect(overall.total).toBeGreaterThan(10);
    expect(overall.green).toBeGreaterThan(overall.red);
    expect(overall.red + overall.amber).toBeGreaterThan(0);
    expect(overall.noUpdate).toBeGreaterThan(0);
    expect(progressSummary.overdueMilestones.length).toBeGreaterThan(0);
    const { currentReportingPeriod } = await app.ok(`{ currentReportingPeriod { label } }`);
    expect(currentReportingPeriod).toEqual({ label: '2026-27 Q3' });

    // The open round is under way: some leads have reported, most have not yet.
    const open = await app.ok(
      `query ($id: ID!) { progressSummary(reportingPeriodId: $id) { overall { noUpdate total } } }`,
      { id: reportingPeriods[0].id },
    );
    const round = open.progressSummary.overall;
    expect(round.noUpdate).toBeGreaterThan(round.total / 2);
    expect(round.noUpdate).toBeLessThan(round.total);
  });

  it.each(DEMO_USERS.map((user) => [user.role, user.email]))(
    'has a demo %s account, %s, that signs in with the published password',
    async (role, email) => {
      const response = await app.anonymous.post({
        query: `mutation ($input: SignInInput!) { signIn(input: $input) { user { role person { name } } } }`,
        variables: { input: { email, password: DEMO_PASSWORD } },
      });
      const { data } = (await response.json()) as { data: any };
      expect(data.signIn.user.role).toBe(role);
      if (role !== 'ADMIN') expect(data.signIn.user.person.name).toBeTruthy();
    },
  );

  it('gives the demo leads actions of their own in the current plan', async () => {
    for (const lead of DEMO_USERS.filter((user) => user.role === 'LEAD')) {
      const { people } = await app.ok(`{ people { id email } }`);
      const person = people.find((p: { email: string }) => p.email === lead.email);
      const { actions } = await app.ok(
        `query ($owner: ID!) { actions(filter: { financialYear: "2026-27", ownerId: $owner }) { totalCount } }`,
        { owner: person.id },
      );
      expect(actions.totalCount).toBeGreaterThan(0);
    }
  });

  it('loads only once, and the API reports itself healthy', async () => {
    expect(await seedDemoData(app.dataSource)).toBe(false);
    const health = await fetch(`${app.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({
      status: 'ok',
      info: { database: { status: 'up' } },
    });
  });
});
