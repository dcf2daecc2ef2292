import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';

import { badUserInput } from '@cynnydd/server/core';

/** Files larger than this are refused before they are read. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 1_000;

/** A column of an imported sheet: a key, and its heading in English and Welsh. */
export interface SheetColumn<K extends string> {
  key: K;
  en: string;
  cy: string;
}

/** An imported sheet: its name, its columns, and what a row is ("actions"). */
export interface SheetLayout<K extends string> {
  name: string;
  columns: readonly SheetColumn<K>[];
  rowsAre: string;
}

export function heading(column: SheetColumn<string>): string {
  return `${column.en} / ${column.cy}`;
}

/** One row of the file: its number, each column's text and the cell it came from. */
export interface SheetRow<K extends string> {
  row: number;
  values: Record<K, string>;
  cell: (column: K) => string;
}

/** A cell's value as text; Excel dates as calendar dates ("2027-03-31"). */
function text(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value)
      return value.richText
        .map((part) => part.text)
        .join('')
        .trim();
    if ('text' in value) return String(value.text).trim();
    if ('result' in value) return text(value.result as ExcelJS.CellValue);
  }
  return String(value).trim();
}

async function readWorksheet(
  fileName: string,
  content: Buffer,
  name: string,
): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  const lower = fileName.toLowerCase();
  try {
    if (lower.endsWith('.xlsx')) {
      // exceljs's typings predate Node's generic Buffer.
      await workbook.xlsx.load(content as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet(name) ?? workbook.worksheets[0];
      if (!sheet) throw badUserInput('file', `has no "${name}" sheet`);
      return sheet;
    }
    if (lower.endsWith('.csv')) {
      const csv = content.toString('utf8').replace(/^\ufeff/, '');
      return await workbook.csv.read(Readable.from([csv]));
    }
  } catch (error) {
    if (error instanceof Error && error.name === 'DomainError') throw error;
    throw badUserInput('file', 'could not be read as a spreadsheet');
  }
  throw badUserInput('file', 'must be an Excel workbook (.xlsx) or a CSV file (.csv)');
}

/**
 * The rows of an imported file, columns found by their English or Welsh heading (or both, as
 * the templates write them) in the first row. Empty rows are skipped.
 */
export async function readSheetRows<K extends string>(
  fileName: string,
  content: Buffer,
  layout: SheetLayout<K>,
): Promise<SheetRow<K>[]> {
  if (content.length > MAX_IMPORT_BYTES) {
    throw badUserInput('file', `is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
  }
  const sheet = await readWorksheet(fileName, content, layout.name);
  const headings = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, column) => headings.set(text(cell.value).toLowerCase(), column));
  const positions = new Map<K, number>();
  const missing: string[] = [];
  for (const column of layout.columns) {
    const position = [heading(column), column.en, column.cy]
      .map((name) => headings.get(name.toLowerCase()))
      .find((found) => found !== undefined);
    if (position === undefined) missing.push(column.en);
    else positions.set(column.key, position);
  }
  if (missing.length) throw badUserInput('file', `has no column "${missing.join('", "')}"`);
  const sheetName = sheet.name || layout.name;
  const rows: SheetRow<K>[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const values = Object.fromEntries(
      layout.columns.map(({ key }) => [key, text(row.getCell(positions.get(key) as number).value)]),
    ) as Record<K, string>;
    if (Object.values(values).every((value) => value === '')) return;
    rows.push({
      row: number,
      values,
      cell: (column) =>
        `${sheetName}!${sheet.getColumn(positions.get(column) as number).letter}${number}`,
    });
  });
  if (rows.length === 0) throw badUserInput('file', `has no ${layout.rowsAre} in it`);
  if (rows.length > MAX_IMPORT_ROWS) {
    throw badUserInput('file', `has more than ${MAX_IMPORT_ROWS} ${layout.rowsAre}`);
  }
  return rows;
}

/**
 * A template sheet: the columns with both headings, lists to choose from (with Excel's own
 * validation) and one example row. `wide` columns hold long text.
 */
export function addTemplateSheet<K extends string>(
  workbook: ExcelJS.Workbook,
  layout: SheetLayout<K>,
  {
    example,
    lists,
    wide,
    dates,
  }: {
    example: Record<K, string | number | Date>;
    lists: Partial<Record<K, string[]>>;
    wide: readonly K[];
    dates: readonly K[];
  },
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(layout.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = layout.columns.map((column) => ({
    header: heading(column),
    key: column.key,
    width: wide.includes(column.key) ? 50 : 24,
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { wrapText: true, vertical: 'top' };
  sheet.addRow(example);
  for (const key of dates) sheet.getColumn(key).numFmt = 'yyyy-mm-dd';
  for (const [key, values] of Object.entries(lists) as [K, string[]][]) {
    const letter = sheet.getColumn(key).letter;
    for (let row = 2; row <= MAX_IMPORT_ROWS + 1; row++) {
      sheet.getCell(`${letter}${row}`).dataValidation = {
        type: 'list',
        allowBlank: false,
        formulae: [`"${values.join(',')}"`],
        showErrorMessage: true,
        errorTitle: 'Cynnydd',
        error: `${values.join(', ')}`,
      };
    }
  }
  return sheet;
}
