import ExcelJS from 'exceljs';

import { LEAD_ORGANISATION_LABELS, THEME_LABELS, type Language } from '@cynnydd/shared/domain';

import type { ReportActionLineModel, ReportContentModel } from '../models/report-content.model';
import { EXPORT_LABELS as L } from './export-labels';
import { bi, inline, type Bi, type ExportLanguage } from './export-language';
import { RAG_TINTS } from './rag-chart';
import { RAG_LABEL_OF } from './report-document';

type Column = { header: Bi; width: number } & (
  | { translated: true; value: (line: ReportActionLineModel) => Bi }
  | { translated: false; value: (line: ReportActionLineModel) => number | string }
);

const COLUMNS: Column[] = [
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
  { header: L.dueDate, width: 12, translated: false, value: (line) => line.dueDate },
  {
    header: L.status,
    width: 16,
    translated: true,
    value: (line) => RAG_LABEL_OF(line.rag ?? 'NO_UPDATE'),
  },
  { header: L.percent, width: 12, translated: false, value: (line) => line.percentComplete ?? '' },
  { header: L.commentary, width: 60, translated: true, value: (line) => bi(line.commentary) },
  { header: L.risks, width: 40, translated: true, value: (line) => bi(line.risks) },
  { header: L.mitigation, width: 40, translated: true, value: (line) => bi(line.nextSteps) },
];

/**
 * The report's action data, one row per action with filters on. Bilingual: each text column
 * appears twice, Welsh then English, side by side.
 */
export async function renderXlsx(
  content: ReportContentModel,
  language: ExportLanguage,
): Promise<Buffer> {
  const sides: Language[] = language === 'both' ? ['cy', 'en'] : [language];
  const columns = COLUMNS.flatMap((column) => {
    const perSide = column.translated ? sides : [sides[0]];
    return perSide.map((side) => ({
      header:
        column.translated && language === 'both'
          ? `${column.header[side]} (${side === 'cy' ? 'Cymraeg' : 'English'})`
          : inline(column.header, language),
      width: column.width,
      cell: (line: ReportActionLineModel) =>
        column.translated ? column.value(line)[side] : column.value(line),
      status: column.header === L.status,
    }));
  });

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Cynnydd';
  const sheet = workbook.addWorksheet(inline(L.allActions, language, ' - ').slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = columns.map((column) => ({ header: column.header, width: column.width }));
  sheet.getRow(1).font = { bold: true };
  for (const line of content.actions) {
    const row = sheet.addRow(columns.map((column) => column.cell(line)));
    columns.forEach((column, index) => {
      if (!column.status) return;
      row.getCell(index + 1).fill = {
        type: 'pattern',
        pattern: 'solid',
        fgColor: { argb: `FF${RAG_TINTS[line.rag ?? 'NO_UPDATE'].toUpperCase()}` },
      };
    });
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
