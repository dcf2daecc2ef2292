import { TZDate } from '@date-fns/tz';
import { format, type Locale } from 'date-fns';
import { cy, enGB } from 'date-fns/locale';

import type { Language } from './language';

/**
 * Dates in Welsh and British English, the same in the dashboard, the public pages and every
 * browser. They come from date-fns's own locale data, not the runtime's: Chromium's ICU has no
 * Welsh, so `Intl` with `cy` prints American English ("June 1, 2025").
 */
interface DateStyle {
  locale: Locale;
  date: string;
  dateTime: string;
}

const DATE_STYLES: Record<Language, DateStyle> = {
  en: { locale: enGB, date: 'd MMMM yyyy', dateTime: "d MMMM yyyy 'at' HH:mm" },
  cy: { locale: cy, date: 'd MMMM yyyy', dateTime: "d MMMM yyyy 'am' HH:mm" },
};

export const WALES_TIME_ZONE = 'Europe/London';

/** Formats an ISO calendar date ("2026-03-31") as "31 March 2026" / "31 Mawrth 2026". */
export function formatDate(isoDate: string, language: Language): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  // A calendar date has no time zone: built from its parts it never shifts a day.
  const { locale, date } = DATE_STYLES[language];
  return format(new Date(year, month - 1, day), date, { locale });
}

/**
 * Formats a moment ("2026-12-03T17:40:00Z") as its date and time in Wales, on the 24-hour
 * clock: "3 December 2026 at 17:40" / "3 Rhagfyr 2026 am 17:40".
 */
export function formatDateTime(isoDateTime: string, language: Language): string {
  const { locale, dateTime } = DATE_STYLES[language];
  return format(new TZDate(isoDateTime, WALES_TIME_ZONE), dateTime, { locale });
}
