import { TZDate } from '@date-fns/tz';
import { addDays, format } from 'date-fns';
import { useSearchParams } from 'react-router';

import type { AuditAction, AuditLogFilter } from '../../../gql/graphql';

export const AUDIT_ACTIONS: readonly AuditAction[] = ['CREATE', 'UPDATE', 'STATE_CHANGE', 'DELETE'];

/** The audit log's filters as the address holds them: calendar dates, not moments. */
export interface AuditFilters {
  actor: string | null;
  type: string | null;
  action: AuditAction | null;
  from: string | null;
  to: string | null;
}

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Midnight in Wales at the start of a calendar date, whatever the browser's time zone. */
function startOfDayInWales(isoDate: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number);
  // A plain Date: TZDate's toISOString writes the zone's offset, the API wants UTC.
  return new Date(new TZDate(year, month - 1, day, 'Europe/London').getTime());
}

function nextDay(isoDate: string): string {
  return format(addDays(new Date(`${isoDate}T12:00:00`), 1), 'yyyy-MM-dd');
}

/**
 * The API's filter for the chosen days: from the start of "from" to the end of "to" (both
 * inclusive), in UK time.
 */
export function toAuditLogFilter(filters: AuditFilters): AuditLogFilter {
  return {
    actorUserId: filters.actor,
    entityType: filters.type,
    action: filters.action,
    from: filters.from ? startOfDayInWales(filters.from).toISOString() : null,
    to: filters.to ? startOfDayInWales(nextDay(filters.to)).toISOString() : null,
  };
}

/** The same filter as query parameters, for the CSV download. */
export function exportParameters(filters: AuditFilters, language: string): string {
  const filter = toAuditLogFilter(filters);
  const params = new URLSearchParams({ language });
  for (const [name, value] of Object.entries(filter)) {
    if (value) params.set(name, String(value));
  }
  return params.toString();
}

/** Filters kept in the address, so a reload or a shared link shows the same entries. */
export function useAuditFilters() {
  const [params, setParams] = useSearchParams();
  const date = (name: string) => {
    const value = params.get(name);
    return value && CALENDAR_DATE.test(value) ? value : null;
  };
  const action = params.get('action');
  const filters: AuditFilters = {
    actor: params.get('actor'),
    type: params.get('type'),
    action: AUDIT_ACTIONS.includes(action as AuditAction) ? (action as AuditAction) : null,
    from: date('from'),
    to: date('to'),
  };
  function apply(next: AuditFilters) {
    const entries = Object.entries(next).filter((entry): entry is [string, string] => !!entry[1]);
    setParams(new URLSearchParams(entries));
  }
  return { filters, apply };
}
