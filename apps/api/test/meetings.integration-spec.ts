import type { Forum, ForumMember } from '@cynnydd/meetings/data-access';
import { FollowUp } from '@cynnydd/reports/data-access';
import { AttendanceStatus, MeetingState, ReportState, Role } from '@cynnydd/shared/domain';
import type { StrategicArea } from '@cynnydd/strategy/data-access';

import { Fixtures } from './support/fixtures';
import { errorOf, startTestApp, type Client, type TestApp } from './support/test-app';

const SCHEDULE = `mutation ($input: ScheduleMeetingInput!) {
  scheduleMeeting(input: $input) { id version state title { en cy } location onlineLink }
}`;
const ADD_ITEM = `mutation ($input: AddAgendaItemInput!) {
  addAgendaItem(input: $input) { id position version report { id } }
}`;
const MOVE_ITEM = `mutation ($input: MoveAgendaItemInput!) {
  moveAgendaItem(input: $input) { version agenda { id position title { en } } }
}`;
const REMOVE_ITEM = `mutation ($input: MeetingsVersionInput!) {
  removeAgendaItem(input: $input) { version agenda { id position } }
}`;
const UPDATE_ITEM = `mutation ($input: UpdateAgendaItemInput!) {
  updateAgendaItem(input: $input) {
    id version title { en cy } presenter { id } report { id } actions { id } risks { id }
  }
}`;
const ATTENDANCE = `mutation ($input: RecordAttendanceInput!) {
  recordAttendance(input: $input) { id status deputyName member { id person { id } } }
}`;
const APOLOGIES = `mutation ($meetingId: ID!) { sendApologies(meetingId: $meetingId) { id status } }`;
const HELD = `mutation ($input: MeetingsVersionInput!) { markMeetingHeld(input: $input) { id state version } }`;
const APPROVE = `mutation ($input: MeetingsVersionInput!) {
  approveMinutes(input: $input) { id state version minutesApprovedAt minutesApprovedBy { id } }
}`;
const MINUTES = `mutation ($input: AgendaItemMinutesInput!) {
  updateAgendaItemMinutes(input: $input) { id version minutes { en cy } }
}`;
const DECIDE = `mutation ($input: RecordMeetingDecisionInput!) {
  recordMeetingDecision(input: $input) {
    id kind agendaItemId report { id } meeting { id }
    followUps { id title { en } owner { id } dueDate version }
  }
}`;
const MEETING = `query ($id: ID!) {
  meeting(id: $id) {
    id state version minutesVisible canManage canApprove
    agenda { id position minutes { en cy } }
    attendance { status deputyName }
    decisions { id kind text { en } }
    carriedCommitments { id title { en } }
  }
}`;
const COMPLETE = `mutation ($input: CompleteFollowUpInput!) { completeFollowUp(input: $input) { id } }`;

/** Today is 2025-11-15 (12:00 UTC). */
describe('meetings: forums, agendas, attendance, minutes and decisions', () => {
  let app: TestApp;
  let fixtures: Fixtures;
  let viewer: Client;

  beforeAll(async () => {
    app = await startTestApp();
    fixtures = new Fixtures(app.dataSource);
    viewer = await app.signedIn(Role.VIEWER, await fixtures.person());
  });
  afterAll(() => app.close());

  /** A forum with a chair and one member, each signed in as a lead. */
  async function forumWithPeople() {
    const forum = await fixtures.forum();
    const chairPerson = await fixtures.person();
    const memberPerson = await fixtures.person();
    const chair = await fixtures.forumMember(forum, { person: chairPerson, isChair: true });
    const member = await fixtures.forumMember(forum, { person: memberPerson });
    return {
      forum,
      chair,
      member,
      chairPerson,
      memberPerson,
      asChair: await app.signedIn(Role.LEAD, chairPerson),
      asMember: await app.signedIn(Role.LEAD, memberPerson),
    };
  }

  const schedule = (forum: Forum, overrides: Record<string, unknown> = {}) =>
    app.ok(SCHEDULE, {
      input: {
        forumId: forum.id,
        title: { en: 'Joint board', cy: 'Cyd-fwrdd' },
        startsAt: '2025-11-10T10:00:00Z',
        endsAt: '2025-11-10T12:00:00Z',
        location: 'Ty Dysgu, Nantgarw',
        ...overrides,
      },
    });

  async function heldMeeting(forum: Forum, startsAt = '2025-11-10T10:00:00Z') {
    return fixtures.meeting(forum, startsAt, MeetingState.HELD);
  }

  it('the programme office creates a forum and seats people; the seat represents their organisation by default', async () => {
    const { createForum } = await app.ok(
      `mutation ($input: CreateForumInput!) { createForum(input: $input) { id version kind name { en cy } active } }`,
      {
        input: {
          kind: 'SOCIAL_PARTNERSHIP_FORUM',
          name: { en: 'Social partnership forum', cy: 'Fforwm partneriaeth gymdeithasol' },
        },
      },
    );
    expect(createForum).toMatchObject({ kind: 'SOCIAL_PARTNERSHIP_FORUM', active: true });
    const person = await fixtures.person();
    const union = await fixtures.organisation();
    const add = `mutation ($input: AddForumMemberInput!) {
      addForumMember(input: $input) { id isChair leftOn representing { id } person { id } }
    }`;
    const own = (await app.ok(add, { input: { forumId: createForum.id, personId: person.id } }))
      .addForumMember;
    expect(own.representing.id).toBe(person.organisationId);
    // Joint chairs: two chairs on one forum.
    const chairs = await Promise.all(
      [1, 2].map(async () =>
        app.ok(add, {
          input: {
            forumId: createForum.id,
            personId: (await fixtures.person()).id,
            representingId: union.id,
            isChair: true,
          },
        }),
      ),
    );
    expect(chairs.map((c) => c.addForumMember.representing.id)).toEqual([union.id, union.id]);

    const again = await app.gql(add, { input: { forumId: createForum.id, personId: person.id } });
    expect(errorOf(again)).toMatchObject({ code: 'CONFLICT', field: 'personId' });

    const { forum } = await viewer.ok(
      `query ($id: ID!) { forum(id: $id) { members { isChair person { id } } } }`,
      { id: createForum.id },
    );
    expect(forum.members).toHaveLength(3);
    expect(forum.members.filter((m: { isChair: boolean }) => m.isChair)).toHaveLength(2);
  });

  it('a viewer cannot schedule a meeting', async () => {
    const forum = await fixtures.forum();
    const result = await viewer.gql(SCHEDULE, {
      input: {
        forumId: forum.id,
        title: { en: 'Board' },
        startsAt: '2025-12-01T10:00:00Z',
        endsAt: '2025-12-01T11:00:00Z',
        onlineLink: 'https://meet.example.wales/board',
      },
    });
    expect(errorOf(result).code).toBe('FORBIDDEN');
  });

  it('a meeting needs a location or an online link, and ends after it starts', async () => {
    const forum = await fixtures.forum();
    expect(errorOf(await app.gql(SCHEDULE, { input: withoutPlace(forum) }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'location',
    });
    const backwards = await app.gql(SCHEDULE, {
      input: { ...withoutPlace(forum), location: 'Cardiff', endsAt: '2025-12-01T09:00:00Z' },
    });
    expect(errorOf(backwards)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endsAt' });
  });

  function withoutPlace(forum: Forum) {
    return {
      forumId: forum.id,
      title: { en: 'Board' },
      startsAt: '2025-12-01T10:00:00Z',
      endsAt: '2025-12-01T11:00:00Z',
    };
  }

  it('lists meetings by start, filtered by forum, dates and state', async () => {
    const forum = await fixtures.forum();
    await fixtures.meeting(forum, '2025-12-05T10:00:00Z');
    await fixtures.meeting(forum, '2025-09-05T10:00:00Z', MeetingState.HELD);
    await fixtures.meeting(forum, '2025-10-05T10:00:00Z');
    const list = `query ($forumId: ID, $from: DateTime, $state: MeetingState) {
      meetings(forumId: $forumId, from: $from, state: $state) { startsAt state }
    }`;
    const all = (await viewer.ok(list, { forumId: forum.id })).meetings;
    expect(all.map((m: { startsAt: string }) => m.startsAt.slice(0, 10))).toEqual([
      '2025-09-05',
      '2025-10-05',
      '2025-12-05',
    ]);
    const later = (await viewer.ok(list, { forumId: forum.id, from: '2025-10-01T00:00:00Z' }))
      .meetings;
    expect(later).toHaveLength(2);
    const held = (await viewer.ok(list, { forumId: forum.id, state: 'HELD' })).meetings;
    expect(held).toHaveLength(1);
  });

  it('schedules meetings to come and pages those over, latest first, as of now', async () => {
    // The test clock reads 2025-11-15 12:00 UTC; each fixture meeting lasts an hour.
    const forum = await fixtures.forum();
    for (const startsAt of [
      '2025-09-01T10:00:00Z',
      '2025-10-01T10:00:00Z',
      '2025-11-01T10:00:00Z',
      '2025-11-15T09:00:00Z', // over at 10:00
      '2025-11-15T11:30:00Z', // under way: still to come
      '2025-12-01T10:00:00Z',
    ]) {
      await fixtures.meeting(forum, startsAt);
    }
    const query = `query ($forumId: ID, $pastOffset: Int, $pastLimit: Int) {
      meetingSchedule(forumId: $forumId, pastOffset: $pastOffset, pastLimit: $pastLimit) {
        upcoming { startsAt } past { startsAt } pastCount
      }
    }`;
    const starts = (meetings: { startsAt: string }[]) =>
      meetings.map((meeting) => meeting.startsAt.slice(0, 16));
    const page = async (pastOffset: number, pastLimit = 2) => {
      const { meetingSchedule } = await viewer.ok(query, {
        forumId: forum.id,
        pastOffset,
        pastLimit,
      });
      return {
        upcoming: starts(meetingSchedule.upcoming),
        past: starts(meetingSchedule.past),
        pastCount: meetingSchedule.pastCount,
      };
    };

    expect(await page(0)).toEqual({
      upcoming: ['2025-11-15T11:30', '2025-12-01T10:00'],
      past: ['2025-11-15T09:00', '2025-11-01T10:00'],
      pastCount: 4,
    });
    expect((await page(2)).past).toEqual(['2025-10-01T10:00', '2025-09-01T10:00']);
    expect(await page(10)).toMatchObject({ past: [], pastCount: 4 });

    for (const [variables, field] of [
      [{ pastLimit: 0 }, 'pastLimit'],
      [{ pastLimit: 101 }, 'pastLimit'],
      [{ pastOffset: -1 }, 'pastOffset'],
    ] as const) {
      const refused = await viewer.gql(query, { forumId: forum.id, ...variables });
      expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('an agenda links an issued report but refuses a draft, and keeps positions 1 … n', async () => {
    const forum = await fixtures.forum();
    let { scheduleMeeting: meeting } = await schedule(forum);
    const draft = await fixtures.report(ReportState.DRAFT);
    const issued = await fixtures.report(ReportState.ISSUED);
    const refused = await app.gql(ADD_ITEM, {
      input: {
        meetingId: meeting.id,
        expectedVersion: meeting.version,
        title: { en: 'Progress report' },
        reportId: draft.id,
      },
    });
    expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reportId' });

    const ids: string[] = [];
    for (const title of ['Welcome', 'Progress report', 'Any other business']) {
      const { addAgendaItem } = await app.ok(ADD_ITEM, {
        input: {
          meetingId: meeting.id,
          expectedVersion: meeting.version,
          title: { en: title },
          ...(title === 'Progress report' ? { reportId: issued.id } : {}),
        },
      });
      ids.push(addAgendaItem.id);
      meeting = { ...meeting, version: meeting.version + 1 };
    }
    const stale = await app.gql(ADD_ITEM, {
      input: { meetingId: meeting.id, expectedVersion: 1, title: { en: 'Late' } },
    });
    expect(errorOf(stale)).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion' });

    const moved = (
      await app.ok(MOVE_ITEM, { input: { id: ids[2], expectedVersion: 1, position: 1 } })
    ).moveAgendaItem;
    expect(moved.agenda.map((item: { title: { en: string } }) => item.title.en)).toEqual([
      'Any other business',
      'Welcome',
      'Progress report',
    ]);
    expect(moved.agenda.map((item: { position: number }) => item.position)).toEqual([1, 2, 3]);

    const removed = (await app.ok(REMOVE_ITEM, { input: { id: ids[0], expectedVersion: 2 } }))
      .removeAgendaItem;
    expect(removed.agenda.map((item: { id: string }) => item.id)).toEqual([ids[2], ids[1]]);
    expect(removed.agenda.map((item: { position: number }) => item.position)).toEqual([1, 2]);
  });

  it('an item’s presenter, paper and links change with its version; null clears the presenter and the paper', async () => {
    const forum = await fixtures.forum();
    const { scheduleMeeting: meeting } = await schedule(forum);
    const issued = await fixtures.report(ReportState.ISSUED);
    const presenter = await fixtures.person();
    const area = (await fixtures.strategy()).get(3) as StrategicArea;
    const action = await fixtures.action({
      plan: await fixtures.plan(2031),
      area,
      owners: [presenter],
    });
    const risk = await fixtures.risk({ owner: presenter, area });
    const { addAgendaItem: item } = await app.ok(ADD_ITEM, {
      input: {
        meetingId: meeting.id,
        expectedVersion: meeting.version,
        title: { en: 'Workforce plan' },
      },
    });

    const linked = (
      await app.ok(UPDATE_ITEM, {
        input: {
          id: item.id,
          expectedVersion: 1,
          title: { cy: 'Cynllun y gweithlu' },
          presenterId: presenter.id,
          reportId: issued.id,
          actionIds: [action.id],
          riskIds: [risk.id],
        },
      })
    ).updateAgendaItem;
    expect(linked).toMatchObject({
      version: 2,
      title: { en: 'Workforce plan', cy: 'Cynllun y gweithlu' },
      presenter: { id: presenter.id },
      report: { id: issued.id },
      actions: [{ id: action.id }],
      risks: [{ id: risk.id }],
    });
    const stale = await app.gql(UPDATE_ITEM, {
      input: { id: item.id, expectedVersion: 1, presenterId: null },
    });
    expect(errorOf(stale)).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion' });

    const cleared = (
      await app.ok(UPDATE_ITEM, {
        input: { id: item.id, expectedVersion: 2, presenterId: null, reportId: null, riskIds: [] },
      })
    ).updateAgendaItem;
    expect(cleared).toMatchObject({
      version: 3,
      presenter: null,
      report: null,
      actions: [{ id: action.id }],
      risks: [],
    });
  });

  it('a deputy is named exactly when a member was represented', async () => {
    const { forum, chair, member } = await forumWithPeople();
    const meeting = await heldMeeting(forum);
    const missing = await app.gql(ATTENDANCE, {
      input: {
        meetingId: meeting.id,
        entries: [
          { memberId: chair.id, status: 'PRESENT' },
          { memberId: member.id, status: 'REPRESENTED' },
        ],
      },
    });
    expect(errorOf(missing)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'entries.1.deputyName',
    });
    const extra = await app.gql(ATTENDANCE, {
      input: {
        meetingId: meeting.id,
        entries: [{ memberId: chair.id, status: 'PRESENT', deputyName: 'Someone' }],
      },
    });
    expect(errorOf(extra)).toMatchObject({ field: 'entries.0.deputyName' });

    const { recordAttendance } = await app.ok(ATTENDANCE, {
      input: {
        meetingId: meeting.id,
        entries: [
          { memberId: chair.id, status: 'PRESENT' },
          { memberId: member.id, status: 'REPRESENTED', deputyName: 'Dr Siân Roberts' },
        ],
      },
    });
    expect(recordAttendance.map((a: { deputyName: string | null }) => a.deputyName)).toEqual([
      null,
      'Dr Siân Roberts',
    ]);
  });

  it('a member sends their own apologies; someone not on the forum cannot', async () => {
    const { forum, asMember, member } = await forumWithPeople();
    const meeting = await fixtures.meeting(forum, '2025-12-10T10:00:00Z');
    const outsider = await app.signedIn(Role.LEAD, await fixtures.person());
    expect(errorOf(await outsider.gql(APOLOGIES, { meetingId: meeting.id })).code).toBe(
      'FORBIDDEN',
    );
    const may = `query ($id: ID!) { meeting(id: $id) { canSendApologies } }`;
    expect((await asMember.ok(may, { id: meeting.id })).meeting.canSendApologies).toBe(true);
    expect((await outsider.ok(may, { id: meeting.id })).meeting.canSendApologies).toBe(false);
    const { sendApologies } = await asMember.ok(APOLOGIES, { meetingId: meeting.id });
    expect(sendApologies.status).toBe('APOLOGIES');
    const stored = await app.dataSource.query(
      'SELECT status FROM attendance WHERE meeting_id = $1 AND member_id = $2',
      [meeting.id, member.id],
    );
    expect(stored).toEqual([{ status: 'APOLOGIES' }]);
  });

  it('only a chair approves the minutes; then the meeting is frozen and a change is refused clearly', async () => {
    const { forum, chair, asChair, asMember } = await forumWithPeople();
    const scheduled = await fixtures.meeting(forum, '2025-11-12T10:00:00Z');
    const { addAgendaItem: item } = await app.ok(ADD_ITEM, {
      input: { meetingId: scheduled.id, expectedVersion: 1, title: { en: 'Workforce plan' } },
    });
    const { markMeetingHeld: held } = await app.ok(HELD, {
      input: { id: scheduled.id, expectedVersion: 2 },
    });
    expect(held.state).toBe('HELD');
    await app.ok(MINUTES, {
      input: {
        id: item.id,
        expectedVersion: item.version,
        minutes: { en: 'The board discussed the plan.', cy: 'Trafododd y bwrdd y cynllun.' },
      },
    });
    await app.ok(ATTENDANCE, {
      input: { meetingId: scheduled.id, entries: [{ memberId: chair.id, status: 'PRESENT' }] },
    });

    // Before approval a viewer sees no draft minutes, decisions or attendance.
    const hidden = (await viewer.ok(MEETING, { id: scheduled.id })).meeting;
    expect(hidden).toMatchObject({ minutesVisible: false, attendance: [], decisions: [] });
    expect(hidden.agenda[0].minutes).toBeNull();
    const asMemberSees = (await asMember.ok(MEETING, { id: scheduled.id })).meeting;
    expect(asMemberSees.agenda[0].minutes.en).toBe('The board discussed the plan.');

    const notChair = await asMember.gql(APPROVE, {
      input: { id: scheduled.id, expectedVersion: held.version },
    });
    expect(errorOf(notChair).code).toBe('FORBIDDEN');
    const office = await app.gql(APPROVE, {
      input: { id: scheduled.id, expectedVersion: held.version },
    });
    expect(errorOf(office).code).toBe('FORBIDDEN');
    const stale = await asChair.gql(APPROVE, { input: { id: scheduled.id, expectedVersion: 1 } });
    expect(errorOf(stale)).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion' });

    const { approveMinutes } = await asChair.ok(APPROVE, {
      input: { id: scheduled.id, expectedVersion: held.version },
    });
    expect(approveMinutes).toMatchObject({
      state: 'MINUTES_APPROVED',
      minutesApprovedBy: { id: chair.personId },
    });

    const shown = (await viewer.ok(MEETING, { id: scheduled.id })).meeting;
    expect(shown.minutesVisible).toBe(true);
    expect(shown.agenda[0].minutes.cy).toBe('Trafododd y bwrdd y cynllun.');
    expect(shown.attendance).toEqual([{ status: 'PRESENT', deputyName: null }]);

    const change = await app.gql(MINUTES, {
      input: { id: item.id, expectedVersion: item.version + 1, minutes: { en: 'Rewritten.' } },
    });
    expect(errorOf(change)).toMatchObject({ code: 'CONFLICT' });
    expect(errorOf(change).message).toMatch(/approved/);

    // The database refuses too, whatever path a write takes.
    await expect(
      app.dataSource.query(`UPDATE agenda_item SET minutes_en = 'x' WHERE id = $1`, [item.id]),
    ).rejects.toThrow(/approved minutes are frozen/);
  });

  it('decisions are review entries with commitments; a draft report or one off the agenda item is refused', async () => {
    const { forum, memberPerson } = await forumWithPeople();
    const meeting = await fixtures.meeting(forum, '2025-11-12T10:00:00Z');
    const issued = await fixtures.report(ReportState.ISSUED);
    const other = await fixtures.report(ReportState.ISSUED);
    const { addAgendaItem: item } = await app.ok(ADD_ITEM, {
      input: {
        meetingId: meeting.id,
        expectedVersion: 1,
        title: { en: 'Quarterly report' },
        reportId: issued.id,
      },
    });
    const decision = {
      meetingId: meeting.id,
      agendaItemId: item.id,
      reportId: issued.id,
      kind: 'DECISION',
      text: { en: 'Fund the bursary.', cy: 'Ariannu’r fwrsariaeth.' },
      commitments: [
        { title: { en: 'Draft the scheme' }, ownerId: memberPerson.id, dueDate: '2025-12-31' },
      ],
    };
    const early = await app.gql(DECIDE, { input: decision });
    expect(errorOf(early).code).toBe('CONFLICT');
    await app.ok(HELD, { input: { id: meeting.id, expectedVersion: 2 } });

    const offItem = await app.gql(DECIDE, { input: { ...decision, reportId: other.id } });
    expect(errorOf(offItem)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reportId' });
    const badOwner = await app.gql(DECIDE, {
      input: {
        ...decision,
        commitments: [{ ...decision.commitments[0], dueDate: '2025-01-01' }],
      },
    });
    expect(errorOf(badOwner)).toMatchObject({ field: 'commitments.0.dueDate' });

    const { recordMeetingDecision } = await app.ok(DECIDE, { input: decision });
    expect(recordMeetingDecision).toMatchObject({
      kind: 'DECISION',
      agendaItemId: item.id,
      report: { id: issued.id },
      meeting: { id: meeting.id },
      followUps: [{ title: { en: 'Draft the scheme' }, owner: { id: memberPerson.id } }],
    });
    // The same record as a board's decision on the report.
    const { report } = await app.ok(`query ($id: ID!) { report(id: $id) { review { id } } }`, {
      id: issued.id,
    });
    expect(report.review.map((entry: { id: string }) => entry.id)).toContain(
      recordMeetingDecision.id,
    );
    const audited = await app.dataSource.query(
      `SELECT entity_type FROM audit_entry WHERE entity_id = ANY($1) ORDER BY entity_type`,
      [[recordMeetingDecision.id, recordMeetingDecision.followUps[0].id]],
    );
    expect(audited.map((row: { entity_type: string }) => row.entity_type)).toEqual([
      'FollowUp',
      'ReviewEntry',
    ]);
  });

  it('a decision on a report shows in the report’s review and the follow-ups once the minutes are approved', async () => {
    const { forum, memberPerson, asChair, asMember } = await forumWithPeople();
    const issued = await fixtures.report(ReportState.ISSUED);
    const meeting = await fixtures.meeting(forum, '2025-11-12T10:00:00Z');
    await app.ok(ADD_ITEM, {
      input: {
        meetingId: meeting.id,
        expectedVersion: 1,
        title: { en: 'Report' },
        reportId: issued.id,
      },
    });
    const held = (await app.ok(HELD, { input: { id: meeting.id, expectedVersion: 2 } }))
      .markMeetingHeld;
    const { recordMeetingDecision } = await app.ok(DECIDE, {
      input: {
        meetingId: meeting.id,
        reportId: issued.id,
        kind: 'DECISION',
        text: { en: 'Publish the plan.' },
        commitments: [
          { title: { en: 'Publish' }, ownerId: memberPerson.id, dueDate: '2026-01-31' },
        ],
      },
    });
    const REVIEW = `query ($id: ID!) { report(id: $id) { review { id } } followUps { id } }`;
    const seen = async (client: Client) => {
      const data = await client.ok(REVIEW, { id: issued.id });
      return {
        entry: data.report.review.some((e: { id: string }) => e.id === recordMeetingDecision.id),
        followUp: data.followUps.some(
          (f: { id: string }) => f.id === recordMeetingDecision.followUps[0].id,
        ),
      };
    };
    expect(await seen(viewer)).toEqual({ entry: false, followUp: false });
    expect(await seen(app)).toEqual({ entry: true, followUp: true });
    // The forum's members see its draft minutes, on the report too (Meeting.minutesVisible).
    expect(await seen(asMember)).toEqual({ entry: true, followUp: true });
    await asChair.ok(APPROVE, { input: { id: meeting.id, expectedVersion: held.version } });
    expect(await seen(viewer)).toEqual({ entry: true, followUp: true });
  });

  it('open commitments carry to each next meeting of the same forum until completed', async () => {
    const { forum, memberPerson, asMember } = await forumWithPeople();
    const otherForum = await fixtures.forum();
    const first = await fixtures.meeting(forum, '2025-09-10T10:00:00Z', MeetingState.HELD);
    const second = await fixtures.meeting(forum, '2025-10-10T10:00:00Z', MeetingState.HELD);
    const third = await fixtures.meeting(forum, '2025-12-10T10:00:00Z');
    const elsewhere = await fixtures.meeting(otherForum, '2025-12-10T10:00:00Z');
    const { recordMeetingDecision } = await app.ok(DECIDE, {
      input: {
        meetingId: first.id,
        kind: 'DECISION',
        text: { en: 'Review the rota.' },
        commitments: [
          { title: { en: 'Rota review' }, ownerId: memberPerson.id, dueDate: '2025-11-30' },
        ],
      },
    });
    const carried = async (id: string) =>
      (await app.ok(MEETING, { id })).meeting.carriedCommitments.map(
        (c: { title: { en: string } }) => c.title.en,
      );
    expect(await carried(first.id)).toEqual([]);
    expect(await carried(second.id)).toEqual(['Rota review']);
    expect(await carried(third.id)).toEqual(['Rota review']);
    expect(await carried(elsewhere.id)).toEqual([]);
    // A viewer sees them only once the minutes that set them are approved.
    expect((await viewer.ok(MEETING, { id: third.id })).meeting.carriedCommitments).toEqual([]);

    const [followUp] = recordMeetingDecision.followUps;
    await asMember.ok(COMPLETE, {
      input: { id: followUp.id, expectedVersion: followUp.version, completedOn: '2025-11-14' },
    });
    expect(await carried(third.id)).toEqual([]);
    expect(await app.dataSource.getRepository(FollowUp).countBy({ id: followUp.id })).toBe(1);
  });

  it('every change is audited', async () => {
    const forum = await fixtures.forum();
    const { scheduleMeeting } = await schedule(forum, {
      onlineLink: 'https://meet.example.wales/x',
    });
    await app.ok(
      `mutation ($input: MeetingsVersionInput!) { cancelMeeting(input: $input) { state } }`,
      { input: { id: scheduleMeeting.id, expectedVersion: scheduleMeeting.version } },
    );
    const rows = await app.dataSource.query(
      `SELECT action FROM audit_entry WHERE entity_type = 'Meeting' AND entity_id = $1
       ORDER BY occurred_at`,
      [scheduleMeeting.id],
    );
    expect(rows.map((row: { action: string }) => row.action)).toEqual(['CREATE', 'UPDATE']);
  });

  it('records attendance only for seats on the forum', async () => {
    const { forum } = await forumWithPeople();
    const other = await fixtures.forum();
    const stranger: ForumMember = await fixtures.forumMember(other);
    const meeting = await heldMeeting(forum);
    const result = await app.gql(ATTENDANCE, {
      input: {
        meetingId: meeting.id,
        entries: [{ memberId: stranger.id, status: AttendanceStatus.PRESENT }],
      },
    });
    expect(errorOf(result)).toMatchObject({ field: 'entries.0.memberId' });
  });
});
