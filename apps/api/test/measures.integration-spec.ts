import type { Person } from '@cynnydd/directory/data-access';
import { MeasureValue } from '@cynnydd/measures/data-access';
import type { Action } from '@cynnydd/plans/data-access';
import { ChangeChannel, DataChangeFeed } from '@cynnydd/server/core';
import { Role } from '@cynnydd/shared/domain';
import type { StrategicArea } from '@cynnydd/strategy/data-access';

import { Fixtures } from './support/fixtures';
import { errorOf, startTestApp, type Client, type TestApp } from './support/test-app';

const CREATE = `mutation ($input: CreateMeasureInput!) {
  createMeasure(input: $input) { id reference version name { en cy } owner { id }
    areas { number } actions { id } targets { financialYear value } contextual
    tolerance { amber red } baseline { value date } }
}`;
const UPDATE = `mutation ($input: UpdateMeasureInput!) {
  updateMeasure(input: $input) { id version targets { financialYear value } tolerance { amber red } }
}`;
const SUBMIT = `mutation ($input: SubmitMeasureValueInput!) {
  submitMeasureValue(input: $input) {
    id value quality revised target rag ragExplanation { en cy } periodLabel { en cy }
    periodEnd author { id } commentary { en cy } breakdowns { label { en } value }
  }
}`;
const MEASURE = `query ($id: ID!) {
  measure(id: $id) {
    canReportFigures
    latest { id value rag revised }
    trend { sincePrevious sinceBaseline }
    values { id periodStart value rag revised }
    revisions { id periodStart value author { id } }
    recentValues(last: 2) { periodStart }
    recentFigures(last: 2) { periodStart value periodLabel { cy } }
  }
}`;

describe('measures', () => {
  let app: TestApp;
  let fixtures: Fixtures;
  let areas: Map<number, StrategicArea>;
  let owner: Person;
  let otherLead: Person;
  let asOwner: Client;
  let asOtherLead: Client;
  let action: Action;
  let sequence = 0;

  beforeAll(async () => {
    app = await startTestApp({ today: '2026-11-15' });
    fixtures = new Fixtures(app.dataSource);
    areas = await fixtures.strategy();
    owner = await fixtures.person();
    otherLead = await fixtures.person();
    asOwner = await app.signedIn(Role.LEAD, owner);
    asOtherLead = await app.signedIn(Role.LEAD, otherLead);
    action = await fixtures.action({
      plan: await fixtures.plan(2026),
      area: areas.get(2) as StrategicArea,
      owners: [owner],
    });
  });
  afterAll(() => app.close());

  const measureInput = (overrides: Record<string, unknown> = {}) => ({
    reference: `M${++sequence}`,
    name: { en: 'Staff turnover', cy: 'Trosiant staff' },
    definition: { en: 'Leavers as a share of headcount' },
    unit: 'PERCENTAGE',
    direction: 'LOWER_IS_BETTER',
    frequency: 'QUARTERLY',
    ownerId: owner.id,
    areaIds: [(areas.get(2) as StrategicArea).id, (areas.get(4) as StrategicArea).id],
    themes: ['STAFF_RETENTION'],
    actionIds: [action.id],
    amberTolerance: 0,
    redTolerance: 1,
    baseline: { value: 8.5, date: '2024-03-31' },
    targets: [
      { financialYear: '2025-26', value: 7 },
      { financialYear: '2026-27', value: 6 },
    ],
    ...overrides,
  });
  const createMeasure = async (overrides: Record<string, unknown> = {}) =>
    (await app.ok(CREATE, { input: measureInput(overrides) })).createMeasure;
  const figure = (measureId: string, overrides: Record<string, unknown> = {}) => ({
    measureId,
    periodStart: '2026-04-01',
    value: 6.5,
    quality: 'CONFIRMED',
    commentary: { en: 'Fewer leavers in the quarter', cy: 'Llai o ymadawyr yn y chwarter' },
    ...overrides,
  });

  it('creates a measure with its areas, actions, targets, tolerance and baseline, audited', async () => {
    const measure = await createMeasure();
    expect(measure).toMatchObject({
      version: 1,
      owner: { id: owner.id },
      areas: [{ number: 2 }, { number: 4 }],
      actions: [{ id: action.id }],
      targets: [
        { financialYear: '2025-26', value: 7 },
        { financialYear: '2026-27', value: 6 },
      ],
      contextual: false,
      tolerance: { amber: 0, red: 1 },
      baseline: { value: 8.5, date: '2024-03-31' },
    });
    const [entry] = await app.dataSource.query(
      `SELECT action, changes FROM audit_entry WHERE entity_type = 'Measure' AND entity_id = $1`,
      [measure.id],
    );
    expect(entry.action).toBe('CREATE');
    expect(JSON.stringify(entry.changes)).toContain('Staff turnover');
  });

  it('refuses bad input with the field to blame, writing nothing', async () => {
    const count = async () =>
      (await app.dataSource.query('SELECT count(*)::int AS n FROM measure'))[0].n;
    const before = await count();
    const cases: [Record<string, unknown>, string][] = [
      [{ reference: 'X1' }, 'reference'],
      [{ name: { en: ' ', cy: '' } }, 'name'],
      [{ redTolerance: -1 }, 'redTolerance'],
      [{ amberTolerance: 2, redTolerance: 1 }, 'redTolerance'],
      [{ areaIds: [] }, 'areaIds'],
      [{ targets: [{ financialYear: '2025-27', value: 1 }] }, 'targets.0.financialYear'],
      [
        {
          targets: [
            { financialYear: '2025-26', value: 1 },
            { financialYear: '2025-26', value: 2 },
          ],
        },
        'targets.1.financialYear',
      ],
      [{ targets: [{ financialYear: '2025-26', value: 1.23456 }] }, 'targets.0.value'],
      [{ ownerId: '00000000-0000-4000-8000-000000000000' }, 'ownerId'],
      [{ actionIds: ['00000000-0000-4000-8000-000000000000'] }, 'actionIds'],
    ];
    for (const [overrides, field] of cases) {
      const error = errorOf(await app.gql(CREATE, { input: measureInput(overrides) }));
      expect({ field: error.field, code: error.code }).toEqual({
        field,
        code: expect.stringMatching(/BAD_USER_INPUT|NOT_FOUND/),
      });
    }
    expect(await count()).toBe(before);
  });

  it('works out RAG from the tolerance, lower is better, on the boundaries', async () => {
    const measure = await createMeasure();
    const ragFor = async (value: number, periodStart: string) =>
      (await asOwner.ok(SUBMIT, { input: figure(measure.id, { value, periodStart }) }))
        .submitMeasureValue;
    // Target 6 for 2026-27, red beyond 1 point: 6 green, 7 amber (on the threshold), 7.01 red.
    expect((await ragFor(6, '2026-04-01')).rag).toBe('GREEN');
    expect((await ragFor(7, '2026-07-01')).rag).toBe('AMBER');
    const red = await ragFor(7.9, '2026-10-01');
    expect(red).toMatchObject({
      rag: 'RED',
      target: 6,
      periodLabel: { en: '2026-27 Q3', cy: '2026-27 Ch3' },
      periodEnd: '2026-12-31',
      ragExplanation: {
        en: 'Red: 7.9% against a target of 6%; red beyond 1 point',
        cy: 'Coch: 7.9% o’i gymharu â tharged o 6%; coch y tu hwnt i 1 pwynt',
      },
    });
    // 2025-26's target is 7: the same 7.9 is amber there.
    expect((await ragFor(7.9, '2025-10-01')).rag).toBe('AMBER');
  });

  it('higher is better, with a green band, and contextual without a target', async () => {
    const measure = await createMeasure({
      unit: 'PERCENTAGE',
      direction: 'HIGHER_IS_BETTER',
      amberTolerance: 2,
      redTolerance: 5,
      targets: [{ financialYear: '2026-27', value: 80 }],
    });
    const submit = async (value: number, periodStart: string) =>
      (await asOwner.ok(SUBMIT, { input: figure(measure.id, { value, periodStart }) }))
        .submitMeasureValue;
    expect((await submit(78, '2026-04-01')).rag).toBe('GREEN');
    expect((await submit(75, '2026-07-01')).rag).toBe('AMBER');
    expect((await submit(74.9, '2026-10-01')).rag).toBe('RED');
    const noTarget = await submit(70, '2025-04-01');
    expect(noTarget).toMatchObject({ rag: null, target: null, ragExplanation: null });

    const contextual = await createMeasure({ targets: [] });
    expect(contextual.contextual).toBe(true);
    const value = (await asOwner.ok(SUBMIT, { input: figure(contextual.id) })).submitMeasureValue;
    expect(value).toMatchObject({ rag: null, target: null, value: 6.5 });
  });

  it('keeps every figure: a revision is a new row, and the earlier figure stays with its author', async () => {
    const measure = await createMeasure();
    const first = (await asOwner.ok(SUBMIT, { input: figure(measure.id, { value: 7.5 }) }))
      .submitMeasureValue;
    expect(first.revised).toBe(false);

    // Revising needs the figure being revised: without it, or with an older one, a conflict.
    const blind = errorOf(await app.gql(SUBMIT, { input: figure(measure.id, { value: 5.9 }) }));
    expect(blind).toMatchObject({ code: 'CONFLICT', field: 'revises' });

    const revision = (
      await app.ok(SUBMIT, { input: figure(measure.id, { value: 5.9, revises: first.id }) })
    ).submitMeasureValue;
    expect(revision).toMatchObject({
      revised: true,
      rag: 'GREEN',
      author: { id: app.actor.person.id },
    });
    const stale = errorOf(
      await asOwner.gql(SUBMIT, { input: figure(measure.id, { value: 8, revises: first.id }) }),
    );
    expect(stale).toMatchObject({ code: 'CONFLICT', field: 'revises' });

    const { measure: read } = await app.ok(MEASURE, { id: measure.id });
    expect(read.latest).toMatchObject({ id: revision.id, value: 5.9, rag: 'GREEN', revised: true });
    expect(read.values).toHaveLength(1);
    expect(read.revisions).toEqual([
      { id: first.id, periodStart: '2026-04-01', value: 7.5, author: { id: owner.id } },
    ]);
    // The database itself refuses to change or delete a figure.
    await expect(
      app.dataSource.query('UPDATE measure_value SET value = 1 WHERE id = $1', [first.id]),
    ).rejects.toThrow(/append-only/);
    await expect(
      app.dataSource.query('DELETE FROM measure_value WHERE id = $1', [first.id]),
    ).rejects.toThrow(/append-only/);
  });

  it('records a figure that is not available only with a reason', async () => {
    const measure = await createMeasure();
    const missingReason = errorOf(
      await asOwner.gql(SUBMIT, {
        input: figure(measure.id, { value: null, quality: 'NOT_AVAILABLE' }),
      }),
    );
    expect(missingReason).toMatchObject({ code: 'BAD_USER_INPUT', field: 'notAvailableReason' });
    const withFigure = errorOf(
      await asOwner.gql(SUBMIT, {
        input: figure(measure.id, { quality: 'NOT_AVAILABLE', notAvailableReason: { en: 'x' } }),
      }),
    );
    expect(withFigure).toMatchObject({ code: 'BAD_USER_INPUT', field: 'value' });
    const noFigure = errorOf(
      await asOwner.gql(SUBMIT, { input: figure(measure.id, { value: null }) }),
    );
    expect(noFigure).toMatchObject({ code: 'BAD_USER_INPUT', field: 'value' });

    const missing = (
      await asOwner.ok(SUBMIT, {
        input: figure(measure.id, {
          value: null,
          quality: 'NOT_AVAILABLE',
          notAvailableReason: { en: 'Survey delayed', cy: 'Arolwg wedi’i oedi' },
        }),
      })
    ).submitMeasureValue;
    expect(missing).toMatchObject({ value: null, quality: 'NOT_AVAILABLE', rag: null });
  });

  it('takes figures only for periods of the measure’s frequency that have begun', async () => {
    const measure = await createMeasure();
    const misaligned = errorOf(
      await asOwner.gql(SUBMIT, { input: figure(measure.id, { periodStart: '2026-05-01' }) }),
    );
    expect(misaligned).toMatchObject({ code: 'BAD_USER_INPUT', field: 'periodStart' });
    expect(misaligned.message).toContain('quarterly');
    const future = errorOf(
      await asOwner.gql(SUBMIT, { input: figure(measure.id, { periodStart: '2027-01-01' }) }),
    );
    expect(future).toMatchObject({ code: 'BAD_USER_INPUT', field: 'periodStart' });
  });

  it('lets the owner and the operational group report figures, and nobody else', async () => {
    const measure = await createMeasure();
    expect(errorOf(await asOtherLead.gql(SUBMIT, { input: figure(measure.id) })).code).toBe(
      'FORBIDDEN',
    );
    const viewer = await app.signedIn(Role.VIEWER, await fixtures.person());
    expect(errorOf(await viewer.gql(SUBMIT, { input: figure(measure.id) })).code).toBe('FORBIDDEN');
    expect(errorOf(await asOwner.gql(CREATE, { input: measureInput() })).code).toBe('FORBIDDEN');
    expect((await asOwner.ok(MEASURE, { id: measure.id })).measure.canReportFigures).toBe(true);
    expect((await asOtherLead.ok(MEASURE, { id: measure.id })).measure.canReportFigures).toBe(
      false,
    );
    const board = await app.signedIn(Role.BOARD_MEMBER, await fixtures.person());
    expect((await board.ok(MEASURE, { id: measure.id })).measure.latest).toBeNull();
    await asOwner.ok(SUBMIT, { input: figure(measure.id) });
    expect(
      await app.dataSource.getRepository(MeasureValue).countBy({ measureId: measure.id }),
    ).toBe(1);
  });

  it('checks the version on update and keeps targets unless new ones are given', async () => {
    const measure = await createMeasure();
    const updated = (
      await app.ok(UPDATE, { input: { id: measure.id, expectedVersion: 1, redTolerance: 2 } })
    ).updateMeasure;
    expect(updated).toMatchObject({ version: 2, tolerance: { amber: 0, red: 2 } });
    expect(updated.targets).toHaveLength(2);
    const stale = errorOf(
      await app.gql(UPDATE, { input: { id: measure.id, expectedVersion: 1, redTolerance: 3 } }),
    );
    expect(stale).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion' });
    const cleared = (
      await app.ok(UPDATE, { input: { id: measure.id, expectedVersion: 2, targets: [] } })
    ).updateMeasure;
    expect(cleared.targets).toEqual([]);
  });

  it('reports the direction of travel since the previous figure and the baseline', async () => {
    const measure = await createMeasure();
    for (const [periodStart, value] of [
      ['2026-04-01', 7.2],
      ['2026-07-01', 7.6],
    ] as const) {
      await asOwner.ok(SUBMIT, { input: figure(measure.id, { periodStart, value }) });
    }
    const { measure: read } = await app.ok(MEASURE, { id: measure.id });
    // Lower is better: 7.2 → 7.6 is worse, but 8.5 (baseline) → 7.6 is better.
    expect(read.trend).toEqual({ sincePrevious: 'WORSENING', sinceBaseline: 'IMPROVING' });
    expect(read.recentValues.map((v: { periodStart: string }) => v.periodStart)).toEqual([
      '2026-04-01',
      '2026-07-01',
    ]);
    expect(read.recentFigures).toEqual([
      { periodStart: '2026-04-01', value: 7.2, periodLabel: { cy: '2026-27 Ch1' } },
      { periodStart: '2026-07-01', value: 7.6, periodLabel: { cy: '2026-27 Ch2' } },
    ]);
  });

  it('summarises measures by RAG and lists those that worsened', async () => {
    const feed = app.nest.get(DataChangeFeed);
    const measure = await createMeasure();
    await asOwner.ok(SUBMIT, {
      input: figure(measure.id, { periodStart: '2026-04-01', value: 6 }),
    });
    await asOwner.ok(SUBMIT, {
      input: figure(measure.id, { periodStart: '2026-07-01', value: 8 }),
    });
    feed.markChanged(ChangeChannel.Data);
    const { measuresSummary } = await app.ok(`{
      measuresSummary { counts { red amber green contextual noFigure total } worsened { id } }
    }`);
    const { count } = (await app.dataSource.query('SELECT count(*)::int AS count FROM measure'))[0];
    expect(measuresSummary.counts.total).toBe(count);
    expect(measuresSummary.counts.red).toBeGreaterThanOrEqual(1);
    expect(measuresSummary.worsened.map((m: { id: string }) => m.id)).toContain(measure.id);
  });
});

describe('measures in the update round', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ today: '2026-11-15' });
  });
  afterAll(() => app.close());

  it('asks owners for the figures of the quarter before, counts them, and reminds the late', async () => {
    const fixtures = new Fixtures(app.dataSource);
    const area = (await fixtures.strategy()).get(5) as StrategicArea;
    const [late, prompt] = [await fixtures.person(), await fixtures.person()];
    const lateMeasure = await fixtures.measure({ owner: late, area });
    const promptMeasure = await fixtures.measure({ owner: prompt, area });
    const asLate = await app.signedIn(Role.LEAD, late);
    const asPrompt = await app.signedIn(Role.LEAD, prompt);
    const q3 = await fixtures.period(2026, 3);
    await asPrompt.ok(SUBMIT, {
      input: {
        measureId: promptMeasure.id,
        periodStart: '2026-07-01',
        value: 5,
        quality: 'CONFIRMED',
      },
    });

    const { updateRound } = await app.ok(
      `query ($id: ID!) { updateRound(reportingPeriodId: $id) { figures {
        overall { expected updated outstanding }
        people { person { id } progress { outstanding } }
        outstanding { measure { id reference } periodStart periodLabel { en cy } given }
      } } }`,
      { id: q3.id },
    );
    expect(updateRound.figures.overall).toEqual({ expected: 2, updated: 1, outstanding: 1 });
    expect(updateRound.figures.people[0]).toEqual({
      person: { id: late.id },
      progress: { outstanding: 1 },
    });
    expect(updateRound.figures.outstanding).toEqual([
      {
        measure: { id: lateMeasure.id, reference: lateMeasure.reference },
        periodStart: '2026-07-01',
        periodLabel: { en: '2026-27 Q2', cy: '2026-27 Ch2' },
        given: false,
      },
    ]);

    const due = `query ($id: ID!) { reportingPeriod(id: $id) { figuresDue(mine: true) { measure { id } } } }`;
    expect((await asLate.ok(due, { id: q3.id })).reportingPeriod.figuresDue).toEqual([
      { measure: { id: lateMeasure.id } },
    ]);
    expect((await asPrompt.ok(due, { id: q3.id })).reportingPeriod.figuresDue).toEqual([]);

    const { sendUpdateReminders } = await app.ok(
      `mutation ($id: ID!) { sendUpdateReminders(reportingPeriodId: $id) { peopleReminded figuresOutstanding } }`,
      { id: q3.id },
    );
    expect(sendUpdateReminders).toEqual({ peopleReminded: 1, figuresOutstanding: 1 });
    const { myNotifications } = await asLate.ok(
      `{ myNotifications { notifications { subject { en cy } body { en } link } } }`,
    );
    expect(myNotifications.notifications[0]).toMatchObject({
      subject: {
        en: 'Reminder: 1 figure due for 2026-27 Q3',
        cy: expect.stringContaining('ffigurau'),
      },
      body: { en: expect.stringContaining(`${lateMeasure.reference} Measure`) },
      link: '/measures',
    });
  });
});

describe('SQL statements for the measures page do not grow with the number of measures', () => {
  let app: TestApp;
  let fixtures: Fixtures;
  let area: StrategicArea;

  beforeAll(async () => {
    app = await startTestApp({ today: '2026-11-15' });
    fixtures = new Fixtures(app.dataSource);
    area = (await fixtures.strategy()).get(3) as StrategicArea;
  });
  afterAll(() => app.close());

  /** `count` measures owned by `owner`, each in an area, with targets and three quarters' figures. */
  async function measuresOwnedBy(
    owner: Person,
    area: StrategicArea,
    prefix: number,
    count: number,
  ) {
    await app.dataSource.query(
      `WITH m AS (
         INSERT INTO measure (reference, name_en, unit, direction, frequency, owner_id,
           amber_tolerance, red_tolerance, version)
         SELECT 'M' || $1 || '.' || n, 'Measure ' || n, 'PERCENTAGE', 'LOWER_IS_BETTER',
           'QUARTERLY', $2, 0, 1, 1
         FROM generate_series(1, $3) n RETURNING id),
       a AS (INSERT INTO measure_area (measure_id, area_id) SELECT id, $4 FROM m),
       t AS (INSERT INTO measure_target (measure_id, financial_year, value) SELECT id, 2026, 6 FROM m)
       INSERT INTO measure_value (measure_id, period_start, period_end, value, quality, author_id)
       SELECT m.id, p.start::date, (p.start + interval '3 months - 1 day')::date, 5 + random() * 3,
         'CONFIRMED', $2
       FROM m CROSS JOIN (VALUES ('2026-01-01'::date), ('2026-04-01'), ('2026-07-01')) p(start)`,
      [prefix, owner.id, count, area.id],
    );
  }

  it('for 10 measures or 1,000, with owners, areas, targets, latest figures and sparklines', async () => {
    const [few, many] = [await fixtures.person(), await fixtures.person()];
    await measuresOwnedBy(few, area, 1, 10);
    await measuresOwnedBy(many, area, 2, 1000);
    const feed = app.nest.get(DataChangeFeed);
    const query = `query ($owner: ID) { measures(ownerId: $owner) {
      id reference owner { name organisation { code } } areas { number } targets { financialYear value }
      contextual canReportFigures
      latest { value rag ragExplanation { en } author { name } }
      trend { sincePrevious sinceBaseline } recentValues(last: 4) { periodStart value rag }
      recentFigures { periodStart value periodLabel { en } }
      actions { id }
    } }`;
    const statements = async (owner: string) => {
      const counts: number[] = [];
      let returned = 0;
      for (let run = 0; run < 3; run++) {
        feed.markChanged(ChangeChannel.Data);
        app.statements.count = 0;
        returned = (await app.ok(query, { owner })).measures.length;
        counts.push(app.statements.count);
      }
      return { returned, statements: Math.min(...counts) };
    };
    const ten = await statements(few.id);
    const thousand = await statements(many.id);
    expect([ten.returned, thousand.returned]).toEqual([10, 1000]);
    expect(thousand.statements).toBe(ten.statements);
    expect(ten.statements).toBeLessThanOrEqual(12);
  });

  it('pages the measures by reference, with how many the filter selects', async () => {
    const owner = await fixtures.person();
    await measuresOwnedBy(owner, area, 3, 12);
    const query = `query ($ownerId: ID, $offset: Int, $limit: Int) {
      measurePage(ownerId: $ownerId, offset: $offset, limit: $limit) {
        totalCount measures { reference latest { value } }
      }
    }`;
    const page = async (offset: number, limit: number) => {
      const { measurePage } = await app.ok(query, { ownerId: owner.id, offset, limit });
      return {
        references: measurePage.measures.map((measure: { reference: string }) => measure.reference),
        totalCount: measurePage.totalCount,
      };
    };

    expect(await page(0, 3)).toEqual({ references: ['M3.1', 'M3.2', 'M3.3'], totalCount: 12 });
    expect(await page(8, 5)).toEqual({
      references: ['M3.9', 'M3.10', 'M3.11', 'M3.12'],
      totalCount: 12,
    });
    expect(await page(20, 5)).toEqual({ references: [], totalCount: 12 });

    for (const [variables, field] of [
      [{ limit: 0 }, 'limit'],
      [{ limit: 101 }, 'limit'],
      [{ offset: -1 }, 'offset'],
    ] as const) {
      const refused = await app.gql(query, { ownerId: owner.id, ...variables });
      expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });
});
