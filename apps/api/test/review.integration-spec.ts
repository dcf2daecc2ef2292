import type { Person } from '@cynnydd/directory/data-access';
import type { Action } from '@cynnydd/plans/data-access';
import { FollowUp } from '@cynnydd/reports/data-access';
import { RagStatus, Role } from '@cynnydd/shared/domain';
import type { StrategicArea } from '@cynnydd/strategy/data-access';

import { Fixtures } from './support/fixtures';
import { errorOf, startTestApp, type Client, type TestApp } from './support/test-app';

const CREATE = `mutation ($input: CreateReportInput!) { createReport(input: $input) { id version } }`;
const ISSUE = `mutation ($input: ReportVersionInput!) { issueReport(input: $input) { id } }`;
const ADD = `mutation ($input: AddReviewEntryInput!) {
  addReviewEntry(input: $input) {
    id kind text { en cy } authorName action { reference } report { id }
    followUps { id title { en cy } owner { id } dueDate completedOn isOverdue version }
  }
}`;
const REVIEW = `query ($id: ID!) {
  report(id: $id) { review { kind text { en } action { reference } followUps { title { en } } } }
}`;
const FOLLOW_UPS = `query ($filter: FollowUpFilter) {
  followUps(filter: $filter) { id title { en } owner { id } dueDate completedOn isOverdue decision { report { id } } }
}`;
const COMPLETE = `mutation ($input: CompleteFollowUpInput!) {
  completeFollowUp(input: $input) { id completedOn isOverdue version }
}`;

/** Today is 2025-11-15. */
describe('board review of issued reports', () => {
  let app: TestApp;
  let fixtures: Fixtures;
  let boardMember: Person;
  let owner: Person;
  let board: Client;
  let asOwner: Client;
  let action: Action;
  let issuedId: string;
  let draftId: string;

  beforeAll(async () => {
    app = await startTestApp();
    fixtures = new Fixtures(app.dataSource);
    const area = (await fixtures.strategy()).get(5) as StrategicArea;
    owner = await fixtures.person();
    boardMember = await fixtures.person();
    board = await app.signedIn(Role.BOARD_MEMBER, boardMember);
    asOwner = await app.signedIn(Role.LEAD, owner);
    const plan = await fixtures.plan(2025);
    const q2 = await fixtures.period(2025, 2);
    action = await fixtures.action({ plan, area, reference: '5.1', owners: [owner] });
    await fixtures.update(action, q2, owner, RagStatus.RED);

    const report = (
      await app.ok(CREATE, { input: { reportingPeriodId: q2.id, audience: 'JOINT_BOARD' } })
    ).createReport;
    await app.ok(ISSUE, { input: { id: report.id, expectedVersion: report.version } });
    issuedId = report.id;
    draftId = (
      await app.ok(CREATE, { input: { reportingPeriodId: q2.id, audience: 'OVERSIGHT_BOARD' } })
    ).createReport.id;
  });
  afterAll(() => app.close());

  const decision = (overrides: Record<string, unknown> = {}) => ({
    reportId: issuedId,
    actionId: action.id,
    kind: 'DECISION',
    text: {
      en: 'Escalate recruitment in north Wales.',
      cy: 'Uwchgyfeirio recriwtio yn y gogledd.',
    },
    followUps: [
      {
        title: { en: 'Recovery plan to the next meeting', cy: 'Cynllun adfer i’r cyfarfod nesaf' },
        ownerId: owner.id,
        dueDate: '2026-01-31',
      },
    ],
    ...overrides,
  });

  it('records a decision on an action with a follow-up, in the board member’s name', async () => {
    const { addReviewEntry } = await board.ok(ADD, { input: decision() });
    expect(addReviewEntry).toMatchObject({
      kind: 'DECISION',
      text: { en: 'Escalate recruitment in north Wales.' },
      authorName: boardMember.name,
      action: { reference: '5.1' },
      report: { id: issuedId },
      followUps: [
        {
          title: { cy: 'Cynllun adfer i’r cyfarfod nesaf' },
          owner: { id: owner.id },
          dueDate: '2026-01-31',
          completedOn: null,
          isOverdue: false,
        },
      ],
    });
    await board.ok(ADD, {
      input: {
        reportId: issuedId,
        kind: 'COMMENT',
        text: { en: 'Welcome the Welsh-medium work.' },
      },
    });
    const { report } = await board.ok(REVIEW, { id: issuedId });
    expect(report.review).toEqual([
      {
        kind: 'DECISION',
        text: { en: 'Escalate recruitment in north Wales.' },
        action: { reference: '5.1' },
        followUps: [{ title: { en: 'Recovery plan to the next meeting' } }],
      },
      {
        kind: 'COMMENT',
        text: { en: 'Welcome the Welsh-medium work.' },
        action: null,
        followUps: [],
      },
    ]);
  });

  it.each([
    ['a draft report', () => ({ reportId: draftId }), 'NOT_FOUND', 'reportId'],
    ['an action not in the report', () => ({ actionId: owner.id }), 'BAD_USER_INPUT', 'actionId'],
    ['follow-ups on a comment', () => ({ kind: 'COMMENT' }), 'BAD_USER_INPUT', 'followUps'],
    [
      'an unknown owner',
      () => ({ followUps: [{ title: { en: 'x' }, ownerId: action.id, dueDate: '2026-01-31' }] }),
      'BAD_USER_INPUT',
      'followUps.0.ownerId',
    ],
    [
      'a due date in the past',
      () => ({ followUps: [{ title: { en: 'x' }, ownerId: owner.id, dueDate: '2025-01-31' }] }),
      'BAD_USER_INPUT',
      'followUps.0.dueDate',
    ],
    ['empty text', () => ({ text: { en: '  ' } }), 'BAD_USER_INPUT', 'text'],
  ])('refuses %s, writing nothing', async (_case, overrides, code, field) => {
    const before = await app.dataSource.getRepository(FollowUp).count();
    const error = errorOf(await board.gql(ADD, { input: decision(overrides()) }));
    expect(error.code).toBe(code);
    expect(error.field).toBe(field);
    expect(await app.dataSource.getRepository(FollowUp).count()).toBe(before);
  });

  it('tracks follow-ups until their owner marks them done', async () => {
    const open = (await board.ok(FOLLOW_UPS, { filter: { open: true } })).followUps;
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({
      owner: { id: owner.id },
      decision: { report: { id: issuedId } },
    });
    const [{ id }] = open;
    const stored = await app.dataSource.getRepository(FollowUp).findOneByOrFail({ id });

    const someoneElse = await app.signedIn(Role.LEAD, await fixtures.person());
    expect(
      errorOf(
        await someoneElse.gql(COMPLETE, {
          input: { id, expectedVersion: stored.version, completedOn: '2025-11-14' },
        }),
      ).code,
    ).toBe('FORBIDDEN');
    expect(
      errorOf(
        await asOwner.gql(COMPLETE, {
          input: { id, expectedVersion: stored.version, completedOn: '2025-12-01' },
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'completedOn' });

    const { completeFollowUp } = await asOwner.ok(COMPLETE, {
      input: { id, expectedVersion: stored.version, completedOn: '2025-11-14' },
    });
    expect(completeFollowUp).toMatchObject({ completedOn: '2025-11-14', isOverdue: false });
    expect((await board.ok(FOLLOW_UPS, { filter: { open: true } })).followUps).toEqual([]);
    expect((await board.ok(FOLLOW_UPS, { filter: { open: false } })).followUps).toHaveLength(1);
    expect(
      errorOf(
        await board.gql(COMPLETE, {
          input: { id, expectedVersion: stored.version, completedOn: null },
        }),
      ).code,
    ).toBe('CONFLICT');
  });
});
