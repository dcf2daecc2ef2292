import {
  explainMeasureRag,
  financialYearOf,
  measurePeriodEnd,
  measurePeriodLabel,
  measureRag,
  measureTrend,
  type MeasureRag,
  type MeasureTrend,
} from '@cynnydd/shared/domain';

import type { Measure, MeasureTarget } from './measure.entity';
import type { ValueAssessment } from './models/measure-value.model';

/** A period's figure as the assessment needs it. */
export interface Figure {
  periodStart: string;
  value: number | null;
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

/** The RAG of a figure, from the measure's target and tolerance, with its reason in words. */
export function assessFigure(
  measure: Measure,
  targets: readonly MeasureTarget[],
  figure: Figure,
  revised: boolean,
): ValueAssessment {
  const target = targetFor(targets, figure.periodStart);
  const base = {
    periodLabel: {
      en: measurePeriodLabel(measure.frequency, figure.periodStart, 'en'),
      cy: measurePeriodLabel(measure.frequency, figure.periodStart, 'cy'),
    },
    periodEnd: measurePeriodEnd(measure.frequency, figure.periodStart),
    revised,
    target,
  };
  const rag = figureRag(measure, targets, figure);
  if (figure.value === null || target === null || rag === null) {
    return { ...base, rag: null, ragExplanation: null };
  }
  const tolerance = { amber: measure.amberTolerance, red: measure.redTolerance };
  const explanation = { rag, value: figure.value, target, tolerance, unit: measure.unit };
  return {
    ...base,
    rag,
    ragExplanation: {
      en: explainMeasureRag(explanation, 'en'),
      cy: explainMeasureRag(explanation, 'cy'),
    },
  };
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
