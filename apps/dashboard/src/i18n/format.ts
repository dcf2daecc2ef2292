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
