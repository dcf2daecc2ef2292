import type { Organisation } from '@cynnydd/directory/data-access';
import { AgendaItem, type Forum, type ForumMember } from '@cynnydd/meetings/data-access';
import { FollowUp, ReviewEntry } from '@cynnydd/reports/data-access';
import {
  AttendanceStatus,
  MeetingState,
  ReportState,
  ReviewEntryKind,
  Role,
} from '@cynnydd/shared/domain';

import { Fixtures } from './support/fixtures';
import { errorOf, startTestApp, type Client, type TestApp } from './support/test-app';

const FIGURES = `figures { meetings present represented apologies absent attendanceRate deputies
  longestMissedRun flagged }`;
const AUDIT = `query ($forumId: ID, $organisationId: ID, $from: String!, $to: String!) {
  attendanceAudit(forumId: $forumId, organisationId: $organisationId, from: $from, to: $to) {
    forumId ${FIGURES}
    organisations { organisationId ${FIGURES} }
    members { memberId personName ${FIGURES} }
  }
}`;
const KEPT = `query ($forumId: ID, $from: String!, $to: String!) {
  commitmentsKept(forumId: $forumId, from: $from, to: $to) {
    forumId total doneOnTime doneLate open overdue
  }
}`;

const { PRESENT: P, REPRESENTED: R, APOLOGIES: AP, ABSENT: A } = AttendanceStatus;

/** Today is 2025-11-15. */
describe('meetings audit: attendance and commitments kept', () => {
  let app: TestApp;
  let fixtures: Fixtures;
  let viewer: Client;

  beforeAll(async () => {
    app = await startTestApp();
    fixtures = new Fixtures(app.dataSource);
    viewer = await app.signedIn(Role.VIEWER, await fixtures.person());
  });
  afterAll(() => app.close());

  /**
   * Five held meetings, September to November. Seat A (organisation X) came to all; seats B and
   * C both represent organisation Y: B sent deputy Dee once then missed three in a row.
   */
  async function history() {
    const forum = await fixtures.forum();
    const x = await fixtures.organisation();
    const y = await fixtures.organisation();
    const seatA = await fixtures.forumMember(forum, { representing: x, isChair: true });
    const seatB = await fixtures.forumMember(forum, { representing: y });
    const seatC = await fixtures.forumMember(forum, { representing: y });
    const days = ['2025-09-02', '2025-09-23', '2025-10-14', '2025-10-28', '2025-11-11'];
    const marks: [ForumMember, (AttendanceStatus | [AttendanceStatus, string] | null)[]][] = [
      [seatA, [P, P, P, P, P]],
      [seatB, [[R, 'Dee Deputy'], A, AP, A, P]],
      [seatC, [AP, P, null, [R, 'Eve Deputy'], P]],
    ];
    const meetings = [];
    for (const [index, day] of days.entries()) {
      const meeting = await fixtures.meeting(forum, `${day}T10:00:00Z`, MeetingState.HELD);
      meetings.push(meeting);
      for (const [seat, row] of marks) {
        const mark = row[index];
        if (!mark) continue;
        const [status, deputy] = Array.isArray(mark) ? mark : [mark, null];
        await fixtures.attendance(meeting, seat, status, deputy);
      }
    }
    // Neither counts: outside the span, and not held.
    await fixtures.meeting(forum, '2025-08-05T10:00:00Z', MeetingState.HELD);
    await fixtures.meeting(forum, '2025-11-14T10:00:00Z', MeetingState.CANCELLED);
    return { forum, x, y, seatA, seatB, seatC, meetings };
  }

  const span = (forum: Forum) => ({ forumId: forum.id, from: '2025-09-01', to: '2025-11-30' });

  it('gives rates, deputies and runs missed per forum, organisation and seat', async () => {
    const { forum, x, y, seatA, seatB, seatC } = await history();
    const [audit] = (await app.ok(AUDIT, span(forum))).attendanceAudit;
    expect(audit.forumId).toBe(forum.id);
    expect(audit.figures).toMatchObject({
      meetings: 5,
      present: 8,
      represented: 2,
      apologies: 2,
      absent: 3,
      longestMissedRun: 3,
      flagged: true,
    });
    expect(audit.figures.attendanceRate).toBeCloseTo(10 / 15);
    const seat = (member: ForumMember) =>
      audit.members.find((m: { memberId: string }) => m.memberId === member.id).figures;
    expect(seat(seatA)).toMatchObject({
      meetings: 5,
      present: 5,
      attendanceRate: 1,
      flagged: false,
    });
    expect(seat(seatB)).toMatchObject({
      present: 1,
      represented: 1,
      apologies: 1,
      absent: 2,
      attendanceRate: 0.4,
      deputies: ['Dee Deputy'],
      longestMissedRun: 3,
      flagged: true,
    });
    expect(seat(seatC)).toMatchObject({ absent: 1, attendanceRate: 0.6, longestMissedRun: 1 });

    const organisation = (org: Organisation) =>
      audit.organisations.find((o: { organisationId: string }) => o.organisationId === org.id)
        .figures;
    expect(organisation(x)).toMatchObject({ meetings: 5, attendanceRate: 1 });
    // Y was at the table whenever either of its seats was: only the third meeting was missed.
    expect(organisation(y)).toMatchObject({
      meetings: 5,
      present: 2,
      represented: 2,
      apologies: 1,
      absent: 0,
      attendanceRate: 0.8,
      deputies: ['Dee Deputy', 'Eve Deputy'],
      longestMissedRun: 1,
    });

    const onlyY = (await app.ok(AUDIT, { ...span(forum), organisationId: y.id }))
      .attendanceAudit[0];
    expect(onlyY.members).toHaveLength(2);
  });

  it('shows others only meetings whose minutes are approved', async () => {
    const { forum, meetings } = await history();
    expect((await viewer.ok(AUDIT, span(forum))).attendanceAudit).toEqual([]);
    await app.dataSource.query(`UPDATE meeting SET state = 'MINUTES_APPROVED' WHERE id = ANY($1)`, [
      meetings.slice(0, 2).map((meeting) => meeting.id),
    ]);
    const [audit] = (await viewer.ok(AUDIT, span(forum))).attendanceAudit;
    expect(audit.figures.meetings).toBe(2);
  });

  it('refuses a span that ends before it starts', async () => {
    const result = await app.gql(AUDIT, { from: '2025-11-01', to: '2025-10-01' });
    expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });

  it('counts commitments done on time, late, open and overdue per forum', async () => {
    const forum = await fixtures.forum();
    const owner = await fixtures.person();
    const meeting = await fixtures.meeting(forum, '2025-10-01T10:00:00Z', MeetingState.HELD);
    const decision = await app.dataSource.getRepository(ReviewEntry).save({
      meetingId: meeting.id,
      reportId: null,
      kind: ReviewEntryKind.DECISION,
      text: { en: 'Act.', cy: 'Gweithredu.' },
      authorUserId: app.actor.user.id,
      authorName: 'Secretariat',
    });
    const commitments: [string, string | null][] = [
      ['2025-10-31', '2025-10-30'],
      ['2025-10-31', '2025-11-03'],
      ['2025-12-31', null],
      ['2025-11-01', null],
      ['2025-11-10', null],
    ];
    await app.dataSource.getRepository(FollowUp).save(
      commitments.map(([dueDate, completedOn], index) => ({
        decisionId: decision.id,
        title: { en: `Commitment ${index}`, cy: null },
        ownerId: owner.id,
        dueDate,
        completedOn,
      })),
    );
    const [kept] = (await app.ok(KEPT, span(forum))).commitmentsKept;
    expect(kept).toEqual({
      forumId: forum.id,
      total: 5,
      doneOnTime: 1,
      doneLate: 1,
      open: 1,
      overdue: 2,
    });
  });

  it('reads a list of meetings with agendas, attendance and decisions in the same number of statements however many meetings', async () => {
    const LIST = `query ($forumId: ID) {
      meetings(forumId: $forumId) {
        id minutesVisible canApprove forum { name { en } }
        agenda { position minutes { en } report { id } actions { id } measures { id } risks { id } presenter { id } }
        attendance { status member { isChair person { name } representing { code } } }
        decisions { kind followUps { owner { name } } }
        carriedCommitments { id }
      }
    }`;
    async function forumWithMeetings(count: number) {
      const forum = await fixtures.forum();
      const seat = await fixtures.forumMember(forum);
      const report = await fixtures.report(ReportState.ISSUED);
      for (let n = 0; n < count; n++) {
        const meeting = await fixtures.meeting(
          forum,
          `2025-0${1 + (n % 9)}-1${n % 10}T10:00:00Z`,
          MeetingState.HELD,
        );
        await app.dataSource.getRepository(AgendaItem).save(
          [1, 2, 3].map((position) => ({
            meetingId: meeting.id,
            position,
            title: { en: `Item ${position}`, cy: null },
            minutes: { en: 'Minuted.', cy: null },
            reportId: position === 2 ? report.id : null,
          })),
        );
        await fixtures.attendance(meeting, seat, AttendanceStatus.PRESENT);
        const entry = await app.dataSource.getRepository(ReviewEntry).save({
          meetingId: meeting.id,
          reportId: null,
          kind: ReviewEntryKind.DECISION,
          text: { en: 'Agreed.', cy: null },
          authorUserId: app.actor.user.id,
          authorName: 'Secretariat',
        });
        await app.dataSource.getRepository(FollowUp).save({
          decisionId: entry.id,
          title: { en: 'Do it', cy: null },
          ownerId: seat.personId,
          dueDate: '2026-01-31',
        });
      }
      return forum;
    }
    const statementsFor = async (forum: Forum) => {
      const counts: number[] = [];
      let data: any;
      for (let run = 0; run < 3; run++) {
        app.statements.count = 0;
        data = await app.ok(LIST, { forumId: forum.id });
        counts.push(app.statements.count);
      }
      return { statements: Math.min(...counts), data };
    };
    const two = await statementsFor(await forumWithMeetings(2));
    const nine = await statementsFor(await forumWithMeetings(9));
    expect(two.data.meetings).toHaveLength(2);
    expect(nine.data.meetings).toHaveLength(9);
    expect(nine.statements).toBe(two.statements);
    expect(two.statements).toBeLessThanOrEqual(20);
  });
});
