/**
 * Welsh public-sector financial years run 1 April – 31 March and are written "2025-26".
 * Internally a financial year is the calendar year it starts in (2025 for "2025-26").
 * Dates are ISO calendar dates ("2025-04-01") with no time zone: reporting is by day.
 */
export type IsoDate = string;
export type Quarter = 1 | 2 | 3 | 4;

const LABEL_PATTERN = /^(\d{4})-(\d{2})$/;
export const FIRST_FINANCIAL_YEAR = 2020;
export const LAST_FINANCIAL_YEAR = 2099;

export function financialYearLabel(startYear: number): string {
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** Parses "2025-26" into 2025; returns null for anything that is not a consistent label. */
export function parseFinancialYear(label: string): number | null {
  const match = LABEL_PATTERN.exec(label.trim());
  if (!match) return null;
  const startYear = Number(match[1]);
  if (startYear < FIRST_FINANCIAL_YEAR || startYear > LAST_FINANCIAL_YEAR) return null;
  return financialYearLabel(startYear) === label.trim() ? startYear : null;
}

export function financialYearStart(startYear: number): IsoDate {
  return `${startYear}-04-01`;
}

export function financialYearEnd(startYear: number): IsoDate {
  return `${startYear + 1}-03-31`;
}

/** The year and month of "YYYY-MM-DD", read by position: lists call this for every row. */
function parts(date: IsoDate): { year: number; month: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) };
}

export function financialYearOf(date: IsoDate): number {
  const { year, month } = parts(date);
  return month >= 4 ? year : year - 1;
}

/** Q1 Apr–Jun, Q2 Jul–Sep, Q3 Oct–Dec, Q4 Jan–Mar. */
export function quarterOf(date: IsoDate): Quarter {
  const { month } = parts(date);
  return (month >= 4 ? Math.floor((month - 4) / 3) + 1 : 4) as Quarter;
}

export interface QuarterRange {
  startDate: IsoDate;
  endDate: IsoDate;
}

const QUARTER_RANGES: Record<Quarter, { start: string; end: string; nextYear: boolean }> = {
  1: { start: '04-01', end: '06-30', nextYear: false },
  2: { start: '07-01', end: '09-30', nextYear: false },
  3: { start: '10-01', end: '12-31', nextYear: false },
  4: { start: '01-01', end: '03-31', nextYear: true },
};

export function quarterRange(startYear: number, quarter: Quarter): QuarterRange {
  const range = QUARTER_RANGES[quarter];
  const year = range.nextYear ? startYear + 1 : startYear;
  return { startDate: `${year}-${range.start}`, endDate: `${year}-${range.end}` };
}

export function reportingPeriodLabel(startYear: number, quarter: Quarter): string {
  return `${financialYearLabel(startYear)} Q${quarter}`;
}

export function isWithin(date: IsoDate, range: QuarterRange): boolean {
  return date >= range.startDate && date <= range.endDate;
}

// Built once: constructing an Intl formatter costs ~0.1 ms, and "overdue" asks per action.
const UK_CALENDAR_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' });

/** Today's date as an ISO calendar date in UK time, the reference for "overdue". */
export function todayInWales(now: Date = new Date()): IsoDate {
  return UK_CALENDAR_DATE.format(now);
}
