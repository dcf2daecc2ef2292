import ExcelJS from 'exceljs';

import type { Person } from '@cynnydd/directory/data-access';
import type { AnnualPlan } from '@cynnydd/plans/data-access';
import type { ReportingPeriod } from '@cynnydd/reporting/data-access';
import { PlanState, RagStatus, WellBeingGoal } from '@cynnydd/shared/domain';
import { readWordDocument } from '@cynnydd/shared/testing';
import type { StrategicArea } from '@cynnydd/strategy/data-access';

import { Fixtures } from './support/fixtures';
import { errorOf, startTestApp, type TestApp } from './support/test-app';

const TAGS = 'wellBeingGoals waysOfWorking';
const CREATE_ACTION = `mutation ($input: CreateActionInput!) {
  createAction(input: $input) { id version ${TAGS} }
}`;
const UPDATE_ACTION = `mutation ($input: UpdateActionInput!) {
  updateAction(input: $input) { id version ${TAGS} }
}`;
const CREATE_MEASURE = `mutation ($input: CreateMeasureInput!) {
  createMeasure(input: $input) { id version ${TAGS} }
}`;
const UPDATE_MEASURE = `mutation ($input: UpdateMeasureInput!) {
  updateMeasure(input: $input) { id version ${TAGS} }
}`;
const TRAIL = `query ($type: String!, $id: ID!) {
  auditTrail(entityType: $type, entityId: $id) { action changes { field before after } }
}`;
const ACTIONS = `query ($filter: ActionFilter) {
  actions(filter: $filter, first: 50) { edges { node { reference } } }
}`;
const MEASURES = `query ($goals: [WellBeingGoal!]) { measures(wellBeingGoals: $goals) { reference } }`;
const GOALS = `goalContribution {
  goal actions { red amber green complete noUpdate total } measures { red green noFigure total }
}`;
const REPORT = `id version state content {
  actions { reference wellBeingGoals } exceptions { reference wellBeingGoals }
  measures { measures { reference wellBeingGoals } offTarget { reference wellBeingGoals } }
  ${GOALS}
}`;

const H = WellBeingGoal.HEALTHIER;
const E = WellBeingGoal.MORE_EQUAL;
const P = WellBeingGoal.PROSPEROUS;
const V = WellBeingGoal.VIBRANT_CULTURE_WELSH_LANGUAGE;

/** Today is 2025-11-15, in 2025-26 Q3. */
describe('Well-being of Future Generations (Wales) Act goals and ways of working', () => {
  let app: TestApp;
  let fixtures: Fixtures;
  let areas: Map<number, StrategicArea>;
  let lead: Person;
  let draftPlan: AnnualPlan;
  let sequence = 0;

  beforeAll(async () => {
    app = await startTestApp();
    fixtures = new Fixtures(app.dataSource);
    areas = await fixtures.strategy();
    lead = await fixtures.person();
    draftPlan = await fixtures.plan(2030, PlanState.DRAFT);
  });
  afterAll(() => app.close());

  const area = (n: number) => areas.get(n) as StrategicArea;
  const actionInput = (overrides: Record<string, unknown> = {}) => ({
    planId: draftPlan.id,
    areaId: area(3).id,
    reference: `3.${++sequence}`,
    title: { en: 'Prevention-first recruitment', cy: 'Recriwtio sy’n atal yn gyntaf' },
    leadOrganisation: 'JOINT',
    ownerIds: [lead.id],
    startDate: '2030-04-01',
    dueDate: '2031-03-31',
    ...overrides,
  });
  const measureInput = (overrides: Record<string, unknown> = {}) => ({
    reference: `M${++sequence}`,
    name: { en: 'Staff turnover', cy: 'Trosiant staff' },
    unit: 'PERCENTAGE',
    direction: 'LOWER_IS_BETTER',
    frequency: 'QUARTERLY',
    ownerId: lead.id,
    areaIds: [area(2).id],
    redTolerance: 1,
    ...overrides,
  });
  const trail = async (type: string, id: string) =>
    (await app.ok(TRAIL, { type, id })).auditTrail as {
      action: string;
      changes: { field: string; before: string | null; after: string | null }[];
    }[];

  describe('on actions', () => {
    it('creates an action tagged with goals and ways of working, audited', async () => {
      const { createAction } = await app.ok(CREATE_ACTION, {
        input: actionInput({
          wellBeingGoals: ['HEALTHIER', 'MORE_EQUAL'],
          waysOfWorking: ['PREVENTION', 'COLLABORATION'],
        }),
      });
      expect(createAction).toMatchObject({
        wellBeingGoals: ['HEALTHIER', 'MORE_EQUAL'],
        waysOfWorking: ['PREVENTION', 'COLLABORATION'],
      });
      const [create] = await trail('Action', createAction.id);
      expect(create.changes).toEqual(
        expect.arrayContaining([
          { field: 'wellBeingGoals', before: null, after: '["HEALTHIER","MORE_EQUAL"]' },
          { field: 'waysOfWorking', before: null, after: '["PREVENTION","COLLABORATION"]' },
        ]),
      );
    });

    it('tags an action with none when the tags are left out', async () => {
      const { createAction } = await app.ok(CREATE_ACTION, { input: actionInput() });
      expect(createAction).toMatchObject({ wellBeingGoals: [], waysOfWorking: [] });
    });

    it.each([
      ['an unknown goal', { wellBeingGoals: ['HAPPIER'] }, 'wellBeingGoals.0'],
      ['a goal given twice', { wellBeingGoals: ['HEALTHIER', 'HEALTHIER'] }, 'wellBeingGoals'],
      ['an unknown way of working', { waysOfWorking: ['HASTE'] }, 'waysOfWorking.0'],
      [
        'a way of working given twice',
        { waysOfWorking: ['LONG_TERM', 'LONG_TERM'] },
        'waysOfWorking',
      ],
    ])('rejects %s, naming the field and writing nothing', async (_, overrides, field) => {
      const count = async () =>
        (await app.dataSource.query('SELECT count(*)::int AS n FROM action'))[0].n;
      const before = await count();
      const error = errorOf(await app.gql(CREATE_ACTION, { input: actionInput(overrides) }));
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await count()).toBe(before);
    });

    it('replaces the tags on update, leaves them when left out, and audits the change', async () => {
      const { createAction } = await app.ok(CREATE_ACTION, {
        input: actionInput({ wellBeingGoals: ['HEALTHIER'], waysOfWorking: ['LONG_TERM'] }),
      });
      const { updateAction } = await app.ok(UPDATE_ACTION, {
        input: { id: createAction.id, expectedVersion: 1, wellBeingGoals: ['PROSPEROUS'] },
      });
      expect(updateAction).toEqual({
        id: createAction.id,
        version: 2,
        wellBeingGoals: ['PROSPEROUS'],
        waysOfWorking: ['LONG_TERM'],
      });
      const [update] = await trail('Action', createAction.id);
      expect(update).toEqual({
        action: 'UPDATE',
        changes: [{ field: 'wellBeingGoals', before: '["HEALTHIER"]', after: '["PROSPEROUS"]' }],
      });
    });

    it('refuses to retag an action changed since it was loaded, changing nothing', async () => {
      const { createAction } = await app.ok(CREATE_ACTION, {
        input: actionInput({ wellBeingGoals: ['HEALTHIER'] }),
      });
      await app.ok(UPDATE_ACTION, {
        input: { id: createAction.id, expectedVersion: 1, waysOfWorking: ['INVOLVEMENT'] },
      });
      const stale = await app.gql(UPDATE_ACTION, {
        input: { id: createAction.id, expectedVersion: 1, wellBeingGoals: [] },
      });
      expect(errorOf(stale)).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion' });
      expect(stale.errors?.[0].extensions).toMatchObject({
        currentVersion: 2,
        current: { wellBeingGoals: ['HEALTHIER'], waysOfWorking: ['INVOLVEMENT'] },
      });
      const [{ well_being_goals }] = await app.dataSource.query(
        `SELECT well_being_goals::text[] FROM action WHERE id = $1`,
        [createAction.id],
      );
      expect(well_being_goals).toEqual(['HEALTHIER']);
    });

    it('lists the actions tagged with any of the given goals', async () => {
      const plan = await fixtures.plan(2029);
      const tagged = async (reference: string, wellBeingGoals: WellBeingGoal[]) =>
        fixtures.action({ plan, area: area(5), reference, owners: [lead], wellBeingGoals });
      await tagged('5.1', [H]);
      await tagged('5.2', [E, P]);
      await tagged('5.3', [P]);
      await tagged('5.4', []);
      const references = async (filter: Record<string, unknown>) =>
        (await app.ok(ACTIONS, { filter: { financialYear: '2029-30', ...filter } })).actions.edges
          .map((edge: { node: { reference: string } }) => edge.node.reference)
          .sort();
      expect(await references({ wellBeingGoals: [H, E] })).toEqual(['5.1', '5.2']);
      expect(await references({ wellBeingGoals: [P] })).toEqual(['5.2', '5.3']);
      expect(await references({ wellBeingGoals: [] })).toEqual(['5.1', '5.2', '5.3', '5.4']);
      expect(
        errorOf(await app.gql(ACTIONS, { filter: { wellBeingGoals: ['HAPPIER'] } })).code,
      ).toBe('BAD_USER_INPUT');
    });

    it('carries the tags forward with an unfinished action', async () => {
      const lastYear = await fixtures.plan(2026, PlanState.CLOSED);
      const nextYear = await fixtures.plan(2027, PlanState.DRAFT);
      const source = await fixtures.action({
        plan: lastYear,
        area: area(4),
        owners: [lead],
        wellBeingGoals: [WellBeingGoal.GLOBALLY_RESPONSIBLE],
      });
      await app.dataSource.query(
        `UPDATE action SET ways_of_working = '{INTEGRATION}' WHERE id = $1`,
        [source.id],
      );
      const { carryForwardActions } = await app.ok(
        `mutation ($input: CarryForwardActionsInput!) {
          carryForwardActions(input: $input) { ${TAGS} plan { financialYear } }
        }`,
        { input: { actionIds: [source.id], targetPlanId: nextYear.id } },
      );
      expect(carryForwardActions).toEqual([
        {
          wellBeingGoals: ['GLOBALLY_RESPONSIBLE'],
          waysOfWorking: ['INTEGRATION'],
          plan: { financialYear: '2027-28' },
        },
      ]);
    });
  });

  describe('on measures', () => {
    it('creates, retags and audits a measure, refusing bad tags with the field to blame', async () => {
      const { createMeasure } = await app.ok(CREATE_MEASURE, {
        input: measureInput({ wellBeingGoals: ['RESILIENT'], waysOfWorking: ['LONG_TERM'] }),
      });
      expect(createMeasure).toMatchObject({
        wellBeingGoals: ['RESILIENT'],
        waysOfWorking: ['LONG_TERM'],
      });
      const { updateMeasure } = await app.ok(UPDATE_MEASURE, {
        input: {
          id: createMeasure.id,
          expectedVersion: 1,
          waysOfWorking: ['LONG_TERM', 'INVOLVEMENT'],
        },
      });
      expect(updateMeasure).toMatchObject({
        version: 2,
        wellBeingGoals: ['RESILIENT'],
        waysOfWorking: ['LONG_TERM', 'INVOLVEMENT'],
      });
      const [update] = await trail('Measure', createMeasure.id);
      expect(update.changes).toContainEqual({
        field: 'waysOfWorking',
        before: '["LONG_TERM"]',
        after: '["LONG_TERM","INVOLVEMENT"]',
      });
      expect(
        errorOf(
          await app.gql(UPDATE_MEASURE, {
            input: { id: createMeasure.id, expectedVersion: 1, wellBeingGoals: ['PROSPEROUS'] },
          }),
        ).code,
      ).toBe('CONFLICT');
      expect(
        errorOf(
          await app.gql(UPDATE_MEASURE, {
            input: { id: createMeasure.id, expectedVersion: 2, wellBeingGoals: ['RICHER'] },
          }),
        ),
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'wellBeingGoals.0' });
      expect(
        errorOf(
          await app.gql(CREATE_MEASURE, {
            input: measureInput({ waysOfWorking: ['PREVENTION', 'PREVENTION'] }),
          }),
        ),
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'waysOfWorking' });
    });

    it('lists the measures tagged with any of the given goals', async () => {
      await fixtures.measure({
        owner: lead,
        area: area(6),
        reference: 'M701',
        wellBeingGoals: [H],
      });
      await fixtures.measure({
        owner: lead,
        area: area(6),
        reference: 'M702',
        wellBeingGoals: [WellBeingGoal.COHESIVE_COMMUNITIES, H],
      });
      await fixtures.measure({ owner: lead, area: area(6), reference: 'M703' });
      const references = async (goals: WellBeingGoal[] | null) =>
        (await app.ok(MEASURES, { goals })).measures
          .map((m: { reference: string }) => m.reference)
          .filter((reference: string) => reference.startsWith('M70'));
      expect(await references([WellBeingGoal.COHESIVE_COMMUNITIES])).toEqual(['M702']);
      expect(await references([H, WellBeingGoal.COHESIVE_COMMUNITIES])).toEqual(['M701', 'M702']);
      expect(await references(null)).toEqual(['M701', 'M702', 'M703']);
    });
  });

  describe('in progress reports', () => {
    let q2: ReportingPeriod;

    beforeAll(async () => {
      const plan = await fixtures.plan(2025);
      await fixtures.period(2025, 1);
      q2 = await fixtures.period(2025, 2);
      const action = (reference: string, wellBeingGoals: WellBeingGoal[]) =>
        fixtures.action({ plan, area: area(1), reference, owners: [lead], wellBeingGoals });
      await fixtures.update(await action('1.1', [H, E]), q2, lead, RagStatus.RED);
      await fixtures.update(await action('1.2', [H]), q2, lead, RagStatus.GREEN);
      await action('1.3', []);
      const measure = await fixtures.measure({
        owner: lead,
        area: area(1),
        reference: 'M801',
        targets: { 2025: 6 },
        // A goal no other test tags a measure with: the report counts every measure.
        wellBeingGoals: [V],
      });
      await fixtures.measureValue(measure, '2025-07-01', 5.5, lead);
    });

    const draft = async (audience = 'OPERATIONAL_GROUP') =>
      (
        await app.ok(
          `mutation ($input: CreateReportInput!) { createReport(input: $input) { ${REPORT} } }`,
          { input: { reportingPeriodId: q2.id, audience } },
        )
      ).createReport;
    type GoalRow = {
      goal: string;
      actions: Record<string, number>;
      measures: Record<string, number>;
    };
    const goal = (content: { goalContribution: GoalRow[] }, wanted: WellBeingGoal) =>
      content.goalContribution.find((row) => row.goal === wanted);

    it("tags each action and measure with its goals and counts each goal's contribution", async () => {
      const { content } = await draft();
      expect(content.actions).toEqual([
        { reference: '1.1', wellBeingGoals: ['HEALTHIER', 'MORE_EQUAL'] },
        { reference: '1.2', wellBeingGoals: ['HEALTHIER'] },
        { reference: '1.3', wellBeingGoals: [] },
      ]);
      expect(content.exceptions).toEqual([
        { reference: '1.1', wellBeingGoals: ['HEALTHIER', 'MORE_EQUAL'] },
      ]);
      expect(
        content.measures.measures.find((m: { reference: string }) => m.reference === 'M801'),
      ).toEqual({ reference: 'M801', wellBeingGoals: [V] });
      expect(content.goalContribution.map((row: { goal: string }) => row.goal)).toEqual(
        Object.values(WellBeingGoal),
      );
      expect(goal(content, H)).toEqual({
        goal: 'HEALTHIER',
        actions: { red: 1, amber: 0, green: 1, complete: 0, noUpdate: 0, total: 2 },
        measures: expect.any(Object),
      });
      expect(goal(content, V)?.measures).toEqual({ red: 0, green: 1, noFigure: 0, total: 1 });
      expect(goal(content, E)?.actions).toMatchObject({ red: 1, total: 1 });
      expect(goal(content, P)?.actions.total).toBe(0);
    });

    it('exports the goals section in Word and a Goals sheet in Excel, in both languages', async () => {
      const report = await draft('JOINT_BOARD');
      const exported = async (format: string, language: string) => {
        const response = await fetch(
          `${app.url}/reports/${report.id}/export?format=${format}&language=${language}`,
          { headers: app.cookie ? { cookie: app.cookie } : {} },
        );
        expect(response.status).toBe(200);
        return Buffer.from(await response.arrayBuffer());
      };
      const english = (await readWordDocument(await exported('docx', 'en'))).text;
      expect(english).toMatch(/\d+\. Well-being of Future Generations goals\n/);
      expect(english).toContain('A healthier Wales\n1\n0\n1\n0\n0\n0\n2\n');
      const welsh = (await readWordDocument(await exported('docx', 'cy'))).text;
      expect(welsh).toContain('Nodau Llesiant Cenedlaethau’r Dyfodol');
      expect(welsh).toContain('Cymru iachach\n1\n0\n1\n0\n0\n0\n2\n');

      const workbook = await new ExcelJS.Workbook().xlsx.load(
        // exceljs is typed against an older Buffer declaration.
        (await exported('xlsx', 'both')) as unknown as Parameters<ExcelJS.Xlsx['load']>[0],
      );
      const goals = workbook.getWorksheet('Nodau - Goals') as ExcelJS.Worksheet;
      expect(goals.rowCount).toBe(8);
      const header = (goals.getRow(1).values as string[]).slice(1);
      expect(header.slice(0, 2)).toEqual(['Nod llesiant (Cymraeg)', 'Well-being goal (English)']);
      const healthier = (goals.getRow(4).values as unknown[]).slice(1);
      expect(healthier.slice(0, 2)).toEqual(['Cymru iachach', 'A healthier Wales']);
      expect(healthier[header.indexOf('Camau gweithredu: Coch / Actions: Red')]).toBe(1);
      expect(healthier[header.indexOf('Camau gweithredu: Cyfanswm / Actions: Total')]).toBe(2);
      const actions = workbook.worksheets[0];
      const columns = (actions.getRow(1).values as string[]).slice(1);
      expect(
        actions.getRow(2).getCell(columns.indexOf('Well-being goals (English)') + 1).value,
      ).toBe('A healthier Wales, A more equal Wales');
    });

    it('reads and exports a report issued before goals were reported as having none', async () => {
      const report = await draft('OVERSIGHT_BOARD');
      await app.ok(`mutation ($input: ReportVersionInput!) { issueReport(input: $input) { id } }`, {
        input: { id: report.id, expectedVersion: report.version },
      });
      const [{ snapshot }] = await app.dataSource.query(
        `SELECT snapshot FROM report WHERE id = $1`,
        [report.id],
      );
      expect(snapshot.goalContribution).toHaveLength(7);
      delete snapshot.goalContribution;
      for (const list of [snapshot.actions, snapshot.exceptions, snapshot.completed]) {
        for (const line of list) delete line.wellBeingGoals;
      }
      for (const line of snapshot.measures.measures) delete line.wellBeingGoals;
      for (const line of snapshot.measures.offTarget) delete line.wellBeingGoals;
      const [{ id }] = await app.dataSource.query(
        `INSERT INTO report (reporting_period_id, audience, edition, state, snapshot, issued_at,
           executive_summary_en, version, created_at, updated_at)
         VALUES ($1, 'OVERSIGHT_BOARD', 2, 'ISSUED', $2, now(), 'Before goals', 1, now(), now())
         RETURNING id`,
        [q2.id, snapshot],
      );
      const { report: old } = await app.ok(`query ($id: ID!) { report(id: $id) { ${REPORT} } }`, {
        id,
      });
      expect(old.content.goalContribution).toEqual([]);
      expect(
        old.content.actions.map((line: { wellBeingGoals: string[] }) => line.wellBeingGoals),
      ).toEqual([[], [], []]);
      expect(old.content.exceptions).toEqual([{ reference: '1.1', wellBeingGoals: [] }]);
      expect(
        old.content.measures.measures.every(
          (m: { wellBeingGoals: string[] }) => m.wellBeingGoals.length === 0,
        ),
      ).toBe(true);
      for (const format of ['docx', 'xlsx', 'pdf']) {
        const response = await fetch(
          `${app.url}/reports/${id}/export?format=${format}&language=both`,
          { headers: app.cookie ? { cookie: app.cookie } : {} },
        );
        expect(response.status).toBe(200);
        if (format === 'docx') {
          const { text } = await readWordDocument(Buffer.from(await response.arrayBuffer()));
          expect(text).toContain('Principles and staff retention');
          expect(text).not.toContain('Well-being of Future Generations goals');
        }
      }
    });
  });
});
