import type { Organisation } from '@cynnydd/directory/data-access';
import { Meeting, MeetingsAuditService, type Forum } from '@cynnydd/meetings/data-access';
import { PartnershipStatement } from '@cynnydd/partnership/data-access';
import { Action, type AnnualPlan } from '@cynnydd/plans/data-access';
import {
  AttendanceStatus,
  financialYearLabel,
  ForumKind,
  MeetingState,
  OrganisationType,
  PlanState,
  Role,
} from '@cynnydd/shared/domain';
import { readWordDocument } from '@cynnydd/shared/testing';
import type { StrategicArea } from '@cynnydd/strategy/data-access';

import { Fixtures } from './support/fixtures';
import { pdfText } from './support/pdf-text';
import { errorOf, startTestApp, type Client, type TestApp } from './support/test-app';

const RECORD_FIELDS = `id version subjectKind subjectId engagedOn forumId meetingId outcome
  consultedOn { en cy } agreed { en cy } disagreement { en cy } nextSteps { en cy }
  partners { id code }`;
const CREATE = `mutation ($input: CreateEngagementRecordInput!) {
  createEngagementRecord(input: $input) { ${RECORD_FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateEngagementRecordInput!) {
  updateEngagementRecord(input: $input) { ${RECORD_FIELDS} } }`;
const DELETE = `mutation ($id: ID!, $v: Int!) { deleteEngagementRecord(id: $id, expectedVersion: $v) }`;
const RECORDS = `query ($subjectKind: EngagementSubjectKind, $subjectId: ID, $partnerId: ID,
    $outcome: EngagementOutcome, $from: String, $to: String, $forumId: ID) {
  engagementRecords(subjectKind: $subjectKind, subjectId: $subjectId, partnerId: $partnerId,
    outcome: $outcome, from: $from, to: $to, forumId: $forumId) { id } }`;
const APPROVE = `mutation ($id: ID!, $waiver: BilingualLongTextInput) {
  approvePlan(id: $id, partnershipWaiver: $waiver) { state partnershipWaiver { en cy } } }`;
const WAIVE = `mutation ($planId: ID!, $reason: BilingualLongTextInput!) {
  waivePartnershipConsultation(planId: $planId, reason: $reason) { partnershipWaiver { en } } }`;
const STATEMENTS = `{ partnershipStatements { id position text { en cy } active } }`;
const RECORD_ASSESSMENT = `mutation ($input: RecordPartnershipAssessmentInput!) {
  recordPartnershipAssessment(input: $input) {
    id version assessedOn average scores { score statement { position } } } }`;
const UPDATE_ASSESSMENT = `mutation ($input: UpdatePartnershipAssessmentInput!) {
  updatePartnershipAssessment(input: $input) { id version assessedOn average } }`;
const COMPARISON = `query ($forumId: ID!) { partnershipAssessmentComparison(forumId: $forumId) {
  assessments { id assessedOn average }
  statements { statement { position } scores { assessedOn score } latest change } } }`;
const REPORT = `query ($year: String!) { partnershipReport(year: $year) {
  financialYear from to engagementCount
  bySubject { subjectKind count } byPartner { code count } outcomes { outcome count }
  compromises { subjectReference agreed { en } partnerCodes }
  noAgreements { subjectReference disagreement { en } nextSteps { en } }
  forumMeetings attendance { status count } commitments { status count }
  selfAssessments { forumName { en } assessedOn average statements { score } } } }`;

/** Today is 2026-05-15: the 2025-26 financial year has ended. */
describe('social partnership', () => {
  let app: TestApp;
  let fixtures: Fixtures;
  let area: StrategicArea;
  let plan: AnnualPlan;
  let union: Organisation;
  let otherPartner: Organisation;
  let employer: Organisation;
  let forum: Forum;
  let asViewer: Client;
  let asLead: Client;
  let counter = 0;

  beforeAll(async () => {
    app = await startTestApp({ today: '2026-05-15' });
    fixtures = new Fixtures(app.dataSource);
    area = (await fixtures.strategy()).get(2) as StrategicArea;
    plan = await fixtures.plan(2025);
    union = await fixtures.partner();
    otherPartner = await fixtures.partner(OrganisationType.OTHER);
    employer = await fixtures.organisation();
    forum = await fixtures.forum(ForumKind.SOCIAL_PARTNERSHIP_FORUM);
    asViewer = await app.signedIn(Role.VIEWER, await fixtures.person());
    asLead = await app.signedIn(Role.LEAD, await fixtures.person());
  });
  afterAll(() => app.close());

  const freshAction = (inPlan = plan) =>
    fixtures.action({ plan: inPlan, area, owners: [], reference: `${area.number}.${++counter}` });
  const input = (subjectId: string, overrides: Record<string, unknown> = {}) => ({
    subjectKind: 'ACTION',
    subjectId,
    engagedOn: '2025-06-10',
    partnerIds: [union.id],
    consultedOn: { en: 'New rotas for district nurses', cy: 'Rotâu newydd i nyrsys ardal' },
    outcome: 'CONSENSUS',
    ...overrides,
  });
  const create = async (subjectId: string, overrides: Record<string, unknown> = {}) =>
    (await app.ok(CREATE, { input: input(subjectId, overrides) })).createEngagementRecord;
  const audits = async (id: string) =>
    (
      await app.dataSource.query(
        `SELECT action FROM audit_entry WHERE entity_type = 'EngagementRecord' AND entity_id = $1
         ORDER BY occurred_at, id`,
        [id],
      )
    ).map((row: { action: string }) => row.action);

  describe('engagement records', () => {
    it('the programme office records how the partners were engaged on an action, audited', async () => {
      const action = await freshAction();
      const record = await create(action.id, {
        partnerIds: [union.id, otherPartner.id],
        forumId: forum.id,
      });
      expect(record).toMatchObject({
        version: 1,
        subjectKind: 'ACTION',
        subjectId: action.id,
        forumId: forum.id,
        outcome: 'CONSENSUS',
        consultedOn: { cy: 'Rotâu newydd i nyrsys ardal' },
      });
      expect(record.partners.map((p: { id: string }) => p.id).sort()).toEqual(
        [union.id, otherPartner.id].sort(),
      );
      const { action: read } = await app.ok(
        `query ($id: ID!) { action(id: $id) { engagements { id } } }`,
        { id: action.id },
      );
      expect(read.engagements).toEqual([{ id: record.id }]);
      expect(await audits(record.id)).toEqual(['CREATE']);
    });

    it('records on a measure, a risk and a plan appear on each', async () => {
      const owner = await fixtures.person();
      const measure = await fixtures.measure({ owner, area, reference: `M2.${++counter}` });
      const risk = await fixtures.risk({ owner, area });
      const draft = await fixtures.plan(2031, PlanState.DRAFT);
      for (const [kind, id] of [
        ['MEASURE', measure.id],
        ['RISK', risk.id],
        ['PLAN', draft.id],
      ]) {
        await create(id, { subjectKind: kind });
      }
      const read = await app.ok(
        `query ($m: ID!, $r: ID!, $p: ID!) {
          measure(id: $m) { engagements { subjectKind } }
          risk(id: $r) { engagements { subjectKind } }
          annualPlan(id: $p) { engagements { subjectKind } } }`,
        { m: measure.id, r: risk.id, p: draft.id },
      );
      expect(read.measure.engagements).toEqual([{ subjectKind: 'MEASURE' }]);
      expect(read.risk.engagements).toEqual([{ subjectKind: 'RISK' }]);
      expect(read.annualPlan.engagements).toEqual([{ subjectKind: 'PLAN' }]);
    });

    it('a viewer or a lead cannot record, change or delete engagement', async () => {
      const action = await freshAction();
      for (const client of [asViewer, asLead]) {
        expect(errorOf(await client.gql(CREATE, { input: input(action.id) })).code).toBe(
          'FORBIDDEN',
        );
      }
      const record = await create(action.id);
      expect(
        errorOf(
          await asLead.gql(UPDATE, {
            input: { id: record.id, expectedVersion: 1, outcome: 'CONSENSUS' },
          }),
        ).code,
      ).toBe('FORBIDDEN');
      expect(errorOf(await asViewer.gql(DELETE, { id: record.id, v: 1 })).code).toBe('FORBIDDEN');
      expect(await audits(record.id)).toEqual(['CREATE']);
    });

    it('only trade unions and other partners are social partners: the field names the other', async () => {
      const action = await freshAction();
      const error = errorOf(
        await app.gql(CREATE, { input: input(action.id, { partnerIds: [union.id, employer.id] }) }),
      );
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.field).toBe('partnerIds.1');
      expect(error.message).toMatch(/trade union or other partner/);
      expect(await app.ok(RECORDS, { subjectId: action.id })).toEqual({ engagementRecords: [] });
    });

    it('a compromise says what was agreed; no agreement says why and what happens next', async () => {
      const action = await freshAction();
      const fieldOf = async (overrides: Record<string, unknown>) =>
        errorOf(await app.gql(CREATE, { input: input(action.id, overrides) })).field;
      expect(await fieldOf({ outcome: 'COMPROMISE' })).toBe('agreed');
      expect(await fieldOf({ outcome: 'NO_AGREEMENT', nextSteps: { en: 'Revisit' } })).toBe(
        'disagreement',
      );
      expect(await fieldOf({ outcome: 'NO_AGREEMENT', disagreement: { en: 'Pay' } })).toBe(
        'nextSteps',
      );
      const compromise = await create(action.id, {
        outcome: 'COMPROMISE',
        agreed: { en: 'Four-week trial', cy: 'Treial pedair wythnos' },
      });
      expect(compromise.agreed).toEqual({ en: 'Four-week trial', cy: 'Treial pedair wythnos' });
      // Changing the outcome to no agreement needs its own explanation; agreed text goes.
      const changed = (
        await app.ok(UPDATE, {
          input: {
            id: compromise.id,
            expectedVersion: 1,
            outcome: 'NO_AGREEMENT',
            disagreement: { en: 'Staffing levels', cy: 'Lefelau staffio' },
            nextSteps: { en: 'To the forum in June', cy: 'I’r fforwm ym mis Mehefin' },
          },
        })
      ).updateEngagementRecord;
      expect(changed).toMatchObject({ version: 2, outcome: 'NO_AGREEMENT', agreed: { en: null } });
    });

    it('a stale change is a CONFLICT; deleting removes the record, audited', async () => {
      const record = await create((await freshAction()).id);
      await app.ok(UPDATE, {
        input: { id: record.id, expectedVersion: 1, engagedOn: '2025-06-11' },
      });
      const stale = errorOf(
        await app.gql(UPDATE, {
          input: { id: record.id, expectedVersion: 1, engagedOn: '2025-06-12' },
        }),
      );
      expect(stale.code).toBe('CONFLICT');
      expect(errorOf(await app.gql(DELETE, { id: record.id, v: 1 })).code).toBe('CONFLICT');
      expect(await app.ok(DELETE, { id: record.id, v: 2 })).toEqual({
        deleteEngagementRecord: record.id,
      });
      expect(await audits(record.id)).toEqual(['CREATE', 'UPDATE', 'DELETE']);
    });

    it("a meeting must be the forum's; without a forum the meeting's is taken", async () => {
      const action = await freshAction();
      const other = await fixtures.forum(ForumKind.SOCIAL_PARTNERSHIP_FORUM);
      const meeting = await fixtures.meeting(forum, '2025-06-10T10:00:00Z', MeetingState.HELD);
      const error = errorOf(
        await app.gql(CREATE, {
          input: input(action.id, { forumId: other.id, meetingId: meeting.id }),
        }),
      );
      expect(error.field).toBe('meetingId');
      const record = await create(action.id, { meetingId: meeting.id });
      expect(record).toMatchObject({ forumId: forum.id, meetingId: meeting.id });
    });

    it('filters by subject, partner, outcome, forum and dates', async () => {
      const action = await freshAction();
      const partner = await fixtures.partner();
      const early = await create(action.id, { partnerIds: [partner.id], engagedOn: '2025-05-01' });
      const late = await create(action.id, {
        partnerIds: [partner.id],
        engagedOn: '2025-09-01',
        outcome: 'COMPROMISE',
        agreed: { en: 'Phased' },
      });
      const ids = async (variables: Record<string, unknown>) =>
        (await app.ok(RECORDS, variables)).engagementRecords.map((r: { id: string }) => r.id);
      expect(await ids({ partnerId: partner.id })).toEqual([late.id, early.id]);
      expect(await ids({ partnerId: partner.id, outcome: 'COMPROMISE' })).toEqual([late.id]);
      expect(await ids({ partnerId: partner.id, from: '2025-06-01' })).toEqual([late.id]);
      expect(await ids({ partnerId: partner.id, to: '2025-06-01' })).toEqual([early.id]);
      expect(await ids({ subjectKind: 'RISK', partnerId: partner.id })).toEqual([]);
      expect(await ids({ subjectKind: 'ACTION', subjectId: action.id })).toEqual([
        late.id,
        early.id,
      ]);
    });

    it('engagements on many actions load in the same number of statements as on a few', async () => {
      const countFor = async (count: number) => {
        const inPlan = await fixtures.plan(2040 + count, PlanState.DRAFT);
        for (let i = 0; i < count; i++) {
          const action = await fixtures.action({
            plan: inPlan,
            area,
            owners: [],
            reference: `2.${i + 1}`,
          });
          await create(action.id, { partnerIds: [union.id, otherPartner.id] });
        }
        const query = `query ($year: String!) { actions(filter: { financialYear: $year }, first: 50) {
          edges { node { engagements { outcome partners { code } } } } } }`;
        const statements: number[] = [];
        for (let run = 0; run < 3; run++) {
          app.statements.count = 0;
          const data = await app.ok(query, { year: financialYearLabel(2040 + count) });
          expect(data.actions.edges).toHaveLength(count);
          statements.push(app.statements.count);
        }
        return Math.min(...statements);
      };
      expect(await countFor(8)).toBe(await countFor(2));
    });
  });

  describe('plan approval and partnership consultation', () => {
    const tagged = async (year: number) => {
      const draft = await fixtures.plan(year, PlanState.DRAFT);
      const action = await freshAction(draft);
      await app.dataSource
        .getRepository(Action)
        .update(action.id, { needsPartnershipConsultation: true });
      const untagged = await freshAction(draft);
      return { draft, action, untagged };
    };

    it('the tag is set and changed through the action inputs', async () => {
      const draft = await fixtures.plan(2032, PlanState.DRAFT);
      const { createAction } = await app.ok(
        `mutation ($input: CreateActionInput!) {
          createAction(input: $input) { id version needsPartnershipConsultation } }`,
        {
          input: {
            planId: draft.id,
            areaId: area.id,
            reference: `${area.number}.1`,
            title: { en: 'Flexible working pilot', cy: 'Cynllun peilot gweithio hyblyg' },
            leadOrganisation: 'HEIW',
            ownerIds: [(await fixtures.person()).id],
            startDate: '2032-04-01',
            dueDate: '2033-03-31',
            needsPartnershipConsultation: true,
          },
        },
      );
      expect(createAction.needsPartnershipConsultation).toBe(true);
      const { updateAction } = await app.ok(
        `mutation ($input: UpdateActionInput!) { updateAction(input: $input) { needsPartnershipConsultation } }`,
        {
          input: {
            id: createAction.id,
            expectedVersion: createAction.version,
            needsPartnershipConsultation: false,
          },
        },
      );
      expect(updateAction.needsPartnershipConsultation).toBe(false);
    });

    it('a plan is not approved while a tagged action has no engagement record, then is', async () => {
      const { draft, action } = await tagged(2033);
      const refused = errorOf(await app.gql(APPROVE, { id: draft.id }));
      expect(refused.code).toBe('BAD_USER_INPUT');
      expect(refused.message).toContain(action.reference);
      await create(action.id);
      expect((await app.ok(APPROVE, { id: draft.id })).approvePlan.state).toBe('APPROVED');
    });

    it('the programme office may record why, beforehand or with the approval', async () => {
      const first = await tagged(2034);
      expect(
        (await app.ok(WAIVE, { planId: first.draft.id, reason: { en: 'Urgent winter plan' } }))
          .waivePartnershipConsultation.partnershipWaiver,
      ).toEqual({ en: 'Urgent winter plan' });
      expect((await app.ok(APPROVE, { id: first.draft.id })).approvePlan.state).toBe('APPROVED');

      const second = await tagged(2035);
      const waiver = { en: 'Unions briefed informally', cy: 'Briffiwyd yr undebau’n anffurfiol' };
      expect((await app.ok(APPROVE, { id: second.draft.id, waiver })).approvePlan).toEqual({
        state: 'APPROVED',
        partnershipWaiver: waiver,
      });
    });

    it('only the programme office records a waiver', async () => {
      const { draft } = await tagged(2036);
      const result = await asLead.gql(WAIVE, { planId: draft.id, reason: { en: 'No' } });
      expect(errorOf(result).code).toBe('FORBIDDEN');
    });
  });

  describe('partnership behaviours self-assessment', () => {
    const activeStatements = async (): Promise<{ id: string; position: number }[]> =>
      (await app.ok(STATEMENTS)).partnershipStatements;
    const scoring = (statements: { id: string }[], scores: number[]) =>
      statements.map((statement, index) => ({ statementId: statement.id, score: scores[index] }));

    it('starts with the six statements, in English and Welsh', async () => {
      const statements = await app.dataSource.getRepository(PartnershipStatement).find({
        order: { position: 'ASC' },
        take: 6,
      });
      expect(statements.map((s) => s.position)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(statements.every((s) => s.text.en && s.text.cy)).toBe(true);
      expect(statements[3].text.en).toMatch(/No surprises/);
    });

    it('a forum scores every active statement; the comparison shows averages and change', async () => {
      const assessed = await fixtures.forum(ForumKind.SOCIAL_PARTNERSHIP_FORUM);
      const statements = (await activeStatements()).slice(0, 6);
      const all = await activeStatements();
      const missing = errorOf(
        await app.gql(RECORD_ASSESSMENT, {
          input: {
            forumId: assessed.id,
            assessedOn: '2025-05-01',
            scores: scoring(all.slice(1), [3, 3, 3, 3, 3, 3, 3, 3, 3]),
          },
        }),
      );
      expect(missing.field).toBe('scores');
      const base = all.map(() => 3);
      const first = (
        await app.ok(RECORD_ASSESSMENT, {
          input: {
            forumId: assessed.id,
            assessedOn: '2025-05-01',
            scores: scoring(all, [2, 3, 4, 1, 5, 3, ...base.slice(6)]),
          },
        })
      ).recordPartnershipAssessment;
      const meeting = await fixtures.meeting(assessed, '2025-11-20T10:00:00Z', MeetingState.HELD);
      const second = (
        await app.ok(RECORD_ASSESSMENT, {
          input: {
            forumId: assessed.id,
            meetingId: meeting.id,
            scores: scoring(all, [4, 3, 5, 3, 5, 4, ...base.slice(6)]),
          },
        })
      ).recordPartnershipAssessment;
      expect(second.assessedOn).toBe('2025-11-20');
      const { partnershipAssessmentComparison: comparison } = await app.ok(COMPARISON, {
        forumId: assessed.id,
      });
      expect(comparison.assessments.map((a: { id: string }) => a.id)).toEqual([
        first.id,
        second.id,
      ]);
      if (all.length === 6) {
        expect(comparison.assessments.map((a: { average: number }) => a.average)).toEqual([3, 4]);
      }
      const [trust, , early, noSurprises] = comparison.statements;
      expect(trust).toMatchObject({
        statement: { position: statements[0].position },
        scores: [
          { assessedOn: '2025-05-01', score: 2 },
          { assessedOn: '2025-11-20', score: 4 },
        ],
        latest: 4,
        change: 2,
      });
      expect(early.change).toBe(1);
      expect(noSurprises.change).toBe(2);
    });

    it('an assessment changes with its version, audited; a stale change is a CONFLICT', async () => {
      const assessed = await fixtures.forum(ForumKind.SOCIAL_PARTNERSHIP_FORUM);
      const all = await activeStatements();
      const recorded = (
        await app.ok(RECORD_ASSESSMENT, {
          input: {
            forumId: assessed.id,
            assessedOn: '2025-06-01',
            scores: scoring(
              all,
              all.map(() => 2),
            ),
          },
        })
      ).recordPartnershipAssessment;
      const updated = (
        await app.ok(UPDATE_ASSESSMENT, {
          input: {
            id: recorded.id,
            expectedVersion: 1,
            scores: scoring(
              all,
              all.map(() => 4),
            ),
          },
        })
      ).updatePartnershipAssessment;
      expect(updated).toMatchObject({ version: 2, average: 4 });
      const stale = await app.gql(UPDATE_ASSESSMENT, {
        input: { id: recorded.id, expectedVersion: 1, assessedOn: '2025-06-02' },
      });
      expect(errorOf(stale).code).toBe('CONFLICT');
      const [row] = await app.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_entry WHERE entity_type = 'PartnershipAssessment'
           AND entity_id = $1`,
        [recorded.id],
      );
      expect(row.n).toBe(2);
      expect(
        errorOf(
          await asViewer.gql(RECORD_ASSESSMENT, {
            input: {
              forumId: assessed.id,
              assessedOn: '2025-06-01',
              scores: scoring(
                all,
                all.map(() => 2),
              ),
            },
          }),
        ).code,
      ).toBe('FORBIDDEN');
    });

    it('statements are edited bilingually and retired; retired ones are not scored', async () => {
      const { createPartnershipStatement: added } = await app.ok(
        `mutation ($input: CreatePartnershipStatementInput!) {
          createPartnershipStatement(input: $input) { id version position active } }`,
        { input: { text: { en: 'Joint campaigns', cy: 'Ymgyrchoedd ar y cyd' } } },
      );
      expect((await activeStatements()).map((s) => s.id)).toContain(added.id);
      await app.ok(
        `mutation ($input: UpdatePartnershipStatementInput!) {
          updatePartnershipStatement(input: $input) { id } }`,
        { input: { id: added.id, expectedVersion: added.version, active: false } },
      );
      expect((await activeStatements()).map((s) => s.id)).not.toContain(added.id);
    });
  });

  describe('annual social partnership report', () => {
    /** 2024-25: a year no other test writes to. */
    const YEAR = '2024-25';
    let spf: Forum;

    beforeAll(async () => {
      const yearPlan = await fixtures.plan(2024);
      const action = await freshAction(yearPlan);
      const owner = await fixtures.person();
      const risk = await fixtures.risk({ owner, area });
      await create(action.id, { engagedOn: '2024-05-01', partnerIds: [union.id, otherPartner.id] });
      await create(action.id, {
        engagedOn: '2024-09-01',
        outcome: 'COMPROMISE',
        agreed: { en: 'Phased rollout over two years', cy: 'Cyflwyno fesul cam dros ddwy flynedd' },
      });
      await create(risk.id, {
        subjectKind: 'RISK',
        engagedOn: '2025-02-01',
        outcome: 'NO_AGREEMENT',
        disagreement: { en: 'Agency cap too low', cy: 'Cap asiantaeth yn rhy isel' },
        nextSteps: { en: 'Joint review in April', cy: 'Adolygiad ar y cyd ym mis Ebrill' },
      });
      // Outside the year: not counted.
      await create(action.id, { engagedOn: '2025-04-01' });

      spf = await fixtures.forum(ForumKind.SOCIAL_PARTNERSHIP_FORUM);
      const [a, b] = [
        await fixtures.forumMember(spf, { representing: await fixtures.partner() }),
        await fixtures.forumMember(spf, { representing: await fixtures.partner() }),
      ];
      const june = await fixtures.meeting(spf, '2024-06-12T10:00:00Z', MeetingState.HELD);
      const december = await fixtures.meeting(spf, '2024-12-04T10:00:00Z', MeetingState.HELD);
      await fixtures.attendance(june, a, AttendanceStatus.PRESENT);
      await fixtures.attendance(june, b, AttendanceStatus.REPRESENTED, 'A. Deputy');
      await fixtures.attendance(december, a, AttendanceStatus.PRESENT);
      await fixtures.attendance(december, b, AttendanceStatus.APOLOGIES);
      // Another kind of forum, and a meeting after the year: neither counted.
      const board = await fixtures.forum(ForumKind.OVERSIGHT_BOARD);
      const boardMeeting = await fixtures.meeting(board, '2024-07-01T10:00:00Z', MeetingState.HELD);
      await fixtures.attendance(
        boardMeeting,
        await fixtures.forumMember(board, { representing: await fixtures.partner() }),
        AttendanceStatus.ABSENT,
      );
      await fixtures.attendance(
        await fixtures.meeting(spf, '2025-05-01T10:00:00Z', MeetingState.HELD),
        a,
        AttendanceStatus.ABSENT,
      );

      const author = app.actor.user;
      await fixtures.commitment(june, author, '2024-07-31', '2024-07-20');
      await fixtures.commitment(june, author, '2024-07-31', '2024-08-15');
      await fixtures.commitment(december, author, '2025-01-31', null);
      await fixtures.commitment(boardMeeting, author, '2024-08-31', null);

      const all = (await app.ok(STATEMENTS)).partnershipStatements as { id: string }[];
      const score = (assessedOn: string, value: number) =>
        app.ok(RECORD_ASSESSMENT, {
          input: {
            forumId: spf.id,
            assessedOn,
            scores: all.map((s) => ({ statementId: s.id, score: value })),
          },
        });
      await score('2024-06-12', 2);
      await score('2024-12-04', 4);
    });

    it('gives the year’s engagement, outcomes, forum attendance, commitments and self-assessment', async () => {
      const { partnershipReport: report } = await asViewer.ok(REPORT, { year: YEAR });
      expect(report).toMatchObject({
        financialYear: '2024-25',
        from: '2024-04-01',
        to: '2025-03-31',
        engagementCount: 3,
        bySubject: [
          { subjectKind: 'ACTION', count: 2 },
          { subjectKind: 'MEASURE', count: 0 },
          { subjectKind: 'RISK', count: 1 },
          { subjectKind: 'PLAN', count: 0 },
        ],
        byPartner: [
          { code: union.code, count: 3 },
          { code: otherPartner.code, count: 1 },
        ],
        outcomes: [
          { outcome: 'CONSENSUS', count: 1 },
          { outcome: 'COMPROMISE', count: 1 },
          { outcome: 'NO_AGREEMENT', count: 1 },
        ],
        compromises: [
          { agreed: { en: 'Phased rollout over two years' }, partnerCodes: [union.code] },
        ],
        noAgreements: [
          {
            disagreement: { en: 'Agency cap too low' },
            nextSteps: { en: 'Joint review in April' },
          },
        ],
        forumMeetings: 2,
        attendance: [
          { status: 'PRESENT', count: 2 },
          { status: 'REPRESENTED', count: 1 },
          { status: 'APOLOGIES', count: 1 },
          { status: 'ABSENT', count: 0 },
        ],
        commitments: [
          { status: 'DONE_ON_TIME', count: 1 },
          { status: 'DONE_LATE', count: 1 },
          { status: 'OPEN', count: 0 },
          { status: 'OVERDUE', count: 1 },
        ],
      });
      const mine = report.selfAssessments.filter(
        (row: { forumName: { en: string } }) => row.forumName.en === spf.name.en,
      );
      expect(mine).toEqual([expect.objectContaining({ assessedOn: '2024-12-04', average: 4 })]);
    });

    it('is downloaded as a Word document, in English and Welsh', async () => {
      const response = await fetch(
        `${asViewer.url}/partnership/annual-report.docx?year=${YEAR}&language=both`,
        {
          headers: { cookie: asViewer.cookie as string },
        },
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toBe(
        'attachment; filename="cynnydd-social-partnership-2024-25-both.docx"',
      );
      const text = (await readWordDocument(Buffer.from(await response.arrayBuffer()))).text;
      expect(text).toContain('Annual social partnership report');
      expect(text).toContain('Adroddiad partneriaeth gymdeithasol blynyddol');
      expect(text).toContain('Phased rollout over two years');
      expect(text).toContain('Cyflwyno fesul cam dros ddwy flynedd');
      expect(text).toContain('Joint review in April');
      expect(text).toContain('Represented by a deputy');
      expect(text).toContain('Done late');
    });

    it('is downloaded as a PDF in Welsh', async () => {
      const response = await fetch(
        `${asViewer.url}/partnership/annual-report.pdf?year=${YEAR}&language=cy`,
        {
          headers: { cookie: asViewer.cookie as string },
        },
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      // PDF text wraps where the page does.
      const text = (await pdfText(Buffer.from(await response.arrayBuffer()))).replace(/\s+/g, ' ');
      expect(text).toContain('Adroddiad partneriaeth gymdeithasol blynyddol');
      expect(text).toContain('Adolygiad ar y cyd ym mis Ebrill');
      expect(text).toContain('Ymddiheuriadau');
    });

    it('needs a session and a financial year', async () => {
      const anonymous = await fetch(
        `${app.url}/partnership/annual-report.docx?year=${YEAR}&language=en`,
      );
      expect(anonymous.status).toBe(401);
      const badYear = await fetch(
        `${asViewer.url}/partnership/annual-report.docx?year=2024&language=en`,
        {
          headers: { cookie: asViewer.cookie as string },
        },
      );
      expect(badYear.status).toBe(400);
      expect(errorOf(await app.gql(REPORT, { year: 'next year' })).field).toBe('year');
    });

    it('counts the forum’s meetings in the same snapshot as the engagement records', async () => {
      // A meeting held and recorded while the report is being gathered, after its engagement
      // records were read and before the forum's figures are: not in this report.
      const audit = app.nest.get(MeetingsAuditService);
      const attendance = audit.attendance.bind(audit);
      const heldMeanwhile: Meeting[] = [];
      const spy = jest.spyOn(audit, 'attendance').mockImplementation(async (...args) => {
        heldMeanwhile.push(await fixtures.meeting(spf, '2024-10-01T10:00:00Z', MeetingState.HELD));
        return attendance(...args);
      });
      try {
        const { partnershipReport: report } = await asViewer.ok(REPORT, { year: YEAR });
        expect(heldMeanwhile).toHaveLength(1);
        expect(report.forumMeetings).toBe(2);
      } finally {
        spy.mockRestore();
        await app.dataSource.getRepository(Meeting).delete(heldMeanwhile.map((m) => m.id));
      }
      expect((await asViewer.ok(REPORT, { year: YEAR })).partnershipReport.forumMeetings).toBe(2);
    });
  });
});
