import ExcelJS from 'exceljs';

import {
  addTemplateSheet,
  readSheetRows,
  type SheetLayout,
  type SheetRow,
} from '@cynnydd/plans/data-access';
import { RagStatus } from '@cynnydd/shared/domain';

/** The "Status updates" sheet: a plan's past quarterly updates, one an action and quarter. */
export const STATUS_UPDATES_SHEET = {
  name: 'Status updates',
  rowsAre: 'status updates',
  columns: [
    { key: 'reference', en: 'Reference', cy: 'Cyfeirnod' },
    { key: 'quarter', en: 'Quarter (1 to 4)', cy: 'Chwarter (1 i 4)' },
    { key: 'rag', en: 'RAG status', cy: 'Statws RAG' },
    { key: 'percentComplete', en: 'Per cent complete', cy: 'Canran wedi’i chwblhau' },
    { key: 'commentaryEn', en: 'Commentary (English)', cy: 'Sylwebaeth (Saesneg)' },
    { key: 'commentaryCy', en: 'Commentary (Welsh)', cy: 'Sylwebaeth (Cymraeg)' },
    { key: 'author', en: 'Author (e-mail)', cy: 'Awdur (e-bost)' },
    { key: 'submittedOn', en: 'Submitted on', cy: 'Cyflwynwyd ar' },
  ],
} as const satisfies SheetLayout<string>;

export type StatusUpdateColumn = (typeof STATUS_UPDATES_SHEET)['columns'][number]['key'];
export type StatusUpdateRow = SheetRow<StatusUpdateColumn>;

export function readStatusUpdateRows(
  fileName: string,
  content: Buffer,
): Promise<StatusUpdateRow[]> {
  return readSheetRows<StatusUpdateColumn>(fileName, content, STATUS_UPDATES_SHEET);
}

/** The template for a plan's past updates, with one example row. */
export async function statusUpdateTemplate(financialYear: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  addTemplateSheet<StatusUpdateColumn>(workbook, STATUS_UPDATES_SHEET, {
    example: {
      reference: '1.1',
      quarter: 1,
      rag: RagStatus.GREEN,
      percentComplete: 25,
      commentaryEn: 'Campaign materials agreed with Careers Wales.',
      commentaryCy: 'Deunyddiau’r ymgyrch wedi’u cytuno gyda Gyrfa Cymru.',
      author: 'someone@heiw.example.wales',
      submittedOn: new Date(Date.UTC(financialYear, 6, 10)),
    },
    lists: { quarter: ['1', '2', '3', '4'], rag: Object.values(RagStatus) },
    wide: ['commentaryEn', 'commentaryCy'],
    dates: ['submittedOn'],
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
