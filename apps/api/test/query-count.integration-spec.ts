import type { Person } from '@cynnydd/directory/data-access';
import type { ReportingPeriod } from '@cynnydd/reporting/data-access';
import { ChangeChannel, DataChangeFeed } from '@cynnydd/server/core';
import { RagStatus } from '@cynnydd/shared/domain';
import type { StrategicArea } from '@cynnydd/strategy/data-access';

import { Fixtures } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';

const ACTION_FIELDS = `
  id reference title { en cy } isOverdue
  plan { financialYear } area { number }
  owners { name organisation { code } }
  milestones { dueDate action { id } }
  currentStatus { rag author { name } reportingPeriod { label } }
  statusHistory { rag author { organisation { code } } }
  statusInPeriod(reportingPeriodId: $period) { rag }
  carriedForwardFrom { id } carriedForwardTo { id }`;

const AREA_ACTIONS = `query ($year: String!, $period: ID!) {
  strategy { areas { number actions(financialYear: $year) { ${ACTION_FIELDS} } } }
}`;
const ACTION_LIST = `query ($year: String!, $period: ID!, $first: Int) {
  actions(filter: { financialYear: $year }, first: $first) { totalCount edges { node { ${ACTION_FIELDS} } } }
}`;
const REPORT = `query ($id: ID!) {
  report(id: $id) {
    content {
      overall { total }
      measures { counts { total red } measures { reference latest { value rag } recent { value } } offTarget { reference } }
    }
  }
}`;
const REPORT_RISKS = `query ($id: ID!) {
  report(id: $id) {
    content { risks { heatMap { count } risks { reference current { score } previous { score } } opened { reference } } }
  }
}`;
const SUMMARY = `query ($period: ID!) {
  progressSummary(reportingPeriodId: $period) {
    overall { total }
    areas { area { number } counts { total } }
    overdueMilestones { action { reference owners { name } } }
    actionsWithoutUpdate { reference owners { name } currentStatus { rag } }
  }
}`;

/** Seeds a plan year with `count` actions spread over the areas, each fully populated. */
async function populateYear(
  fixtures: Fixtures,
  areas: StrategicArea[],
  people: Person[],
  year: number,
  count: number,
): Promise<ReportingPeriod> {
  const plan = await fixtures.plan(year);
  const [q1, q2] = [await fixtures.period(year, 1), await fixtures.period(year, 2)];
  for (let i = 0; i < count; i++) {
    const area = areas[i % areas.length];
    const action = await fixtures.action({
      plan,
      area,
      reference: `${area.number}.${i + 1}`,
      owners: [people[i % people.length], people[(i + 1) % people.length]],
    });
    await fixtures.milestone(action, `${year}-06-30`);
    // Each action's updates come from one of its owners, so every year has the same mix of
    // people and organisations and loader cache hits cannot differ between the two sizes.
    const author = people[i % people.length];
    await fixtures.update(action, q1, author, RagStatus.GREEN);
    // Every third action has no Q2 update yet, so the summary's lists are populated too.
    if (i % 3) await fixtures.update(action, q2, author, RagStatus.AMBER);
  }
  return q2;
}

describe('SQL statements per request do not grow with the number of actions', () => {
  let app: TestApp;
  let small: ReportingPeriod;
  let large: ReportingPeriod;
  let fixtures: Fixtures;
  let areas: StrategicArea[];
  let people: Person[];

  beforeAll(async () => {
    app = await startTestApp({ today: '2026-11-15' });
    fixtures = new Fixtures(app.dataSource);
    areas = [...(await fixtures.strategy()).values()];
    const organisations = [await fixtures.organisation('HEIW'), await fixtures.organisation('SCW')];
    people = [];
    for (let i = 0; i < 6; i++) people.push(await fixtures.person(organisations[i % 2]));
    small = await populateYear(fixtures, areas, people, 2024, 10);
    large = await populateYear(fixtures, areas, people, 2025, 200);
  }, 120_000);
  afterAll(() => app.close());

  /**
   * Statements for one request. Loaders batch what is asked for in the same tick, so when two
   * branches of a query resolve at different moments a loader may run twice; that depends on
   * timing, not on data size. The fewest of three runs is the query's real statement count.
   */
  async function statementsFor(query: string, variables: Record<string, unknown>) {
    const counts: number[] = [];
    let data: any;
    for (let run = 0; run < 3; run++) {
      // Each run builds its answer: the response cache would otherwise serve runs 2 and 3.
      app.nest.get(DataChangeFeed).markChanged(ChangeChannel.Data);
      app.statements.count = 0;
      data = await app.ok(query, variables);
      counts.push(app.statements.count);
    }
    return { statements: Math.min(...counts), most: Math.max(...counts), data };
  }

  it('for every area with all its actions, owners, milestones and statuses', async () => {
    const ten = await statementsFor(AREA_ACTIONS, { year: '2024-25', period: small.id });
    const twoHundred = await statementsFor(AREA_ACTIONS, { year: '2025-26', period: large.id });
    const returned = (data: any) =>
      data.strategy.areas.reduce(
        (sum: number, area: { actions: unknown[] }) => sum + area.actions.length,
        0,
      );
    expect([returned(ten.data), returned(twoHundred.data)]).toEqual([10, 200]);
    expect(twoHundred.statements).toBe(ten.statements);
    expect(twoHundred.most).toBeLessThan(ten.statements * 2);
    // One statement per kind of data: strategy, areas, actions, plans, owners, organisations, ...
    expect(ten.statements).toBeGreaterThan(8);
    expect(ten.statements).toBeLessThanOrEqual(18);
  });

  it('for a page of the action list, 10 rows or 100', async () => {
    const ten = await statementsFor(ACTION_LIST, { year: '2024-25', period: small.id, first: 10 });
    const hundred = await statementsFor(ACTION_LIST, {
      year: '2025-26',
      period: large.id,
      first: 100,
    });
    expect(ten.data.actions.edges).toHaveLength(10);
    expect(hundred.data.actions.edges).toHaveLength(100);
    expect(hundred.statements).toBe(ten.statements);
    expect(hundred.most).toBeLessThan(ten.statements * 2);
    expect(ten.statements).toBeGreaterThan(8);
  });

  it('for the progress summary with its lists of actions and milestones', async () => {
    const ten = await statementsFor(SUMMARY, { period: small.id });
    const twoHundred = await statementsFor(SUMMARY, { period: large.id });
    expect(ten.data.progressSummary.overall.total).toBe(10);
    expect(twoHundred.data.progressSummary.overall.total).toBe(200);
    expect(twoHundred.data.progressSummary.actionsWithoutUpdate).toHaveLength(67);
    expect(twoHundred.statements).toBe(ten.statements);
    expect(twoHundred.most).toBeLessThan(ten.statements * 2);
    expect(ten.statements).toBeGreaterThan(4);
  });

  it('for a report draft with every action, and every measure with its recent figures', async () => {
    /** Measures with a target and figures for the quarters of 2025-26 up to Q2. */
    const addMeasures = async (count: number, from: number) => {
      for (let i = from; i < from + count; i++) {
        const owner = people[i % people.length];
        const measure = await fixtures.measure({
          owner,
          area: areas[i % areas.length],
          reference: `M9.${i + 1}`,
          targets: { 2025: 6 },
        });
        await fixtures.measureValue(measure, '2025-04-01', 5 + (i % 3), owner);
        await fixtures.measureValue(measure, '2025-07-01', 6 + (i % 3), owner);
      }
    };
    const { id } = (
      await app.ok(`mutation ($input: CreateReportInput!) { createReport(input: $input) { id } }`, {
        input: { reportingPeriodId: large.id, audience: 'OPERATIONAL_GROUP' },
      })
    ).createReport;
    await addMeasures(3, 0);
    const three = await statementsFor(REPORT, { id });
    await addMeasures(60, 3);
    const sixtyThree = await statementsFor(REPORT, { id });
    expect(three.data.report.content.overall.total).toBe(200);
    expect(three.data.report.content.measures.counts.total).toBe(3);
    expect(sixtyThree.data.report.content.measures.counts).toEqual({ total: 63, red: 21 });
    expect(sixtyThree.data.report.content.measures.measures[62].recent).toHaveLength(2);
    expect(sixtyThree.statements).toBe(three.statements);
    // The measures and their targets and areas in one statement, their figures in another.
    expect(three.statements).toBeLessThanOrEqual(14);
  });

  it('for a report draft’s risk section, however many risks and reviews', async () => {
    /** Risks recorded in Q1 and reviewed in Q2, so each has a score then and one before. */
    const addRisks = async (count: number) => {
      for (let i = 0; i < count; i++) {
        const owner = people[i % people.length];
        const risk = await fixtures.risk({
          owner,
          area: areas[i % areas.length],
          current: [2, 3],
          reviewedOn: '2025-05-01',
        });
        await fixtures.riskReview(risk, '2025-08-01', [3, (i % 5) + 1]);
      }
    };
    const { id } = (
      await app.ok(`mutation ($input: CreateReportInput!) { createReport(input: $input) { id } }`, {
        input: { reportingPeriodId: large.id, audience: 'OVERSIGHT_BOARD' },
      })
    ).createReport;
    await addRisks(2);
    const two = await statementsFor(REPORT_RISKS, { id });
    await addRisks(40);
    const fortyTwo = await statementsFor(REPORT_RISKS, { id });
    expect(two.data.report.content.risks.risks).toHaveLength(2);
    expect(fortyTwo.data.report.content.risks.risks).toHaveLength(42);
    expect(fortyTwo.data.report.content.risks.risks[0].previous.score).toBe(6);
    expect(fortyTwo.statements).toBe(two.statements);
  });

  it('answers the overdue milestones’ actions from the summary’s own read of actions', async () => {
    const summary = (milestone: string) => `query ($period: ID!) {
      progressSummary(reportingPeriodId: $period) {
        actionsWithoutUpdate { reference } overdueMilestones { ${milestone} }
      }
    }`;
    const plain = await statementsFor(summary('id'), { period: large.id });
    const withActions = await statementsFor(summary('id action { id reference }'), {
      period: large.id,
    });
    const milestones = withActions.data.progressSummary.overdueMilestones;
    expect(milestones).toHaveLength(200);
    expect(milestones[0].action.reference).toMatch(/^\d+\.\d+$/);
    expect(withActions.statements).toBe(plain.statements);
  });
});
