import {
  formatDate,
  formatDateTime,
  formatNumber,
  formatTime,
  todayInWales,
  walesMoment,
} from './format';

describe('formatDate', () => {
  it('writes a calendar date with the month in words, day first, in each language', () => {
    expect(formatDate('2025-06-01', 'en')).toBe('1 June 2025');
    expect(formatDate('2025-06-01', 'cy')).toBe('1 Mehefin 2025');
    expect(formatDate('2026-03-31', 'cy')).toBe('31 Mawrth 2026');
  });

  it('never shifts a calendar date by the time zone', () => {
    expect(formatDate('2026-10-25', 'en')).toBe('25 October 2026');
    expect(formatDate('2027-01-01', 'en')).toBe('1 January 2027');
  });
});

describe('formatDateTime', () => {
  it('writes a moment as the date and 24-hour time in Wales, in winter (GMT)', () => {
    expect(formatDateTime('2026-12-03T17:40:00Z', 'en')).toBe('3 December 2026 at 17:40');
    expect(formatDateTime('2026-12-03T17:40:00Z', 'cy')).toBe('3 Rhagfyr 2026 am 17:40');
  });

  it('writes a summer moment in British Summer Time, one hour ahead of UTC', () => {
    expect(formatDateTime('2025-06-01T08:05:00Z', 'en')).toBe('1 June 2025 at 09:05');
    expect(formatDateTime('2025-06-01T08:05:00Z', 'cy')).toBe('1 Mehefin 2025 am 09:05');
  });

  it('moves a moment late on 31 July UTC into 1 August in Wales', () => {
    expect(formatDateTime('2026-07-31T23:30:00Z', 'cy')).toBe('1 Awst 2026 am 00:30');
  });
});

describe('walesMoment and formatTime', () => {
  it('reads a date and time as Wales has them: GMT in winter, an hour ahead in summer', () => {
    expect(walesMoment('2026-12-15', '10:00')).toBe('2026-12-15T10:00:00.000Z');
    expect(walesMoment('2026-07-14', '10:00')).toBe('2026-07-14T09:00:00.000Z');
    expect(formatTime('2026-07-14T09:00:00.000Z')).toBe('10:00');
    expect(formatTime('2026-12-15T16:30:00Z')).toBe('16:30');
  });
});

describe('formatNumber', () => {
  it('groups thousands with commas and uses a decimal point in both languages', () => {
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(1234.5, 'cy')).toBe('1,234.5');
    expect(formatNumber(0, 'cy')).toBe('0');
  });
});

describe('todayInWales', () => {
  it('is the calendar date in Wales, not in UTC', () => {
    expect(todayInWales(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(todayInWales(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });
});
