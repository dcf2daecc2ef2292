/** @jest-environment node */
import ExcelJS from 'exceljs';

import { calendarDate, tableFile, type Table } from './table-file';

const TABLE: Table = {
  sheetName: 'Camau gweithredu',
  headings: ['Cyfeirnod', 'Teitl', 'Dyddiad cau'],
  rows: [
    ['1.1', 'Llesiant y gweithlu, a’r Gymraeg', calendarDate('2027-03-31')],
    ['1.2', 'Cadw staff "profiadol"', null],
  ],
};

describe('a downloaded list', () => {
  it('is a spreadsheet with the headings, the text as shown and real dates', async () => {
    const blob = await tableFile(TABLE, 'xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await blob.arrayBuffer());
    const sheet = workbook.getWorksheet('Camau gweithredu');
    expect(sheet?.getRow(1).values).toEqual([undefined, 'Cyfeirnod', 'Teitl', 'Dyddiad cau']);
    expect(sheet?.getCell('B2').value).toBe('Llesiant y gweithlu, a’r Gymraeg');
    expect(sheet?.getCell('C2').value).toEqual(new Date('2027-03-31T00:00:00Z'));
    expect(sheet?.getCell('C2').numFmt).toBe('d mmmm yyyy');
    expect(sheet?.rowCount).toBe(3);
  });

  it('is a CSV that Excel reads as UTF-8, quoted where a value needs it', async () => {
    const blob = await tableFile(TABLE, 'csv');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.split('\r\n')).toEqual([
      'Cyfeirnod,Teitl,Dyddiad cau',
      '1.1,"Llesiant y gweithlu, a’r Gymraeg",2027-03-31',
      '1.2,"Cadw staff ""profiadol""",',
    ]);
  });
});
