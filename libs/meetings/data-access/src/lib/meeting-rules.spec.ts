import { QueryFailedError } from 'typeorm';

import { AttendanceStatus, MeetingState, Role, type Actor } from '@cynnydd/shared/domain';

import {
  assertOpen,
  assertPlaceAndTime,
  deputyProblem,
  frozenError,
  maySeeDrafts,
  moveTo,
} from './meeting-rules';

const actor = (role: Role, personId: string | null = 'p1'): Actor => ({
  userId: 'u1',
  email: 'someone@example.wales',
  role,
  personId,
});

describe('meeting rules', () => {
  it('asks for a deputy exactly when a member was represented', () => {
    expect(deputyProblem(AttendanceStatus.REPRESENTED, 'Ann')).toBeNull();
    expect(deputyProblem(AttendanceStatus.REPRESENTED, '  ')).toMatch(/name the deputy/);
    expect(deputyProblem(AttendanceStatus.PRESENT, 'Ann')).toMatch(/only when/);
    expect(deputyProblem(AttendanceStatus.ABSENT, null)).toBeNull();
  });

  it('shows drafts to the programme office and the forum’s members only', () => {
    expect(maySeeDrafts(actor(Role.PROGRAMME_OFFICE, null), [])).toBe(true);
    expect(maySeeDrafts(actor(Role.VIEWER), ['p1'])).toBe(true);
    expect(maySeeDrafts(actor(Role.BOARD_MEMBER), ['p2'])).toBe(false);
    expect(maySeeDrafts(actor(Role.VIEWER, null), ['p1'])).toBe(false);
  });

  it('refuses changes to approved or cancelled meetings', () => {
    expect(() => assertOpen(MeetingState.MINUTES_APPROVED)).toThrow(/approved/);
    expect(() => assertOpen(MeetingState.CANCELLED)).toThrow(/cancelled/);
    expect(() => assertOpen(MeetingState.HELD)).not.toThrow();
  });

  it('needs a place and an end after the start', () => {
    const startsAt = new Date('2025-12-01T10:00:00Z');
    const endsAt = new Date('2025-12-01T11:00:00Z');
    expect(() =>
      assertPlaceAndTime({ startsAt, endsAt, onlineLink: 'https://x.example' }),
    ).not.toThrow();
    expect(() => assertPlaceAndTime({ startsAt, endsAt, location: ' ' })).toThrow(/location/);
    expect(() =>
      assertPlaceAndTime({ startsAt: endsAt, endsAt: startsAt, location: 'Cardiff' }),
    ).toThrow(/after/);
  });

  it('moves an item and keeps the others in order', () => {
    expect(moveTo(['a', 'b', 'c', 'd'], 'd', 2)).toEqual(['a', 'd', 'b', 'c']);
    expect(moveTo(['a', 'b', 'c'], 'a', 3)).toEqual(['b', 'c', 'a']);
    expect(moveTo(['a', 'b', 'c'], 'b', 9)).toEqual(['a', 'c', 'b']);
  });

  it('turns the freeze trigger’s refusal into a CONFLICT, and nothing else', () => {
    const refusal = (code: string, message: string) =>
      new QueryFailedError('UPDATE', [], Object.assign(new Error(message), { code }));
    const frozen = frozenError(
      refusal('42501', 'approved minutes are frozen: UPDATE on agenda_item refused'),
    );
    expect(frozen?.extensions).toMatchObject({ code: 'CONFLICT', field: 'meetingId' });
    expect(frozenError(refusal('42501', 'status updates are append-only'))).toBeNull();
    expect(frozenError(new Error('approved minutes'))).toBeNull();
  });
});
