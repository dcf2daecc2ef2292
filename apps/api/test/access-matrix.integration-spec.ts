import { IsNull, Not, type EntityTarget, type FindOptionsWhere, type ObjectLiteral } from 'typeorm';

import { AccountLink, User } from '@cynnydd/access/data-access';
import { Organisation, Person } from '@cynnydd/directory/data-access';
import { Measure, MeasureValue } from '@cynnydd/measures/data-access';
import { AgendaItem, Attendance, Forum, ForumMember, Meeting } from '@cynnydd/meetings/data-access';
import { EmailStatus, Notification } from '@cynnydd/notifications/data-access';
import {
  EngagementRecord,
  PartnershipAssessment,
  PartnershipStatement,
} from '@cynnydd/partnership/data-access';
import { Action, ActionDelegate, AnnualPlan, Milestone } from '@cynnydd/plans/data-access';
import { Publication } from '@cynnydd/publications/data-access';
import { ReportingPeriod, StatusUpdate } from '@cynnydd/reporting/data-access';
import { FollowUp, Report, ReviewEntry } from '@cynnydd/reports/data-access';
import { Risk, RiskAppetite } from '@cynnydd/risks/data-access';
import {
  EngagementOutcome,
  financialYearLabel,
  hasPermission,
  MeetingState,
  NotificationKind,
  Permission,
  PlanState,
  RagStatus,
  ReportAudience,
  ReportState,
  ReviewEntryKind,
  RiskCategory,
  Role,
} from '@cynnydd/shared/domain';
import { SmtpReceiver } from '@cynnydd/shared/testing';
import { StrategicArea } from '@cynnydd/strategy/data-access';

import { Fixtures } from './support/fixtures';
import { Client, errorOf, openSession, startTestApp, type TestApp } from './support/test-app';

/**
 * Who may call what. Every mutation is tried by every role against fresh data: allowed roles
 * succeed and change something; the rest get FORBIDDEN and change nothing. Without a session
 * everything but signing in and out (and `me`) is UNAUTHENTICATED.
 */

const EVERYONE = Object.values(Role);
const PLANNERS = [Role.PROGRAMME_OFFICE];
const REPORTERS = [Role.PROGRAMME_OFFICE, Role.LEAD];
const ADMINS = [Role.ADMIN];
const REVIEWERS = [Role.PROGRAMME_OFFICE, Role.BOARD_MEMBER];
const MEETING_MANAGERS = [Role.PROGRAMME_OFFICE];
const PUBLISHERS = [Role.PROGRAMME_OFFICE];
const REPORT_WRITERS = [Role.PROGRAMME_OFFICE];
/** Signing in and out, and choosing a password with an e-mailed link. */
const PUBLIC_MUTATIONS = ['signIn', 'signOut', 'requestPasswordReset', 'setPassword'];
const PASSWORD = 'a-long-enough-password-1';
const MISSING = '00000000-0000-4000-8000-00000000000c';

const SUBMIT = `mutation ($input: SubmitStatusUpdateInput!) { submitStatusUpdate(input: $input) { id author { id } } }`;
const UPDATE_MILESTONE = `mutation ($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { id } }`;
const ADD_DELEGATE = `mutation ($actionId: ID!, $personId: ID!) { addDelegate(actionId: $actionId, personId: $personId) { id } }`;
const REMOVE_DELEGATE = `mutation ($actionId: ID!, $personId: ID!) { removeDelegate(actionId: $actionId, personId: $personId) { id } }`;

/** `mutation ($input: Type!) { name(input: $input) { id } }` */
const withInput = (name: string, type: string, selection = '{ id }') =>
  `mutation ($input: ${type}!) { ${name}(input: $input) ${selection} }`;
const byId = (name: string) => `mutation ($id: ID!) { ${name}(id: $id) { id } }`;

interface Prepared {
  query: string;
  variables: Record<string, unknown>;
  /** Changes if and only if the mutation wrote. */
  written: () => Promise<unknown>;
  /** Who calls it; otherwise a fresh account of the role, linked to a fresh person. */
  caller?: Client;
}

interface Case {
  mutation: string;
  allowed: Role[];
  prepare: (role: Role) => Promise<Prepared>;
}
function matrix(mutation: string, allowed: Role[], prepare: Case['prepare']): Case {
  return { mutation, allowed, prepare };
}

describe('access matrix', () => {
  const smtp = new SmtpReceiver();
  let app: TestApp;
  let fixtures: Fixtures;
  let area: StrategicArea;
  let plan: AnnualPlan;
  let q1: ReportingPeriod;
  let counter = 0;
  let year = 2040;

  beforeAll(async () => {
    // Invitations are e-mailed: an SMTP server to receive them.
    app = await startTestApp({ smtpUrl: await smtp.start() });
    fixtures = new Fixtures(app.dataSource);
    area = (await fixtures.strategy()).get(2) as StrategicArea;
    plan = await fixtures.plan(2025, PlanState.APPROVED);
    q1 = await fixtures.period(2025, 1);
  });
  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  const db = () => app.dataSource.manager;
  function count<T extends ObjectLiteral>(entity: EntityTarget<T>, where: FindOptionsWhere<T>) {
    return () => db().countBy(entity, where);
  }
  /** One column of one row, read afresh each time. */
  function column<T extends { id: string }>(entity: EntityTarget<T>, id: string, key: keyof T) {
    return async () => (await db().findOneByOrFail(entity, { id } as FindOptionsWhere<T>))[key];
  }
  /** Financial years nobody else uses; `span` consecutive ones, returning the first. */
  const freshYears = (span = 1) => (year += span) - span;
  /** A reference in the shared plan that no other action has. */
  const freshReference = () => `${area.number}.${++counter}`;
  const freshAction = (owners: Person[] = [], inPlan = plan) =>
    fixtures.action({ plan: inPlan, area, owners, reference: freshReference() });
  const statusInput = (actionId: string) => ({
    actionId,
    reportingPeriodId: q1.id,
    rag: 'GREEN',
    percentComplete: 40,
    commentary: { en: 'On track.' },
  });
  const engagementInput = (actionId: string, partnerId: string) => ({
    subjectKind: 'ACTION',
    subjectId: actionId,
    engagedOn: '2025-06-01',
    partnerIds: [partnerId],
    consultedOn: { en: 'New rotas', cy: 'Rotâu newydd' },
    outcome: 'CONSENSUS',
  });
  /**
   * A report issued by the operational group for a reporting period of its own. Its audience is
   * one `freshReport` never issues: issuing compares with the audience's earlier issued report,
   * and those rows carry a placeholder snapshot.
   */
  const issuedReport = async () => {
    const { id: reportingPeriodId } = await fixtures.period(freshYears(), 1);
    const { createReport } = await app.ok(
      withInput('createReport', 'CreateReportInput', '{ id version }'),
      { input: { reportingPeriodId, audience: 'OPERATIONAL_GROUP' } },
    );
    await app.ok(withInput('issueReport', 'ReportVersionInput'), {
      input: { id: createReport.id, expectedVersion: createReport.version },
    });
    return createReport.id as string;
  };
  /** A draft publication of a fresh issued report, ready to publish. */
  const draftPublication = async () => {
    const { createPublication } = await app.ok(
      withInput('createPublication', 'CreatePublicationInput', '{ id version }'),
      { input: { reportId: await issuedReport() } },
    );
    const { updatePublication } = await app.ok(
      withInput('updatePublication', 'UpdatePublicationInput', '{ id version }'),
      {
        input: {
          id: createPublication.id,
          expectedVersion: createPublication.version,
          introduction: { en: 'Progress', cy: 'Cynnydd' },
        },
      },
    );
    return updatePublication as { id: string; version: number };
  };
  /** An account of `role` for a person who owns a fresh action. */
  const ownerOfFreshAction = async (role: Role) => {
    const owner = await fixtures.person();
    return { action: await freshAction([owner]), caller: await app.signedIn(role, owner) };
  };

  /** An account of `role` for a person who owns a fresh risk. */
  const ownerOfFreshRisk = async (role: Role) => {
    const owner = await fixtures.person();
    return {
      risk: await fixtures.risk({ owner, area }),
      caller: await app.signedIn(role, owner),
    };
  };

  const freshReport = async (state = ReportState.DRAFT) => {
    const { id: reportingPeriodId } = await fixtures.period(freshYears(), 1);
    const issued = state === ReportState.ISSUED;
    return db().save(
      db().create(Report, {
        reportingPeriodId,
        audience: ReportAudience.OVERSIGHT_BOARD,
        edition: 1,
        state,
        executiveSummary: { en: null, cy: null },
        snapshot: issued ? ({ actions: [] } as never) : null,
        issuedAt: issued ? new Date() : null,
      }),
    );
  };

  /** An agenda item (with a second after it) on a fresh meeting not yet held. */
  const freshAgendaItem = async () => {
    const meeting = await fixtures.meeting(await fixtures.forum(), '2025-12-10T10:00:00Z');
    const [item] = await db().save(
      [1, 2].map((position) =>
        db().create(AgendaItem, {
          meetingId: meeting.id,
          position,
          title: { en: `Item ${position}`, cy: null },
          minutes: { en: null, cy: null },
        }),
      ),
    );
    return item;
  };

  const cases: Case[] = [
    matrix('createPlan', PLANNERS, async () => {
      const financialYear = freshYears();
      return {
        query: withInput('createPlan', 'CreatePlanInput'),
        variables: { input: { financialYear: financialYearLabel(financialYear) } },
        written: count(AnnualPlan, { financialYear }),
      };
    }),
    matrix('updatePlan', PLANNERS, async () => {
      const { id, version } = await fixtures.plan(freshYears(), PlanState.DRAFT);
      return {
        query: withInput('updatePlan', 'UpdatePlanInput'),
        variables: { input: { id, expectedVersion: version, title: { en: 'Renamed plan' } } },
        written: column(AnnualPlan, id, 'title'),
      };
    }),
    ...(['approvePlan', 'closePlan'] as const).map((mutation) =>
      matrix(mutation, PLANNERS, async () => {
        const from = mutation === 'approvePlan' ? PlanState.DRAFT : PlanState.APPROVED;
        const { id } = await fixtures.plan(freshYears(), from);
        return {
          query: byId(mutation),
          variables: { id },
          written: column(AnnualPlan, id, 'state'),
        };
      }),
    ),
    matrix('createAction', PLANNERS, async () => {
      const reference = freshReference();
      const input = {
        planId: plan.id,
        areaId: area.id,
        reference,
        title: { en: 'A new action' },
        leadOrganisation: 'JOINT',
        startDate: '2025-04-01',
        dueDate: '2026-03-31',
        ownerIds: [(await fixtures.person()).id],
      };
      return {
        query: withInput('createAction', 'CreateActionInput'),
        variables: { input },
        written: count(Action, { planId: plan.id, reference }),
      };
    }),
    matrix('importPlan', PLANNERS, async () => {
      const reference = freshReference();
      const csv = [
        'Reference,Area number,Title (English),Title (Welsh),Description (English),Description (Welsh),Lead organisation,Owners (e-mail; e-mail),Start date,Due date,Principles (code; code),Milestones (date | English | Welsh; one a line)',
        `${reference},${area.number},Imported,Wedi’i fewnforio,,,JOINT,${(await fixtures.person()).email},2025-04-01,2026-03-31,,`,
      ].join('\n');
      const input = {
        financialYear: financialYearLabel(plan.financialYear),
        fileName: 'plan.csv',
        contentBase64: Buffer.from(csv).toString('base64'),
      };
      return {
        query: `mutation ($input: PlanImportInput!) { importPlan(input: $input) { imported } }`,
        variables: { input },
        written: count(Action, { planId: plan.id, reference }),
      };
    }),
    matrix('importStatusUpdates', PLANNERS, async () => {
      const owner = await fixtures.person();
      const action = await freshAction([owner]);
      const csv = [
        'Reference,Quarter (1 to 4),RAG status,Per cent complete,Commentary (English),Commentary (Welsh),Author (e-mail),Submitted on',
        `${action.reference},1,GREEN,10,Imported.,,${owner.email},2025-07-01`,
      ].join('\n');
      const input = {
        financialYear: financialYearLabel(plan.financialYear),
        fileName: 'updates.csv',
        contentBase64: Buffer.from(csv).toString('base64'),
      };
      return {
        query: `mutation ($input: PlanImportInput!) { importStatusUpdates(input: $input) { imported } }`,
        variables: { input },
        written: count(StatusUpdate, { actionId: action.id }),
      };
    }),
    matrix('updateAction', PLANNERS, async () => {
      const { id, version } = await freshAction();
      return {
        query: withInput('updateAction', 'UpdateActionInput'),
        variables: { input: { id, expectedVersion: version, title: { en: 'Retitled' } } },
        written: column(Action, id, 'version'),
      };
    }),
    matrix('addMilestone', PLANNERS, async () => {
      const { id: actionId } = await freshAction();
      return {
        query: withInput('addMilestone', 'AddMilestoneInput'),
        variables: { input: { actionId, title: { en: 'Report' }, dueDate: '2026-01-31' } },
        written: count(Milestone, { actionId }),
      };
    }),
    matrix('updateMilestone', REPORTERS, async (role) => {
      const { action, caller } = await ownerOfFreshAction(role);
      const { id, version } = await fixtures.milestone(action, '2025-12-31');
      return {
        caller,
        query: UPDATE_MILESTONE,
        variables: { input: { id, expectedVersion: version, completedOn: '2025-11-01' } },
        written: column(Milestone, id, 'completedOn'),
      };
    }),
    matrix('carryForwardActions', PLANNERS, async () => {
      const first = freshYears(2);
      const source = await freshAction([], await fixtures.plan(first, PlanState.APPROVED));
      const target = await fixtures.plan(first + 1, PlanState.DRAFT);
      return {
        query: withInput('carryForwardActions', 'CarryForwardActionsInput'),
        variables: { input: { actionIds: [source.id], targetPlanId: target.id } },
        written: count(Action, { carriedForwardFromId: source.id }),
      };
    }),
    matrix('addDelegate', REPORTERS, async (role) => {
      const { action, caller } = await ownerOfFreshAction(role);
      const { id: personId } = await fixtures.person();
      return {
        caller,
        query: ADD_DELEGATE,
        variables: { actionId: action.id, personId },
        written: count(ActionDelegate, { actionId: action.id }),
      };
    }),
    matrix('removeDelegate', REPORTERS, async (role) => {
      const { action, caller } = await ownerOfFreshAction(role);
      const { id: personId } = await fixtures.person();
      const delegation = { actionId: action.id, personId };
      await db().insert(ActionDelegate, { ...delegation, delegatedByUserId: app.actor.user.id });
      return {
        caller,
        query: REMOVE_DELEGATE,
        variables: delegation,
        written: count(ActionDelegate, { actionId: action.id }),
      };
    }),
    matrix('createReportingPeriod', PLANNERS, async () => {
      const financialYear = freshYears();
      const input = { financialYear: financialYearLabel(financialYear), quarter: 1 };
      return {
        query: withInput('createReportingPeriod', 'CreateReportingPeriodInput'),
        variables: { input: { ...input, updateDeadline: `${financialYear}-07-15` } },
        written: count(ReportingPeriod, { financialYear }),
      };
    }),
    matrix('updateReportingPeriod', PLANNERS, async () => {
      const { id, version } = await fixtures.period(freshYears(), 2);
      return {
        query: withInput('updateReportingPeriod', 'UpdateReportingPeriodInput'),
        variables: { input: { id, expectedVersion: version, updateDeadline: '2099-01-31' } },
        written: count(ReportingPeriod, { id, updateDeadline: '2099-01-31' }),
      };
    }),
    matrix('closeReportingPeriod', PLANNERS, async () => {
      const { id, version } = await fixtures.period(freshYears(), 2);
      return {
        query: withInput('closeReportingPeriod', 'ReportingPeriodVersionInput'),
        variables: { input: { id, expectedVersion: version } },
        written: count(ReportingPeriod, { id, closedAt: Not(IsNull()) }),
      };
    }),
    matrix('reopenReportingPeriod', PLANNERS, async () => {
      const { id, version } = await fixtures.period(freshYears(), 2, { closed: true });
      return {
        query: withInput('reopenReportingPeriod', 'ReopenReportingPeriodInput'),
        variables: { input: { id, expectedVersion: version, reason: 'Late updates agreed' } },
        written: count(ReportingPeriod, { id, closedAt: IsNull() }),
      };
    }),
    matrix('sendUpdateReminders', PLANNERS, async () => {
      const year = freshYears();
      const owner = await fixtures.person();
      await freshAction([owner], await fixtures.plan(year));
      const { id } = await fixtures.period(year, 1);
      return {
        query: `mutation ($id: ID!) { sendUpdateReminders(reportingPeriodId: $id) { peopleReminded } }`,
        variables: { id },
        written: count(Notification, { recipientId: owner.id }),
      };
    }),
    matrix('createReport', PLANNERS, async () => {
      const { id } = await fixtures.period(freshYears(), 1);
      return {
        query: withInput('createReport', 'CreateReportInput'),
        variables: { input: { reportingPeriodId: id, audience: 'OVERSIGHT_BOARD' } },
        written: count(Report, { reportingPeriodId: id }),
      };
    }),
    matrix('updateReport', PLANNERS, async () => {
      const { id, version } = await freshReport();
      return {
        query: withInput('updateReport', 'UpdateReportInput'),
        variables: { input: { id, expectedVersion: version, executiveSummary: { en: 'Summary' } } },
        written: column(Report, id, 'executiveSummary'),
      };
    }),
    matrix('issueReport', PLANNERS, async () => {
      const { id, version } = await freshReport();
      return {
        query: withInput('issueReport', 'ReportVersionInput'),
        variables: { input: { id, expectedVersion: version } },
        written: count(Report, { id, state: ReportState.ISSUED }),
      };
    }),
    matrix('addReviewEntry', REVIEWERS, async () => {
      const { id: reportId } = await freshReport(ReportState.ISSUED);
      return {
        query: withInput('addReviewEntry', 'AddReviewEntryInput'),
        variables: { input: { reportId, kind: 'COMMENT', text: { en: 'Noted.' } } },
        written: count(ReviewEntry, { reportId }),
      };
    }),
    matrix('completeFollowUp', [...REVIEWERS, Role.LEAD], async (role) => {
      const owner = await fixtures.person();
      const caller = await app.signedIn(role, owner);
      const { id: reportId } = await freshReport(ReportState.ISSUED);
      const decision = await db().save(
        db().create(ReviewEntry, {
          reportId,
          kind: ReviewEntryKind.DECISION,
          text: { en: 'Decided.', cy: null },
          authorUserId: app.actor.user.id,
          authorName: 'Board',
        }),
      );
      const { id, version } = await db().save(
        db().create(FollowUp, {
          decisionId: decision.id,
          title: { en: 'Follow up', cy: null },
          ownerId: owner.id,
          dueDate: '2026-01-31',
          completedOn: null,
        }),
      );
      return {
        caller,
        query: withInput('completeFollowUp', 'CompleteFollowUpInput'),
        variables: { input: { id, expectedVersion: version, completedOn: '2025-11-01' } },
        written: count(FollowUp, { id, completedOn: Not(IsNull()) }),
      };
    }),
    matrix('submitStatusUpdate', REPORTERS, async (role) => {
      const { action, caller } = await ownerOfFreshAction(role);
      return {
        caller,
        query: SUBMIT,
        variables: { input: statusInput(action.id) },
        written: count(StatusUpdate, { actionId: action.id }),
      };
    }),
    matrix('createMeasure', PLANNERS, async () => {
      const reference = `M${++counter}`;
      const owner = await fixtures.person();
      return {
        query: withInput('createMeasure', 'CreateMeasureInput'),
        variables: {
          input: {
            reference,
            name: { en: 'Vacancy rate' },
            unit: 'PERCENTAGE',
            direction: 'LOWER_IS_BETTER',
            frequency: 'QUARTERLY',
            ownerId: owner.id,
            areaIds: [area.id],
            redTolerance: 1,
          },
        },
        written: count(Measure, { reference }),
      };
    }),
    matrix('updateMeasure', PLANNERS, async () => {
      const { id, version } = await fixtures.measure({ owner: await fixtures.person(), area });
      return {
        query: withInput('updateMeasure', 'UpdateMeasureInput'),
        variables: { input: { id, expectedVersion: version, redTolerance: 2 } },
        written: column(Measure, id, 'redTolerance'),
      };
    }),
    matrix('submitMeasureValue', REPORTERS, async (role) => {
      const owner = await fixtures.person();
      const measure = await fixtures.measure({ owner, area });
      return {
        caller: await app.signedIn(role, owner),
        query: withInput('submitMeasureValue', 'SubmitMeasureValueInput'),
        variables: {
          input: {
            measureId: measure.id,
            periodStart: '2025-04-01',
            value: 5,
            quality: 'CONFIRMED',
          },
        },
        written: count(MeasureValue, { measureId: measure.id }),
      };
    }),
    matrix('createForum', MEETING_MANAGERS, async () => {
      const name = `Forum ${++counter}`;
      return {
        query: withInput('createForum', 'CreateForumInput'),
        variables: { input: { kind: 'OTHER', name: { en: name } } },
        written: count(Forum, { name: { en: name } }),
      };
    }),
    matrix('updateForum', MEETING_MANAGERS, async () => {
      const { id, version } = await fixtures.forum();
      return {
        query: withInput('updateForum', 'UpdateForumInput'),
        variables: { input: { id, expectedVersion: version, active: false } },
        written: column(Forum, id, 'active'),
      };
    }),
    matrix('addForumMember', MEETING_MANAGERS, async () => {
      const forum = await fixtures.forum();
      const { id: personId } = await fixtures.person();
      return {
        query: withInput('addForumMember', 'AddForumMemberInput'),
        variables: { input: { forumId: forum.id, personId } },
        written: count(ForumMember, { forumId: forum.id }),
      };
    }),
    matrix('updateForumMember', MEETING_MANAGERS, async () => {
      const { id, version } = await fixtures.forumMember(await fixtures.forum());
      return {
        query: withInput('updateForumMember', 'UpdateForumMemberInput'),
        variables: { input: { id, expectedVersion: version, isChair: true } },
        written: column(ForumMember, id, 'isChair'),
      };
    }),
    matrix('endForumMembership', MEETING_MANAGERS, async () => {
      const { id, version } = await fixtures.forumMember(await fixtures.forum());
      return {
        query: withInput('endForumMembership', 'EndForumMembershipInput'),
        variables: { input: { id, expectedVersion: version } },
        written: column(ForumMember, id, 'leftOn'),
      };
    }),
    matrix('scheduleMeeting', MEETING_MANAGERS, async () => {
      const forum = await fixtures.forum();
      return {
        query: withInput('scheduleMeeting', 'ScheduleMeetingInput'),
        variables: {
          input: {
            forumId: forum.id,
            title: { en: 'Board' },
            startsAt: '2025-12-01T10:00:00Z',
            endsAt: '2025-12-01T11:00:00Z',
            location: 'Cardiff',
          },
        },
        written: count(Meeting, { forumId: forum.id }),
      };
    }),
    ...(['updateMeeting', 'cancelMeeting', 'markMeetingHeld'] as const).map((mutation) =>
      matrix(mutation, MEETING_MANAGERS, async () => {
        const { id, version } = await fixtures.meeting(
          await fixtures.forum(),
          '2025-11-10T10:00:00Z',
        );
        return {
          query: withInput(
            mutation,
            mutation === 'updateMeeting' ? 'UpdateMeetingInput' : 'MeetingsVersionInput',
          ),
          variables: {
            input: {
              id,
              expectedVersion: version,
              ...(mutation === 'updateMeeting' ? { location: 'Bangor' } : {}),
            },
          },
          written: column(Meeting, id, 'version'),
        };
      }),
    ),
    matrix('approveMinutes', EVERYONE, async (role) => {
      // Any role may approve, provided the person is a chair of the forum.
      const forum = await fixtures.forum();
      const chair = await fixtures.person();
      await fixtures.forumMember(forum, { person: chair, isChair: true });
      const { id, version } = await fixtures.meeting(
        forum,
        '2025-11-10T10:00:00Z',
        MeetingState.HELD,
      );
      return {
        caller: await app.signedIn(role, chair),
        query: withInput('approveMinutes', 'MeetingsVersionInput'),
        variables: { input: { id, expectedVersion: version } },
        written: column(Meeting, id, 'state'),
      };
    }),
    matrix('addAgendaItem', MEETING_MANAGERS, async () => {
      const meeting = await fixtures.meeting(await fixtures.forum(), '2025-12-10T10:00:00Z');
      return {
        query: withInput('addAgendaItem', 'AddAgendaItemInput'),
        variables: {
          input: { meetingId: meeting.id, expectedVersion: meeting.version, title: { en: 'Item' } },
        },
        written: count(AgendaItem, { meetingId: meeting.id }),
      };
    }),
    ...(
      [
        ['updateAgendaItem', 'UpdateAgendaItemInput', { title: { en: 'Renamed' } }],
        ['updateAgendaItemMinutes', 'AgendaItemMinutesInput', { minutes: { en: 'Minuted.' } }],
        ['moveAgendaItem', 'MoveAgendaItemInput', { position: 2 }],
      ] as const
    ).map(([mutation, type, changes]) =>
      matrix(mutation, MEETING_MANAGERS, async () => {
        const item = await freshAgendaItem();
        return {
          query: withInput(mutation, type),
          variables: { input: { id: item.id, expectedVersion: item.version, ...changes } },
          written: column(AgendaItem, item.id, 'version'),
        };
      }),
    ),
    matrix('removeAgendaItem', MEETING_MANAGERS, async () => {
      const item = await freshAgendaItem();
      return {
        query: withInput('removeAgendaItem', 'MeetingsVersionInput'),
        variables: { input: { id: item.id, expectedVersion: item.version } },
        written: count(AgendaItem, { id: item.id }),
      };
    }),
    matrix('recordAttendance', MEETING_MANAGERS, async () => {
      const forum = await fixtures.forum();
      const member = await fixtures.forumMember(forum);
      const meeting = await fixtures.meeting(forum, '2025-11-10T10:00:00Z', MeetingState.HELD);
      return {
        query: withInput('recordAttendance', 'RecordAttendanceInput', '{ id }'),
        variables: {
          input: { meetingId: meeting.id, entries: [{ memberId: member.id, status: 'PRESENT' }] },
        },
        written: count(Attendance, { meetingId: meeting.id }),
      };
    }),
    matrix('sendApologies', EVERYONE, async (role) => {
      // Any role may, for their own seat.
      const forum = await fixtures.forum();
      const person = await fixtures.person();
      await fixtures.forumMember(forum, { person });
      const meeting = await fixtures.meeting(forum, '2025-12-10T10:00:00Z');
      return {
        caller: await app.signedIn(role, person),
        query: `mutation ($id: ID!) { sendApologies(meetingId: $id) { id } }`,
        variables: { id: meeting.id },
        written: count(Attendance, { meetingId: meeting.id }),
      };
    }),
    matrix('recordMeetingDecision', MEETING_MANAGERS, async () => {
      const meeting = await fixtures.meeting(
        await fixtures.forum(),
        '2025-11-10T10:00:00Z',
        MeetingState.HELD,
      );
      return {
        query: withInput('recordMeetingDecision', 'RecordMeetingDecisionInput'),
        variables: {
          input: { meetingId: meeting.id, kind: 'COMMENT', text: { en: 'Noted.' } },
        },
        written: count(ReviewEntry, { meetingId: meeting.id }),
      };
    }),
    matrix('sendMeetingNotice', MEETING_MANAGERS, async () => {
      const forum = await fixtures.forum();
      await fixtures.forumMember(forum);
      const { id } = await fixtures.meeting(forum, '2025-12-10T10:00:00Z');
      return {
        query: `mutation ($id: ID!) { sendMeetingNotice(meetingId: $id) { id } }`,
        variables: { id },
        written: column(Meeting, id, 'noticeSequence'),
      };
    }),
    matrix('sendBriefingNote', MEETING_MANAGERS, async () => {
      const forum = await fixtures.forum();
      await fixtures.forumMember(forum);
      const { id } = await fixtures.meeting(forum, '2025-11-10T10:00:00Z', MeetingState.HELD);
      return {
        query: `mutation ($id: ID!) { sendBriefingNote(meetingId: $id) }`,
        variables: { id },
        written: count(Notification, { link: `/meetings/${id}` }),
      };
    }),
    matrix('createRisk', PLANNERS, async () => {
      const reference = `R${++counter}`;
      return {
        query: withInput('createRisk', 'CreateRiskInput'),
        variables: {
          input: {
            reference,
            title: { en: 'Too few placements' },
            category: 'WORKFORCE',
            ownerId: (await fixtures.person()).id,
            areaIds: [area.id],
            current: { likelihood: 3, consequence: 4 },
          },
        },
        written: count(Risk, { reference }),
      };
    }),
    ...(['updateRisk', 'reviewRisk', 'closeRisk'] as const).map((mutation) =>
      matrix(mutation, REPORTERS, async (role) => {
        const { risk, caller } = await ownerOfFreshRisk(role);
        const input = {
          updateRisk: { id: risk.id, expectedVersion: risk.version, title: { en: 'Renamed' } },
          reviewRisk: {
            riskId: risk.id,
            expectedVersion: risk.version,
            current: { likelihood: 2, consequence: 2 },
            commentary: { en: 'Controls working.' },
          },
          closeRisk: { id: risk.id, expectedVersion: risk.version, reason: { en: 'Passed.' } },
        }[mutation];
        const type = `${mutation[0].toUpperCase()}${mutation.slice(1)}Input`;
        return {
          caller,
          query: withInput(mutation, type),
          variables: { input },
          written: column(Risk, risk.id, 'version'),
        };
      }),
    ),
    matrix('reopenRisk', REPORTERS, async (role) => {
      const { risk, caller } = await ownerOfFreshRisk(role);
      await db().update(Risk, risk.id, { closedOn: '2025-05-01', closedReason: { en: 'Gone' } });
      const { version } = await db().findOneByOrFail(Risk, { id: risk.id });
      return {
        caller,
        query: withInput('reopenRisk', 'RiskVersionInput'),
        variables: { input: { id: risk.id, expectedVersion: version } },
        written: column(Risk, risk.id, 'closedOn'),
      };
    }),
    matrix('escalateRisk', PLANNERS, async () => {
      const risk = await fixtures.risk({ owner: await fixtures.person(), area });
      return {
        query: withInput('escalateRisk', 'EscalateRiskInput'),
        variables: {
          input: { id: risk.id, expectedVersion: risk.version, reason: { en: 'Over appetite.' } },
        },
        written: column(Risk, risk.id, 'escalatedOn'),
      };
    }),
    matrix('deescalateRisk', PLANNERS, async () => {
      const office = await fixtures.person();
      const risk = await fixtures.risk({ owner: office, area });
      await db().update(Risk, risk.id, { escalatedOn: '2025-05-01', escalatedById: office.id });
      const { version } = await db().findOneByOrFail(Risk, { id: risk.id });
      return {
        query: withInput('deescalateRisk', 'RiskVersionInput'),
        variables: { input: { id: risk.id, expectedVersion: version } },
        written: column(Risk, risk.id, 'escalatedOn'),
      };
    }),
    matrix('setRiskAppetite', PLANNERS, async () => {
      const current = await db().findOneByOrFail(RiskAppetite, {
        category: RiskCategory.REPUTATION,
      });
      return {
        query: withInput('setRiskAppetite', 'SetRiskAppetiteInput', '{ appetite }'),
        variables: {
          input: {
            category: current.category,
            expectedVersion: current.version,
            appetite: current.appetite === 8 ? 9 : 8,
          },
        },
        written: async () =>
          (await db().findOneByOrFail(RiskAppetite, { category: RiskCategory.REPUTATION })).version,
      };
    }),
    matrix('raiseRiskFromUpdate', REPORTERS, async (role) => {
      const owner = await fixtures.person();
      const action = await freshAction([owner]);
      const update = await fixtures.update(action, q1, owner, RagStatus.AMBER);
      return {
        caller: await app.signedIn(role, owner),
        query: withInput('raiseRiskFromUpdate', 'RaiseRiskFromUpdateInput'),
        variables: {
          input: {
            statusUpdateId: update.id,
            title: { en: 'Venue costs rising' },
            category: 'FINANCIAL',
            current: { likelihood: 3, consequence: 3 },
          },
        },
        written: count(Risk, { raisedFromUpdateId: update.id }),
      };
    }),
    matrix('importMeasureValues', REPORTERS, async (role) => {
      const owner = await fixtures.person();
      const measure = await fixtures.measure({ owner, area });
      const headings =
        'Measure reference,Period starts on,Figure,Quality,Why not available (English),Why not available (Welsh),Commentary (English),Commentary (Welsh)';
      const csv = `${headings}\n${measure.reference},2025-04-01,5,CONFIRMED,,,,\n`;
      return {
        caller: await app.signedIn(role, owner),
        query: withInput('importMeasureValues', 'ImportFileInput', '{ imported }'),
        variables: {
          input: { fileName: 'figures.csv', contentBase64: Buffer.from(csv).toString('base64') },
        },
        written: count(MeasureValue, { measureId: measure.id }),
      };
    }),
    matrix('createUser', ADMINS, async () => {
      const email = `new-account-${++counter}@example.wales`;
      return {
        query: withInput('createUser', 'CreateUserInput'),
        variables: { input: { email, password: PASSWORD, role: 'VIEWER' } },
        written: count(User, { email }),
      };
    }),
    matrix('updateUser', ADMINS, async () => {
      const { id, version } = await fixtures.user(Role.VIEWER);
      return {
        query: withInput('updateUser', 'UpdateUserInput'),
        variables: { input: { id, expectedVersion: version, role: 'BOARD_MEMBER' } },
        written: column(User, id, 'role'),
      };
    }),
    matrix('inviteUser', ADMINS, async () => {
      const email = `invited-${++counter}@example.wales`;
      return {
        query: withInput('inviteUser', 'InviteUserInput'),
        variables: { input: { email, role: 'LEAD' } },
        written: count(User, { email }),
      };
    }),
    matrix('resendInvitation', ADMINS, async () => {
      const { id, version } = await fixtures.user(Role.LEAD);
      return {
        query: withInput('resendInvitation', 'AccountVersionInput'),
        variables: { input: { id, expectedVersion: version } },
        written: count(AccountLink, { userId: id }),
      };
    }),
    matrix('deactivateUser', ADMINS, async () => {
      const { id, version } = await fixtures.user(Role.VIEWER);
      return {
        query: withInput('deactivateUser', 'DeactivateUserInput'),
        variables: { input: { id, expectedVersion: version, handovers: [] } },
        written: column(User, id, 'disabled'),
      };
    }),
    matrix('reactivateUser', ADMINS, async () => {
      const { id, version } = await db().save(
        db().create(User, {
          email: `gone-${++counter}@example.wales`,
          role: Role.VIEWER,
          disabled: true,
        }),
      );
      return {
        query: withInput('reactivateUser', 'AccountVersionInput'),
        variables: { input: { id, expectedVersion: version } },
        written: column(User, id, 'disabled'),
      };
    }),
    matrix('resetUserPassword', ADMINS, async () => {
      const { id } = await fixtures.user(Role.VIEWER, null, PASSWORD);
      return {
        query: withInput('resetUserPassword', 'ResetPasswordInput'),
        variables: { input: { id, newPassword: 'a-fresh-strong-password-2' } },
        written: column(User, id, 'passwordHash'),
      };
    }),
    matrix('changePassword', EVERYONE, async (role) => {
      const user = await fixtures.user(role, await fixtures.person(), PASSWORD);
      return {
        caller: new Client(app.url, await openSession(app.dataSource, user)),
        query: withInput('changePassword', 'ChangePasswordInput', ''),
        variables: { input: { currentPassword: PASSWORD, newPassword: 'another-long-password-3' } },
        written: column(User, user.id, 'passwordHash'),
      };
    }),
    matrix('setPreferredLanguage', EVERYONE, async (role) => {
      const caller = await app.signedIn(role, await fixtures.person());
      return {
        caller,
        query: `mutation ($language: Language!) { setPreferredLanguage(language: $language) { id } }`,
        variables: { language: 'cy' },
        written: column(User, caller.user.id, 'preferredLanguage'),
      };
    }),
    matrix('markNotificationsRead', EVERYONE, async (role) => {
      const person = await fixtures.person();
      const caller = await app.signedIn(role, person);
      const { id } = await db().save(
        db().create(Notification, {
          recipientId: person.id,
          kind: NotificationKind.UPDATE_REMINDER,
          subject: { en: 'Reminder', cy: 'Nodyn atgoffa' },
          body: { en: 'Update due', cy: 'Diweddariad yn ddyledus' },
          link: '/my-actions',
          emailStatus: EmailStatus.NOT_CONFIGURED,
        }),
      );
      return {
        caller,
        query: `mutation ($ids: [ID!]!) { markNotificationsRead(input: { ids: $ids }) }`,
        variables: { ids: [id] },
        written: count(Notification, { id, readAt: Not(IsNull()) }),
      };
    }),
    matrix('createOrganisation', ADMINS, async () => {
      const code = `ACCESS_${++counter}`;
      return {
        query: withInput('createOrganisation', 'CreateOrganisationInput'),
        variables: { input: { code, type: 'OTHER', name: { en: `Partner ${code}` } } },
        written: count(Organisation, { code }),
      };
    }),
    matrix('createPerson', ADMINS, async () => {
      const email = `new-person-${++counter}@example.wales`;
      const { id: organisationId } = await fixtures.organisation();
      return {
        query: withInput('createPerson', 'CreatePersonInput'),
        variables: { input: { name: 'New Person', email, organisationId } },
        written: count(Person, { email }),
      };
    }),
    matrix('updatePerson', ADMINS, async () => {
      const { id, version } = await fixtures.person();
      return {
        query: withInput('updatePerson', 'UpdatePersonInput'),
        variables: { input: { id, expectedVersion: version, name: 'Renamed Person' } },
        written: column(Person, id, 'name'),
      };
    }),
    matrix('updateOrganisation', ADMINS, async () => {
      const { id, version } = await fixtures.organisation();
      return {
        query: withInput('updateOrganisation', 'UpdateOrganisationInput'),
        variables: { input: { id, expectedVersion: version, name: { cy: 'Enw newydd' } } },
        written: column(Organisation, id, 'name'),
      };
    }),
    matrix('waivePartnershipConsultation', MEETING_MANAGERS, async () => {
      const draft = await fixtures.plan(freshYears(), PlanState.DRAFT);
      return {
        query: `mutation ($planId: ID!) {
          waivePartnershipConsultation(planId: $planId, reason: { en: "Urgent." }) { id } }`,
        variables: { planId: draft.id },
        written: column(AnnualPlan, draft.id, 'partnershipWaiver'),
      };
    }),
    matrix('createEngagementRecord', MEETING_MANAGERS, async () => {
      const action = await freshAction();
      return {
        query: withInput('createEngagementRecord', 'CreateEngagementRecordInput'),
        variables: { input: engagementInput(action.id, (await fixtures.partner()).id) },
        written: count(EngagementRecord, { actionId: action.id }),
      };
    }),
    ...(['updateEngagementRecord', 'deleteEngagementRecord'] as const).map((mutation) =>
      matrix(mutation, MEETING_MANAGERS, async () => {
        const action = await freshAction();
        const { id, version } = await db().save(
          db().create(EngagementRecord, {
            actionId: action.id,
            engagedOn: '2025-06-01',
            consultedOn: { en: 'Rotas', cy: null },
            outcome: EngagementOutcome.CONSENSUS,
            agreed: { en: null, cy: null },
            disagreement: { en: null, cy: null },
            nextSteps: { en: null, cy: null },
          }),
        );
        return mutation === 'updateEngagementRecord'
          ? {
              query: withInput(mutation, 'UpdateEngagementRecordInput'),
              variables: { input: { id, expectedVersion: version, engagedOn: '2025-06-02' } },
              written: column(EngagementRecord, id, 'version'),
            }
          : {
              query: `mutation ($id: ID!, $v: Int!) { deleteEngagementRecord(id: $id, expectedVersion: $v) }`,
              variables: { id, v: version },
              written: count(EngagementRecord, { id }),
            };
      }),
    ),
    matrix('updateBoardPaperSettings', REPORT_WRITERS, async () => {
      const [{ version }] = await db().query(`SELECT version FROM board_paper_settings`);
      return {
        query: withInput(
          'updateBoardPaperSettings',
          'UpdateBoardPaperSettingsInput',
          '{ version }',
        ),
        variables: {
          input: { expectedVersion: version, coverSheet: { author: `Author ${++counter}` } },
        },
        written: async () =>
          (await db().query(`SELECT version FROM board_paper_settings`))[0].version,
      };
    }),
    matrix('createPublication', PUBLISHERS, async () => {
      const reportId = await issuedReport();
      return {
        query: withInput('createPublication', 'CreatePublicationInput'),
        variables: { input: { reportId } },
        written: count(Publication, { reportId }),
      };
    }),
    matrix('updatePublication', PUBLISHERS, async () => {
      const { id, version } = await draftPublication();
      return {
        query: withInput('updatePublication', 'UpdatePublicationInput'),
        variables: { input: { id, expectedVersion: version, showOwnerNames: true } },
        written: column(Publication, id, 'version'),
      };
    }),
    matrix('publishPublication', PUBLISHERS, async () => {
      const { id, version } = await draftPublication();
      return {
        query: withInput('publishPublication', 'PublicationVersionInput'),
        variables: { input: { id, expectedVersion: version } },
        written: column(Publication, id, 'state'),
      };
    }),
    matrix('withdrawPublication', PUBLISHERS, async () => {
      const draft = await draftPublication();
      const { publishPublication: published } = await app.ok(
        withInput('publishPublication', 'PublicationVersionInput', '{ id version }'),
        { input: { id: draft.id, expectedVersion: draft.version } },
      );
      return {
        query: withInput('withdrawPublication', 'WithdrawPublicationInput'),
        variables: {
          input: { id: published.id, expectedVersion: published.version, reason: { en: 'Wrong' } },
        },
        written: column(Publication, published.id, 'state'),
      };
    }),
    matrix('deletePublication', PUBLISHERS, async () => {
      const { id, version } = await draftPublication();
      return {
        query: withInput('deletePublication', 'PublicationVersionInput', ''),
        variables: { input: { id, expectedVersion: version } },
        written: count(Publication, { id }),
      };
    }),
    matrix('createPartnershipStatement', MEETING_MANAGERS, async () => {
      const text = `Statement ${++counter}`;
      return {
        query: withInput('createPartnershipStatement', 'CreatePartnershipStatementInput'),
        variables: { input: { text: { en: text } } },
        written: count(PartnershipStatement, { text: { en: text } }),
      };
    }),
    matrix('updatePartnershipStatement', MEETING_MANAGERS, async () => {
      const { id, version } = await db().save(
        db().create(PartnershipStatement, {
          position: 300 + ++counter,
          text: { en: 'Retired', cy: null },
          active: false,
        }),
      );
      return {
        query: withInput('updatePartnershipStatement', 'UpdatePartnershipStatementInput'),
        variables: { input: { id, expectedVersion: version, text: { cy: 'Wedi ymddeol' } } },
        written: column(PartnershipStatement, id, 'version'),
      };
    }),
    ...(['recordPartnershipAssessment', 'updatePartnershipAssessment'] as const).map((mutation) =>
      matrix(mutation, MEETING_MANAGERS, async () => {
        const forum = await fixtures.forum();
        const statements = await db().find(PartnershipStatement, { where: { active: true } });
        const scores = statements.map((statement) => ({ statementId: statement.id, score: 3 }));
        if (mutation === 'recordPartnershipAssessment') {
          return {
            query: withInput(mutation, 'RecordPartnershipAssessmentInput'),
            variables: { input: { forumId: forum.id, assessedOn: '2025-07-01', scores } },
            written: count(PartnershipAssessment, { forumId: forum.id }),
          };
        }
        const { id, version } = await db().save(
          db().create(PartnershipAssessment, { forumId: forum.id, assessedOn: '2025-07-01' }),
        );
        return {
          query: withInput(mutation, 'UpdatePartnershipAssessmentInput'),
          variables: { input: { id, expectedVersion: version, assessedOn: '2025-07-02' } },
          written: column(PartnershipAssessment, id, 'version'),
        };
      }),
    ),
    matrix('mergePeople', ADMINS, async () => {
      const keep = await fixtures.person();
      const { id: duplicateId } = await fixtures.person();
      return {
        query: withInput('mergePeople', 'MergePeopleInput'),
        variables: { input: { keepId: keep.id, expectedVersion: keep.version, duplicateId } },
        written: count(Person, { id: duplicateId }),
      };
    }),
    matrix('updateStrategicArea', ADMINS, async () => {
      const { id, version } = await db().findOneByOrFail(StrategicArea, { number: 3 });
      return {
        query: withInput('updateStrategicArea', 'UpdateStrategicAreaInput'),
        variables: {
          input: {
            number: 3,
            expectedVersion: version,
            title: { en: `Area three, edition ${++counter}` },
          },
        },
        written: column(StrategicArea, id, 'title'),
      };
    }),
  ];

  describe('every mutation, for every role', () => {
    it('covers every mutation in the schema but signing in and out', () => {
      const inSchema = Object.keys(app.schema.getMutationType()?.getFields() ?? {});
      expect(cases.map((c) => c.mutation).sort()).toEqual(
        inSchema.filter((name) => !PUBLIC_MUTATIONS.includes(name)).sort(),
      );
    });

    it('expects what ROLE_PERMISSIONS grants', () => {
      const holders = (...needed: Permission[]) =>
        EVERYONE.filter((role) => needed.some((permission) => hasPermission(role, permission)));
      expect(PLANNERS).toEqual(holders(Permission.MANAGE_PLANS));
      expect(REPORTERS).toEqual(
        holders(Permission.REPORT_ON_ANY_ACTION, Permission.REPORT_ON_OWN_ACTIONS),
      );
      expect(REPORTERS).toEqual(holders(Permission.MANAGE_PLANS, Permission.DELEGATE_OWN_ACTIONS));
      expect(ADMINS).toEqual(holders(Permission.MANAGE_USERS));
      expect(MEETING_MANAGERS).toEqual(holders(Permission.MANAGE_MEETINGS));
      expect(ADMINS).toEqual(holders(Permission.MANAGE_REFERENCE_DATA));
      expect(EVERYONE).toEqual(holders(Permission.READ));
      expect(MEETING_MANAGERS).toEqual(holders(Permission.MANAGE_MEETINGS));
      expect(PUBLISHERS).toEqual(holders(Permission.PUBLISH_PROGRESS));
      expect(REPORT_WRITERS).toEqual(holders(Permission.MANAGE_REPORTS));
    });

    const rows = cases.flatMap((c) =>
      EVERYONE.map((role) => ({
        ...c,
        role,
        verdict: c.allowed.includes(role) ? 'is allowed' : 'is refused',
      })),
    );

    it.each(rows)('$mutation as $role $verdict', async ({ role, prepare, allowed }) => {
      const { query, variables, written, caller } = await prepare(role);
      const client = caller ?? (await app.signedIn(role, await fixtures.person()));
      const before = await written();
      const result = await client.gql(query, variables);
      if (allowed.includes(role)) {
        expect(result.errors).toBeUndefined();
        expect(await written()).not.toEqual(before);
      } else {
        expect(errorOf(result).code).toBe('FORBIDDEN');
        expect(await written()).toEqual(before);
      }
    });
  });

  describe('without a session', () => {
    it.each(cases)('$mutation is refused', async ({ prepare }) => {
      const { query, variables, written } = await prepare(Role.VIEWER);
      const before = await written();
      expect(errorOf(await app.anonymous.gql(query, variables)).code).toBe('UNAUTHENTICATED');
      expect(await written()).toEqual(before);
    });

    const QUERIES: Record<string, string> = {
      action: `{ action(id: "${MISSING}") { id } }`,
      actions: '{ actions { totalCount } }',
      annualPlan: '{ annualPlan(financialYear: "2025-26") { id } }',
      annualPlans: '{ annualPlans { id } }',
      attendanceAudit: '{ attendanceAudit(from: "2025-01-01", to: "2025-12-31") { forumId } }',
      auditLog: '{ auditLog { totalCount } }',
      measure: `{ measure(id: "${MISSING}") { id } }`,
      measureValueImportPreview:
        '{ measureValueImportPreview(input: { fileName: "a.csv", contentBase64: "" }) { imported } }',
      measures: '{ measures { id } }',
      measurePage: '{ measurePage { totalCount } }',
      measuresSummary: '{ measuresSummary { counts { total } } }',
      auditRecordTypes: '{ auditRecordTypes }',
      auditTrail: `{ auditTrail(entityType: "Action", entityId: "${MISSING}") { id } }`,
      commitmentsKept: '{ commitmentsKept(from: "2025-01-01", to: "2025-12-31") { forumId } }',
      currentProgressSummary: '{ currentProgressSummary { asOf } }',
      currentReportingPeriod: '{ currentReportingPeriod { id } }',
      followUps: '{ followUps { id } }',
      forum: `{ forum(id: "${MISSING}") { id } }`,
      forums: '{ forums { id } }',
      meeting: `{ meeting(id: "${MISSING}") { id } }`,
      meetings: '{ meetings { id } }',
      meetingSchedule: '{ meetingSchedule { pastCount } }',
      engagementRecords: '{ engagementRecords { id } }',
      partnershipAssessmentComparison: `{ partnershipAssessmentComparison(forumId: "${MISSING}") { assessments { id } } }`,
      partnershipAssessments: `{ partnershipAssessments(forumId: "${MISSING}") { id } }`,
      partnershipReport: '{ partnershipReport(year: "2025-26") { engagementCount } }',
      partnershipStatements: '{ partnershipStatements { id } }',
      myNotifications: '{ myNotifications { unreadCount } }',
      organisations: '{ organisations { id } }',
      people: '{ people { id } }',
      person: `{ person(id: "${MISSING}") { id } }`,
      statusUpdateImportPreview:
        '{ statusUpdateImportPreview(input: { financialYear: "2025-26", fileName: "a.csv", contentBase64: "" }) { errorCount } }',
      planImportPreview:
        '{ planImportPreview(input: { financialYear: "2025-26", fileName: "a.csv", contentBase64: "" }) { errorCount } }',
      boardPaperSettings: '{ boardPaperSettings { version } }',
      publication: `{ publication(id: "${MISSING}") { id } }`,
      publications: '{ publications { id } }',
      progressSummary: `{ progressSummary(reportingPeriodId: "${MISSING}") { asOf } }`,
      reportingPeriod: `{ reportingPeriod(id: "${MISSING}") { id } }`,
      reportingPeriods: '{ reportingPeriods { id } }',
      risk: `{ risk(id: "${MISSING}") { id } }`,
      riskAppetites: '{ riskAppetites { appetite } }',
      riskOwners: '{ riskOwners { id } }',
      riskProfile: '{ riskProfile { total } }',
      risks: '{ risks { totalCount } }',
      report: `{ report(id: "${MISSING}") { id } }`,
      reports: '{ reports { id } }',
      strategicArea: '{ strategicArea(number: 1) { id } }',
      strategicAreas: '{ strategicAreas { id } }',
      strategy: '{ strategy { id } }',
      updateRound: `{ updateRound(reportingPeriodId: "${MISSING}") { overall { expected } } }`,
      user: `{ user(id: "${MISSING}") { id } }`,
      users: '{ users { id } }',
    };
    /** Who is signed in, and what an e-mailed link is for (the link is the credential). */
    const PUBLIC_QUERIES = ['me', 'accountLink'];

    it('covers every query in the schema but the public ones', () => {
      const inSchema = Object.keys(app.schema.getQueryType()?.getFields() ?? {});
      expect(Object.keys(QUERIES).sort()).toEqual(
        inSchema.filter((n) => !PUBLIC_QUERIES.includes(n)).sort(),
      );
    });

    it.each(Object.entries(QUERIES))('query %s is refused', async (_name, query) => {
      expect(errorOf(await app.anonymous.gql(query)).code).toBe('UNAUTHENTICATED');
    });
  });

  describe('ownership rules for leads', () => {
    let owner: Client;
    let delegate: Client & { user: User };
    let outsider: Client;
    let action: Action;

    beforeAll(async () => {
      const ownerPerson = await fixtures.person();
      const delegatePerson = await fixtures.person();
      action = await freshAction([ownerPerson]);
      owner = await app.signedIn(Role.LEAD, ownerPerson);
      delegate = await app.signedIn(Role.LEAD, delegatePerson);
      outsider = await app.signedIn(Role.LEAD, await fixtures.person());
      await owner.ok(ADD_DELEGATE, { actionId: action.id, personId: delegatePerson.id });
    });

    const updates = () => db().countBy(StatusUpdate, { actionId: action.id });
    const delegates = () => db().countBy(ActionDelegate, { actionId: action.id });
    // Each test gets its own milestone, so none depends on another's changes.
    const newMilestone = () => fixtures.milestone(action, '2025-12-31');
    const stored = (milestone: Milestone) => db().findOneByOrFail(Milestone, { id: milestone.id });
    const completing = (milestone: Milestone) => ({
      input: { id: milestone.id, expectedVersion: milestone.version, completedOn: '2025-11-01' },
    });

    it('a lead who neither owns nor is delegated cannot report on the action', async () => {
      const before = await updates();
      const submitted = await outsider.gql(SUBMIT, { input: statusInput(action.id) });
      expect(errorOf(submitted).code).toBe('FORBIDDEN');
      expect(await updates()).toBe(before);

      const milestone = await newMilestone();
      expect(errorOf(await outsider.gql(UPDATE_MILESTONE, completing(milestone))).code).toBe(
        'FORBIDDEN',
      );
      expect(await stored(milestone)).toMatchObject({ completedOn: null, version: 1 });
    });

    it('a delegate named by the owner can submit a status update', async () => {
      const before = await updates();
      const { submitStatusUpdate } = await delegate.ok(SUBMIT, { input: statusInput(action.id) });
      expect(submitStatusUpdate.author.id).toBe(delegate.user.personId);
      expect(await updates()).toBe(before + 1);
    });

    it('a delegate cannot name further delegates', async () => {
      const before = await delegates();
      const variables = { actionId: action.id, personId: (await fixtures.person()).id };
      expect(errorOf(await delegate.gql(ADD_DELEGATE, variables)).code).toBe('FORBIDDEN');
      expect(await delegates()).toBe(before);
    });

    it('a lead may complete a milestone but not move its due date', async () => {
      const milestone = await newMilestone();
      const moving = { input: { id: milestone.id, expectedVersion: 1, dueDate: '2026-02-28' } };
      expect(errorOf(await owner.gql(UPDATE_MILESTONE, moving)).code).toBe('FORBIDDEN');
      expect(await stored(milestone)).toMatchObject({ dueDate: '2025-12-31', version: 1 });

      await owner.ok(UPDATE_MILESTONE, completing(milestone));
      expect(await stored(milestone)).toMatchObject({ completedOn: '2025-11-01', version: 2 });
    });
  });

  describe('reading', () => {
    const READS: Record<string, string> = {
      strategy: '{ strategy { title { en } areas { number } } }',
      actions: '{ actions { totalCount edges { node { reference } } } }',
      annualPlans: '{ annualPlans { financialYear } }',
      progressSummary: `query ($period: ID!) {
        progressSummary(reportingPeriodId: $period) { overall { total } }
      }`,
    };
    const readers = [Role.BOARD_MEMBER, Role.VIEWER].flatMap((role) =>
      Object.entries(READS).map(([name, query]) => ({ role, name, query })),
    );

    it.each(readers)('$role can read $name', async ({ role, name, query }) => {
      const client = await app.signedIn(role);
      // Operations ignore variables they do not declare.
      const data = await client.ok(query, { period: q1.id });
      expect(data[name]).toBeTruthy();
    });

    it.each([Role.BOARD_MEMBER, Role.VIEWER])(
      '%s cannot list accounts or the audit log',
      async (role) => {
        const client = await app.signedIn(role);
        expect(errorOf(await client.gql('{ users { id } }')).code).toBe('FORBIDDEN');
        expect(errorOf(await client.gql('{ auditLog { totalCount } }')).code).toBe('FORBIDDEN');
      },
    );
  });
});
