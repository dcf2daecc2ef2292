import ExcelJS from 'exceljs';

import { LeadOrganisation, Theme } from '@cynnydd/shared/domain';

import { addTemplateSheet, readSheetRows, type SheetLayout, type SheetRow } from './sheet';

/** The "Actions" sheet of a plan's file. */
export const ACTIONS_SHEET = {
  name: 'Actions',
  rowsAre: 'actions',
  columns: [
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
  ],
} as const satisfies SheetLayout<string>;

export type ActionColumn = (typeof ACTIONS_SHEET)['columns'][number]['key'];
export type ActionRow = SheetRow<ActionColumn>;

export function readActionRows(fileName: string, content: Buffer): Promise<ActionRow[]> {
  return readSheetRows<ActionColumn>(fileName, content, ACTIONS_SHEET);
}

/** The template: the columns with both headings, lists to choose from and one example row. */
export async function planTemplate(financialYear: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  addTemplateSheet<ActionColumn>(workbook, ACTIONS_SHEET, {
    example: {
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
    },
    lists: { area: ['1', '2', '3', '4', '5', '6', '7'], lead: Object.values(LeadOrganisation) },
    wide: ['descriptionEn', 'descriptionCy', 'milestones'],
    dates: ['startDate', 'dueDate'],
  });
  const codes = workbook.addWorksheet('Codes');
  codes.addRow(['Principle code / Cod egwyddor']);
  for (const theme of Object.values(Theme)) codes.addRow([theme]);
  codes.addRow([]);
  codes.addRow(['Lead organisation code / Cod sefydliad arweiniol']);
  for (const lead of Object.values(LeadOrganisation)) codes.addRow([lead]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
