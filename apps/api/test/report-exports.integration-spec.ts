import ExcelJS from 'exceljs';
import JSZip from 'jszip';

import type { Person } from '@cynnydd/directory/data-access';
import type { Measure } from '@cynnydd/measures/data-access';
import { StatusUpdate } from '@cynnydd/reporting/data-access';
import { RagStatus, Role } from '@cynnydd/shared/domain';
import { readWordDocument } from '@cynnydd/shared/testing';
import type { StrategicArea } from '@cynnydd/strategy/data-access';

import { Fixtures } from './support/fixtures';
import { pdfText } from './support/pdf-text';
import { startTestApp, type Client, type TestApp } from './support/test-app';

const CREATE = `mutation ($input: CreateReportInput!) { createReport(input: $input) { id version } }`;
const ISSUE = `mutation ($input: ReportVersionInput!) { issueReport(input: $input) { id } }`;
const INJECTION = '<script>alert("x")</script>';

function download(client: Client, reportId: string, query: string) {
  return fetch(`${client.url}/reports/${reportId}/export?${query}`, {
    headers: client.cookie ? { cookie: client.cookie } : {},
  });
}

async function file(client: Client, reportId: string, format: string, language: string) {
  const response = await download(client, reportId, `format=${format}&language=${language}`);
  expect(response.status).toBe(200);
  return { response, body: Buffer.from(await response.arrayBuffer()) };
}

function workbookOf(body: Buffer): Promise<ExcelJS.Workbook> {
  // exceljs is typed against an older Buffer declaration.
  return new ExcelJS.Workbook().xlsx.load(body as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
}

/** Today is 2025-11-15. */
describe('report exports: Word, PDF and Excel, in English, Welsh or both', () => {
  let app: TestApp;
  let lead: Person;
  let issuedId: string;
  let draftId: string;
  let fixtures: Fixtures;
  let [late, onTarget]: Measure[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    fixtures = new Fixtures(app.dataSource);
    const areas = await fixtures.strategy();
    lead = await fixtures.person();
    const plan = await fixtures.plan(2025);
    const q2 = await fixtures.period(2025, 2);
    const red = await fixtures.action({
      plan,
      area: areas.get(2) as StrategicArea,
      reference: '2.4',
      owners: [lead],
    });
    const green = await fixtures.action({
      plan,
      area: areas.get(6) as StrategicArea,
      reference: '6.1',
      owners: [lead],
    });
    await app.dataSource.getRepository(StatusUpdate).save({
      actionId: red.id,
      reportingPeriodId: q2.id,
      rag: RagStatus.RED,
      percentComplete: 10,
      commentary: { en: `Funding delayed. ${INJECTION}`, cy: 'Mae’r cyllid wedi’i oedi.' },
      risks: { en: 'Posts unfilled', cy: 'Swyddi heb eu llenwi' },
      nextSteps: { en: 'Escalate to the board', cy: 'Uwchgyfeirio i’r bwrdd' },
      authorId: lead.id,
    });
    await fixtures.update(green, q2, lead, RagStatus.GREEN);
    // Quarterly percentages, lower is better: 7.5% against 6% is red, 5% green.
    late = await fixtures.measure({
      owner: lead,
      area: areas.get(2) as StrategicArea,
      reference: 'M2.1',
      targets: { 2025: 6 },
    });
    await fixtures.measureValue(late, '2025-04-01', 6.5, lead);
    await fixtures.measureValue(late, '2025-07-01', 7.5, lead, {
      commentary: { en: `Agency use rose. ${INJECTION}`, cy: 'Cododd y defnydd o asiantaethau.' },
    });
    onTarget = await fixtures.measure({
      owner: lead,
      area: areas.get(6) as StrategicArea,
      reference: 'M6.1',
      targets: { 2025: 6 },
    });
    await fixtures.measureValue(onTarget, '2025-07-01', 5, lead);
    const report = (
      await app.ok(CREATE, {
        input: {
          reportingPeriodId: q2.id,
          audience: 'OVERSIGHT_BOARD',
          executiveSummary: { en: 'Steady progress.', cy: 'Cynnydd cyson.' },
        },
      })
    ).createReport;
    await app.ok(ISSUE, { input: { id: report.id, expectedVersion: report.version } });
    issuedId = report.id;
    draftId = (
      await app.ok(CREATE, { input: { reportingPeriodId: q2.id, audience: 'JOINT_BOARD' } })
    ).createReport.id;
  });
  afterAll(() => app.close());

  it('gives a Word board paper with a cover, contents, tables, chart and labelled RAG cells', async () => {
    const { response, body } = await file(app, issuedId, 'docx', 'en');
    expect(response.headers.get('content-type')).toContain('wordprocessingml');
    expect(response.headers.get('content-disposition')).toContain(
      'cynnydd-oversight-board-2025-26-Q2-edition-1-en.docx',
    );
    const { text, xml, media } = await readWordDocument(body);
    expect(text).toContain('Progress report: Oversight board');
    expect(text).toContain('Edition 1');
    expect(text).toMatch(/Contents\n1\. Executive summary\n2\. RAG summary/);
    expect(text).toContain('Steady progress.');
    expect(text).toContain('2.4 Action');
    expect(text).toContain('Posts unfilled');
    // Commentary is text, whatever it contains.
    expect(text).toContain(`Funding delayed. ${INJECTION}`);
    // A red cell says "Red" and is shaded.
    expect(xml).toMatch(/w:fill="f6d7d2"[\s\S]{0,400}Red</);
    // The RAG chart, and the trend chart of the one measure off target.
    expect(media).toHaveLength(2);
  });

  it('puts a sharp RAG chart in Word, described in words for screen readers', async () => {
    const zip = await JSZip.loadAsync((await file(app, issuedId, 'docx', 'cy')).body);
    const xml = await (zip.file('word/document.xml') as JSZip.JSZipObject).async('string');
    // The chart's alt text gives each area's figures, in the paper's language.
    const descr = [...xml.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map(([, text]) =>
      text.replace(/&apos;/g, "'"),
    );
    const chart = descr.find((text) => text.startsWith('Camau gweithredu yn ôl statws'));
    expect(chart).toMatch(/2\. [^:;]+: 1 coch;/);
    expect(chart).toMatch(/6\. [^:;]+: 1 gwyrdd;/);
    // The PNG is drawn at twice the size it is placed at: 1440 pixels wide.
    const pngs = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => name.startsWith('word/media/'))
        .map((name) => (zip.file(name) as JSZip.JSZipObject).async('nodebuffer')),
    );
    const widths = pngs.map((png) => {
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      return png.readUInt32BE(16);
    });
    expect(widths).toContain(1440);
  });

  it('writes the Welsh paper in Welsh, and the bilingual one with both', async () => {
    const welsh = (await readWordDocument((await file(app, issuedId, 'docx', 'cy')).body)).text;
    expect(welsh).toContain('Adroddiad cynnydd: Bwrdd goruchwylio');
    expect(welsh).toContain('Crynodeb gweithredol');
    expect(welsh).toContain('Cynnydd cyson.');
    expect(welsh).toContain('Mae’r cyllid wedi’i oedi.');
    expect(welsh).toContain('Coch');
    expect(welsh).not.toContain('Executive summary');

    const both = (await readWordDocument((await file(app, issuedId, 'docx', 'both')).body)).text;
    expect(both).toContain('Crynodeb gweithredol / Executive summary');
    expect(both).toContain('Cynnydd cyson.');
    expect(both).toContain('Steady progress.');
  });

  it('prints the same report to PDF', async () => {
    const { response, body } = await file(app, issuedId, 'pdf', 'en');
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    // Table cells wrap: compare with line breaks as spaces.
    const text = (await pdfText(body)).replace(/\s+/g, ' ');
    expect(text).toContain('Progress report: Oversight board');
    expect(text).toContain('Exceptions: red and amber actions');
    expect(text).toContain('Posts unfilled');
    expect(text).toContain(INJECTION);

    const welsh = (await pdfText((await file(app, issuedId, 'pdf', 'cy')).body)).replace(
      /\s+/g,
      ' ',
    );
    expect(welsh).toContain('Eithriadau: camau gweithredu coch ac ambr');
    expect(welsh).toContain('Swyddi heb eu llenwi');
  });

  it('gives the action data in Excel, one row per action, with filters on', async () => {
    const workbook = await workbookOf((await file(app, issuedId, 'xlsx', 'en')).body);
    const sheet = workbook.worksheets[0];
    const header = (sheet.getRow(1).values as string[]).slice(1);
    expect(header.slice(0, 3)).toEqual(['Ref.', 'Strategic area', 'Action']);
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.rowCount).toBe(3);
    const status = header.indexOf('Status') + 1;
    expect(sheet.getRow(2).getCell(1).value).toBe('2.4');
    expect(sheet.getRow(2).getCell(status).value).toBe('Red');
    expect(sheet.getRow(3).getCell(status).value).toBe('Green');

    const bilingual = await workbookOf((await file(app, issuedId, 'xlsx', 'both')).body);
    const headers = (bilingual.worksheets[0].getRow(1).values as string[]).slice(1);
    expect(headers).toContain('Statws (Cymraeg)');
    expect(headers).toContain('Status (English)');
    const row = bilingual.worksheets[0].getRow(2);
    expect(row.getCell(headers.indexOf('Sylwebaeth (Cymraeg)') + 1).value).toBe(
      'Mae’r cyllid wedi’i oedi.',
    );
    expect(row.getCell(headers.indexOf('Statws (Cymraeg)') + 1).value).toBe('Coch');
  });

  it('gives the measures scorecard and those off target, with RAG in words, in Word', async () => {
    const { text, xml, media } = await readWordDocument(
      (await file(app, issuedId, 'docx', 'en')).body,
    );
    expect(text).toMatch(/\d+\. Outcome measures\n\d+\. Measures off target\n/);
    expect(text).toContain('Latest figures for periods ended by 30 September 2025');
    expect(text).toContain(
      'Ref.\nMeasure\nLatest figure\nPeriod\nTarget\nRAG\nDirection of travel\n',
    );
    expect(text).toContain(`M2.1\n${late.name.en}\n7.5%\n2025-26 Q2\n6%\nRed\nWorsening\n`);
    expect(text).toContain(`M6.1\n${onTarget.name.en}\n5%\n2025-26 Q2\n6%\nGreen\n–\n`);
    // Off target: the reason for the RAG and the commentary, then the recent figures as a chart
    // with the same figures in a table.
    expect(text).toContain('Red: 7.5% against a target of 6%; red beyond 1 point');
    expect(text).toContain(`Agency use rose. ${INJECTION}`);
    // (the chart's own paragraph holds only the picture: an empty line in the text)
    expect(text).toContain(
      `M2.1 ${late.name.en} – Recent figures\n\nThe figure (solid line) and target (dashed line) of the latest periods. The table gives the same figures.\nPeriod\nValue\nTarget\n2025-26 Q1\n6.5%\n6%\n2025-26 Q2\n7.5%\n6%\n`,
    );
    expect(text).not.toMatch(/M6\.1 [^\n]* – Recent figures/);
    expect(xml).toMatch(/w:fill="cce2d8"[\s\S]{0,400}Green</);
    // The RAG chart and the off-target measure's trend chart, drawn sharp (twice its size).
    expect(media).toHaveLength(2);
    const zip = await JSZip.loadAsync((await file(app, issuedId, 'docx', 'en')).body);
    const widths = await Promise.all(
      media.map(async (name) =>
        (await (zip.file(name) as JSZip.JSZipObject).async('nodebuffer')).readUInt32BE(16),
      ),
    );
    expect(widths).toContain(1280);

    const welsh = (await readWordDocument((await file(app, issuedId, 'docx', 'cy')).body)).text;
    expect(welsh).toContain('Mesurau canlyniadau');
    expect(welsh).toContain(
      'Cyf.\nMesur\nFfigur diweddaraf\nCyfnod\nTarged\nRAG\nCyfeiriad teithio\n',
    );
    expect(welsh).toContain(`M2.1\n${late.name.cy}\n7.5%\n2025-26 Ch2\n6%\nCoch\nYn gwaethygu\n`);
    expect(welsh).toContain('Mesurau sydd oddi ar y targed');
    expect(welsh).toContain('Cododd y defnydd o asiantaethau.');
    expect(welsh).not.toContain('Outcome measures');

    const both = (await readWordDocument((await file(app, issuedId, 'docx', 'both')).body)).text;
    expect(both).toContain('Mesurau canlyniadau / Outcome measures');
    expect(both).toContain('Coch\nRed\n');
  });

  it('prints the measures to PDF with a trend chart', async () => {
    const text = (await pdfText((await file(app, issuedId, 'pdf', 'en')).body)).replace(
      /\s+/g,
      ' ',
    );
    expect(text).toContain('Outcome measures');
    expect(text).toContain('Measures off target');
    expect(text).toContain('Red: 7.5% against a target of 6%; red beyond 1 point');
    // The chart's own text: its legend and value labels.
    expect(text).toMatch(/Figure.*Target|Target.*Figure/);
    const welsh = (await pdfText((await file(app, issuedId, 'pdf', 'cy')).body)).replace(
      /\s+/g,
      ' ',
    );
    expect(welsh).toContain('Mesurau canlyniadau');
  });

  it('gives a Measures sheet in Excel, one row per measure, in the chosen language', async () => {
    const workbook = await workbookOf((await file(app, issuedId, 'xlsx', 'en')).body);
    const sheet = workbook.getWorksheet('Measures') as ExcelJS.Worksheet;
    expect(sheet).toBeTruthy();
    const header = (sheet.getRow(1).values as string[]).slice(1);
    expect(header).toEqual(
      expect.arrayContaining([
        'Ref.',
        'Measure',
        'Latest figure',
        'Period',
        'Target',
        'RAG',
        'Direction of travel',
        'RAG explanation',
        'Commentary',
      ]),
    );
    expect(sheet.rowCount).toBe(3);
    const cell = (row: number, column: string) =>
      sheet.getRow(row).getCell(header.indexOf(column) + 1);
    expect(cell(2, 'Ref.').value).toBe('M2.1');
    expect(cell(2, 'Latest figure').value).toBe('7.5%');
    expect(cell(2, 'Value').value).toBe(7.5);
    expect(cell(2, 'RAG').value).toBe('Red');
    expect(cell(2, 'RAG').fill).toMatchObject({ fgColor: { argb: 'FFF6D7D2' } });
    expect(cell(2, 'RAG explanation').value).toBe(
      'Red: 7.5% against a target of 6%; red beyond 1 point',
    );
    expect(cell(2, 'Commentary').value).toBe(`Agency use rose. ${INJECTION}`);
    expect(cell(3, 'RAG').value).toBe('Green');

    const welsh = await workbookOf((await file(app, issuedId, 'xlsx', 'cy')).body);
    const mesurau = welsh.getWorksheet('Mesurau') as ExcelJS.Worksheet;
    const pennawd = (mesurau.getRow(1).values as string[]).slice(1);
    expect(pennawd).toEqual(expect.arrayContaining(['Cyf.', 'Mesur', 'Ffigur diweddaraf']));
    expect(mesurau.getRow(2).getCell(pennawd.indexOf('RAG') + 1).value).toBe('Coch');
    expect(mesurau.getRow(2).getCell(pennawd.indexOf('Cyfnod') + 1).value).toBe('2025-26 Ch2');

    const bilingual = await workbookOf((await file(app, issuedId, 'xlsx', 'both')).body);
    const headers = (bilingual.worksheets[1].getRow(1).values as string[]).slice(1);
    expect(headers).toEqual(expect.arrayContaining(['RAG (Cymraeg)', 'RAG (English)']));
  });

  it('leaves the issued exports unchanged when a figure is revised later; a draft shows it', async () => {
    const measureRows = async (id: string) => {
      const workbook = await workbookOf((await file(app, id, 'xlsx', 'en')).body);
      const sheet = workbook.getWorksheet('Measures') as ExcelJS.Worksheet;
      return sheet.getSheetValues().slice(1);
    };
    const before = {
      // The text (the XML numbers its drawings afresh on each export).
      docx: (await readWordDocument((await file(app, issuedId, 'docx', 'en')).body)).text,
      xlsx: await measureRows(issuedId),
    };
    await fixtures.measureValue(late, '2025-07-01', 5.5, lead, {
      commentary: { en: 'Corrected figure.', cy: null },
    });
    const after = (await readWordDocument((await file(app, issuedId, 'docx', 'en')).body)).text;
    expect(after === before.docx).toBe(true);
    expect(after).toContain('Red: 7.5% against a target of 6%; red beyond 1 point');
    expect(await measureRows(issuedId)).toEqual(before.xlsx);

    const draft = (await readWordDocument((await file(app, draftId, 'docx', 'en')).body)).text;
    expect(draft).toContain(`M2.1\n${late.name.en}\n5.5% (Revised)\n2025-26 Q2\n6%\nGreen\n`);
    expect(draft).toContain('No measure is off target.');
  });

  it('refuses bad requests with a clear status and reason', async () => {
    const bad = await download(app, issuedId, 'format=odt&language=en');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 'BAD_USER_INPUT', field: 'format' });
    expect((await download(app.anonymous, issuedId, 'format=docx&language=en')).status).toBe(401);
    const board = await app.signedIn(Role.BOARD_MEMBER);
    expect((await download(board, draftId, 'format=docx&language=en')).status).toBe(404);
    expect((await download(board, issuedId, 'format=xlsx&language=cy')).status).toBe(200);
  });
});

describe('PDF export without Chromium', () => {
  it('answers 503 SERVICE_UNAVAILABLE, and the other formats still work', async () => {
    const app = await startTestApp({ chromiumPath: '/nonexistent/chromium' });
    try {
      const fixtures = new Fixtures(app.dataSource);
      await fixtures.strategy();
      const period = await fixtures.period(2025, 2);
      const { id } = (
        await app.ok(CREATE, {
          input: { reportingPeriodId: period.id, audience: 'OPERATIONAL_GROUP' },
        })
      ).createReport;
      const pdf = await download(app, id, 'format=pdf&language=en');
      expect(pdf.status).toBe(503);
      expect(await pdf.json()).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
      expect((await download(app, id, 'format=docx&language=en')).status).toBe(200);
    } finally {
      await app.close();
    }
  });
});
