import {
  financialYearLabel,
  financialYearOf,
  quarterOf,
  quarterRange,
  type IsoDate,
  type Quarter,
} from './financial-year';
import type { Label, Language } from './language';

/** What a measure's figures count. */
export enum MeasureUnit {
  NUMBER = 'NUMBER',
  PERCENTAGE = 'PERCENTAGE',
  RATE_PER_1000 = 'RATE_PER_1000',
  MONEY = 'MONEY',
  DAYS = 'DAYS',
}

export const MEASURE_UNIT_LABELS: Record<MeasureUnit, Label> = {
  [MeasureUnit.NUMBER]: { en: 'Number', cy: 'Nifer' },
  [MeasureUnit.PERCENTAGE]: { en: 'Percentage', cy: 'Canran' },
  [MeasureUnit.RATE_PER_1000]: { en: 'Rate per 1,000', cy: 'Cyfradd fesul 1,000' },
  [MeasureUnit.MONEY]: { en: 'Money (£)', cy: 'Arian (£)' },
  [MeasureUnit.DAYS]: { en: 'Days', cy: 'Diwrnodau' },
};

/** Which way a measure's figure should move. */
export enum MeasureDirection {
  HIGHER_IS_BETTER = 'HIGHER_IS_BETTER',
  LOWER_IS_BETTER = 'LOWER_IS_BETTER',
}

export const MEASURE_DIRECTION_LABELS: Record<MeasureDirection, Label> = {
  [MeasureDirection.HIGHER_IS_BETTER]: { en: 'Higher is better', cy: 'Gorau po uchaf' },
  [MeasureDirection.LOWER_IS_BETTER]: { en: 'Lower is better', cy: 'Gorau po isaf' },
};

/** How often a measure has a new figure; each figure is for one period of this length. */
export enum MeasureFrequency {
  MONTHLY = 'MONTHLY',
  QUARTERLY = 'QUARTERLY',
  ANNUAL = 'ANNUAL',
}

export const MEASURE_FREQUENCY_LABELS: Record<MeasureFrequency, Label> = {
  [MeasureFrequency.MONTHLY]: { en: 'Monthly', cy: 'Misol' },
  [MeasureFrequency.QUARTERLY]: { en: 'Quarterly', cy: 'Chwarterol' },
  [MeasureFrequency.ANNUAL]: { en: 'Annual', cy: 'Blynyddol' },
};

/** How far a figure can be relied on. A figure for a period that already had one is a revision. */
export enum ValueQuality {
  CONFIRMED = 'CONFIRMED',
  PROVISIONAL = 'PROVISIONAL',
  /** No figure this period; the reason is required. */
  NOT_AVAILABLE = 'NOT_AVAILABLE',
}

export const VALUE_QUALITY_LABELS: Record<ValueQuality, Label> = {
  [ValueQuality.CONFIRMED]: { en: 'Confirmed', cy: 'Wedi’i gadarnhau' },
  [ValueQuality.PROVISIONAL]: { en: 'Provisional', cy: 'Dros dro' },
  [ValueQuality.NOT_AVAILABLE]: { en: 'Not available', cy: 'Ddim ar gael' },
};

export const REVISED_LABEL: Label = { en: 'Revised', cy: 'Diwygiedig' };

/** A measure's RAG is worked out from its figure, never typed: there is no "complete" here. */
export enum MeasureRag {
  RED = 'RED',
  AMBER = 'AMBER',
  GREEN = 'GREEN',
}

export const MEASURE_RAG_LABELS: Record<MeasureRag, Label> = {
  [MeasureRag.RED]: { en: 'Red', cy: 'Coch' },
  [MeasureRag.AMBER]: { en: 'Amber', cy: 'Ambr' },
  [MeasureRag.GREEN]: { en: 'Green', cy: 'Gwyrdd' },
};

/** Where a figure moved since an earlier one, judged by the measure's direction. */
export enum MeasureTrend {
  IMPROVING = 'IMPROVING',
  WORSENING = 'WORSENING',
  NO_CHANGE = 'NO_CHANGE',
}

export const MEASURE_TREND_LABELS: Record<MeasureTrend, Label> = {
  [MeasureTrend.IMPROVING]: { en: 'Improving', cy: 'Yn gwella' },
  [MeasureTrend.WORSENING]: { en: 'Worsening', cy: 'Yn gwaethygu' },
  [MeasureTrend.NO_CHANGE]: { en: 'No change', cy: 'Dim newid' },
};

/**
 * How far a figure may fall short of its target, in the measure's unit (points for a
 * percentage): up to `amber` short is still green, beyond `red` short is red, in between amber.
 */
export interface Tolerance {
  amber: number;
  red: number;
}

/** Figures are kept to this many decimal places (numeric(14,4) in the database). */
export const MEASURE_DECIMALS = 4;
export const MAX_MEASURE_VALUE = 1e10;

/** By how much `value` misses `target` (positive) or meets it (zero or negative). */
function shortfall(value: number, target: number, direction: MeasureDirection): number {
  const gap = direction === MeasureDirection.HIGHER_IS_BETTER ? target - value : value - target;
  // Figures have four decimals: rounding keeps 6.1 - 6 from being 0.0999999.
  return Math.round(gap * 10 ** MEASURE_DECIMALS) / 10 ** MEASURE_DECIMALS;
}

/** The RAG of a figure against its target: on the thresholds it is the kinder colour. */
export function measureRag(
  value: number,
  target: number,
  tolerance: Tolerance,
  direction: MeasureDirection,
): MeasureRag {
  const short = shortfall(value, target, direction);
  if (short > tolerance.red) return MeasureRag.RED;
  if (short > tolerance.amber) return MeasureRag.AMBER;
  return MeasureRag.GREEN;
}

export function measureTrend(
  earlier: number,
  later: number,
  direction: MeasureDirection,
): MeasureTrend {
  const change = shortfall(later, earlier, direction);
  if (change === 0) return MeasureTrend.NO_CHANGE;
  return change < 0 ? MeasureTrend.IMPROVING : MeasureTrend.WORSENING;
}

/**
 * "7.9 %", "£1,250", "12.5 per 1,000", "4 days": Welsh writes numbers as British English does
 * (CLDR `cy`), so one formatter serves both; the words around them are per language.
 */
const NUMBERS = new Intl.NumberFormat('en-GB', { maximumFractionDigits: MEASURE_DECIMALS });

export function formatMeasureValue(value: number, unit: MeasureUnit, language: Language): string {
  const figure = NUMBERS.format(value);
  switch (unit) {
    case MeasureUnit.PERCENTAGE:
      return `${figure}%`;
    case MeasureUnit.MONEY:
      return `£${figure}`;
    case MeasureUnit.RATE_PER_1000:
      return language === 'cy' ? `${figure} fesul 1,000` : `${figure} per 1,000`;
    case MeasureUnit.DAYS:
      return language === 'cy' ? `${figure} diwrnod` : `${figure} ${value === 1 ? 'day' : 'days'}`;
    case MeasureUnit.NUMBER:
      return figure;
  }
}

/** A tolerance in the unit's words: "1 point" for percentages, else the figure with its unit. */
function formatTolerance(amount: number, unit: MeasureUnit, language: Language): string {
  if (unit !== MeasureUnit.PERCENTAGE) return formatMeasureValue(amount, unit, language);
  const figure = NUMBERS.format(amount);
  if (language === 'cy') return `${figure} pwynt`;
  return `${figure} ${amount === 1 ? 'point' : 'points'}`;
}

export interface RagExplanationInput {
  rag: MeasureRag;
  value: number;
  target: number;
  tolerance: Tolerance;
  unit: MeasureUnit;
}

/** "Red: 7.9% against a target of 6%; red beyond 1.5 points", in the language asked for. */
export function explainMeasureRag(input: RagExplanationInput, language: Language): string {
  const { rag, value, target, tolerance, unit } = input;
  const label = MEASURE_RAG_LABELS[rag][language];
  const figures =
    language === 'cy'
      ? `${formatMeasureValue(value, unit, language)} o’i gymharu â tharged o ${formatMeasureValue(target, unit, language)}`
      : `${formatMeasureValue(value, unit, language)} against a target of ${formatMeasureValue(target, unit, language)}`;
  const threshold =
    rag === MeasureRag.GREEN
      ? tolerance.amber > 0
        ? language === 'cy'
          ? `gwyrdd hyd at ${formatTolerance(tolerance.amber, unit, language)} yn brin`
          : `green up to ${formatTolerance(tolerance.amber, unit, language)} short`
        : null
      : rag === MeasureRag.RED
        ? language === 'cy'
          ? `coch y tu hwnt i ${formatTolerance(tolerance.red, unit, language)}`
          : `red beyond ${formatTolerance(tolerance.red, unit, language)}`
        : language === 'cy'
          ? `ambr y tu hwnt i ${formatTolerance(tolerance.amber, unit, language)}, coch y tu hwnt i ${formatTolerance(tolerance.red, unit, language)}`
          : `amber beyond ${formatTolerance(tolerance.amber, unit, language)}, red beyond ${formatTolerance(tolerance.red, unit, language)}`;
  return `${label}: ${figures}${threshold ? `; ${threshold}` : ''}`;
}

/** The first day of the period of `frequency` that `date` falls in. */
export function measurePeriodStart(frequency: MeasureFrequency, date: IsoDate): IsoDate {
  switch (frequency) {
    case MeasureFrequency.MONTHLY:
      return `${date.slice(0, 7)}-01`;
    case MeasureFrequency.QUARTERLY:
      return quarterRange(financialYearOf(date), quarterOf(date)).startDate;
    case MeasureFrequency.ANNUAL:
      return `${financialYearOf(date)}-04-01`;
  }
}

function addMonths(date: IsoDate, months: number): IsoDate {
  const index = Number(date.slice(0, 4)) * 12 + (Number(date.slice(5, 7)) - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

const PERIOD_MONTHS: Record<MeasureFrequency, number> = {
  [MeasureFrequency.MONTHLY]: 1,
  [MeasureFrequency.QUARTERLY]: 3,
  [MeasureFrequency.ANNUAL]: 12,
};

/** The start of the period after the one starting on `periodStart`. */
export function nextMeasurePeriod(frequency: MeasureFrequency, periodStart: IsoDate): IsoDate {
  return addMonths(periodStart, PERIOD_MONTHS[frequency]);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The last day of the period starting on `periodStart`. */
export function measurePeriodEnd(frequency: MeasureFrequency, periodStart: IsoDate): IsoDate {
  const last = addMonths(periodStart, PERIOD_MONTHS[frequency] - 1);
  return `${last.slice(0, 8)}${daysInMonth(Number(last.slice(0, 4)), Number(last.slice(5, 7)))}`;
}

/** The periods of `frequency` ending within [from, to], oldest first. */
export function measurePeriodsEndingWithin(
  frequency: MeasureFrequency,
  from: IsoDate,
  to: IsoDate,
): IsoDate[] {
  const periods: IsoDate[] = [];
  for (
    let start = measurePeriodStart(frequency, from);
    measurePeriodEnd(frequency, start) <= to;
    start = nextMeasurePeriod(frequency, start)
  ) {
    if (measurePeriodEnd(frequency, start) >= from) periods.push(start);
  }
  return periods;
}

const MONTHS: Record<Language, readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  cy: ['Ion', 'Chwef', 'Maw', 'Ebr', 'Mai', 'Meh', 'Gorff', 'Awst', 'Medi', 'Hyd', 'Tach', 'Rhag'],
};

/** "Apr 2025" / "Ebr 2025", "2025-26 Q1" / "2025-26 Ch1", "2025-26". */
export function measurePeriodLabel(
  frequency: MeasureFrequency,
  periodStart: IsoDate,
  language: Language,
): string {
  const year = financialYearOf(periodStart);
  switch (frequency) {
    case MeasureFrequency.MONTHLY:
      return `${MONTHS[language][Number(periodStart.slice(5, 7)) - 1]} ${periodStart.slice(0, 4)}`;
    case MeasureFrequency.QUARTERLY:
      return `${financialYearLabel(year)} ${language === 'cy' ? 'Ch' : 'Q'}${quarterOf(periodStart) as Quarter}`;
    case MeasureFrequency.ANNUAL:
      return financialYearLabel(year);
  }
}

/**
 * The periods whose figures an update round asks for: those that ended in the quarter before
 * the round's quarter began (a quarter's figures are known once it is over), so the 2026-27 Q3
 * round asks for July–September's monthly figures, Q2's quarterly one, and, in a Q1 round, the
 * year just ended.
 */
export function measurePeriodsDueInRound(
  frequency: MeasureFrequency,
  roundStart: IsoDate,
): IsoDate[] {
  const from = addMonths(roundStart, -3);
  const dayBefore = new Date(`${roundStart}T00:00:00Z`);
  dayBefore.setUTCDate(0);
  return measurePeriodsEndingWithin(frequency, from, dayBefore.toISOString().slice(0, 10));
}
