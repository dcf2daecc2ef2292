import type { Person } from '@cynnydd/directory/data-access';
import { Action, ActionOwner, Milestone, type AnnualPlan } from '@cynnydd/plans/data-access';
import { PlanState, RagStatus, Theme } from '@cynnydd/shared/domain';
import type { StrategicArea } from '@cynnydd/strategy/data-access';

import { Fixtures } from './support/fixtures';
import { errorOf, startTestApp, type TestApp } from './support/test-app';

const CARRY_FORWARD = `mutation ($input: CarryForwardActionsInput!) {
  carryForwardActions(input: $input) {
    id reference dueDate themes plan { financialYear }
    owners { id }
    milestones { title { en } dueDate completedOn }
    carriedForwardFrom { id reference plan { financialYear } statusHistory { rag } carriedForwardTo { id } }
    statusHistory { id }
  }
}`;

describe('carrying actions forward into the next year', () => {
  let app: TestApp;
  let fixtures: Fixtures;
  let area: StrategicArea;
  let owners: Person[];
  let lastYear: AnnualPlan;
  let thisYear: AnnualPlan;

  beforeAll(async () => {
    app = await startTestApp();
    fixtures = new Fixtures(app.dataSource);
    area = (await fixtures.strategy()).get(4) as StrategicArea;
    owners = [await fixtures.person(), await fixtures.person()];
    lastYear = await fixtures.plan(2024, PlanState.CLOSED);
    thisYear = await fixtures.plan(2025, PlanState.DRAFT);
  });
  afterAll(() => app.close());

  const rows = async () => [
    await app.dataSource.getRepository(Action).count(),
    await app.dataSource.getRepository(ActionOwner).count(),
    await app.dataSource.getRepository(Milestone).count(),
  ];

  it('copies an unfinished action with its owners and outstanding milestones, linked both ways', async () => {
    const source = await fixtures.action({
      plan: lastYear,
      area,
      reference: '4.2',
      owners,
      dueDate: '2025-03-31',
      themes: [Theme.STAFF_RETENTION],
    });
    await fixtures.milestone(source, '2024-06-30', '2024-06-20');
    await fixtures.milestone(source, '2025-02-28');
    const q4 = await fixtures.period(2024, 4);
    await fixtures.update(source, q4, owners[0], RagStatus.AMBER);

    const { carryForwardActions } = await app.ok(CARRY_FORWARD, {
      input: { actionIds: [source.id], targetPlanId: thisYear.id },
    });
    expect(carryForwardActions).toHaveLength(1);
    const [copy] = carryForwardActions;
    expect(copy).toMatchObject({
      reference: '4.2',
      // Due last year, so it is given the new plan's year end.
      dueDate: '2026-03-31',
      themes: ['STAFF_RETENTION'],
      plan: { financialYear: '2025-26' },
      owners: owners.map(({ id }) => ({ id })),
      statusHistory: [],
    });
    expect(copy.milestones).toHaveLength(1);
    expect(copy.milestones[0]).toMatchObject({ dueDate: '2025-02-28', completedOn: null });
    expect(copy.carriedForwardFrom).toMatchObject({
      id: source.id,
      plan: { financialYear: '2024-25' },
      statusHistory: [{ rag: 'AMBER' }],
      carriedForwardTo: { id: copy.id },
    });
  });

  it('refuses to carry an action twice, writing nothing', async () => {
    const source = await fixtures.action({ plan: lastYear, area, reference: '4.3', owners });
    await app.ok(CARRY_FORWARD, { input: { actionIds: [source.id], targetPlanId: thisYear.id } });
    const before = await rows();
    const error = errorOf(
      await app.gql(CARRY_FORWARD, {
        input: { actionIds: [source.id], targetPlanId: thisYear.id },
      }),
    );
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'actionIds' });
    expect(await rows()).toEqual(before);
  });

  it('carries nothing when any one of the actions cannot be carried', async () => {
    const good = await fixtures.action({ plan: lastYear, area, reference: '4.4', owners });
    const tooOldPlan = await fixtures.plan(2023, PlanState.CLOSED);
    const tooOld = await fixtures.action({ plan: tooOldPlan, area, reference: '4.4', owners });
    const before = await rows();
    const error = errorOf(
      await app.gql(CARRY_FORWARD, {
        input: { actionIds: [good.id, tooOld.id], targetPlanId: thisYear.id },
      }),
    );
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'actionIds' });
    expect(error.message).toContain('2023-24 plan can only be carried into the 2024-25 plan');
    expect(await rows()).toEqual(before);
  });

  it('reports unknown actions and plans as NOT_FOUND', async () => {
    const source = await fixtures.action({ plan: lastYear, area, reference: '4.5', owners });
    const missing = '00000000-0000-4000-8000-000000000009';
    expect(
      errorOf(
        await app.gql(CARRY_FORWARD, {
          input: { actionIds: [source.id, missing], targetPlanId: thisYear.id },
        }),
      ),
    ).toMatchObject({ code: 'NOT_FOUND', field: 'actionIds' });
    expect(
      errorOf(
        await app.gql(CARRY_FORWARD, { input: { actionIds: [source.id], targetPlanId: missing } }),
      ),
    ).toMatchObject({ code: 'NOT_FOUND', field: 'targetPlanId' });
  });

  it('refuses a reference already used in the target plan', async () => {
    const source = await fixtures.action({ plan: lastYear, area, reference: '4.6', owners });
    await fixtures.action({ plan: thisYear, area, reference: '4.6', owners });
    const error = errorOf(
      await app.gql(CARRY_FORWARD, {
        input: { actionIds: [source.id], targetPlanId: thisYear.id },
      }),
    );
    expect(error.message).toBe('The 2025-26 plan already has an action 4.6');
  });

  it('gives each copy its own owners and milestones when several are carried together', async () => {
    const [p1, p2] = [await fixtures.person(), await fixtures.person()];
    const tenth = await fixtures.action({ plan: lastYear, area, reference: '4.10', owners: [p1] });
    const second = await fixtures.action({ plan: lastYear, area, reference: '4.8', owners: [p2] });
    await fixtures.milestone(tenth, '2025-01-31');
    const { carryForwardActions } = await app.ok(CARRY_FORWARD, {
      input: { actionIds: [tenth.id, second.id], targetPlanId: thisYear.id },
    });
    const byReference = Object.fromEntries(
      carryForwardActions.map((copy: any) => [copy.reference, copy]),
    );
    expect(byReference['4.10'].owners).toEqual([{ id: p1.id }]);
    expect(byReference['4.10'].milestones).toHaveLength(1);
    expect(byReference['4.8'].owners).toEqual([{ id: p2.id }]);
    expect(byReference['4.8'].milestones).toEqual([]);
  });

  it('keeps a due date that already falls in the new year', async () => {
    const source = await fixtures.action({
      plan: lastYear,
      area,
      reference: '4.11',
      owners,
      dueDate: '2025-09-30',
    });
    const { carryForwardActions } = await app.ok(CARRY_FORWARD, {
      input: { actionIds: [source.id], targetPlanId: thisYear.id },
    });
    expect(carryForwardActions[0].dueDate).toBe('2025-09-30');
  });

  it('refuses to carry forward an action that is complete', async () => {
    const source = await fixtures.action({ plan: lastYear, area, reference: '4.12', owners });
    await fixtures.update(source, await fixtures.period(2024, 3), owners[0], RagStatus.COMPLETE);
    const error = errorOf(
      await app.gql(CARRY_FORWARD, {
        input: { actionIds: [source.id], targetPlanId: thisYear.id },
      }),
    );
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'actionIds' });
    expect(error.message).toBe('Action 4.12 is complete and needs no carrying forward');
  });
});
