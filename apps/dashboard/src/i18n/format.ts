import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

import { WALES_TIME_ZONE as WALES, type Language } from '@cynnydd/shared/domain';

/**
 * Dates and numbers in Welsh and British English, the same in every browser: dates from
 * date-fns's own locale data (shared with the public pages), not the browser's `Intl`.
 */
export { formatDate, formatDateTime } from '@cynnydd/shared/domain';

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
