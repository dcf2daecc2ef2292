import { toRiskScoreModel, type RiskAsAt } from '@cynnydd/risks/data-access';
import { toBilingualModel } from '@cynnydd/server/core';
import {
  isAboveAppetite,
  MeasureTrend,
  riskBandCounts,
  riskHeatMap,
  riskScore,
  riskTrend,
  type RiskScore,
} from '@cynnydd/shared/domain';

import type { ReportRiskModel, ReportRisksModel } from './models/report-content.model';

/** What the risk section compares with: the day after which risks count as new or closed. */
export interface RiskBaseline {
  since: string;
  reportId: string | null;
  periodLabel: string | null;
  /**
   * The scores the previous report printed, from its snapshot: what the board saw, even if a
   * review dated before its period end was recorded after it was issued. Null when it had no
   * risk section; the scores as at `since` are read from the reviews instead.
   */
  scores: Map<string, RiskScore> | null;
}

const score = ({ likelihood, consequence }: RiskScore) => toRiskScoreModel(likelihood, consequence);

/**
 * The risk section from the register as at the period end (`asAt`): open risks on the heat map
 * and in the table, highest score first; those over appetite; risks recorded and closed after
 * `baseline.since`; and each open risk's movement since then.
 */
export function risksSection(
  register: RiskAsAt[],
  asAt: string,
  baseline: RiskBaseline,
): ReportRisksModel {
  const lines = register
    .map((risk): ReportRiskModel => {
      const previous = baseline.scores ? (baseline.scores.get(risk.id) ?? null) : risk.earlier;
      const current = riskScore(risk.current);
      return {
        riskId: risk.id,
        reference: risk.reference,
        kind: risk.kind,
        title: toBilingualModel(risk.title),
        category: risk.category,
        owner: risk.ownerName,
        current: score(risk.current),
        target: risk.target ? score(risk.target) : null,
        appetite: risk.appetite,
        aboveAppetite: isAboveAppetite(current, risk.appetite),
        escalatedOn: risk.escalatedOn,
        closedOn: risk.closedOn,
        recordedOn: risk.recordedOn,
        previous: previous ? score(previous) : null,
        trend: riskTrend(previous, risk.current),
      };
    })
    .sort(
      (a, b) =>
        b.current.score - a.current.score ||
        a.reference.localeCompare(b.reference, 'en', { numeric: true }),
    );
  const open = lines.filter((line) => !line.closedOn);
  const heatMap = riskHeatMap(open.map((line) => line.current));
  return {
    asAt,
    since: baseline.since,
    sinceReportId: baseline.reportId,
    sincePeriod: baseline.periodLabel,
    bands: riskBandCounts(heatMap),
    heatMap,
    risks: open,
    aboveAppetite: open.filter((line) => line.aboveAppetite),
    opened: lines.filter((line) => line.recordedOn > baseline.since),
    closed: lines.filter((line) => line.closedOn && line.closedOn > baseline.since),
    worsened: open.filter((line) => line.trend === MeasureTrend.WORSENING),
    improved: open.filter((line) => line.trend === MeasureTrend.IMPROVING),
  };
}

/** The scores a stored risk section printed, for comparing a later report with it. */
export function scoresOf(section: ReportRisksModel): Map<string, RiskScore> {
  return new Map(section.risks.map((line) => [line.riskId, line.current]));
}
