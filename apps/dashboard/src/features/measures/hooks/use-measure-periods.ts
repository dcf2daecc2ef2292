import {
  financialYearOf,
  financialYearStart,
  MeasureFrequency,
  measurePeriodLabel,
  measurePeriodsEndingWithin,
  measurePeriodStart,
  parseFinancialYear,
  type IsoDate,
  type Language,
} from '@cynnydd/shared/domain';

import { todayInWales } from '../../../i18n/format';
import { useLanguage } from '../../../ui/use-language';

export interface MeasurePeriod {
  start: IsoDate;
  label: string;
}

export interface MeasurePeriods {
  /** Every period that has begun, newest first. */
  periods: MeasurePeriod[];
  /** The latest period that has ended: the one a figure is usually due for. */
  latestEnded: IsoDate | null;
}

/**
 * The periods a figure can be given for: those that have begun (the API refuses later ones),
 * from the earliest of the measure's first figure, its first target year and the start of last
 * financial year, up to the one under way today.
 */
export function measurePeriods(
  frequency: keyof typeof MeasureFrequency,
  known: { periodStarts: IsoDate[]; targetYears: string[] },
  language: Language,
  today: IsoDate = todayInWales(),
): MeasurePeriods {
  const kind = MeasureFrequency[frequency];
  const years = known.targetYears
    .map(parseFinancialYear)
    .filter((year): year is number => year !== null)
    .map(financialYearStart);
  const from = [...known.periodStarts, ...years, financialYearStart(financialYearOf(today) - 1)]
    .filter((date) => date <= today)
    .sort()[0] as IsoDate;
  const ended = measurePeriodsEndingWithin(kind, from, today);
  const current = measurePeriodStart(kind, today);
  const starts = ended.includes(current) ? ended : [...ended, current];
  return {
    periods: starts
      .map((start) => ({ start, label: measurePeriodLabel(kind, start, language) }))
      .reverse(),
    latestEnded: ended[ended.length - 1] ?? null,
  };
}

/** The measure's periods in the interface language. */
export function useMeasurePeriods(
  frequency: keyof typeof MeasureFrequency,
  known: { periodStarts: IsoDate[]; targetYears: string[] },
): MeasurePeriods {
  return measurePeriods(frequency, known, useLanguage());
}
