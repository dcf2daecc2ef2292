import { QueryFailedError } from 'typeorm';

import { badUserInput, conflict, type DomainError } from '@cynnydd/server/core';
import {
  AttendanceStatus,
  hasPermission,
  MeetingState,
  Permission,
  type Actor,
} from '@cynnydd/shared/domain';

/** The rules of meetings that need no database: kept pure so they are unit-tested alone. */

export const FROZEN_MESSAGE =
  'The minutes of this meeting are approved: the meeting, its agenda, attendance and decisions can no longer change';

/** Programme office: schedules meetings, keeps attendance and minutes. */
export function canManageMeetings(actor: Actor): boolean {
  return hasPermission(actor.role, Permission.MANAGE_MEETINGS);
}

/**
 * Draft minutes, decisions and attendance are the forum's working papers: the programme office and
 * the forum's members see them; everyone else sees them once a chair has approved the minutes.
 */
export function maySeeDrafts(actor: Actor, memberPersonIds: readonly string[]): boolean {
  return (
    canManageMeetings(actor) ||
    (actor.personId !== null && memberPersonIds.includes(actor.personId))
  );
}

/** Refuses any change to an approved (frozen) or cancelled meeting. */
export function assertOpen(state: MeetingState, field = 'meetingId'): void {
  if (state === MeetingState.MINUTES_APPROVED) throw conflict(FROZEN_MESSAGE, { field });
  if (state === MeetingState.CANCELLED) {
    throw conflict('The meeting was cancelled', { field });
  }
}

/** A deputy is named exactly when the member was represented by one. */
export function deputyProblem(
  status: AttendanceStatus,
  deputyName: string | null | undefined,
): string | null {
  const named = Boolean(deputyName?.trim());
  if (status === AttendanceStatus.REPRESENTED && !named) {
    return 'name the deputy who represented the member';
  }
  if (status !== AttendanceStatus.REPRESENTED && named) {
    return 'a deputy is named only when the member was REPRESENTED';
  }
  return null;
}

/** A meeting is somewhere: a room, an online link, or both; and ends after it starts. */
export function assertPlaceAndTime(meeting: {
  location?: string | null;
  onlineLink?: string | null;
  startsAt: Date;
  endsAt: Date;
}): void {
  if (!meeting.location?.trim() && !meeting.onlineLink) {
    throw badUserInput('location', 'give a location, an online link, or both');
  }
  if (meeting.endsAt <= meeting.startsAt) {
    throw badUserInput('endsAt', 'must be after startsAt');
  }
}

/** The freeze trigger's refusal (migration 1796600000000), as a CONFLICT rather than a 500. */
export function frozenError(error: unknown): DomainError | null {
  if (!(error instanceof QueryFailedError)) return null;
  const driverError = error.driverError as { code?: string; message?: string };
  return driverError.code === '42501' && driverError.message?.includes('approved minutes')
    ? conflict(FROZEN_MESSAGE, { field: 'meetingId' })
    : null;
}

/** `ids` in their new order with `id` moved to `position` (1-based, clamped to the list). */
export function moveTo<T>(ids: readonly T[], id: T, position: number): T[] {
  const rest = ids.filter((other) => other !== id);
  const index = Math.min(Math.max(position, 1), ids.length) - 1;
  return [...rest.slice(0, index), id, ...rest.slice(index)];
}
