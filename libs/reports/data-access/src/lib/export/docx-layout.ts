import { inline, type Bi, type ExportLanguage } from './export-language';
import type { Cell } from './report-document';

/*
 * Page geometry of the Word paper and the column widths of its tables. Widths are written into
 * each table's grid with a fixed layout, so Word and LibreOffice draw the same columns whatever
 * their own auto-fit would do (LibreOffice squeezed the first column of a percentage-width table
 * to a few characters).
 */

/** A4 with 2 cm margins, in twentieths of a point. */
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: 1134,
} as const;
export const PORTRAIT_TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
export const LANDSCAPE_TEXT_WIDTH = PAGE.height - 2 * PAGE.margin;

/** The narrowest a column may be (about 1.4 cm): a number or a status still fits. */
export const MIN_COLUMN_WIDTH = 800;
/** A column of names or sentences is never narrower than this (about 4.2 cm). */
export const MIN_TEXT_COLUMN_WIDTH = 2400;

/** Characters in a cell's longest line, in the export's language(s). */
function widthOf(text: Bi, language: ExportLanguage): number {
  return Math.max(
    0,
    ...inline(text, language, '\n')
      .split('\n')
      .map((line) => line.length),
  );
}

/** A column's typical width: its header's longest word, or its cells' average length. */
function weightOf(header: Bi, cells: Cell[], language: ExportLanguage): number {
  const headerWord = Math.max(
    ...inline(header, language, ' ')
      .split(/\s+/)
      .map((word) => word.length),
  );
  const average = cells.length
    ? cells.reduce((sum, cell) => sum + widthOf(cell.text, language), 0) / cells.length
    : 0;
  return Math.min(40, Math.max(headerWord, average, 4));
}

/** Whether a column holds sentences or names rather than figures and statuses. */
const isText = (weight: number) => weight >= 20;

export interface TableLayout {
  widths: number[];
  landscape: boolean;
}

/**
 * Widths in proportion to what the columns hold, every column at least its minimum; a table the
 * document calls wide, or with many columns of which more than one holds text, goes on a
 * landscape page.
 */
export function tableLayout(
  columns: Bi[],
  rows: Cell[][],
  language: ExportLanguage,
  wide = false,
): TableLayout {
  const weights = columns.map((header, index) =>
    weightOf(header, rows.map((row) => row[index]).filter(Boolean), language),
  );
  const textColumns = weights.filter(isText).length;
  const landscape = wide || (columns.length >= 6 && textColumns >= 2);
  const total = landscape ? LANDSCAPE_TEXT_WIDTH : PORTRAIT_TEXT_WIDTH;
  const minimum = weights.map((weight) =>
    isText(weight) ? MIN_TEXT_COLUMN_WIDTH : MIN_COLUMN_WIDTH,
  );
  const spare = total - minimum.reduce((sum, width) => sum + width, 0);
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  const widths = minimum.map((width, index) =>
    Math.floor(width + (Math.max(0, spare) * weights[index]) / weightSum),
  );
  return { widths, landscape };
}
