import type { Person } from '@cynnydd/directory/data-access';
import type { Measure } from '@cynnydd/measures/data-access';
import { Milestone, type Action } from '@cynnydd/plans/data-access';
import { StatusUpdate, type ReportingPeriod } from '@cynnydd/reporting/data-access';
import { Report } from '@cynnydd/reports/data-access';
import { RagStatus, Role, Theme } from '@cynnydd/shared/domain';
import type { StrategicArea } from '@cynnydd/strategy/data-access';

import { Fixtures } from './support/fixtures';
import { errorOf, startTestApp, type Client, type TestApp } from './support/test-app';

const LINE = `reference owners rag percentComplete commentary { en cy } risks { en cy } nextSteps { en cy }`;
const MOVE = `reference previous current`;
const MEASURE = `reference name { en cy } unit direction frequency areaNumbers
  latest { periodLabel { en cy } periodEnd value target quality revised rag ragExplanation { en cy } commentary { en cy } }
  trend { sincePrevious sinceBaseline }
  recent { periodLabel { en } value target }`;
const CONTENT = `content {
  audience period { label } planTitle { en } asOf executiveSummary { en cy }
  overall { red amber green complete notStarted noUpdate total }
  areas { number counts { red amber complete noUpdate total } }
  movement { sinceReportId sincePeriod improved { ${MOVE} } worsened { ${MOVE} } completed { ${MOVE} } newlyRed { ${MOVE} } }
  exceptions { ${LINE} }
  measures {
    endedBy counts { red amber green contextual noFigure total }
    measures { ${MEASURE} } offTarget { reference latest { rag commentary { en cy } } }
  }
  milestonesMissed { actionReference dueDate completedOn }
  milestonesDueNext { actionReference dueDate }
  themes { theme counts { total red } }
  completed { reference }
  actions { reference rag }
}`;
const REPORT = `id audience edition state version issuedAt reportingPeriod { label } ${CONTENT}`;
const CREATE = `mutation ($input: CreateReportInput!) { createReport(input: $input) { ${REPORT} } }`;
const UPDATE = `mutation ($input: UpdateReportInput!) { updateReport(input: $input) { ${REPORT} } }`;
const ISSUE = `mutation ($input: ReportVersionInput!) { issueReport(input: $input) { ${REPORT} } }`;
const READ = `query ($id: ID!) { report(id: $id) { ${REPORT} } }`;
const LIST = `query ($filter: ReportFilter) { reports(filter: $filter) { id edition state audience } }`;
const SUBMIT = `mutation ($input: SubmitStatusUpdateInput!) { submitStatusUpdate(input: $input) { id } }`;

/** Today is 2025-11-15, in 2025-26 Q3. */
describe('progress reports', () => {
  let app: TestApp;
  let fixtures: Fixtures;
  let ceri: Person;
  let asCeri: Client;
  let [q1, q2, q3]: ReportingPeriod[] = [];
  let [a11, a21, a31]: Action[] = [];
  let m1: Measure;

  beforeAll(async () => {
    app = await startTestApp();
    fixtures = new Fixtures(app.dataSource);
    const areas = await fixtures.strategy();
    const area = (n: number) => areas.get(n) as StrategicArea;
    ceri = await fixtures.person();
    asCeri = await app.signedIn(Role.LEAD, ceri);
    const plan = await fixtures.plan(2025);
    [q1, q2, q3] = [
      await fixtures.period(2025, 1),
      await fixtures.period(2025, 2),
      await fixtures.period(2025, 3),
    ];
    a11 = await fixtures.action({ plan, area: area(1), reference: '1.1', owners: [ceri] });
    a21 = await fixtures.action({ plan, area: area(2), reference: '2.1', owners: [ceri] });
    a31 = await fixtures.action({
      plan,
      area: area(3),
      reference: '3.1',
      owners: [ceri],
      themes: [Theme.STAFF_RETENTION],
    });
    await fixtures.action({
      plan,
      area: area(4),
      reference: '4.1',
      owners: [ceri],
      themes: [Theme.WELSH_LANGUAGE_AND_CULTURE],
    });

    await fixtures.update(a11, q1, ceri, RagStatus.GREEN);
    await fixtures.update(a21, q1, ceri, RagStatus.AMBER);
    await fixtures.update(a31, q1, ceri, RagStatus.GREEN);
    await app.dataSource.getRepository(StatusUpdate).save({
      actionId: a11.id,
      reportingPeriodId: q2.id,
      rag: RagStatus.AMBER,
      percentComplete: 40,
      commentary: { en: 'Recruitment is slower than planned.', cy: 'Mae recriwtio’n arafach.' },
      risks: { en: 'Vacancies in north Wales', cy: 'Swyddi gwag yn y gogledd' },
      nextSteps: { en: 'Joint campaign in January', cy: 'Ymgyrch ar y cyd ym mis Ionawr' },
      authorId: ceri.id,
    });
    await fixtures.update(a21, q2, ceri, RagStatus.COMPLETE);
    await fixtures.update(a31, q2, ceri, RagStatus.RED);
    await fixtures.milestone(a11, '2025-08-31'); // missed by the end of Q2
    await fixtures.milestone(a21, '2025-11-30'); // due in Q3, the quarter after Q2

    // Measures: quarterly percentages, lower is better, red beyond 1 point of a 6% target.
    m1 = await fixtures.measure({
      owner: ceri,
      area: area(1),
      reference: 'M1',
      targets: { 2025: 6 },
    });
    await fixtures.measureValue(m1, '2025-04-01', 6.5, ceri);
    await fixtures.measureValue(m1, '2025-07-01', 7.5, ceri, {
      commentary: {
        en: 'Agency use rose over the summer.',
        cy: 'Cododd y defnydd o asiantaethau.',
      },
    });
    await fixtures.measureValue(m1, '2025-10-01', 5, ceri); // Q3: after the Q2 reports' end
    const m2 = await fixtures.measure({
      owner: ceri,
      area: area(2),
      reference: 'M2',
      targets: { 2025: 6 },
    });
    await fixtures.measureValue(m2, '2025-07-01', 6.5, ceri, {
      commentary: { en: 'Slightly above target.', cy: null },
    });
    const m3 = await fixtures.measure({
      owner: ceri,
      area: area(3),
      reference: 'M3',
      targets: { 2025: 6 },
    });
    await fixtures.measureValue(m3, '2025-07-01', 5.5, ceri);
    await fixtures.measure({ owner: ceri, area: area(4), reference: 'M4', targets: { 2025: 6 } });
    const m10 = await fixtures.measure({ owner: ceri, area: area(5), reference: 'M10' });
    await fixtures.measureValue(m10, '2025-07-01', 3, ceri);
  });
  afterAll(() => app.close());

  const draft = async (period: ReportingPeriod, audience: string, executiveSummary = {}) =>
    (
      await app.ok(CREATE, {
        input: { reportingPeriodId: period.id, audience, executiveSummary },
      })
    ).createReport;
  const issue = async (report: { id: string; version: number }) =>
    (await app.ok(ISSUE, { input: { id: report.id, expectedVersion: report.version } }))
      .issueReport;

  it('drafts a report from the data: RAG summary, movement, exceptions, milestones, themes', async () => {
    const report = await draft(q2, 'OVERSIGHT_BOARD', {
      en: 'Good progress overall.',
      cy: 'Cynnydd da ar y cyfan.',
    });
    expect(report).toMatchObject({ audience: 'OVERSIGHT_BOARD', edition: 1, state: 'DRAFT' });
    const { content } = report;
    expect(content.period).toEqual({ label: '2025-26 Q2' });
    expect(content.asOf).toBe('2025-09-30');
    expect(content.executiveSummary).toEqual({
      en: 'Good progress overall.',
      cy: 'Cynnydd da ar y cyfan.',
    });
    expect(content.overall).toEqual({
      red: 1,
      amber: 1,
      green: 0,
      complete: 1,
      notStarted: 0,
      noUpdate: 1,
      total: 4,
    });
    expect(content.areas[2]).toEqual({
      number: 3,
      counts: { red: 1, amber: 0, complete: 0, noUpdate: 0, total: 1 },
    });
    // No earlier oversight report: compared with the previous period's updates.
    expect(content.movement).toEqual({
      sinceReportId: null,
      sincePeriod: '2025-26 Q1',
      improved: [{ reference: '2.1', previous: 'AMBER', current: 'COMPLETE' }],
      worsened: [
        { reference: '1.1', previous: 'GREEN', current: 'AMBER' },
        { reference: '3.1', previous: 'GREEN', current: 'RED' },
      ],
      completed: [{ reference: '2.1', previous: 'AMBER', current: 'COMPLETE' }],
      newlyRed: [{ reference: '3.1', previous: 'GREEN', current: 'RED' }],
    });
    expect(content.exceptions).toEqual([
      {
        reference: '1.1',
        owners: [ceri.name],
        rag: 'AMBER',
        percentComplete: 40,
        commentary: { en: 'Recruitment is slower than planned.', cy: 'Mae recriwtio’n arafach.' },
        risks: { en: 'Vacancies in north Wales', cy: 'Swyddi gwag yn y gogledd' },
        nextSteps: { en: 'Joint campaign in January', cy: 'Ymgyrch ar y cyd ym mis Ionawr' },
      },
      expect.objectContaining({ reference: '3.1', rag: 'RED' }),
    ]);
    expect(content.milestonesMissed).toEqual([
      { actionReference: '1.1', dueDate: '2025-08-31', completedOn: null },
    ]);
    expect(content.milestonesDueNext).toEqual([{ actionReference: '2.1', dueDate: '2025-11-30' }]);
    expect(content.themes).toContainEqual({
      theme: 'STAFF_RETENTION',
      counts: { total: 1, red: 1 },
    });
    expect(content.themes).toContainEqual({
      theme: 'WELSH_LANGUAGE_AND_CULTURE',
      counts: { total: 1, red: 0 },
    });
    expect(content.completed).toEqual([{ reference: '2.1' }]);
    expect(content.actions.map((line: { reference: string }) => line.reference)).toEqual([
      '1.1',
      '2.1',
      '3.1',
      '4.1',
    ]);

    expect(
      errorOf(
        await app.gql(CREATE, { input: { reportingPeriodId: q2.id, audience: 'OVERSIGHT_BOARD' } }),
      ),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'audience',
    });
  });

  it('keeps the issued report exactly as the board saw it, whatever changes later', async () => {
    const [{ id }] = (
      await app.ok(LIST, { filter: { reportingPeriodId: q2.id, audience: 'OVERSIGHT_BOARD' } })
    ).reports;
    const { report: current } = await app.ok(READ, { id });
    const { updateReport } = await app.ok(UPDATE, {
      input: { id, expectedVersion: current.version, executiveSummary: { en: 'Mixed progress.' } },
    });
    expect(updateReport.content.executiveSummary).toEqual({
      en: 'Mixed progress.',
      cy: 'Cynnydd da ar y cyfan.',
    });
    const stale = await app.gql(ISSUE, { input: { id, expectedVersion: current.version } });
    expect(errorOf(stale).code).toBe('CONFLICT');
    // The other person's summary, without the report's content or internals.
    expect(stale.errors?.[0].extensions?.['current']).toEqual({
      id,
      audience: 'OVERSIGHT_BOARD',
      edition: 1,
      state: 'DRAFT',
      issuedAt: null,
      createdAt: expect.any(String),
      version: updateReport.version,
      reportingPeriodId: q2.id,
      executiveSummary: { en: 'Mixed progress.', cy: 'Cynnydd da ar y cyfan.' },
    });

    const issued = await issue(updateReport);
    expect(issued).toMatchObject({ state: 'ISSUED', edition: 1 });
    expect(issued.issuedAt).toBeTruthy();

    // Later: a correction for Q2, a milestone met, an action renamed.
    await asCeri.ok(SUBMIT, {
      input: {
        actionId: a11.id,
        reportingPeriodId: q2.id,
        rag: 'GREEN',
        percentComplete: 60,
        commentary: { en: 'Caught up.' },
      },
    });
    await app.dataSource
      .getRepository(Milestone)
      .update({ actionId: a11.id }, { completedOn: '2025-09-15' });

    const { report: reread } = await app.ok(READ, { id });
    expect(reread.content).toEqual(issued.content);
    expect(reread.content.exceptions[0]).toMatchObject({ reference: '1.1', rag: 'AMBER' });

    // A new edition reflects the change; the first stays readable.
    const second = await draft(q2, 'OVERSIGHT_BOARD');
    expect(second.edition).toBe(2);
    expect(second.content.exceptions.map((line: { reference: string }) => line.reference)).toEqual([
      '3.1',
    ]);
    expect((await app.ok(LIST, { filter: { reportingPeriodId: q2.id } })).reports).toEqual([
      { id: second.id, edition: 2, state: 'DRAFT', audience: 'OVERSIGHT_BOARD' },
      { id, edition: 1, state: 'ISSUED', audience: 'OVERSIGHT_BOARD' },
    ]);
  });

  it('refuses to change an issued report, in the API and in the database itself', async () => {
    const [{ id }] = (
      await app.ok(LIST, { filter: { reportingPeriodId: q2.id, audience: 'OVERSIGHT_BOARD' } })
    ).reports.filter((report: { state: string }) => report.state === 'ISSUED');
    const { report } = await app.ok(READ, { id });
    expect(
      errorOf(
        await app.gql(UPDATE, {
          input: { id, expectedVersion: report.version, executiveSummary: { en: 'Rewritten' } },
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const reports = app.dataSource.getRepository(Report);
    await expect(
      reports.update(id, { executiveSummary: { en: 'Rewritten', cy: null } }),
    ).rejects.toThrow(/issued reports are frozen/);
    await expect(reports.delete(id)).rejects.toThrow(/issued reports are frozen/);
    expect((await reports.findOneByOrFail({ id })).executiveSummary.en).toBe('Mixed progress.');
  });

  it('compares a joint board paper with the board’s last meeting, not the last quarter', async () => {
    const spring = await issue(await draft(q1, 'JOINT_BOARD'));
    await fixtures.update(a31, q3, ceri, RagStatus.AMBER);
    await fixtures.update(a11, q3, ceri, RagStatus.RED);
    const autumn = await draft(q3, 'JOINT_BOARD');
    expect(autumn.content.movement).toMatchObject({
      sinceReportId: spring.id,
      sincePeriod: '2025-26 Q1',
      // 3.1 was green at the last meeting (red in between): amber now is worse than then.
      worsened: [
        { reference: '1.1', previous: 'GREEN', current: 'RED' },
        { reference: '3.1', previous: 'GREEN', current: 'AMBER' },
      ],
      newlyRed: [{ reference: '1.1', previous: 'GREEN', current: 'RED' }],
    });
  });

  it('reports every measure as at the period end, with its RAG, trend and recent figures', async () => {
    const report = await draft(q2, 'OPERATIONAL_GROUP');
    const { measures } = report.content;
    expect(measures.endedBy).toBe('2025-09-30');
    expect(measures.counts).toEqual({
      red: 1,
      amber: 1,
      green: 1,
      contextual: 1,
      noFigure: 1,
      total: 5,
    });
    expect(measures.measures.map((line: { reference: string }) => line.reference)).toEqual([
      'M1',
      'M2',
      'M3',
      'M4',
      'M10',
    ]);
    // The Q3 figure (5%) is for a period ended after the report's: Q2's 7.5% is the latest.
    expect(measures.measures[0]).toEqual({
      reference: 'M1',
      name: { en: expect.any(String), cy: expect.any(String) },
      unit: 'PERCENTAGE',
      direction: 'LOWER_IS_BETTER',
      frequency: 'QUARTERLY',
      areaNumbers: [1],
      latest: {
        periodLabel: { en: '2025-26 Q2', cy: '2025-26 Ch2' },
        periodEnd: '2025-09-30',
        value: 7.5,
        target: 6,
        quality: 'CONFIRMED',
        revised: false,
        rag: 'RED',
        ragExplanation: {
          en: 'Red: 7.5% against a target of 6%; red beyond 1 point',
          cy: expect.stringMatching(/^Coch: 7\.5%/),
        },
        commentary: {
          en: 'Agency use rose over the summer.',
          cy: 'Cododd y defnydd o asiantaethau.',
        },
      },
      trend: { sincePrevious: 'WORSENING', sinceBaseline: null },
      recent: [
        { periodLabel: { en: '2025-26 Q1' }, value: 6.5, target: 6 },
        { periodLabel: { en: '2025-26 Q2' }, value: 7.5, target: 6 },
      ],
    });
    expect(measures.measures[3]).toMatchObject({ reference: 'M4', latest: null, recent: [] });
    expect(measures.measures[4].latest).toMatchObject({ value: 3, target: null, rag: null });
    expect(measures.offTarget).toEqual([
      {
        reference: 'M1',
        latest: {
          rag: 'RED',
          commentary: {
            en: 'Agency use rose over the summer.',
            cy: 'Cododd y defnydd o asiantaethau.',
          },
        },
      },
      {
        reference: 'M2',
        latest: { rag: 'AMBER', commentary: { en: 'Slightly above target.', cy: null } },
      },
    ]);

    // A later period's report has the later figure.
    const q3Measures = (await draft(q3, 'OPERATIONAL_GROUP')).content.measures;
    expect(q3Measures.measures[0].latest).toMatchObject({ value: 5, rag: 'GREEN' });
  });

  it('freezes the measures on issue: a figure revised later shows only in a new draft', async () => {
    const [{ id }] = (
      await app.ok(LIST, { filter: { reportingPeriodId: q2.id, audience: 'OPERATIONAL_GROUP' } })
    ).reports;
    const issued = await issue((await app.ok(READ, { id })).report);
    expect(issued.content.measures.measures[0].latest).toMatchObject({ value: 7.5, rag: 'RED' });

    // Q2's figure for M1 is corrected to 5.5% (green) after the report went out.
    await fixtures.measureValue(m1, '2025-07-01', 5.5, ceri, {
      commentary: { en: 'Corrected: agency hours were double counted.', cy: null },
    });

    const { report: reread } = await app.ok(READ, { id });
    expect(reread.content).toEqual(issued.content);
    expect(
      reread.content.measures.offTarget.map((line: { reference: string }) => line.reference),
    ).toEqual(['M1', 'M2']);

    const second = await draft(q2, 'OPERATIONAL_GROUP');
    expect(second.edition).toBe(2);
    expect(second.content.measures.measures[0].latest).toMatchObject({
      value: 5.5,
      revised: true,
      rag: 'GREEN',
      commentary: { en: 'Corrected: agency hours were double counted.', cy: null },
    });
    expect(
      second.content.measures.measures[0].recent.map((f: { value: number }) => f.value),
    ).toEqual([6.5, 5.5]);
    expect(second.content.measures.counts).toMatchObject({ red: 0, amber: 1, green: 2 });
    expect(
      second.content.measures.offTarget.map((line: { reference: string }) => line.reference),
    ).toEqual(['M2']);
  });

  it('still reads and exports a report issued before reports had measures', async () => {
    const [{ snapshot }] = await app.dataSource.query(
      `SELECT snapshot FROM report WHERE state = 'ISSUED' AND audience = 'OVERSIGHT_BOARD' LIMIT 1`,
    );
    delete snapshot.measures;
    const [{ id }] = await app.dataSource.query(
      `INSERT INTO report (reporting_period_id, audience, edition, state, snapshot, issued_at,
         executive_summary_en, version, created_at, updated_at)
       VALUES ($1, 'OPERATIONAL_GROUP', 1, 'ISSUED', $2, now(), 'Before measures', 1, now(), now())
       RETURNING id`,
      [q1.id, snapshot],
    );
    const { report } = await app.ok(READ, { id });
    expect(report.content.measures).toEqual({
      endedBy: snapshot.period.endDate,
      counts: { red: 0, amber: 0, green: 0, contextual: 0, noFigure: 0, total: 0 },
      measures: [],
      offTarget: [],
    });
    expect(report.content.actions).toEqual(
      snapshot.actions.map((line: { reference: string; rag: string }) => ({
        reference: line.reference,
        rag: line.rag,
      })),
    );
    for (const format of ['docx', 'xlsx', 'pdf']) {
      const response = await fetch(
        `${app.url}/reports/${id}/export?format=${format}&language=both`,
        {
          headers: app.cookie ? { cookie: app.cookie } : {},
        },
      );
      expect(response.status).toBe(200);
    }
  });

  it('builds a draft once for its head and its lists, asked for apart as the dashboard does', async () => {
    const report = await draft(q1, 'OVERSIGHT_BOARD');
    const ask = async (content: string) => {
      app.statements.count = 0;
      const answer = await app.ok(
        `query ($id: ID!) { report(id: $id) { content { ${content} } } }`,
        {
          id: report.id,
        },
      );
      return { content: answer.report.content, statements: app.statements.count };
    };

    const head = await ask('overall { total }');
    expect(head.content).toEqual({ overall: { total: 4 } });
    expect(head.statements).toBeGreaterThan(5);
    const lists = await ask('actions { reference }');
    expect(lists.content.actions.map((line: { reference: string }) => line.reference)).toEqual([
      '1.1',
      '2.1',
      '3.1',
      '4.1',
    ]);
    // Only the report itself is read: its content was built for the head.
    expect(lists.statements).toBe(1);
  });

  it('shows drafts only to the operational group', async () => {
    const board = await app.signedIn(Role.BOARD_MEMBER);
    const visible = (await board.ok(LIST)).reports;
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.every((report: { state: string }) => report.state === 'ISSUED')).toBe(true);
    const [aDraft] = (await app.ok(LIST)).reports.filter(
      (report: { state: string }) => report.state === 'DRAFT',
    );
    expect(errorOf(await board.gql(READ, { id: aDraft.id })).code).toBe('NOT_FOUND');
  });
});
