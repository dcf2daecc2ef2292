import { PlanState, RagStatus } from '@cynnydd/shared/domain';
import type { StrategicArea } from '@cynnydd/strategy/data-access';

import { Fixtures } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';

const MOVEMENT = `query ($id: ID!) {
  progressSummary(reportingPeriodId: $id) {
    movement {
      previousPeriod { label }
      counts { improved worsened unchanged newlyRed newlyComplete notCompared }
      changes { action { reference } previous current direction }
    }
    areas { area { number } movement { improved worsened notCompared } }
  }
}`;

const none = {
  improved: 0,
  worsened: 0,
  unchanged: 0,
  newlyRed: 0,
  newlyComplete: 0,
  notCompared: 0,
};

describe('change since the previous period', () => {
  let app: TestApp;
  let fixtures: Fixtures;
  let periods: Awaited<ReturnType<Fixtures['period']>>[];

  beforeAll(async () => {
    app = await startTestApp();
    fixtures = new Fixtures(app.dataSource);
    const areas = await fixtures.strategy();
    const area = (n: number) => areas.get(n) as StrategicArea;
    const lead = await fixtures.person();
    const lastYear = await fixtures.plan(2024, PlanState.CLOSED);
    const thisYear = await fixtures.plan(2025);
    // Created out of order: "previous" follows the calendar, not insertion order.
    const q1 = await fixtures.period(2025, 1);
    const lastQ4 = await fixtures.period(2024, 4);
    const lastQ3 = await fixtures.period(2024, 3);
    const q2 = await fixtures.period(2025, 2);
    periods = [lastQ3, lastQ4, q1, q2];

    const original = await fixtures.action({
      plan: lastYear,
      area: area(3),
      reference: '3.1',
      owners: [lead],
    });
    const unrelated = await fixtures.action({
      plan: lastYear,
      area: area(3),
      reference: '3.2',
      owners: [lead],
    });
    const continued = await fixtures.action({
      plan: thisYear,
      area: area(3),
      reference: '3.1',
      owners: [lead],
      carriedForwardFrom: original,
    });
    const steady = await fixtures.action({
      plan: thisYear,
      area: area(1),
      reference: '1.1',
      owners: [lead],
    });
    const slipping = await fixtures.action({
      plan: thisYear,
      area: area(1),
      reference: '1.2',
      owners: [lead],
    });
    const finishing = await fixtures.action({
      plan: thisYear,
      area: area(2),
      reference: '2.1',
      owners: [lead],
    });
    const starting = await fixtures.action({
      plan: thisYear,
      area: area(2),
      reference: '2.2',
      owners: [lead],
    });

    await fixtures.update(original, lastQ4, lead, RagStatus.GREEN);
    await fixtures.update(unrelated, lastQ4, lead, RagStatus.RED);
    await fixtures.update(continued, q1, lead, RagStatus.RED);

    await fixtures.update(steady, q1, lead, RagStatus.AMBER);
    await fixtures.update(slipping, q1, lead, RagStatus.GREEN);
    await fixtures.update(finishing, q1, lead, RagStatus.GREEN);
    await fixtures.update(steady, q2, lead, RagStatus.AMBER);
    await fixtures.update(slipping, q2, lead, RagStatus.AMBER, new Date('2025-10-01T09:00:00Z'));
    // The period's last word counts: a correction to red.
    await fixtures.update(slipping, q2, lead, RagStatus.RED, new Date('2025-10-02T09:00:00Z'));
    await fixtures.update(finishing, q2, lead, RagStatus.COMPLETE);
    await fixtures.update(starting, q2, lead, RagStatus.GREEN);
    // 3.1 has no Q2 update: not compared.
  });
  afterAll(() => app.close());

  const movementIn = async (index: number) =>
    (await app.ok(MOVEMENT, { id: periods[index].id })).progressSummary;

  it('compares each action with its update in the period before', async () => {
    const { movement, areas } = await movementIn(3);
    expect(movement.previousPeriod).toEqual({ label: '2025-26 Q1' });
    expect(movement.counts).toEqual({
      ...none,
      improved: 1,
      worsened: 1,
      unchanged: 1,
      newlyRed: 1,
      newlyComplete: 1,
      notCompared: 2,
    });
    expect(movement.changes).toEqual([
      { action: { reference: '1.2' }, previous: 'GREEN', current: 'RED', direction: 'WORSENED' },
      {
        action: { reference: '2.1' },
        previous: 'GREEN',
        current: 'COMPLETE',
        direction: 'IMPROVED',
      },
    ]);
    const byArea = Object.fromEntries(
      areas.map((row: { area: { number: number }; movement: object }) => [
        row.area.number,
        row.movement,
      ]),
    );
    expect(byArea[1]).toEqual({ improved: 0, worsened: 1, notCompared: 0 });
    expect(byArea[2]).toEqual({ improved: 1, worsened: 0, notCompared: 1 });
    expect(byArea[3]).toEqual({ improved: 0, worsened: 0, notCompared: 1 });
  });

  it('compares a carried-forward action with the action it continues across the year end', async () => {
    const { movement } = await movementIn(2);
    expect(movement.previousPeriod).toEqual({ label: '2024-25 Q4' });
    expect(movement.changes).toEqual([
      { action: { reference: '3.1' }, previous: 'GREEN', current: 'RED', direction: 'WORSENED' },
    ]);
    // 3.2 of last year is not in this year's plan, so its red does not count.
    expect(movement.counts).toMatchObject({ worsened: 1, newlyRed: 1, notCompared: 4 });
  });

  it('has no previous period for the first one', async () => {
    const { movement } = await movementIn(0);
    expect(movement.previousPeriod).toBeNull();
    expect(movement.changes).toEqual([]);
  });
});
