import fc from 'fast-check';
import { types } from 'pg';

import { parseTimestamptz } from './timestamp-parser';

const parseWithPg = types.getTypeParser(types.builtins.TIMESTAMPTZ, 'text');

/** `date` as PostgreSQL writes a timestamptz in UTC, with `microseconds` past its millisecond. */
function asPostgresWrites(date: Date, microseconds: number): string {
  const [day, time] = date.toISOString().replace('Z', '').split('T');
  const [whole, milliseconds] = time.split('.');
  const fraction = `${milliseconds}${String(microseconds).padStart(3, '0')}`.replace(/0+$/, '');
  return `${day} ${whole}${fraction ? `.${fraction}` : ''}+00`;
}

describe('parseTimestamptz', () => {
  it('reads any UTC timestamp PostgreSQL writes, to the millisecond, as pg does', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1000-01-01T00:00:00Z'),
          max: new Date('9999-12-31T23:59:59Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: 0, max: 999 }),
        (date, microseconds) => {
          const text = asPostgresWrites(date, microseconds);
          const parsed = parseTimestamptz(text) as Date;
          expect(parsed.getTime()).toBe(date.getTime());
          expect(parsed.getTime()).toBe((parseWithPg(text) as Date).getTime());
        },
      ),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['2026-12-01 21:50:06+00', '2026-12-01T21:50:06.000Z'],
    ['2026-12-01 21:50:06.1+00', '2026-12-01T21:50:06.100Z'],
    ['2026-12-01 21:50:06.145+00', '2026-12-01T21:50:06.145Z'],
    ['2026-12-01 21:50:06.999999+00', '2026-12-01T21:50:06.999Z'],
  ])('reads %s', (text, iso) => {
    expect((parseTimestamptz(text) as Date).toISOString()).toBe(iso);
  });

  it.each([
    ['another time zone', '2026-07-01 10:00:00+01', '2026-07-01T09:00:00.000Z'],
    ['a zone with minutes', '2026-07-01 10:00:00.5+05:30', '2026-07-01T04:30:00.500Z'],
    ['a year before 1000', '0099-01-01 00:00:00+00', '0099-01-01T00:00:00.000Z'],
    ['a year after 9999', '12026-01-01 00:00:00+00', '+012026-01-01T00:00:00.000Z'],
  ])('leaves %s to pg', (_case, text, iso) => {
    expect((parseTimestamptz(text) as Date).toISOString()).toBe(iso);
  });

  it('leaves infinity to pg', () => {
    expect(parseTimestamptz('infinity')).toBe(Infinity);
    expect(parseTimestamptz('-infinity')).toBe(-Infinity);
  });
});
