import {
  explainMeasureRag,
  financialYearOf,
  measurePeriodEnd,
  measurePeriodLabel,
  measureRag,
  measureTrend,
  type BilingualText,
  type MeasureFrequency,
  type MeasureRag,
  type MeasureTrend,
  type RagExplanationInput,
} from '@cynnydd/shared/domain';

import type { Measure, MeasureTarget } from './measure.entity';
import type { ValueAssessment } from './models/measure-value.model';

/** A period's figure as the assessment needs it. */
export interface Figure {
  periodStart: string;
  /** When known (a stored figure has it): saves working it out. */
  periodEnd?: string;
  value: number | null;
}

/** "Apr 2025", "2025-26 Q1" / "2025-26 Ch1", "2025-26". */
export function periodLabelOf(frequency: MeasureFrequency, periodStart: string): BilingualText {
  return {
    en: measurePeriodLabel(frequency, periodStart, 'en'),
    cy: measurePeriodLabel(frequency, periodStart, 'cy'),
  };
}

/**
 * The target for the financial year a period falls in (a monthly or quarterly figure counts
 * against its year's target), or null: a year without one is contextual.
 */
export function targetFor(targets: readonly MeasureTarget[], periodStart: string): number | null {
  const year = financialYearOf(periodStart);
  return targets.find((target) => target.financialYear === year)?.value ?? null;
}

/** The RAG of a figure (null without a figure or a target), from the target and tolerance. */
export function figureRag(
  measure: Measure,
  targets: readonly MeasureTarget[],
  figure: Figure,
): MeasureRag | null {
  const target = targetFor(targets, figure.periodStart);
  if (figure.value === null || target === null) return null;
  const tolerance = { amber: measure.amberTolerance, red: measure.redTolerance };
  return measureRag(figure.value, target, tolerance, measure.direction);
}

/**
 * The RAG of a figure, from the measure's target and tolerance, with what its reason is worked
 * out from (`explainRag` puts it in words, only where it is shown: formatting costs more than
 * the rest together).
 */
export function assessFigure(
  measure: Measure,
  targets: readonly MeasureTarget[],
  figure: Figure,
  revised: boolean,
): ValueAssessment {
  const target = targetFor(targets, figure.periodStart);
  const rag = figureRag(measure, targets, figure);
  return {
    frequency: measure.frequency,
    periodEnd: figure.periodEnd ?? measurePeriodEnd(measure.frequency, figure.periodStart),
    revised,
    target,
    rag,
    reason:
      rag === null || figure.value === null || target === null
        ? null
        : {
            rag,
            value: figure.value,
            target,
            tolerance: { amber: measure.amberTolerance, red: measure.redTolerance },
            unit: measure.unit,
          },
  };
}

/** "Red: 7.9% against a target of 6%; red beyond 1 point", in both languages. */
export function explainRag(reason: RagExplanationInput | null): BilingualText | null {
  return reason && { en: explainMeasureRag(reason, 'en'), cy: explainMeasureRag(reason, 'cy') };
}

export interface Trends {
  sincePrevious: MeasureTrend | null;
  sinceBaseline: MeasureTrend | null;
}

/**
 * Direction of travel of the latest figure: against the figure of the period before (the last
 * one that had a figure) and against the baseline. `figures` are current figures, oldest first.
 */
export function trendsOf(measure: Measure, figures: readonly Figure[]): Trends {
  const known = figures.filter((figure) => figure.value !== null) as {
    periodStart: string;
    value: number;
  }[];
  const latest = known.at(-1);
  if (!latest) return { sincePrevious: null, sinceBaseline: null };
  const previous = known.at(-2);
  return {
    sincePrevious: previous ? measureTrend(previous.value, latest.value, measure.direction) : null,
    sinceBaseline:
      measure.baselineValue === null
        ? null
        : measureTrend(measure.baselineValue, latest.value, measure.direction),
  };
}
