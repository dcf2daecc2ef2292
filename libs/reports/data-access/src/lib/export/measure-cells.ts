import {
  formatMeasureValue,
  MEASURE_DIRECTION_LABELS,
  MEASURE_RAG_LABELS,
  MEASURE_TREND_LABELS,
  MEASURE_UNIT_LABELS,
  RagStatus,
  REVISED_LABEL,
  VALUE_QUALITY_LABELS,
  ValueQuality,
  type Label,
  type MeasureTrend,
  type MeasureUnit,
} from '@cynnydd/shared/domain';

import type { ReportMeasureModel } from '../models/report-content.model';
import { EXPORT_LABELS as L } from './export-labels';
import { bi, same, type Bi } from './export-language';

/*
 * How a measure's figures read in every export: the figure with its unit, the RAG in words,
 * the direction of travel. Shared by the Word/PDF document and the Excel sheet.
 */

const DASH = same('–');

/** A figure with its unit ("7.5%", "12 days" / "12 diwrnod"); a dash without one. */
export function figureText(value: number | null, unit: MeasureUnit): Bi {
  if (value === null) return DASH;
  return { en: formatMeasureValue(value, unit, 'en'), cy: formatMeasureValue(value, unit, 'cy') };
}

/** The latest figure with what qualifies it: "7.5% (Provisional, Revised)", or why there is none. */
export function latestFigureText(line: ReportMeasureModel): Bi {
  const latest = line.latest;
  if (!latest) return L.noFigure;
  if (latest.value === null) return VALUE_QUALITY_LABELS[ValueQuality.NOT_AVAILABLE];
  const figure = figureText(latest.value, line.unit);
  const notes: Label[] = [
    ...(latest.quality === ValueQuality.PROVISIONAL ? [VALUE_QUALITY_LABELS[latest.quality]] : []),
    ...(latest.revised ? [REVISED_LABEL] : []),
  ];
  if (!notes.length) return figure;
  const side = (language: 'en' | 'cy') =>
    `${figure[language]} (${notes.map((note) => note[language]).join(', ')})`;
  return { en: side('en'), cy: side('cy') };
}

export function periodText(line: ReportMeasureModel): Bi {
  return line.latest ? bi(line.latest.periodLabel) : DASH;
}

export function targetText(line: ReportMeasureModel): Bi {
  if (!line.latest) return DASH;
  return line.latest.target === null ? L.noTarget : figureText(line.latest.target, line.unit);
}

/** The RAG as a word: Red / Coch; without one, why (no figure, no target). */
export function ragText(line: ReportMeasureModel): Bi {
  const latest = line.latest;
  if (latest?.rag) return MEASURE_RAG_LABELS[latest.rag];
  if (!latest || latest.value === null) return L.noFigure;
  return L.noTarget;
}

/** The shading of the RAG cell: measures' red, amber and green are the actions' colours. */
export function ragShade(line: ReportMeasureModel): RagStatus | undefined {
  return line.latest?.rag ? RagStatus[line.latest.rag] : undefined;
}

export function trendText(trend: MeasureTrend | null): Bi {
  return trend ? MEASURE_TREND_LABELS[trend] : DASH;
}

export function unitText(line: ReportMeasureModel): Bi {
  return MEASURE_UNIT_LABELS[line.unit];
}

export function directionText(line: ReportMeasureModel): Bi {
  return MEASURE_DIRECTION_LABELS[line.direction];
}

export function measureName(line: Pick<ReportMeasureModel, 'reference' | 'name'>): Bi {
  const name = bi(line.name);
  return { en: `${line.reference} ${name.en}`, cy: `${line.reference} ${name.cy}` };
}
