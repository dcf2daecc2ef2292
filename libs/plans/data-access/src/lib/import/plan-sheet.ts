import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';

import { badUserInput } from '@cynnydd/server/core';
import { LeadOrganisation, Theme } from '@cynnydd/shared/domain';

/** The columns of the "Actions" sheet: a key, and the heading in English and Welsh. */
export const ACTION_COLUMNS = [
  { key: 'reference', en: 'Reference', cy: 'Cyfeirnod' },
  { key: 'area', en: 'Area number', cy: 'Rhif y maes' },
  { key: 'titleEn', en: 'Title (English)', cy: 'Teitl (Saesneg)' },
  { key: 'titleCy', en: 'Title (Welsh)', cy: 'Teitl (Cymraeg)' },
  { key: 'descriptionEn', en: 'Description (English)', cy: 'Disgrifiad (Saesneg)' },
  { key: 'descriptionCy', en: 'Description (Welsh)', cy: 'Disgrifiad (Cymraeg)' },
  { key: 'lead', en: 'Lead organisation', cy: 'Sefydliad arweiniol' },
  { key: 'owners', en: 'Owners (e-mail; e-mail)', cy: 'Perchnogion (e-bost; e-bost)' },
  { key: 'startDate', en: 'Start date', cy: 'Dyddiad dechrau' },
  { key: 'dueDate', en: 'Due date', cy: 'Dyddiad cau' },
  { key: 'themes', en: 'Principles (code; code)', cy: 'Egwyddorion (cod; cod)' },
  {
    key: 'milestones',
    en: 'Milestones (date | English | Welsh; one a line)',
    cy: 'Cerrig milltir (dyddiad | Saesneg | Cymraeg; un y llinell)',
  },
] as const;

export type ActionColumn = (typeof ACTION_COLUMNS)[number]['key'];

export const ACTIONS_SHEET = 'Actions';
/** Files larger than this are refused before they are read. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 1_000;

export function heading(column: (typeof ACTION_COLUMNS)[number]): string {
  return `${column.en} / ${column.cy}`;
}

/** One row of the file: its number, each column's text and the cell it came from. */
export interface SheetRow {
  row: number;
  values: Record<ActionColumn, string>;
  cell: (column: ActionColumn) => string;
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

async function readWorkbook(fileName: string, content: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  const lower = fileName.toLowerCase();
  try {
    if (lower.endsWith('.xlsx')) {
      // exceljs's typings predate Node's generic Buffer.
      await workbook.xlsx.load(content as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet(ACTIONS_SHEET) ?? workbook.worksheets[0];
      if (!sheet) throw badUserInput('file', `has no "${ACTIONS_SHEET}" sheet`);
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
 * The rows of a plan's file, columns found by their English or Welsh heading (or both, as the
 * template writes them) in the first row. Empty rows are skipped.
 */
export async function readActionRows(fileName: string, content: Buffer): Promise<SheetRow[]> {
  if (content.length > MAX_IMPORT_BYTES) {
    throw badUserInput('file', `is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
  }
  const sheet = await readWorkbook(fileName, content);
  const headings = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, column) => headings.set(text(cell.value).toLowerCase(), column));
  const positions = new Map<ActionColumn, number>();
  const missing: string[] = [];
  for (const column of ACTION_COLUMNS) {
    const position = [heading(column), column.en, column.cy]
      .map((name) => headings.get(name.toLowerCase()))
      .find((found) => found !== undefined);
    if (position === undefined) missing.push(column.en);
    else positions.set(column.key, position);
  }
  if (missing.length) throw badUserInput('file', `has no column "${missing.join('", "')}"`);
  const sheetName = sheet.name || ACTIONS_SHEET;
  const rows: SheetRow[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const values = Object.fromEntries(
      ACTION_COLUMNS.map(({ key }) => [key, text(row.getCell(positions.get(key) as number).value)]),
    ) as Record<ActionColumn, string>;
    if (Object.values(values).every((value) => value === '')) return;
    rows.push({
      row: number,
      values,
      cell: (column) =>
        `${sheetName}!${sheet.getColumn(positions.get(column) as number).letter}${number}`,
    });
  });
  if (rows.length === 0) throw badUserInput('file', 'has no actions in it');
  if (rows.length > MAX_IMPORT_ROWS) {
    throw badUserInput('file', `has more than ${MAX_IMPORT_ROWS} actions`);
  }
  return rows;
}

/** The template: the columns with both headings, lists to choose from and one example row. */
export async function planTemplate(financialYear: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(ACTIONS_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = ACTION_COLUMNS.map((column) => ({
    header: heading(column),
    key: column.key,
    width: column.key.startsWith('description') || column.key === 'milestones' ? 50 : 24,
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { wrapText: true, vertical: 'top' };
  sheet.addRow({
    reference: '1.1',
    area: 1,
    titleEn: 'Promote health and social care careers in schools',
    titleCy: 'Hyrwyddo gyrfaoedd iechyd a gofal cymdeithasol mewn ysgolion',
    descriptionEn: 'Work with Careers Wales on a joint campaign.',
    descriptionCy: 'Gweithio gyda Gyrfa Cymru ar ymgyrch ar y cyd.',
    lead: LeadOrganisation.JOINT,
    owners: 'someone@heiw.example.wales',
    startDate: new Date(Date.UTC(financialYear, 3, 1)),
    dueDate: new Date(Date.UTC(financialYear + 1, 2, 31)),
    themes: `${Theme.WELL_BEING}; ${Theme.WELSH_LANGUAGE_AND_CULTURE}`,
    milestones: `${financialYear}-09-30 | Campaign launched | Ymgyrch wedi’i lansio`,
  });
  for (const key of ['startDate', 'dueDate'] as const) sheet.getColumn(key).numFmt = 'yyyy-mm-dd';
  const lists: Partial<Record<ActionColumn, string[]>> = {
    area: ['1', '2', '3', '4', '5', '6', '7'],
    lead: Object.values(LeadOrganisation),
  };
  for (const [key, values] of Object.entries(lists)) {
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
  const codes = workbook.addWorksheet('Codes');
  codes.addRow(['Principle code / Cod egwyddor']);
  for (const theme of Object.values(Theme)) codes.addRow([theme]);
  codes.addRow([]);
  codes.addRow(['Lead organisation code / Cod sefydliad arweiniol']);
  for (const lead of Object.values(LeadOrganisation)) codes.addRow([lead]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
