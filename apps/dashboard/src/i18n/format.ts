import { TZDate } from '@date-fns/tz';
import { format, type Locale } from 'date-fns';
import { cy, enGB } from 'date-fns/locale';

import type { Language } from '@cynnydd/shared/domain';

/**
 * Dates and numbers in Welsh and British English, the same in every browser. Dates come from
 * date-fns's own locale data, not the browser's: Chromium's ICU has no Welsh, so `Intl` with
 * `cy` prints American English ("June 1, 2025").
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

const WALES = 'Europe/London';

/**
 * Welsh writes numbers as British English does (CLDR `cy`: "." for decimals, "," between
 * thousands), so both use `en-GB`, which every browser's ICU carries (and its fallback `en`
 * groups the same way). Built once: constructing a formatter is not free.
 */
const NUMBERS = new Intl.NumberFormat('en-GB');

/**
 * "1,234.5" in both languages. Percentages are this number and a "%" straight after it in both
 * (the messages' `percent` strings), as CLDR has them for `cy` and `en-GB`.
 */
export function formatNumber(value: number, _language: Language): string {
  return NUMBERS.format(value);
}

/** Formats an ISO calendar date ("2026-03-31") as "31 March 2026" / "31 Mawrth 2026". */
export function formatDate(isoDate: string, language: Language): string {
  const [year, month, day] = isoDate.split('-').map(Number);
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
  return format(new TZDate(isoDateTime, WALES), dateTime, { locale });
}

/** A moment's time of day in Wales, on the 24-hour clock: "17:40". */
export function formatTime(isoDateTime: string): string {
  return format(new TZDate(isoDateTime, WALES), 'HH:mm');
}

/** A moment's calendar date in Wales, as "2026-12-15". */
export function walesDay(isoDateTime: string): string {
  return format(new TZDate(isoDateTime, WALES), 'yyyy-MM-dd');
}

/** A calendar date and a time of day in Wales ("2026-12-15", "10:00") as an ISO moment. */
export function walesMoment(isoDate: string, time: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const [hours, minutes] = time.split(':').map(Number);
  // In UTC ("…Z"), as the API's DateTime is sent; TZDate's own form keeps the offset.
  return new Date(+new TZDate(year, month - 1, day, hours, minutes, WALES)).toISOString();
}

/** Today's calendar date in Wales, as "2026-11-20". */
export function todayInWales(now: Date = new Date()): string {
  return format(new TZDate(now, WALES), 'yyyy-MM-dd');
}
