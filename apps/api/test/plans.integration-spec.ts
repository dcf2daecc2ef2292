import type { Person } from '@cynnydd/directory/data-access';
import { Action, AnnualPlan, Milestone } from '@cynnydd/plans/data-access';
import { PlanState } from '@cynnydd/shared/domain';
import type { StrategicArea } from '@cynnydd/strategy/data-access';

import { Fixtures } from './support/fixtures';
import { errorOf, startTestApp, type TestApp } from './support/test-app';

const CREATE_PLAN = `mutation ($input: CreatePlanInput!) {
  createPlan(input: $input) { id financialYear startDate endDate state title { en cy } }
}`;
const CREATE_ACTION = `mutation ($input: CreateActionInput!) {
  createAction(input: $input) {
    id reference title { en cy } leadOrganisation startDate dueDate themes version
    owners { id name organisation { code } }
    milestones { title { en } dueDate completedOn }
    area { number } plan { financialYear }
  }
}`;

describe('annual plans, actions and milestones', () => {
  let app: TestApp;
  let fixtures: Fixtures;
  let areas: Map<number, StrategicArea>;
  let lead: Person;
  let partner: Person;

  beforeAll(async () => {
    app = await startTestApp();
    fixtures = new Fixtures(app.dataSource);
    areas = await fixtures.strategy();
    lead = await fixtures.person();
    partner = await fixtures.person();
  });
  afterAll(() => app.close());

  const count = (entity: typeof Action | typeof Milestone | typeof AnnualPlan) =>
    app.dataSource.getRepository(entity).count();

  function actionInput(plan: AnnualPlan, overrides: Record<string, unknown> = {}) {
    return {
      planId: plan.id,
      areaId: areas.get(3)?.id,
      reference: '3.1',
      title: { en: 'Launch the joint careers campaign', cy: "Lansio'r ymgyrch gyrfaoedd ar y cyd" },
      leadOrganisation: 'JOINT',
      ownerIds: [lead.id, partner.id],
      startDate: `${plan.financialYear}-04-01`,
      dueDate: `${plan.financialYear + 1}-03-31`,
      themes: ['WELSH_LANGUAGE_AND_CULTURE', 'INCLUSION'],
      milestones: [
        { title: { en: 'Campaign brief agreed' }, dueDate: `${plan.financialYear}-06-30` },
        { title: { cy: 'Ymgyrch yn fyw' }, dueDate: `${plan.financialYear}-10-31` },
      ],
      ...overrides,
    };
  }

  describe('plans', () => {
    it('creates a draft plan for a financial year with a bilingual default title', async () => {
      const { createPlan } = await app.ok(CREATE_PLAN, { input: { financialYear: '2030-31' } });
      expect(createPlan).toMatchObject({
        financialYear: '2030-31',
        startDate: '2030-04-01',
        endDate: '2031-03-31',
        state: 'DRAFT',
        title: { en: 'Joint action plan 2030-31', cy: 'Cynllun gweithredu ar y cyd 2030-31' },
      });
    });

    it('rejects a second plan for the same year and writes nothing', async () => {
      await fixtures.plan(2031, PlanState.DRAFT);
      const before = await count(AnnualPlan);
      const error = errorOf(await app.gql(CREATE_PLAN, { input: { financialYear: '2031-32' } }));
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'financialYear' });
      expect(error.message).toContain('2031-32 already exists');
      expect(await count(AnnualPlan)).toBe(before);
    });

    it('rejects a malformed financial year, naming the field', async () => {
      const error = errorOf(await app.gql(CREATE_PLAN, { input: { financialYear: '2025/26' } }));
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'financialYear' });
    });

    it('moves draft → approved → closed and refuses other transitions', async () => {
      const plan = await fixtures.plan(2032, PlanState.DRAFT);
      const close = `mutation ($id: ID!) { closePlan(id: $id) { state } }`;
      const approve = `mutation ($id: ID!) { approvePlan(id: $id) { state approvedAt } }`;

      expect(errorOf(await app.gql(close, { id: plan.id }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        message: 'A draft plan cannot be closed',
      });
      const { approvePlan } = await app.ok(approve, { id: plan.id });
      expect(approvePlan.state).toBe('APPROVED');
      expect(approvePlan.approvedAt).toBe('2025-11-15T12:00:00.000Z');
      expect((await app.ok(close, { id: plan.id })).closePlan.state).toBe('CLOSED');
      expect(errorOf(await app.gql(approve, { id: plan.id })).code).toBe('BAD_USER_INPUT');
    });

    it('refuses to approve or close a plan changed since the caller loaded it, changing nothing', async () => {
      const plan = await fixtures.plan(2037, PlanState.DRAFT);
      const approve = `mutation ($id: ID!, $v: Int) { approvePlan(id: $id, expectedVersion: $v) { state version } }`;
      const close = `mutation ($id: ID!, $v: Int) { closePlan(id: $id, expectedVersion: $v) { state version } }`;
      // Someone renames the plan (version 1 → 2) while another person looks at version 1.
      await app.ok(
        `mutation ($input: UpdatePlanInput!) { updatePlan(input: $input) { version } }`,
        { input: { id: plan.id, expectedVersion: 1, title: { en: 'Renamed meanwhile' } } },
      );
      const stale = await app.gql(approve, { id: plan.id, v: 1 });
      expect(errorOf(stale)).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion' });
      expect(stale.errors?.[0].extensions).toMatchObject({
        currentVersion: 2,
        current: { state: 'DRAFT', title: { en: 'Renamed meanwhile' } },
      });
      expect((await app.ok(`{ annualPlan(id: "${plan.id}") { state } }`)).annualPlan.state).toBe(
        'DRAFT',
      );

      const { approvePlan } = await app.ok(approve, { id: plan.id, v: 2 });
      expect(approvePlan).toEqual({ state: 'APPROVED', version: 3 });
      expect(errorOf(await app.gql(close, { id: plan.id, v: 2 })).code).toBe('CONFLICT');
      expect((await app.ok(close, { id: plan.id, v: 3 })).closePlan.state).toBe('CLOSED');
    });

    it('answers NOT_FOUND for an unknown plan and BAD_USER_INPUT for a malformed id', async () => {
      const approve = `mutation ($id: ID!) { approvePlan(id: $id) { state } }`;
      expect(
        errorOf(await app.gql(approve, { id: '00000000-0000-4000-8000-000000000000' })),
      ).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
      expect(errorOf(await app.gql(approve, { id: 'not-an-id' }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'id',
      });
    });

    it('finds a plan by its financial year', async () => {
      await fixtures.plan(2033);
      const { annualPlan } = await app.ok(
        `{ annualPlan(financialYear: "2033-34") { financialYear state actionCount } }`,
      );
      expect(annualPlan).toEqual({ financialYear: '2033-34', state: 'APPROVED', actionCount: 0 });
    });
  });

  describe('actions', () => {
    let plan: AnnualPlan;
    beforeAll(async () => {
      plan = await fixtures.plan(2034);
    });

    it('creates an action with its owners, tags and milestones in one go', async () => {
      const { createAction } = await app.ok(CREATE_ACTION, { input: actionInput(plan) });
      expect(createAction).toMatchObject({
        reference: '3.1',
        title: {
          en: 'Launch the joint careers campaign',
          cy: "Lansio'r ymgyrch gyrfaoedd ar y cyd",
        },
        leadOrganisation: 'JOINT',
        themes: ['WELSH_LANGUAGE_AND_CULTURE', 'INCLUSION'],
        area: { number: 3 },
        plan: { financialYear: '2034-35' },
        version: 1,
      });
      expect(createAction.owners.map((owner: { id: string }) => owner.id)).toEqual([
        lead.id,
        partner.id,
      ]);
      expect(createAction.milestones).toEqual([
        { title: { en: 'Campaign brief agreed' }, dueDate: '2034-06-30', completedOn: null },
        { title: { en: null }, dueDate: '2034-10-31', completedOn: null },
      ]);
    });

    it.each([
      ['a reference from another area', { reference: '4.1' }, 'reference'],
      ['a malformed reference', { reference: '3.x' }, 'reference'],
      ['a title in neither language', { title: { en: '  ', cy: null } }, 'title'],
      ['an over-long Welsh title', { title: { en: 'ok', cy: 'a'.repeat(301) } }, 'title.cy'],
      ['no owners', { ownerIds: [] }, 'ownerIds'],
      ['an impossible date', { startDate: '2034-02-30' }, 'startDate'],
      [
        'a due date before the start',
        { dueDate: '2034-03-31', startDate: '2034-04-01' },
        'dueDate',
      ],
      ['an unknown theme', { themes: ['HAPPINESS'] }, 'themes.0'],
      ['a missing title', { title: undefined }, 'title'],
      [
        'a milestone without a date',
        { milestones: [{ title: { en: 'x' }, dueDate: '' }] },
        'milestones.0.dueDate',
      ],
    ])('rejects %s, naming the field and writing nothing', async (_, overrides, field) => {
      const before = [await count(Action), await count(Milestone)];
      const result = await app.gql(CREATE_ACTION, {
        input: actionInput(plan, { reference: '3.9', ...overrides }),
      });
      const error = errorOf(result);
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect([await count(Action), await count(Milestone)]).toEqual(before);
    });

    it('rejects an unknown owner as NOT_FOUND without a partial write', async () => {
      const before = [await count(Action), await count(Milestone)];
      const error = errorOf(
        await app.gql(CREATE_ACTION, {
          input: actionInput(plan, {
            reference: '3.8',
            ownerIds: [lead.id, '00000000-0000-4000-8000-000000000001'],
          }),
        }),
      );
      expect(error).toMatchObject({ code: 'NOT_FOUND', field: 'ownerIds' });
      expect([await count(Action), await count(Milestone)]).toEqual(before);
    });

    it('refuses a duplicate reference in the same plan', async () => {
      await app.ok(CREATE_ACTION, { input: actionInput(plan, { reference: '3.5' }) });
      const error = errorOf(
        await app.gql(CREATE_ACTION, { input: actionInput(plan, { reference: '3.5' }) }),
      );
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reference' });
    });

    it('updates only the given fields and replaces owners', async () => {
      const action = await fixtures.action({
        plan,
        area: areas.get(2) as StrategicArea,
        owners: [lead],
      });
      const { updateAction } = await app.ok(
        `mutation ($input: UpdateActionInput!) {
          updateAction(input: $input) { reference title { en cy } dueDate themes version owners { id } }
        }`,
        {
          input: {
            id: action.id,
            expectedVersion: 1,
            dueDate: '2035-06-30',
            ownerIds: [partner.id],
            themes: ['WELL_BEING'],
          },
        },
      );
      expect(updateAction).toEqual({
        reference: action.reference,
        title: { en: action.title.en, cy: action.title.cy },
        dueDate: '2035-06-30',
        themes: ['WELL_BEING'],
        version: 2,
        owners: [{ id: partner.id }],
      });
    });

    it('keeps the other language when only one is edited', async () => {
      const action = await fixtures.action({
        plan,
        area: areas.get(2) as StrategicArea,
        owners: [lead],
      });
      const update = `mutation ($input: UpdateActionInput!) { updateAction(input: $input) { title { en cy } } }`;
      const { updateAction } = await app.ok(update, {
        input: { id: action.id, expectedVersion: 1, title: { cy: 'Teitl Cymraeg' } },
      });
      expect(updateAction.title).toEqual({ en: action.title.en, cy: 'Teitl Cymraeg' });
      expect(
        errorOf(
          await app.gql(update, {
            input: { id: action.id, expectedVersion: 2, title: { en: null, cy: ' ' } },
          }),
        ),
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    });

    it('adds, completes and reopens milestones', async () => {
      const action = await fixtures.action({
        plan,
        area: areas.get(1) as StrategicArea,
        owners: [lead],
      });
      const { addMilestone } = await app.ok(
        `mutation ($input: AddMilestoneInput!) { addMilestone(input: $input) { id dueDate action { id } } }`,
        {
          input: {
            actionId: action.id,
            title: { en: 'Pilot sites chosen' },
            dueDate: '2034-09-30',
          },
        },
      );
      expect(addMilestone.action.id).toBe(action.id);
      const update = `mutation ($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { completedOn version } }`;
      const done = await app.ok(update, {
        input: { id: addMilestone.id, expectedVersion: 1, completedOn: '2025-09-12' },
      });
      expect(done.updateMilestone).toEqual({ completedOn: '2025-09-12', version: 2 });
      const reopened = await app.ok(update, {
        input: { id: addMilestone.id, expectedVersion: 2, completedOn: null },
      });
      expect(reopened.updateMilestone.completedOn).toBeNull();
      // Today is 2025-11-15 in these tests.
      expect(
        errorOf(
          await app.gql(update, {
            input: { id: addMilestone.id, expectedVersion: 3, completedOn: '2025-11-16' },
          }),
        ),
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'completedOn' });
    });

    it('freezes the actions of a closed plan', async () => {
      const closed = await fixtures.plan(2035, PlanState.CLOSED);
      const error = errorOf(
        await app.gql(CREATE_ACTION, { input: actionInput(closed, { reference: '3.1' }) }),
      );
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'planId' });
      expect(error.message).toBe('The 2035-36 plan is closed');
    });

    it('lists an area’s actions for a plan year in natural reference order', async () => {
      const year = await fixtures.plan(2036);
      const area = areas.get(5) as StrategicArea;
      for (const reference of ['5.10', '5.2', '5.1']) {
        await fixtures.action({ plan: year, area, reference, owners: [lead] });
      }
      const { strategicArea } = await app.ok(
        `{ strategicArea(number: 5) { number actions(financialYear: "2036-37") { reference owners { id } } } }`,
      );
      expect(strategicArea.actions.map((a: { reference: string }) => a.reference)).toEqual([
        '5.1',
        '5.2',
        '5.10',
      ]);
    });
  });
});
