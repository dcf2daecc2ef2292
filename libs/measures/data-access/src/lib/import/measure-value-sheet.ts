import ExcelJS from 'exceljs';

import {
  addTemplateSheet,
  readSheetRows,
  type SheetLayout,
  type SheetRow,
} from '@cynnydd/plans/data-access';
import { ValueQuality } from '@cynnydd/shared/domain';

/** The "Measure values" sheet: figures for many measures at once, one a measure and period. */
export const MEASURE_VALUES_SHEET = {
  name: 'Measure values',
  rowsAre: 'figures',
  columns: [
    { key: 'reference', en: 'Measure reference', cy: 'Cyfeirnod y mesur' },
    { key: 'periodStart', en: 'Period starts on', cy: 'Cyfnod yn dechrau ar' },
    { key: 'value', en: 'Figure', cy: 'Ffigur' },
    { key: 'quality', en: 'Quality', cy: 'Ansawdd' },
    { key: 'reasonEn', en: 'Why not available (English)', cy: 'Pam nad yw ar gael (Saesneg)' },
    { key: 'reasonCy', en: 'Why not available (Welsh)', cy: 'Pam nad yw ar gael (Cymraeg)' },
    { key: 'commentaryEn', en: 'Commentary (English)', cy: 'Sylwebaeth (Saesneg)' },
    { key: 'commentaryCy', en: 'Commentary (Welsh)', cy: 'Sylwebaeth (Cymraeg)' },
  ],
} as const satisfies SheetLayout<string>;

export type MeasureValueColumn = (typeof MEASURE_VALUES_SHEET)['columns'][number]['key'];
export type MeasureValueRow = SheetRow<MeasureValueColumn>;

export function readMeasureValueRows(fileName: string, content: Buffer) {
  return readSheetRows<MeasureValueColumn>(fileName, content, MEASURE_VALUES_SHEET);
}

/** The template, with one row per measure and period due when given, else an example row. */
export async function measureValuesTemplate(
  due: { reference: string; periodStart: string }[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const [first, ...rest] = due.length ? due : [{ reference: 'M1.1', periodStart: '2026-07-01' }];
  const row = (figure: { reference: string; periodStart: string }) => ({
    reference: figure.reference,
    periodStart: new Date(`${figure.periodStart}T00:00:00Z`),
    value: '',
    quality: ValueQuality.CONFIRMED,
    reasonEn: '',
    reasonCy: '',
    commentaryEn: '',
    commentaryCy: '',
  });
  const sheet = addTemplateSheet<MeasureValueColumn>(workbook, MEASURE_VALUES_SHEET, {
    example: row(first),
    lists: { quality: Object.values(ValueQuality) },
    wide: ['reasonEn', 'reasonCy', 'commentaryEn', 'commentaryCy'],
    dates: ['periodStart'],
  });
  // Placed by number: the lists' validation already reaches down the sheet, so addRow would
  // append below it.
  rest.forEach((figure, index) => (sheet.getRow(index + 3).values = row(figure)));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
