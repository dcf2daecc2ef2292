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
  /** Round values along it. */
  ticks: number[];
}

/** A round step for the value axis near `raw`: 1, 2 or 5 times a power of ten. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const scaled = raw / power;
  return (scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 5 ? 5 : 10) * power;
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
  const step = niceStep((high - low) / 5 || Math.abs(high) / 5 || 1);
  // Round ends a step beyond the data, never below zero for figures that cannot be negative.
  const bottom = Math.floor(low / step) * step - step;
  const round = (value: number) => Number(value.toPrecision(12));
  const domain: [number, number] = [
    round(low >= 0 && bottom < 0 ? 0 : bottom),
    round(Math.ceil(high / step) * step + step),
  ];
  const edge = sign < 0 ? domain[0] : domain[1];
  const band = (from: number, to: number): [number, number] =>
    from < to ? [from, to] : [to, from];
  const ticks: number[] = [];
  for (let tick = domain[0]; tick <= domain[1] + step / 2; tick += step) {
    ticks.push(round(tick));
  }
  return {
    domain,
    ticks,
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
