import ExcelJS from 'exceljs';

import {
  LEAD_ORGANISATION_LABELS,
  MEASURE_FREQUENCY_LABELS,
  MEASURE_RAG_LABELS,
  MeasureRag,
  RAG_STATUS_ORDER,
  REVISED_LABEL,
  RISK_BAND_LABELS,
  THEME_LABELS,
  VALUE_QUALITY_LABELS,
  WELL_BEING_GOAL_LABELS,
  type Label,
  type Language,
  type WellBeingGoal,
} from '@cynnydd/shared/domain';

import type {
  ReportActionLineModel,
  ReportContentModel,
  ReportGoalContributionModel,
  ReportMeasureModel,
  ReportRiskModel,
} from '../models/report-content.model';
import { EXPORT_LABELS as L } from './export-labels';
import { bi, inline, same, type Bi, type ExportLanguage } from './export-language';
import {
  directionText,
  latestFigureText,
  periodText,
  ragShade,
  ragText,
  targetText,
  trendText,
  unitText,
} from './measure-cells';
import { RAG_LABEL_OF } from './report-document';
import { categoryText, kindText, riskTrendText, yesNo } from './risk-cells';
import { SHADE_TINTS, type Shade } from './table-shades';

/** Goals by their names, in the order given. */
const goalNames = (goals: WellBeingGoal[]): Bi => ({
  en: goals.map((goal) => WELL_BEING_GOAL_LABELS[goal].en).join(', '),
  cy: goals.map((goal) => WELL_BEING_GOAL_LABELS[goal].cy).join(', '),
});

type Column<T> = {
  header: Bi;
  width: number;
  status?: (item: T) => Shade | undefined;
} & (
  | { translated: true; value: (item: T) => Bi }
  | { translated: false; value: (item: T) => number | string }
);

const COLUMNS: Column<ReportActionLineModel>[] = [
  { header: L.reference, width: 8, translated: false, value: (line) => line.reference },
  { header: L.area, width: 8, translated: false, value: (line) => line.areaNumber },
  { header: L.action, width: 50, translated: true, value: (line) => bi(line.title) },
  {
    header: L.leadOrganisation,
    width: 22,
    translated: true,
    value: (line) => LEAD_ORGANISATION_LABELS[line.leadOrganisation],
  },
  { header: L.owners, width: 30, translated: false, value: (line) => line.owners.join(', ') },
  {
    header: L.principles,
    width: 30,
    translated: true,
    value: (line) => ({
      en: line.themes.map((theme) => THEME_LABELS[theme].en).join(', '),
      cy: line.themes.map((theme) => THEME_LABELS[theme].cy).join(', '),
    }),
  },
  {
    header: L.goals,
    width: 40,
    translated: true,
    value: (line) => goalNames(line.wellBeingGoals),
  },
  { header: L.dueDate, width: 12, translated: false, value: (line) => line.dueDate },
  {
    header: L.status,
    width: 16,
    translated: true,
    value: (line) => RAG_LABEL_OF(line.rag ?? 'NO_UPDATE'),
    status: (line) => line.rag ?? 'NO_UPDATE',
  },
  { header: L.percent, width: 12, translated: false, value: (line) => line.percentComplete ?? '' },
  { header: L.commentary, width: 60, translated: true, value: (line) => bi(line.commentary) },
  { header: L.risks, width: 40, translated: true, value: (line) => bi(line.risks) },
  { header: L.mitigation, width: 40, translated: true, value: (line) => bi(line.nextSteps) },
];

const MEASURE_COLUMNS: Column<ReportMeasureModel>[] = [
  { header: L.reference, width: 8, translated: false, value: (line) => line.reference },
  { header: L.measure, width: 50, translated: true, value: (line) => bi(line.name) },
  {
    header: L.areas,
    width: 10,
    translated: false,
    value: (line) => line.areaNumbers.join(', '),
  },
  {
    header: L.goals,
    width: 40,
    translated: true,
    value: (line) => goalNames(line.wellBeingGoals),
  },
  { header: L.unit, width: 16, translated: true, value: unitText },
  { header: L.direction, width: 18, translated: true, value: directionText },
  {
    header: L.frequency,
    width: 12,
    translated: true,
    value: (line) => MEASURE_FREQUENCY_LABELS[line.frequency],
  },
  { header: L.latestFigure, width: 22, translated: true, value: latestFigureText },
  { header: L.value, width: 10, translated: false, value: (line) => line.latest?.value ?? '' },
  { header: L.period, width: 12, translated: true, value: periodText },
  {
    header: L.quality,
    width: 14,
    translated: true,
    value: (line) => (line.latest ? VALUE_QUALITY_LABELS[line.latest.quality] : same('')),
  },
  {
    header: L.revised,
    width: 12,
    translated: true,
    value: (line) => (line.latest?.revised ? REVISED_LABEL : same('')),
  },
  { header: L.target, width: 12, translated: true, value: targetText },
  { header: L.rag, width: 12, translated: true, value: ragText, status: ragShade },
  {
    header: L.directionOfTravel,
    width: 16,
    translated: true,
    value: (line) => trendText(line.trend.sincePrevious),
  },
  {
    header: L.sinceBaseline,
    width: 16,
    translated: true,
    value: (line) => trendText(line.trend.sinceBaseline),
  },
  {
    header: L.ragExplanation,
    width: 50,
    translated: true,
    value: (line) => bi(line.latest?.ragExplanation),
  },
  {
    header: L.commentary,
    width: 60,
    translated: true,
    value: (line) => bi(line.latest?.commentary),
  },
  {
    header: L.notAvailableReason,
    width: 40,
    translated: true,
    value: (line) => bi(line.latest?.notAvailableReason),
  },
];

/** Scores as numbers (a board secretary sorts and filters them), bands in words beside them. */
const RISK_COLUMNS: Column<ReportRiskModel>[] = [
  { header: L.reference, width: 8, translated: false, value: (line) => line.reference },
  { header: L.kind, width: 10, translated: true, value: kindText },
  { header: L.risk, width: 50, translated: true, value: (line) => bi(line.title) },
  { header: L.category, width: 22, translated: true, value: categoryText },
  { header: L.owner, width: 24, translated: false, value: (line) => line.owner },
  { header: L.likelihood, width: 11, translated: false, value: (line) => line.current.likelihood },
  {
    header: L.consequence,
    width: 12,
    translated: false,
    value: (line) => line.current.consequence,
  },
  { header: L.currentScore, width: 12, translated: false, value: (line) => line.current.score },
  {
    header: L.band,
    width: 12,
    translated: true,
    value: (line) => RISK_BAND_LABELS[line.current.band],
    status: (line) => line.current.band,
  },
  {
    header: L.targetScore,
    width: 12,
    translated: false,
    value: (line) => line.target?.score ?? '',
  },
  { header: L.appetite, width: 11, translated: false, value: (line) => line.appetite },
  {
    header: L.aboveAppetite,
    width: 14,
    translated: true,
    value: (line) => yesNo(line.aboveAppetite),
  },
  { header: L.escalated, width: 14, translated: false, value: (line) => line.escalatedOn ?? '' },
  {
    header: L.previousScore,
    width: 14,
    translated: false,
    value: (line) => line.previous?.score ?? '',
  },
  { header: L.trend, width: 14, translated: true, value: riskTrendText },
  { header: L.recordedOn, width: 12, translated: false, value: (line) => line.recordedOn },
  { header: L.closedOn, width: 12, translated: false, value: (line) => line.closedOn ?? '' },
];

const of = (group: Label, column: Label): Bi => ({
  en: `${group.en}: ${column.en}`,
  cy: `${group.cy}: ${column.cy}`,
});

/** One row per well-being goal: its actions by status, then its measures by RAG. */
const GOAL_COLUMNS: Column<ReportGoalContributionModel>[] = [
  {
    header: L.goal,
    width: 50,
    translated: true,
    value: (row) => WELL_BEING_GOAL_LABELS[row.goal],
  },
  ...[...RAG_STATUS_ORDER, 'NO_UPDATE' as const].map(
    (status): Column<ReportGoalContributionModel> => ({
      header: of(L.actionsTagged, RAG_LABEL_OF(status)),
      width: 14,
      translated: false,
      value: (row) => {
        const field = {
          RED: 'red',
          AMBER: 'amber',
          GREEN: 'green',
          NOT_STARTED: 'notStarted',
          COMPLETE: 'complete',
          NO_UPDATE: 'noUpdate',
        } as const;
        return row.actions[field[status]];
      },
    }),
  ),
  {
    header: of(L.actionsTagged, L.total),
    width: 14,
    translated: false,
    value: (row) => row.actions.total,
  },
  ...(
    [
      [MEASURE_RAG_LABELS[MeasureRag.RED], 'red'],
      [MEASURE_RAG_LABELS[MeasureRag.AMBER], 'amber'],
      [MEASURE_RAG_LABELS[MeasureRag.GREEN], 'green'],
      [L.noTarget, 'contextual'],
      [L.noFigure, 'noFigure'],
      [L.total, 'total'],
    ] as const
  ).map(([label, field]): Column<ReportGoalContributionModel> => ({
    header: of(L.measureCountsOf, label),
    width: 14,
    translated: false,
    value: (row) => row.measures[field],
  })),
];

/**
 * A worksheet of one row per item, filters on. Bilingual: each text column appears twice, Welsh
 * then English, side by side; status columns are shaded as in the Word paper.
 */
function addSheet<T>(
  workbook: ExcelJS.Workbook,
  name: Bi,
  definitions: Column<T>[],
  items: T[],
  language: ExportLanguage,
): void {
  const sides: Language[] = language === 'both' ? ['cy', 'en'] : [language];
  const columns = definitions.flatMap((column) => {
    const perSide = column.translated ? sides : [sides[0]];
    return perSide.map((side) => ({
      header:
        column.translated && language === 'both'
          ? `${column.header[side]} (${side === 'cy' ? 'Cymraeg' : 'English'})`
          : inline(column.header, language),
      width: column.width,
      cell: (item: T) => (column.translated ? column.value(item)[side] : column.value(item)),
      status: column.status,
    }));
  });
  const sheet = workbook.addWorksheet(inline(name, language, ' - ').slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = columns.map((column) => ({ header: column.header, width: column.width }));
  sheet.getRow(1).font = { bold: true };
  for (const item of items) {
    const row = sheet.addRow(columns.map((column) => column.cell(item)));
    columns.forEach((column, index) => {
      const status = column.status?.(item);
      if (!status) return;
      row.getCell(index + 1).fill = {
        type: 'pattern',
        pattern: 'solid',
        fgColor: { argb: `FF${SHADE_TINTS[status].toUpperCase()}` },
      };
    });
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}

/**
 * The report's data: one row per action, then a "Measures" sheet with one row per measure as at
 * the period end, then (in reports with a risk section) a "Risks" sheet: every risk open at the
 * period end, then those closed since the baseline.
 */
export async function renderXlsx(
  content: ReportContentModel,
  language: ExportLanguage,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Cynnydd';
  addSheet(workbook, L.allActions, COLUMNS, content.actions, language);
  addSheet(workbook, L.measuresSheet, MEASURE_COLUMNS, content.measures.measures, language);
  if (content.risks) {
    const { risks, closed } = content.risks;
    addSheet(workbook, L.risks, RISK_COLUMNS, [...risks, ...closed], language);
  }
  if (content.goalContribution.length) {
    addSheet(workbook, L.goalsSheet, GOAL_COLUMNS, content.goalContribution, language);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
