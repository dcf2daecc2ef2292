import JSZip from 'jszip';

import { AgendaItem } from '@cynnydd/meetings/data-access';
import type { ReportingPeriod } from '@cynnydd/reporting/data-access';
import { ForumKind, MeetingState, RagStatus, Role } from '@cynnydd/shared/domain';
import { printWithLibreOffice, readWordDocument } from '@cynnydd/shared/testing';
import type { StrategicArea } from '@cynnydd/strategy/data-access';

import { Fixtures } from './support/fixtures';
import { pdfPages } from './support/pdf-text';
import { errorOf, startTestApp, type TestApp } from './support/test-app';

const COVER = `coverSheet { meetingName { en cy } meetingDate agendaItem author executiveSponsor presenter
  purpose recommendation { en cy } summary { en cy } strategicObjectives { en cy }
  impacts { impact text { en cy } } }`;
const SETTINGS = `{ boardPaperSettings { version layout classification { en cy } ${COVER} } }`;
const UPDATE_SETTINGS = `mutation ($input: UpdateBoardPaperSettingsInput!) {
  updateBoardPaperSettings(input: $input) { version layout classification { en cy } ${COVER} } }`;
const CREATE = `mutation ($input: CreateReportInput!) { createReport(input: $input) { id version ${COVER} } }`;
const UPDATE = `mutation ($input: UpdateReportInput!) { updateReport(input: $input) { id version ${COVER} } }`;
const ISSUE = `mutation ($input: ReportVersionInput!) { issueReport(input: $input) { id version ${COVER} } }`;

/** The board paper as sent: cover sheet, layout, languages and what a real reader makes of it. */
describe('board papers: the cover sheet and the documents', () => {
  let app: TestApp;
  let fixtures: Fixtures;
  let areas: Map<number, StrategicArea>;
  let year = 2040;

  beforeAll(async () => {
    app = await startTestApp();
    fixtures = new Fixtures(app.dataSource);
    areas = await fixtures.strategy();
  });
  afterAll(() => app.close());

  /** A year of its own with an action in every area, each reported; its Q1 report drafted. */
  const draftPaper = async (audience = 'OVERSIGHT_BOARD') => {
    year += 1;
    const plan = await fixtures.plan(year);
    const period: ReportingPeriod = await fixtures.period(year, 1);
    const owner = await fixtures.person();
    for (const [number, area] of areas) {
      const action = await fixtures.action({
        plan,
        area,
        owners: [owner],
        reference: `${number}.1`,
      });
      await fixtures.update(action, period, owner, number % 3 ? RagStatus.GREEN : RagStatus.AMBER);
    }
    const { createReport } = await app.ok(CREATE, {
      input: { reportingPeriodId: period.id, audience },
    });
    return createReport;
  };
  const download = async (id: string, format: string, language: string) => {
    const response = await fetch(
      `${app.url}/reports/${id}/export?format=${format}&language=${language}`,
      {
        headers: { cookie: app.cookie as string },
      },
    );
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  };

  it('starts every draft from the programme office’s defaults, changed once and audited', async () => {
    const { boardPaperSettings: before } = await app.ok(SETTINGS);
    expect(before.classification).toEqual({ en: 'OFFICIAL', cy: 'SWYDDOGOL' });
    expect(before.coverSheet.purpose).toBe('ASSURANCE');
    expect(before.coverSheet.impacts.map((row: { impact: string }) => row.impact)).toEqual([
      'QUALITY_AND_SAFETY',
      'FINANCIAL',
      'RISK',
      'WORKFORCE',
      'LEGAL',
      'WELSH_LANGUAGE',
      'EQUALITY',
      'WAYS_OF_WORKING',
    ]);
    const lead = await app.signedIn(Role.LEAD, await fixtures.person());
    const refused = await lead.gql(UPDATE_SETTINGS, {
      input: { expectedVersion: before.version, layout: 'WELSH_THEN_ENGLISH' },
    });
    expect(errorOf(refused).code).toBe('FORBIDDEN');
    const { updateBoardPaperSettings: after } = await app.ok(UPDATE_SETTINGS, {
      input: {
        expectedVersion: before.version,
        coverSheet: {
          executiveSponsor: 'Director of Workforce',
          impacts: [
            { impact: 'FINANCIAL', text: { en: 'Within budget.', cy: 'O fewn y gyllideb.' } },
          ],
        },
      },
    });
    expect(after.coverSheet.executiveSponsor).toBe('Director of Workforce');
    expect(after.coverSheet.impacts[1].text).toEqual({
      en: 'Within budget.',
      cy: 'O fewn y gyllideb.',
    });
    expect(after.coverSheet.impacts[5].text).toEqual(before.coverSheet.impacts[5].text);
    const stale = await app.gql(UPDATE_SETTINGS, {
      input: { expectedVersion: before.version, layout: 'WELSH_THEN_ENGLISH' },
    });
    expect(errorOf(stale)).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion' });
    const [audit] = await app.dataSource.query(
      `SELECT changes FROM audit_entry WHERE entity_type = 'BoardPaperSettings' ORDER BY occurred_at DESC LIMIT 1`,
    );
    expect(audit.changes.map((change: { field: string }) => change.field)).toEqual([
      'coverSheet.executiveSponsor',
      'coverSheet.impacts.FINANCIAL.cy',
      'coverSheet.impacts.FINANCIAL.en',
    ]);

    const draft = await draftPaper();
    expect(draft.coverSheet.executiveSponsor).toBe('Director of Workforce');
  });

  it('keeps a draft’s cover sheet as written, checks it, and freezes it on issue', async () => {
    const draft = await draftPaper();
    const bad = await app.gql(UPDATE, {
      input: {
        id: draft.id,
        expectedVersion: draft.version,
        coverSheet: { meetingDate: '2026-13-45', purpose: 'APPROVAL' },
      },
    });
    expect(errorOf(bad)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'coverSheet.meetingDate' });
    const { updateReport: changed } = await app.ok(UPDATE, {
      input: {
        id: draft.id,
        expectedVersion: draft.version,
        coverSheet: {
          author: 'Head of Workforce Strategy',
          purpose: 'DISCUSSION',
          meetingName: { en: 'Oversight board', cy: 'Bwrdd goruchwylio' },
          meetingDate: '2041-07-15',
          agendaItem: '5.1',
          summary: { en: 'Most actions are on track.', cy: 'Mae’r rhan fwyaf ar y trywydd iawn.' },
        },
      },
    });
    expect(changed.coverSheet).toMatchObject({
      author: 'Head of Workforce Strategy',
      purpose: 'DISCUSSION',
      meetingDate: '2041-07-15',
      agendaItem: '5.1',
    });
    const { issueReport: issued } = await app.ok(ISSUE, {
      input: { id: draft.id, expectedVersion: changed.version },
    });
    expect(issued.coverSheet).toEqual(changed.coverSheet);
    await expect(
      app.dataSource.query(`UPDATE report SET cover_sheet = NULL WHERE id = $1`, [draft.id]),
    ).rejects.toThrow(/frozen/);
  });

  it('opens the Word paper with the cover sheet, then numbered sections, on fixed columns, with header and footer', async () => {
    const draft = await draftPaper();
    const { issueReport: issued } = await app.ok(ISSUE, {
      input: { id: draft.id, expectedVersion: draft.version },
    });
    // Tabled at the oversight board's meeting: the cover sheet names it.
    const forum = await fixtures.forum(ForumKind.OVERSIGHT_BOARD);
    const meeting = await fixtures.meeting(
      forum,
      `${year}-07-20T09:30:00Z`,
      MeetingState.SCHEDULED,
    );
    await app.dataSource.getRepository(AgendaItem).save({
      meetingId: meeting.id,
      position: 3,
      title: { en: 'Workforce strategy progress', cy: 'Cynnydd y strategaeth gweithlu' },
      reportId: issued.id,
      minutes: { en: null, cy: null },
    });
    const english = await download(issued.id, 'docx', 'en');
    const { text, xml } = await readWordDocument(english);
    expect(text.indexOf('Report cover sheet')).toBeLessThan(text.indexOf('Contents'));
    expect(text).toContain(`Meeting of ${year}-07-20, 20 July ${year}`);
    expect(text).toContain('For assurance');
    expect(text).toMatch(/1\. Executive summary/);
    expect(xml).toContain('w:tblLayout w:type="fixed"');
    expect(xml).toMatch(/<w:lang w:val="en-GB"\/>/);
    expect(xml).toContain('w:orient="landscape"');
    expect(xml).toContain('<w:cantSplit/>');
    expect(xml).toContain('<w:tblHeader/>');
    const zip = await JSZip.loadAsync(english);
    const parts = Object.keys(zip.files);
    const header = await zip
      .file(parts.find((name) => /word\/header\d*\.xml/.test(name)) as string)
      ?.async('string');
    const footer = await zip
      .file(parts.find((name) => /word\/footer\d*\.xml/.test(name)) as string)
      ?.async('string');
    expect(header).toContain('OFFICIAL');
    expect(header).toContain('Edition 1');
    expect(header).toMatch(/Issued \d{1,2} \w+ \d{4}/);
    expect(footer).toContain('NUMPAGES');
    expect(footer).toContain('This paper is also available in Welsh.');

    const welsh = await readWordDocument(await download(issued.id, 'docx', 'cy'));
    expect(welsh.text).toContain('Taflen glawr yr adroddiad');
    expect(welsh.xml).toMatch(/<w:lang w:val="cy-GB"\/>/);
  });

  it('prints a tagged PDF with the cover sheet first and a page count on every page', async () => {
    const draft = await draftPaper();
    const pdf = await download(draft.id, 'pdf', 'cy');
    expect(pdf.includes('/StructTreeRoot')).toBe(true); // tagged
    expect(pdf.includes('/Outlines')).toBe(true); // bookmarks from the headings
    const pages = await pdfPages(pdf);
    expect(pages[0]).toContain('Taflen glawr yr adroddiad');
    expect(pages[0]).toMatch(new RegExp(`Tudalen 1 o ${pages.length}`));
    expect(pages[0]).toContain('SWYDDOGOL');
    // The board pack: the full list of actions is its appendix.
    expect(pages.some((page) => page.includes('Atodiad A: Pob cam gweithredu'))).toBe(true);
  });

  it('lays a paper in both languages out as the programme office has set: Welsh first', async () => {
    const draft = await draftPaper();
    const sideBySide = await readWordDocument(await download(draft.id, 'docx', 'both'));
    expect(sideBySide.text.indexOf('Taflen glawr yr adroddiad')).toBeLessThan(
      sideBySide.text.indexOf('Report cover sheet'),
    );
    const { boardPaperSettings } = await app.ok(SETTINGS);
    await app.ok(UPDATE_SETTINGS, {
      input: { expectedVersion: boardPaperSettings.version, layout: 'WELSH_THEN_ENGLISH' },
    });
    try {
      const sequential = await readWordDocument(await download(draft.id, 'docx', 'both'));
      const welshContents = sequential.text.indexOf('Cynnwys');
      const englishCover = sequential.text.indexOf('Report cover sheet');
      expect(welshContents).toBeGreaterThan(0);
      expect(englishCover).toBeGreaterThan(welshContents);
    } finally {
      const { boardPaperSettings: now } = await app.ok(SETTINGS);
      await app.ok(UPDATE_SETTINGS, {
        input: { expectedVersion: now.version, layout: 'SIDE_BY_SIDE' },
      });
    }
  });

  it('reads in LibreOffice as written: cover sheet on page one, area names in wide enough cells', async () => {
    const draft = await draftPaper();
    const docx = await download(draft.id, 'docx', 'en');
    const pages = await pdfPages(await printWithLibreOffice(docx, 'docx'));
    expect(pages.length).toBeGreaterThanOrEqual(5);
    expect(pages.length).toBeLessThanOrEqual(40);
    expect(pages[0]).toContain('Report cover sheet');
    expect(pages[0]).toContain('Impact assessment');
    const summaryPage = pages.findIndex((page) => /\d+\. RAG summary/.test(page));
    expect(summaryPage).toBeGreaterThan(1);
    for (const area of areas.values()) {
      // Each title's first words on one line: the column is wide enough not to break them.
      const opening = (area.title.en as string).split(' ').slice(0, 3).join(' ');
      expect([
        area.number,
        pages.slice(summaryPage).some((page) => page.includes(opening)),
      ]).toEqual([area.number, true]);
    }
    // The table grid Word and LibreOffice both lay out by: the area column at least 4 cm.
    const { xml } = await readWordDocument(docx);
    const grids = [...xml.matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/g)].map((match) =>
      [...match[1].matchAll(/w:w="(\d+)"/g)].map((width) => Number(width[1])),
    );
    const summaryGrid = grids.find((grid) => grid.length === 8);
    expect(summaryGrid?.[0]).toBeGreaterThanOrEqual(2268);
  });

  it('makes a slide deck for the joint board: one slide per area, read in LibreOffice Impress', async () => {
    const draft = await draftPaper('JOINT_BOARD');
    const pptx = await download(draft.id, 'pptx', 'cy');
    const zip = await JSZip.loadAsync(pptx);
    const slides = Object.keys(zip.files).filter((name) =>
      /^ppt\/slides\/slide\d+\.xml$/.test(name),
    );
    // Title, the RAG summary chart, then the seven areas (no measures or risks in this year).
    expect(slides).toHaveLength(9);
    const chart = await zip.file('ppt/slides/slide2.xml')?.async('string');
    expect(chart).toMatch(/descr="Camau gweithredu yn ôl statws ym mhob maes strategol\./);
    const area = await zip.file('ppt/slides/slide3.xml')?.async('string');
    expect(area).toContain('lang="cy-GB"');
    const pages = await pdfPages(await printWithLibreOffice(pptx, 'pptx'));
    expect(pages).toHaveLength(9);
    for (const [number, { title }] of areas) {
      expect(pages[number + 1]).toContain((title.cy as string).split(' ').slice(0, 2).join(' '));
    }
  });
});
