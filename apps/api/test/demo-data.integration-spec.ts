import { User } from '@cynnydd/access/data-access';
import { Role } from '@cynnydd/shared/domain';

import { seedDemoData } from '../src/seed/demo-seed';
import { DEMO_PASSWORD, DEMO_USERS } from '../src/seed/demo-users';
import { Client, openSession, startTestApp, type TestApp } from './support/test-app';

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

  it('tags each action and measure with one to three well-being goals and ways of working', async () => {
    const { actions, measures } = await app.ok(`{
      actions(filter: { financialYear: "2026-27" }, first: 100) {
        edges { node { area { number } wellBeingGoals waysOfWorking } }
      }
      measures { wellBeingGoals waysOfWorking }
    }`);
    type Tagged = { wellBeingGoals: string[]; waysOfWorking: string[] };
    const nodes: (Tagged & { area: { number: number } })[] = actions.edges.map(
      (edge: { node: Tagged & { area: { number: number } } }) => edge.node,
    );
    const fits = (list: string[]) => list.length >= 1 && list.length <= 3;
    for (const item of [...nodes, ...(measures as Tagged[])]) {
      expect(fits(item.wellBeingGoals) && fits(item.waysOfWorking)).toBe(true);
    }
    expect(new Set(nodes.flatMap((node) => node.wellBeingGoals)).size).toBe(7);
    expect(new Set(nodes.flatMap((node) => node.waysOfWorking)).size).toBe(5);
    const welsh = nodes.filter((node) => node.area.number === 6);
    expect(
      welsh.every((node) => node.wellBeingGoals.includes('VIBRANT_CULTURE_WELSH_LANGUAGE')),
    ).toBe(true);
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

    // The open round is under way: most leads have reported, some have not yet.
    const open = await app.ok(
      `query ($id: ID!) { progressSummary(reportingPeriodId: $id) { overall { noUpdate total } } }`,
      { id: reportingPeriods[0].id },
    );
    const round = open.progressSummary.overall;
    expect(round.noUpdate).toBeGreaterThan(0);
    expect(round.noUpdate).toBeLessThan(round.total / 2);
  });

  it('has a current plan of about forty actions, nearly all updated for Q2 and most already for the open Q3', async () => {
    const { actions } = await app.ok(`{
      actions(filter: { financialYear: "2026-27" }, first: 100) {
        totalCount edges { node { area { number } leadOrganisation carriedForwardFrom { id } } }
      }
    }`);
    const nodes = actions.edges.map((edge: { node: any }) => edge.node);
    expect(actions.totalCount).toBeGreaterThanOrEqual(36);
    expect(actions.totalCount).toBeLessThanOrEqual(45);
    for (const area of [1, 2, 3, 4, 5, 6, 7]) {
      expect(nodes.filter((n: any) => n.area.number === area).length).toBeGreaterThanOrEqual(4);
    }
    expect(new Set(nodes.map((n: any) => n.leadOrganisation)).size).toBe(3);
    expect(nodes.some((n: any) => n.carriedForwardFrom)).toBe(true);
    expect(nodes.some((n: any) => !n.carriedForwardFrom)).toBe(true);

    const { reportingPeriods } = await app.ok(`{ reportingPeriods { id label state } }`);
    const [q3, q2] = reportingPeriods;
    expect([q3, q2].map((p: any) => [p.label, p.state])).toEqual([
      ['2026-27 Q3', 'OPEN'],
      ['2026-27 Q2', 'CLOSED'],
    ]);
    const overall = async (id: string) =>
      (
        await app.ok(
          `query ($id: ID!) { progressSummary(reportingPeriodId: $id) { overall { noUpdate total } } }`,
          { id },
        )
      ).progressSummary.overall;
    const second = await overall(q2.id);
    expect(second.total).toBe(actions.totalCount);
    expect(second.noUpdate).toBeGreaterThan(0);
    expect(second.noUpdate).toBeLessThanOrEqual(second.total / 8);
    const third = await overall(q3.id);
    expect(third.total).toBe(actions.totalCount);
    expect(third.noUpdate).toBeGreaterThanOrEqual(8);
  });

  it('has oversight-board reports issued for the past four quarters, each frozen as the board saw it', async () => {
    const { reports } = await app.ok(`{
      reports(filter: { audience: OVERSIGHT_BOARD }) {
        state issuedAt reportingPeriod { label endDate }
        content { asOf executiveSummary { en cy } overall { total } actions { actionId } }
      }
    }`);
    expect(reports.map((r: any) => r.reportingPeriod.label)).toEqual([
      '2026-27 Q2',
      '2026-27 Q1',
      '2025-26 Q4',
      '2025-26 Q3',
    ]);
    for (const report of reports) {
      expect(report.state).toBe('ISSUED');
      // Issued after its quarter ended, built as at that day: the period's end.
      expect(report.issuedAt.slice(0, 10) > report.reportingPeriod.endDate).toBe(true);
      expect(report.issuedAt < '2026-12-01').toBe(true);
      expect(report.content.asOf).toBe(report.reportingPeriod.endDate);
      expect(report.content.executiveSummary.en && report.content.executiveSummary.cy).toBeTruthy();
      expect(report.content.actions).toHaveLength(report.content.overall.total);
    }
    expect(reports[0].content.overall.total).toBeGreaterThanOrEqual(36);
  });

  it('has the last joint-board paper with the board’s comments, decisions and follow-ups, some done', async () => {
    const { reports } = await app.ok(`{
      reports(filter: { audience: JOINT_BOARD }) {
        reportingPeriod { label }
        content { movement { sincePeriod sinceReportId } }
        review {
          kind authorName createdAt text { en cy } action { reference }
          followUps { title { en cy } dueDate completedOn owner { name } }
        }
      }
    }`);
    // The joint board meets twice a year; the latest paper is compared with the one before.
    expect(reports.map((r: any) => r.reportingPeriod.label)).toEqual(['2026-27 Q2', '2025-26 Q4']);
    const [latest] = reports;
    expect(latest.content.movement).toEqual({
      sincePeriod: '2025-26 Q4',
      sinceReportId: expect.any(String),
    });
    expect(new Set(latest.review.map((entry: any) => entry.kind))).toEqual(
      new Set(['COMMENT', 'DECISION']),
    );
    for (const entry of latest.review) {
      expect(entry.authorName).toBe('Owain Davies');
      expect(entry.createdAt.slice(0, 10)).toBe('2026-11-19');
      expect(entry.text.en && entry.text.cy).toBeTruthy();
    }
    expect(latest.review.some((entry: any) => entry.kind === 'DECISION' && entry.action)).toBe(
      true,
    );
    const followUps = latest.review.flatMap((entry: any) => entry.followUps);
    expect(followUps.some((f: any) => f.completedOn)).toBe(true);
    expect(followUps.some((f: any) => !f.completedOn)).toBe(true);
    expect(followUps.map((f: any) => f.owner.name)).toEqual(
      expect.arrayContaining(['Ceri Morgan', 'Nia Williams']),
    );

    const open = await app.ok(`{ followUps(filter: { open: true }) { id } }`);
    const done = await app.ok(`{ followUps(filter: { open: false }) { completedOn } }`);
    expect(open.followUps.length).toBeGreaterThan(0);
    expect(done.followUps.length).toBeGreaterThan(open.followUps.length);
  });

  it('has a year of meetings of each forum: attendance, minutes, decisions and commitments', async () => {
    const { meetings } = await app.ok(`{
      meetings {
        id state startsAt forum { kind }
        agenda { report { id } minutes { en cy } }
        attendance { status deputyName member { person { name } } }
        decisions { id }
        carriedCommitments { id }
      }
    }`);
    const of = (kind: string) => meetings.filter((m: any) => m.forum.kind === kind);
    expect(of('OPERATIONAL_GROUP').length).toBeGreaterThanOrEqual(8);
    expect(of('OVERSIGHT_BOARD')).toHaveLength(3);
    expect(of('JOINT_BOARD')).toHaveLength(2);
    expect(of('SOCIAL_PARTNERSHIP_FORUM')).toHaveLength(4);
    const held = meetings.filter((m: any) => m.state !== 'SCHEDULED');
    expect(meetings.filter((m: any) => m.state === 'SCHEDULED')).toHaveLength(2);
    for (const meeting of held) {
      expect(meeting.attendance.length).toBeGreaterThan(3);
      expect(meeting.agenda.every((item: any) => item.minutes.en && item.minutes.cy)).toBe(true);
    }
    // Deputies stand in, and one member of the oversight board missed all three of its meetings.
    const attendance = held.flatMap((m: any) => m.attendance);
    expect(attendance.some((a: any) => a.status === 'REPRESENTED' && a.deputyName)).toBe(true);
    const rhys = of('OVERSIGHT_BOARD').flatMap((m: any) =>
      m.attendance.filter((a: any) => a.member.person.name === 'Rhys Llewellyn'),
    );
    expect(rhys.map((a: any) => a.status)).toEqual(['APOLOGIES', 'APOLOGIES', 'APOLOGIES']);

    // The joint board's November meeting minuted its review of the paper: the same records.
    const november = of('JOINT_BOARD').at(-1);
    expect(november.state).toBe('HELD');
    const paper = november.agenda.find((item: any) => item.report)?.report.id;
    const { report } = await app.ok(`query($id: ID!) { report(id: $id) { review { id } } }`, {
      id: paper,
    });
    expect(november.decisions.map((d: any) => d.id).sort()).toEqual(
      report.review.map((entry: any) => entry.id).sort(),
    );
    // An open commitment from the partnership forum is carried onto its next meeting.
    expect(of('SOCIAL_PARTNERSHIP_FORUM').at(-1).carriedCommitments.length).toBeGreaterThan(0);
  });

  it('has a year of social partnership: engagements on the plan and actions, self-assessments, the annual report', async () => {
    const { engagementRecords } = await app.ok(`{
      engagementRecords { engagedOn outcome subjectKind partners { code } }
    }`);
    expect(engagementRecords).toHaveLength(8);
    const outcomes = engagementRecords.map((r: any) => r.outcome);
    expect(outcomes.filter((o: string) => o === 'CONSENSUS')).toHaveLength(5);
    expect(outcomes.filter((o: string) => o === 'COMPROMISE')).toHaveLength(2);
    expect(outcomes.filter((o: string) => o === 'NO_AGREEMENT')).toHaveLength(1);
    expect(engagementRecords.some((r: any) => r.subjectKind === 'PLAN')).toBe(true);
    const { actions } = await app.ok(`{
      actions(filter: { financialYear: "2026-27" }, first: 100) {
        edges { node { reference needsPartnershipConsultation engagements { outcome } } }
      }
    }`);
    const tagged = actions.edges
      .map((edge: any) => edge.node)
      .filter((action: any) => action.needsPartnershipConsultation);
    expect(tagged.map((action: any) => action.reference).sort()).toEqual(['1.6', '1.7', '2.6']);
    expect(tagged.every((action: any) => action.engagements.length > 0)).toBe(true);

    const { forums } = await app.ok(`{ forums { id kind } }`);
    const forum = forums.find((f: any) => f.kind === 'SOCIAL_PARTNERSHIP_FORUM');
    const { partnershipAssessmentComparison: comparison } = await app.ok(
      `query ($id: ID!) { partnershipAssessmentComparison(forumId: $id) { assessments { assessedOn average } } }`,
      { id: forum.id },
    );
    const [april, october] = comparison.assessments;
    expect([april.assessedOn, october.assessedOn]).toEqual(['2026-04-21', '2026-10-20']);
    expect(october.average).toBeGreaterThan(april.average);

    const { partnershipReport: report } = await app.ok(`{
      partnershipReport(year: "2026-27") {
        engagementCount forumMeetings attendance { status count } commitments { status count }
      }
    }`);
    expect(report.engagementCount).toBe(8);
    // The forum met in April, July and October; January's meeting is still to come.
    expect(report.forumMeetings).toBe(3);
    const count = (rows: any[], status: string) =>
      rows.find((row: any) => row.status === status)?.count;
    expect(count(report.attendance, 'APOLOGIES')).toBe(2);
    expect(count(report.attendance, 'ABSENT')).toBe(1);
    expect(count(report.commitments, 'OVERDUE')).toBe(1);
  });

  it('has published each quarter’s oversight board report for the public, one withdrawn and corrected', async () => {
    const { publications } = await app.ok(`{
      publications { number state introduction { en cy } areaSummaries { areaNumber summary { en cy } }
        withdrawalReason { en cy } report { audience } }
    }`);
    const byNumber = [...publications].sort((a, b) => a.number - b.number);
    expect(
      byNumber.map((publication: { number: number; state: string }) => [
        publication.number,
        publication.state,
      ]),
    ).toEqual([
      [1, 'PUBLISHED'],
      [2, 'PUBLISHED'],
      [3, 'WITHDRAWN'],
      [4, 'PUBLISHED'],
      [5, 'PUBLISHED'],
    ]);
    for (const publication of publications) {
      expect(publication.report.audience).toBe('OVERSIGHT_BOARD');
      expect(publication.introduction.en && publication.introduction.cy).toBeTruthy();
      expect(publication.areaSummaries).toHaveLength(7);
    }
    expect(byNumber[2].withdrawalReason.cy).toContain('anghywir');
    const overview = await fetch(`${app.url}/cy/cynnydd`);
    expect(overview.status).toBe(200);
    expect(await overview.text()).toContain('Cynnydd yn ail chwarter cynllun 2026-27');
    expect((await fetch(`${app.url}/en/progress/publications/3`)).status).toBe(410);
  });

  it('has told the leads of each round this year and reminded those late, and of their meetings, in their notices', async () => {
    const user = await app.dataSource
      .getRepository(User)
      .findOneByOrFail({ email: 'nia.williams@socialcare.example.wales' });
    const lead = new Client(app.url, await openSession(app.dataSource, user));
    const { myNotifications } = await lead.ok(`{
      myNotifications(first: 100) { notifications { kind createdAt readAt subject { en cy } } }
    }`);
    const all = myNotifications.notifications;
    // She sits on the operational group and the social partnership forum.
    expect(all.filter((n: any) => n.kind === 'MEETING_NOTICE').length).toBeGreaterThan(6);
    const notifications = all.filter((n: any) => n.kind !== 'MEETING_NOTICE');
    expect(new Set(notifications.map((n: any) => n.kind))).toEqual(
      new Set(['PERIOD_OPENED', 'UPDATE_REMINDER']),
    );
    for (const quarter of ['Q1', 'Q2', 'Q3']) {
      expect(
        notifications.some((n: any) =>
          n.subject.en.startsWith(`Updates due for 2026-27 ${quarter}`),
        ),
      ).toBe(true);
    }
    // Dated the day each was sent; those of the closed rounds have been read.
    expect(notifications[0].createdAt.slice(0, 10)).toBe('2026-11-25');
    const unread = notifications.filter((n: any) => !n.readAt);
    expect(unread.length).toBeGreaterThan(0);
    expect(unread.length).toBeLessThan(notifications.length);
    expect(unread.every((n: any) => n.subject.en.includes('Q3'))).toBe(true);
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

  it('follows about fifteen illustrative measures with three years of figures and a mix of RAG', async () => {
    const { measures, measuresSummary } = await app.ok(`{
      measures {
        reference dataSource { en cy } areas { number } targets { financialYear }
        values { periodStart } revisions { id } latest { rag periodLabel { en } }
        owner { email }
      }
      measuresSummary { counts { red amber green contextual noFigure total } }
    }`);
    expect(measures.length).toBeGreaterThanOrEqual(15);
    expect(measuresSummary.counts.total).toBe(measures.length);
    for (const measure of measures) {
      expect(measure.dataSource.en).toMatch(/^Illustrative figures/);
      expect(measure.dataSource.cy).toMatch(/^Ffigurau enghreifftiol/);
      expect(measure.values[0].periodStart).toBe('2023-04-01');
    }
    const areas = new Set(measures.flatMap((m: any) => m.areas.map((a: any) => a.number)));
    expect([...areas].sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const { red, amber, green, contextual } = measuresSummary.counts;
    expect(Math.min(red, amber, green, contextual)).toBeGreaterThan(0);
    expect(measures.filter((m: any) => m.revisions.length)).toHaveLength(1);
    // The demo lead has not yet given their 2026-27 Q2 figures: due in the open round.
    const ceri = measures.filter((m: any) => m.owner.email === 'ceri.morgan@heiw.example.wales');
    expect(ceri.length).toBeGreaterThan(1);
    for (const measure of ceri) expect(measure.latest.periodLabel.en).toBe('2026-27 Q1');
  });

  it('keeps a register of about twenty risks and a few issues, reviewed through the year in both languages', async () => {
    const { risks } = await app.ok(
      `{ risks(state: null, first: 100) { edges { node {
        reference kind state category title { en cy } description { en cy } controls { en cy }
        inherent { score } current { score } target { score date } nextReviewDue reviewOverdue
        aboveAppetite owner { email } areas { number } threatenedActions { reference }
        mitigations { completedOn } reviews { reviewedOn commentary { en cy } }
        escalation { on reason { en cy } } escalatedBy { name }
        closure { on reason { en cy } resolution { en cy } }
      } } } }`,
    );
    const nodes: any[] = risks.edges.map((edge: any) => edge.node);
    const { riskProfile } = await app.ok(`{ riskProfile { total aboveAppetite } }`);
    const issues = nodes.filter((n: any) => n.kind === 'ISSUE');
    expect(nodes.length - issues.length).toBeGreaterThanOrEqual(18);
    expect(issues.length).toBeGreaterThanOrEqual(2);
    expect(new Set(nodes.flatMap((n: any) => n.areas.map((a: any) => a.number))).size).toBe(7);
    for (const risk of nodes) {
      for (const field of ['title', 'description', 'controls']) {
        expect(risk[field].en && risk[field].cy).toBeTruthy();
        expect(risk[field].cy).not.toBe(risk[field].en);
      }
      expect(risk.current.score).toBeLessThanOrEqual(risk.inherent.score);
      expect(risk.target.score).toBeLessThanOrEqual(risk.inherent.score);
      // Recorded, then reviewed on the operational group's days, never after the demo's data.
      expect(risk.reviews.length).toBeGreaterThanOrEqual(2);
      expect(risk.reviews.at(-1).reviewedOn < '2026-11-21').toBe(true);
      for (const review of risk.reviews.slice(1)) {
        expect(review.commentary.en && review.commentary.cy).toBeTruthy();
      }
    }
    // Monthly reviews over a year for some, quarterly for most.
    expect(Math.max(...nodes.map((n: any) => n.reviews.length))).toBeGreaterThanOrEqual(10);
    expect(nodes.some((n: any) => n.threatenedActions.length)).toBe(true);
    expect(nodes.some((n: any) => n.mitigations.some((m: any) => m.completedOn))).toBe(true);
    // Recorded before the first board paper of the year (5 February), so every paper finds risks.
    expect(nodes.filter((n: any) => n.reviews[0].reviewedOn < '2026-02-05').length).toBeGreaterThan(
      15,
    );

    const open = nodes.filter((n: any) => n.state === 'OPEN');
    expect(riskProfile.total).toBe(open.length);
    expect(riskProfile.aboveAppetite).toBeGreaterThanOrEqual(2);
    expect(riskProfile.aboveAppetite).toBeLessThan(open.length / 2);
    const escalated = nodes.filter((n: any) => n.escalation);
    expect(escalated).toHaveLength(1);
    expect(escalated[0]).toMatchObject({
      escalatedBy: { name: 'Elin Roberts' },
      escalation: { reason: { en: expect.any(String), cy: expect.any(String) } },
    });
    const closed = nodes.filter((n: any) => n.state === 'CLOSED');
    expect(closed.map((n: any) => n.kind).sort()).toEqual(['ISSUE', 'RISK']);
    for (const risk of closed)
      expect(risk.closure.reason.en && risk.closure.reason.cy).toBeTruthy();
    expect(closed.find((n: any) => n.kind === 'ISSUE').closure.resolution.cy).toBeTruthy();
    expect(open.some((n: any) => n.reviewOverdue)).toBe(true);

    // The demo lead has reviews falling due in the open round, and one already overdue.
    const ceri = open.filter((n: any) => n.owner.email === 'ceri.morgan@heiw.example.wales');
    expect(ceri.filter((n: any) => n.nextReviewDue <= '2027-01-21').length).toBeGreaterThanOrEqual(
      3,
    );
    expect(ceri.filter((n: any) => n.reviewOverdue)).toHaveLength(1);
    expect(
      ceri.filter((n: any) => !n.reviewOverdue && n.nextReviewDue < '2026-12-31').length,
    ).toBeGreaterThanOrEqual(2);

    // One raised by a lead from the risks text of their status update, linked to its action.
    const [raised] = await app.dataSource.query(
      `SELECT r.reference, r.description_en AS "en", u.risks_en AS "risksText",
              r.owner_id = u.author_id OR EXISTS (SELECT 1 FROM action_owner o
                WHERE o.action_id = u.action_id AND o.person_id = r.owner_id) AS "byLead",
              EXISTS (SELECT 1 FROM risk_action x WHERE x.risk_id = r.id
                AND x.action_id = u.action_id AND x.role = 'THREATENS') AS "linked"
       FROM risk r JOIN status_update u ON u.id = r.raised_from_update_id`,
    );
    expect(raised).toMatchObject({ byLead: true, linked: true });
    expect(raised.en).toBe(raised.risksText);
  });

  it('has a lead who left: their account deactivated and their open actions handed on', async () => {
    const admin = await app.signedIn(Role.ADMIN);
    const { users } = await admin.ok(
      `{ users(filter: { active: false }) { email invitationPending openActionsOwned { id } } }`,
    );
    expect(users).toEqual([
      expect.objectContaining({
        email: 'gareth.powell@socialcare.example.wales',
        invitationPending: false,
        openActionsOwned: [],
      }),
    ]);
    const { people } = await app.ok(`{ people { id email } }`);
    const successor = people.find(
      (p: { email: string }) => p.email === 'megan.thomas@socialcare.example.wales',
    );
    const { actions } = await app.ok(
      `query ($owner: ID!) { actions(filter: { financialYear: "2026-27", ownerId: $owner }) { totalCount } }`,
      { owner: successor.id },
    );
    expect(actions.totalCount).toBeGreaterThan(2);
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
