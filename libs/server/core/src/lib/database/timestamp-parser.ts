import { types } from 'pg';

/** `pg`'s own parser (postgres-date), taken before `buildDataSourceOptions` replaces it. */
const parseAnyTimestamptz = types.getTypeParser(types.builtins.TIMESTAMPTZ, 'text') as (
  text: string,
) => Date | number;

const DIGIT_0 = 48;
const SUFFIX_UTC = '+00';

/** The number written in `text` from `start` to `end` (digits only, as PostgreSQL writes them). */
function digits(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) value = value * 10 + text.charCodeAt(i) - DIGIT_0;
  return value;
}

/**
 * A timestamptz as PostgreSQL writes it in UTC, "2026-12-01 21:50:06.123456+00" (the fraction
 * without trailing zeros, or none), read by position; anything else (another time zone, years
 * before 1000 or after 9999, BC, infinity) goes to `pg`'s own parser. Why: it runs three regular
 * expressions per value, and the overview reads some 1,500 timestamps (5 % of its CPU,
 * docs/performance.md). Microseconds are dropped, as a Date holds milliseconds.
 */
export function parseTimestamptz(text: string): Date | number {
  const length = text.length;
  const fractionDigits = length - 23;
  if (
    !text.endsWith(SUFFIX_UTC) ||
    text[4] !== '-' ||
    text[10] !== ' ' ||
    !(length === 22 || (fractionDigits >= 1 && fractionDigits <= 6 && text[19] === '.')) ||
    text.charCodeAt(0) === DIGIT_0
  )
    return parseAnyTimestamptz(text);
  const millisecond =
    fractionDigits > 0
      ? digits(text, 20, 20 + Math.min(fractionDigits, 3)) * 10 ** Math.max(0, 3 - fractionDigits)
      : 0;
  return new Date(
    Date.UTC(
      digits(text, 0, 4),
      digits(text, 5, 7) - 1,
      digits(text, 8, 10),
      digits(text, 11, 13),
      digits(text, 14, 16),
      digits(text, 17, 19),
      millisecond,
    ),
  );
}
