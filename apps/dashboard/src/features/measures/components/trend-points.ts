import { localise, type Language } from '@cynnydd/shared/domain';

import type { MeasureDetailsQuery } from '../../../gql/graphql';

type Measure = MeasureDetailsQuery['measure'];

/** One period on the trend chart: its figure, target and the tolerance bands around it. */
export interface TrendPoint {
  period: string;
  value: number | null;
  target: number | null;
  revised: boolean;
  /** [from, to] of the amber band, null where there is no target. */
  amber: [number, number] | null;
  /** [from, to] of the red band, reaching the edge of the chart. */
  red: [number, number] | null;
}

export interface TrendData {
  points: TrendPoint[];
  /** The value axis: every figure, target and band edge fits, with a little room. */
  domain: [number, number];
}

/**
 * The chart's data from the measure's figures, oldest first. Where a figure is short of its
 * target depends on the measure's direction: below it when higher is better, above when lower.
 */
export function trendData(measure: Measure, language: Language): TrendData {
  const { amber, red } = measure.tolerance;
  const sign = measure.direction === 'HIGHER_IS_BETTER' ? -1 : 1;
  const known = measure.values.flatMap((value) => [
    ...(value.value === null ? [] : [value.value]),
    ...(value.target === null ? [] : [value.target, value.target + sign * red * 1.5]),
  ]);
  if (measure.baseline) known.push(measure.baseline.value);
  const low = known.length > 0 ? Math.min(...known) : 0;
  const high = known.length > 0 ? Math.max(...known) : 1;
  const room = (high - low) * 0.1 || Math.abs(high) * 0.1 || 1;
  const domain: [number, number] = [low >= 0 && low - room < 0 ? 0 : low - room, high + room];
  const edge = sign < 0 ? domain[0] : domain[1];
  const band = (from: number, to: number): [number, number] =>
    from < to ? [from, to] : [to, from];
  return {
    domain,
    points: measure.values.map((value) => ({
      period: localise(value.periodLabel, language)?.text ?? value.periodStart,
      value: value.value,
      target: value.target,
      revised: value.revised,
      amber:
        value.target === null ? null : band(value.target + sign * amber, value.target + sign * red),
      red: value.target === null ? null : band(value.target + sign * red, edge),
    })),
  };
}
