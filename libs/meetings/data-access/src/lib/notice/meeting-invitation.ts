import { createEvent } from 'ics';

import type { BilingualText, Label } from '@cynnydd/shared/domain';

export interface InvitationPerson {
  name: string;
  email: string;
}

export interface MeetingInvitation {
  meetingId: string;
  /** How many notices went before this one: calendars keep the highest. */
  sequence: number;
  title: BilingualText;
  description: Label;
  startsAt: Date;
  endsAt: Date;
  location: string;
  onlineLink: string | null;
  organiser: InvitationPerson;
  attendees: InvitationPerson[];
  cancelled?: boolean;
}

/** The same UID for every notice of a meeting, so a calendar updates its entry, not adds one. */
export function invitationUid(meetingId: string): string {
  return `meeting-${meetingId}@cynnydd`;
}

/** Welsh first, then English, as in the bodies' bilingual correspondence. */
export function bothLanguages(text: Partial<BilingualText>, separator = ' / '): string {
  const sides = [text.cy, text.en].filter((side): side is string => Boolean(side?.trim()));
  return [...new Set(sides)].join(separator);
}

/** The iTIP method (RFC 5546) of an invitation: a request, or its cancellation. */
export function invitationMethod(invitation: Pick<MeetingInvitation, 'cancelled'>) {
  return invitation.cancelled ? 'CANCEL' : 'REQUEST';
}

/**
 * An iCalendar invitation (RFC 5546) for the meeting's members: METHOD:REQUEST, or METHOD:CANCEL
 * with STATUS:CANCELLED once the meeting is cancelled, which removes it from their calendars.
 */
export function meetingInvitation(invitation: MeetingInvitation): string {
  const { error, value } = createEvent({
    productId: 'cynnydd',
    method: invitationMethod(invitation),
    uid: invitationUid(invitation.meetingId),
    sequence: invitation.sequence,
    title: bothLanguages(invitation.title),
    description: bothLanguages(invitation.description, '\n\n'),
    start: invitation.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: invitation.endsAt.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    ...(invitation.location ? { location: invitation.location } : {}),
    ...(invitation.onlineLink ? { url: invitation.onlineLink } : {}),
    status: invitation.cancelled ? 'CANCELLED' : 'CONFIRMED',
    organizer: invitation.organiser,
    attendees: invitation.attendees.map((attendee) => ({
      ...attendee,
      rsvp: true,
      partstat: 'NEEDS-ACTION',
      role: 'REQ-PARTICIPANT',
    })),
  });
  if (error || !value) throw error ?? new Error('The calendar invitation could not be written');
  return value;
}

/** "Cynnydd <cynnydd@heiw.example.wales>" → its name and address. */
export function parseMailbox(mailbox: string): InvitationPerson {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(mailbox);
  return match
    ? { name: match[1] || match[2], email: match[2] }
    : { name: mailbox.trim(), email: mailbox.trim() };
}
