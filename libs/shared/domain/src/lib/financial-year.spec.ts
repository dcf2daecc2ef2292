import {
  financialYearEnd,
  financialYearLabel,
  financialYearOf,
  financialYearStart,
  parseFinancialYear,
  quarterOf,
  quarterRange,
  reportingPeriodLabel,
  todayInWales,
} from './financial-year';

describe('financial years', () => {
  it('labels a year by its start and end, with the century rolling over', () => {
    expect(financialYearLabel(2025)).toBe('2025-26');
    expect(financialYearLabel(2099)).toBe('2099-00');
  });

  it('parses only consistent labels', () => {
    expect(parseFinancialYear('2024-25')).toBe(2024);
    expect(parseFinancialYear('2024-26')).toBeNull();
    expect(parseFinancialYear('2024/25')).toBeNull();
    expect(parseFinancialYear('1999-00')).toBeNull();
    expect(parseFinancialYear('')).toBeNull();
  });

  it('runs from 1 April to 31 March', () => {
    expect(financialYearStart(2025)).toBe('2025-04-01');
    expect(financialYearEnd(2025)).toBe('2026-03-31');
    expect(financialYearOf('2026-03-31')).toBe(2025);
    expect(financialYearOf('2026-04-01')).toBe(2026);
  });

  it('splits the year into Welsh public-sector quarters', () => {
    expect(quarterOf('2025-04-01')).toBe(1);
    expect(quarterOf('2025-09-30')).toBe(2);
    expect(quarterOf('2025-12-31')).toBe(3);
    expect(quarterOf('2026-01-01')).toBe(4);
    expect(quarterRange(2025, 4)).toEqual({ startDate: '2026-01-01', endDate: '2026-03-31' });
    expect(quarterRange(2025, 2)).toEqual({ startDate: '2025-07-01', endDate: '2025-09-30' });
    expect(reportingPeriodLabel(2025, 3)).toBe('2025-26 Q3');
  });

  it('takes today in UK time, not UTC', () => {
    // 23:30 UTC on 31 March 2025 is already 1 April in British Summer Time.
    expect(todayInWales(new Date('2025-03-31T23:30:00Z'))).toBe('2025-04-01');
    expect(todayInWales(new Date('2025-01-31T23:30:00Z'))).toBe('2025-01-31');
  });
});
