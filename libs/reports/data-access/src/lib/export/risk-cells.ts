import {
  CONSEQUENCE_LABELS,
  LIKELIHOOD_LABELS,
  RISK_BAND_LABELS,
  RISK_CATEGORY_LABELS,
  RISK_KIND_LABELS,
} from '@cynnydd/shared/domain';

import type { ReportRiskModel } from '../models/report-content.model';
import { EXPORT_LABELS as L } from './export-labels';
import { bi, date, same, type Bi } from './export-language';
import { trendText } from './measure-cells';

/*
 * How a risk reads in every export: its score with band in words ("16 – Extreme (4 × 4)"), its
 * trend, yes/no flags. Shared by the Word/PDF document and the Excel sheet.
 */

type Score = Pick<
  NonNullable<ReportRiskModel['target']>,
  'likelihood' | 'consequence' | 'score' | 'band'
>;

const DASH = same('–');

export function scoreText(score: Score | null): Bi {
  if (!score) return DASH;
  const side = (language: 'en' | 'cy') =>
    `${score.score} – ${RISK_BAND_LABELS[score.band][language]} (${score.likelihood} × ${score.consequence})`;
  return { en: side('en'), cy: side('cy') };
}

export function riskName(line: Pick<ReportRiskModel, 'reference' | 'title'>): Bi {
  const title = bi(line.title);
  return { en: `${line.reference} ${title.en}`, cy: `${line.reference} ${title.cy}` };
}

export const yesNo = (value: boolean): Bi => (value ? L.yes : L.no);

export const escalatedText = (line: ReportRiskModel): Bi =>
  line.escalatedOn ? date(line.escalatedOn) : L.no;

/** Improving / worsening / no change since the baseline; "New" for a risk recorded since. */
export const riskTrendText = (line: ReportRiskModel): Bi =>
  line.previous ? trendText(line.trend) : L.newSince;

export const kindText = (line: ReportRiskModel): Bi => RISK_KIND_LABELS[line.kind];
export const categoryText = (line: ReportRiskModel): Bi => RISK_CATEGORY_LABELS[line.category];

/** An axis label of the matrix: "5 Almost certain", "1 Negligible". */
export const likelihoodText = (value: number): Bi => scaleText(value, LIKELIHOOD_LABELS[value]);
export const consequenceText = (value: number): Bi => scaleText(value, CONSEQUENCE_LABELS[value]);

function scaleText(value: number, label: Bi): Bi {
  return { en: `${value} ${label.en}`, cy: `${value} ${label.cy}` };
}
