import { Role } from '@cynnydd/shared/domain';
import type { StrategicArea } from '@cynnydd/strategy/data-access';

import { Fixtures } from './support/fixtures';
import { errorOf, startTestApp, type TestApp } from './support/test-app';

const LOAD = `query ($id: ID!) { action(id: $id) { version title { en cy } dueDate } }`;
const UPDATE = `mutation ($input: UpdateActionInput!) {
  updateAction(input: $input) { version title { en cy } dueDate }
}`;

describe('two people editing at once', () => {
  let app: TestApp;
  let fixtures: Fixtures;
  let area: StrategicArea;

  beforeAll(async () => {
    app = await startTestApp();
    fixtures = new Fixtures(app.dataSource);
    area = (await fixtures.strategy()).get(4) as StrategicArea;
  });
  afterAll(() => app.close());

  async function newAction(year: number) {
    const plan = await fixtures.plan(year);
    return fixtures.action({ plan, area, owners: [await fixtures.person()] });
  }

  it('refuses the second of two edits made from the same version, keeping the first', async () => {
    const action = await newAction(2024);
    const colleague = await app.signedIn(Role.PROGRAMME_OFFICE, await fixtures.person());
    const [mine, theirs] = [
      await app.ok(LOAD, { id: action.id }),
      await colleague.ok(LOAD, { id: action.id }),
    ];
    expect(mine.action.version).toBe(1);
    expect(theirs.action.version).toBe(1);

    const newOwner = await fixtures.person();
    const first = await app.ok(UPDATE, {
      input: {
        id: action.id,
        expectedVersion: mine.action.version,
        title: { cy: 'Teitl newydd' },
        ownerIds: [newOwner.id],
      },
    });
    expect(first.updateAction.version).toBe(2);

    const second = await colleague.gql(UPDATE, {
      input: {
        id: action.id,
        expectedVersion: theirs.action.version,
        dueDate: '2026-01-31',
        title: { en: 'Overwrite' },
      },
    });
    const error = errorOf(second);
    expect(error).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion' });
    const [{ extensions }] = second.errors ?? [];
    expect(extensions?.['currentVersion']).toBe(2);
    expect(extensions?.['current']).toMatchObject({
      version: 2,
      title: { en: action.title.en, cy: 'Teitl newydd' },
      dueDate: action.dueDate,
      // The owners are part of what the colleague must see changed.
      ownerIds: [newOwner.id],
    });

    const { action: stored } = await app.ok(LOAD, { id: action.id });
    expect(stored).toEqual({
      version: 2,
      title: { en: action.title.en, cy: 'Teitl newydd' },
      dueDate: action.dueDate,
    });
  });

  it('lets exactly one of two simultaneous edits of the same version through', async () => {
    const action = await newAction(2025);
    const colleague = await app.signedIn(Role.PROGRAMME_OFFICE, await fixtures.person());
    const results = await Promise.all([
      app.gql(UPDATE, { input: { id: action.id, expectedVersion: 1, dueDate: '2026-02-28' } }),
      colleague.gql(UPDATE, {
        input: { id: action.id, expectedVersion: 1, dueDate: '2026-01-31' },
      }),
    ]);
    const codes = results.map((result) => result.errors?.[0]?.extensions?.['code'] ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const winner = results.find((result) => !result.errors)?.data?.['updateAction'];
    expect((await app.ok(LOAD, { id: action.id })).action).toEqual(winner);
  });

  it('applies the same rule to plans and milestones', async () => {
    const plan = await fixtures.plan(2090);
    const updatePlan = `mutation ($input: UpdatePlanInput!) { updatePlan(input: $input) { version } }`;
    await app.ok(updatePlan, {
      input: { id: plan.id, expectedVersion: 1, title: { en: 'First' } },
    });
    expect(
      errorOf(
        await app.gql(updatePlan, {
          input: { id: plan.id, expectedVersion: 1, title: { en: 'Second' } },
        }),
      ),
    ).toMatchObject({ code: 'CONFLICT' });

    const action = await newAction(2026);
    const milestone = await fixtures.milestone(action, '2025-09-30');
    const updateMilestone = `mutation ($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { version } }`;
    await app.ok(updateMilestone, {
      input: { id: milestone.id, expectedVersion: 1, completedOn: '2025-09-29' },
    });
    expect(
      errorOf(
        await app.gql(updateMilestone, {
          input: { id: milestone.id, expectedVersion: 1, completedOn: null },
        }),
      ),
    ).toMatchObject({ code: 'CONFLICT' });
  });
});
