import type { Language } from '@cynnydd/shared/domain';

const LOCALES: Record<Language, string> = { en: 'en-GB', cy: 'cy' };

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language]).format(value);
}

/** Formats an ISO calendar date ("2026-03-31") as "31 March 2026" / "31 Mawrth 2026". */
export function formatDate(isoDate: string, language: Language): string {
  // Calendar dates have no time zone: read and print them in UTC so the day never shifts.
  return new Intl.DateTimeFormat(LOCALES[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** Formats a moment ("2026-11-20T09:30:00Z") as its date and time in Wales, e.g. "20 November 2026, 09:30". */
export function formatDateTime(isoDateTime: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'Europe/London',
  }).format(new Date(isoDateTime));
}

/** Today's calendar date in Wales, as "2026-11-20". */
export function todayInWales(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
}
