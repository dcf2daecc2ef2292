import ICAL from 'ical.js';
import type { ParsedMail } from 'mailparser';

import type { Person } from '@cynnydd/directory/data-access';
import { EmailStatus, Notification } from '@cynnydd/notifications/data-access';
import { FollowUp } from '@cynnydd/reports/data-access';
import {
  AttendanceStatus,
  MeetingState,
  NotificationKind,
  ReviewEntryKind,
  Role,
} from '@cynnydd/shared/domain';
import { readWordDocument, SmtpReceiver } from '@cynnydd/shared/testing';

import { Fixtures } from './support/fixtures';
import { errorOf, startTestApp, type Client, type TestApp } from './support/test-app';

const NOTICE = `mutation ($meetingId: ID!) {
  sendMeetingNotice(meetingId: $meetingId) { id noticeSequence noticeSentAt }
}`;
const CANCEL = `mutation ($input: MeetingsVersionInput!) {
  cancelMeeting(input: $input) { id state noticeSequence }
}`;
const BRIEFING = `mutation ($meetingId: ID!) { sendBriefingNote(meetingId: $meetingId) }`;

/** The calendar part of an e-mail, parsed. */
function calendarOf(mail: ParsedMail) {
  const part = mail.attachments.find((attachment) =>
    attachment.contentType.startsWith('text/calendar'),
  );
  if (!part) throw new Error('no calendar in the e-mail');
  const calendar = new ICAL.Component(ICAL.parse(part.content.toString('utf8')));
  const event = calendar.getFirstSubcomponent('vevent');
  if (!event) throw new Error('no event in the calendar');
  return { calendar, event };
}

/** Today is 2025-11-15. */
describe('meeting notices and briefing notes, e-mailed to a real SMTP server', () => {
  const smtp = new SmtpReceiver();
  let app: TestApp;
  let fixtures: Fixtures;

  beforeAll(async () => {
    app = await startTestApp({ smtpUrl: await smtp.start() });
    fixtures = new Fixtures(app.dataSource);
  });
  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  async function forumOfThree() {
    const forum = await fixtures.forum();
    const people: Person[] = [];
    const seats = [];
    for (const isChair of [true, false, false]) {
      const person = await fixtures.person();
      people.push(person);
      seats.push(await fixtures.forumMember(forum, { person, isChair }));
    }
    return { forum, people, seats };
  }

  it('sends every current member a bilingual notice with a calendar invitation that updates on resending', async () => {
    const { forum, people, seats } = await forumOfThree();
    // Someone who has left is not told.
    const left = await fixtures.person();
    const leftSeat = await fixtures.forumMember(forum, { person: left });
    await app.dataSource.query(`UPDATE forum_member SET left_on = '2025-06-30' WHERE id = $1`, [
      leftSeat.id,
    ]);
    const meeting = await fixtures.meeting(forum, '2025-12-01T10:00:00Z');
    await app.dataSource.query(`UPDATE meeting SET online_link = $2 WHERE id = $1`, [
      meeting.id,
      'https://meet.example.wales/joint-board',
    ]);

    const first = (await app.ok(NOTICE, { meetingId: meeting.id })).sendMeetingNotice;
    expect(first.noticeSequence).toBe(1);
    expect(first.noticeSentAt).toBeTruthy();
    const [mail] = await smtp.to(people[1].email);
    expect(mail.subject).toMatch(/^Hysbysiad cyfarfod: .+ \| Meeting notice: /);
    expect(mail.text?.indexOf('Fe’ch gwahoddir')).toBeLessThan(
      mail.text?.indexOf('You are invited') ?? -1,
    );

    const { calendar, event } = calendarOf(mail);
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    const uid = event.getFirstPropertyValue('uid');
    expect(uid).toBe(`meeting-${meeting.id}@cynnydd`);
    expect(event.getFirstPropertyValue('sequence')).toBe(1);
    expect(String(event.getFirstPropertyValue('organizer'))).toMatch(
      /mailto:cynnydd@test\.example\.wales/i,
    );
    const attendees = event
      .getAllProperties('attendee')
      .map((property) => String(property.getFirstValue()).replace(/^mailto:/i, ''));
    expect(attendees.sort()).toEqual(people.map((person) => person.email).sort());
    const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(start.toJSDate().toISOString()).toBe('2025-12-01T10:00:00.000Z');
    expect(event.getFirstPropertyValue('url')).toBe('https://meet.example.wales/joint-board');

    // Delivery is done when the mutation answers: nothing more is on its way.
    expect(await smtp.to(left.email, 0)).toHaveLength(0);
    const notices = await app.dataSource.getRepository(Notification).findBy({
      kind: NotificationKind.MEETING_NOTICE,
      link: `/meetings/${meeting.id}`,
    });
    expect(notices).toHaveLength(3);
    expect(notices.every((notice) => notice.emailStatus === EmailStatus.SENT)).toBe(true);
    expect(seats).toHaveLength(3);

    // Sent again after a change: same UID, higher SEQUENCE.
    const second = (await app.ok(NOTICE, { meetingId: meeting.id })).sendMeetingNotice;
    expect(second.noticeSequence).toBe(2);
    const mails = await smtp.to(people[2].email, 2);
    const again = calendarOf(mails[1]).event;
    expect(again.getFirstPropertyValue('uid')).toBe(uid);
    expect(again.getFirstPropertyValue('sequence')).toBe(2);
  });

  it('cancelling a meeting whose notice went out tells the members and cancels the calendar entry', async () => {
    const { forum, people } = await forumOfThree();
    const meeting = await fixtures.meeting(forum, '2025-12-03T10:00:00Z');
    const noticed = (await app.ok(NOTICE, { meetingId: meeting.id })).sendMeetingNotice;
    const version = (await app.ok(`{ meeting(id: "${meeting.id}") { version } }`)).meeting.version;
    const { cancelMeeting } = await app.ok(CANCEL, {
      input: { id: meeting.id, expectedVersion: version },
    });
    expect(cancelMeeting).toMatchObject({ state: 'CANCELLED', noticeSequence: 2 });

    const [invited, cancelled] = await smtp.to(people[1].email, 2);
    expect(cancelled.subject).toMatch(/^Cyfarfod wedi’i ganslo: .+ \| Meeting cancelled: /);
    expect(cancelled.text).toContain('has been cancelled');
    const { calendar, event } = calendarOf(cancelled);
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(event.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.getFirstPropertyValue('uid')).toBe(
      calendarOf(invited).event.getFirstPropertyValue('uid'),
    );
    expect(event.getFirstPropertyValue('sequence')).toBeGreaterThan(noticed.noticeSequence);
    const told = await app.dataSource.getRepository(Notification).findBy({
      kind: NotificationKind.MEETING_NOTICE,
      link: `/meetings/${meeting.id}`,
    });
    expect(told).toHaveLength(6);
  });

  it('cancelling a meeting of which no notice went out tells no one', async () => {
    const { forum, people } = await forumOfThree();
    const meeting = await fixtures.meeting(forum, '2025-12-04T10:00:00Z');
    const { cancelMeeting } = await app.ok(CANCEL, {
      input: { id: meeting.id, expectedVersion: meeting.version },
    });
    expect(cancelMeeting).toMatchObject({ state: 'CANCELLED', noticeSequence: 0 });
    expect(await smtp.to(people[0].email, 0)).toHaveLength(0);
    expect(
      await app.dataSource.getRepository(Notification).countBy({ link: `/meetings/${meeting.id}` }),
    ).toBe(0);
  });

  it('is the programme office’s to send', async () => {
    const { forum, people } = await forumOfThree();
    const meeting = await fixtures.meeting(forum, '2025-12-02T10:00:00Z');
    const chair: Client = await app.signedIn(Role.BOARD_MEMBER, people[0]);
    expect(errorOf(await chair.gql(NOTICE, { meetingId: meeting.id })).code).toBe('FORBIDDEN');
  });

  it('sends the briefing note to members who were not there, and serves it to download', async () => {
    const { forum, people, seats } = await forumOfThree();
    const meeting = await fixtures.meeting(forum, '2025-11-10T10:00:00Z', MeetingState.HELD);
    await fixtures.attendance(meeting, seats[0], AttendanceStatus.PRESENT);
    await fixtures.attendance(meeting, seats[1], AttendanceStatus.REPRESENTED, 'Dr Deio Dirprwy');
    // The third recorded nothing: absent.
    const entry = await app.dataSource.query(
      `INSERT INTO review_entry (meeting_id, kind, text_en, text_cy, author_user_id, author_name)
       VALUES ($1, $2, 'Fund the bursary scheme.', 'Ariannu’r cynllun bwrsariaeth.', $3, 'Secretariat')
       RETURNING id`,
      [meeting.id, ReviewEntryKind.DECISION, app.actor.user.id],
    );
    await app.dataSource.getRepository(FollowUp).save({
      decisionId: entry[0].id,
      title: { en: 'Draft the scheme', cy: 'Drafftio’r cynllun' },
      ownerId: people[1].id,
      dueDate: '2025-12-31',
    });

    expect((await app.ok(BRIEFING, { meetingId: meeting.id })).sendBriefingNote).toBe(2);
    expect(await smtp.to(people[0].email, 0)).toHaveLength(0);
    const [mail] = await smtp.to(people[2].email);
    expect(mail.subject).toMatch(/^Nodyn briffio: .+ \| Briefing note: /);
    const note = mail.attachments.find((attachment) => attachment.filename?.endsWith('.docx'));
    const both = (await readWordDocument(note?.content as Buffer)).text;
    expect(both).toContain('Ariannu’r cynllun bwrsariaeth.');
    expect(both).toContain('Fund the bursary scheme.');
    expect(both).toContain(`Draft the scheme: Owner ${people[1].name}, due 31 December 2025`);
    expect(both).toContain('Dr Deio Dirprwy');
    expect(both).toMatch(/Yn absennol|Absent/);

    const response = await fetch(`${app.url}/meetings/${meeting.id}/briefing.docx?language=cy`, {
      headers: { cookie: app.cookie as string },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="cynnydd-briefing-note-2025-11-10-cy.docx"',
    );
    const welsh = (await readWordDocument(Buffer.from(await response.arrayBuffer()))).text;
    expect(welsh).toContain('Nodyn briffio');
    expect(welsh).toContain('Drafftio’r cynllun');
    expect(welsh).not.toContain('Fund the bursary scheme.');

    // A viewer who is not on the forum waits for the approved minutes.
    const viewer = await app.signedIn(Role.VIEWER, await fixtures.person());
    const refused = await fetch(`${app.url}/meetings/${meeting.id}/briefing.docx`, {
      headers: { cookie: viewer.cookie as string },
    });
    expect(refused.status).toBe(403);
  });
});
