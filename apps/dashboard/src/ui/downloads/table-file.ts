import Papa from 'papaparse';

/** A cell of a downloaded list: calendar dates as Dates (UTC midnight), so Excel sorts them. */
export type Cell = string | number | Date | null;

/** What a list shows, as a table to download. */
export interface Table {
  /** The spreadsheet's tab name (at most 31 characters, Excel's limit). */
  sheetName: string;
  headings: string[];
  rows: Cell[][];
}

export type TableFormat = 'xlsx' | 'csv';

const MIME_TYPES: Record<TableFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
};

function csvCell(cell: Cell): string | number {
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return cell ?? '';
}

async function xlsxBytes(table: Table): Promise<ArrayBuffer> {
  // Loaded on the first download only: the spreadsheet library is large and most visits never need it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(table.sheetName.slice(0, 31));
  sheet.addRow(table.headings).font = { bold: true };
  sheet.addRows(table.rows.map((row) => row.map((cell) => cell ?? '')));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.columns.forEach((column, index) => {
    const dates = table.rows.some((row) => row[index] instanceof Date);
    if (dates) column.numFmt = 'd mmmm yyyy';
    const longest = Math.max(
      table.headings[index]?.length ?? 0,
      ...table.rows.map((row) => String(csvCell(row[index] ?? null)).length),
    );
    column.width = Math.min(60, Math.max(10, longest + 2));
  });
  return workbook.xlsx.writeBuffer();
}

/** The table as a file in the chosen format. */
export async function tableFile(table: Table, format: TableFormat): Promise<Blob> {
  if (format === 'xlsx') return new Blob([await xlsxBytes(table)], { type: MIME_TYPES.xlsx });
  const csv = Papa.unparse([table.headings, ...table.rows.map((row) => row.map(csvCell))]);
  // A byte-order mark, so Excel reads Welsh letters (ŵ, ŷ) as UTF-8.
  return new Blob(['\ufeff', csv], { type: MIME_TYPES.csv });
}

/** A calendar date from the API ("2027-03-31") as a spreadsheet date. */
export function calendarDate(isoDate: string | null | undefined): Date | null {
  return isoDate ? new Date(`${isoDate}T00:00:00Z`) : null;
}
