import { MeasureTrend } from './measure';
import { RISK_SCALE, RiskBand, riskBand, riskScore, type RiskScore } from './risk';

/** A cell of the 5 × 5 heat map: how many risks score there. */
export interface RiskHeatMapCell {
  likelihood: number;
  consequence: number;
  count: number;
}

/** All 25 cells, likelihood then consequence, empty ones included so every grid is whole. */
export function riskHeatMap(
  counted: readonly RiskHeatMapCell[] | readonly RiskScore[],
): RiskHeatMapCell[] {
  const counts = new Map<string, number>();
  for (const point of counted) {
    const key = `${point.likelihood}×${point.consequence}`;
    counts.set(key, (counts.get(key) ?? 0) + ('count' in point ? point.count : 1));
  }
  return RISK_SCALE.flatMap((likelihood) =>
    RISK_SCALE.map((consequence) => ({
      likelihood,
      consequence,
      count: counts.get(`${likelihood}×${consequence}`) ?? 0,
    })),
  );
}

/** The heat map's risks per band, every band, lowest first. */
export function riskBandCounts(
  cells: readonly RiskHeatMapCell[],
): { band: RiskBand; count: number }[] {
  return Object.values(RiskBand).map((band) => ({
    band,
    count: cells
      .filter((cell) => riskBand(riskScore(cell)) === band)
      .reduce((total, cell) => total + cell.count, 0),
  }));
}

/**
 * Which way a risk's score moved since an earlier score (a lower score is better, as with the
 * measures' direction of travel); null when there was no earlier score: the risk is new since.
 */
export function riskTrend(previous: RiskScore | null, current: RiskScore): MeasureTrend | null {
  if (!previous) return null;
  const change = riskScore(current) - riskScore(previous);
  if (change === 0) return MeasureTrend.NO_CHANGE;
  return change < 0 ? MeasureTrend.IMPROVING : MeasureTrend.WORSENING;
}
