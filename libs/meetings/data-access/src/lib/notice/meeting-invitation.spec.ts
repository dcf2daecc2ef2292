import ICAL from 'ical.js';

import {
  bothLanguages,
  invitationUid,
  meetingInvitation,
  parseMailbox,
  type MeetingInvitation,
} from './meeting-invitation';

const invitation: MeetingInvitation = {
  meetingId: '6f1c7d52-4a3e-4a55-9a36-6a1d2f0b9c11',
  sequence: 3,
  title: { en: 'Joint board', cy: 'Cyd-fwrdd' },
  description: { en: 'You are invited.', cy: 'Fe’ch gwahoddir.' },
  startsAt: new Date('2026-01-20T10:00:00Z'),
  endsAt: new Date('2026-01-20T12:30:00Z'),
  location: 'Ty Dysgu, Nantgarw',
  onlineLink: 'https://meet.example.wales/board',
  organiser: { name: 'Cynnydd', email: 'cynnydd@heiw.example.wales' },
  attendees: [
    { name: 'Siân Roberts', email: 'sian@example.wales' },
    { name: 'Owain Jones', email: 'owain@example.wales' },
  ],
};

describe('meeting invitation', () => {
  it('is a METHOD:REQUEST event with a stable UID, the SEQUENCE given, organiser and attendees', () => {
    const calendar = new ICAL.Component(ICAL.parse(meetingInvitation(invitation)));
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    const event = calendar.getFirstSubcomponent('vevent') as ICAL.Component;
    expect(event.getFirstPropertyValue('uid')).toBe(invitationUid(invitation.meetingId));
    expect(event.getFirstPropertyValue('sequence')).toBe(3);
    expect(event.getFirstPropertyValue('summary')).toBe('Cyd-fwrdd / Joint board');
    expect(event.getFirstPropertyValue('location')).toBe('Ty Dysgu, Nantgarw');
    const end = event.getFirstPropertyValue('dtend') as ICAL.Time;
    expect(end.toJSDate().toISOString()).toBe('2026-01-20T12:30:00.000Z');
    expect(
      event.getAllProperties('attendee').map((attendee) => String(attendee.getFirstValue())),
    ).toEqual(['mailto:sian@example.wales', 'mailto:owain@example.wales']);
  });

  it('cancels the same event as METHOD:CANCEL with STATUS:CANCELLED', () => {
    const calendar = new ICAL.Component(
      ICAL.parse(meetingInvitation({ ...invitation, sequence: 4, cancelled: true })),
    );
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    const event = calendar.getFirstSubcomponent('vevent') as ICAL.Component;
    expect(event.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.getFirstPropertyValue('uid')).toBe(invitationUid(invitation.meetingId));
    expect(event.getFirstPropertyValue('sequence')).toBe(4);
  });

  it('writes both languages Welsh first, once when they are the same', () => {
    expect(bothLanguages({ en: 'Board', cy: 'Bwrdd' })).toBe('Bwrdd / Board');
    expect(bothLanguages({ en: 'Cynnydd', cy: 'Cynnydd' })).toBe('Cynnydd');
    expect(bothLanguages({ en: 'Board', cy: null })).toBe('Board');
  });

  it('reads the sender mailbox', () => {
    expect(parseMailbox('Cynnydd <cynnydd@heiw.example.wales>')).toEqual({
      name: 'Cynnydd',
      email: 'cynnydd@heiw.example.wales',
    });
    expect(parseMailbox('cynnydd@heiw.example.wales')).toEqual({
      name: 'cynnydd@heiw.example.wales',
      email: 'cynnydd@heiw.example.wales',
    });
  });
});
