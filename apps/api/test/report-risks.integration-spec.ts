import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';

import type { Person } from '@cynnydd/directory/data-access';
import type { ReportingPeriod } from '@cynnydd/reporting/data-access';
import type { Risk } from '@cynnydd/risks/data-access';
import { RiskCategory } from '@cynnydd/shared/domain';
import { readWordDocument } from '@cynnydd/shared/testing';
import type { StrategicArea } from '@cynnydd/strategy/data-access';

import { Fixtures } from './support/fixtures';
import { pdfText } from './support/pdf-text';
import { startTestApp, type TestApp } from './support/test-app';

const SCORE = `likelihood consequence score band`;
const RISK = `riskId reference kind title { en cy } category owner current { ${SCORE} }
  target { score } appetite aboveAppetite escalatedOn closedOn recordedOn previous { score } trend`;
const RISKS = `risks {
  asAt since sinceReportId sincePeriod
  bands { band count } heatMap { likelihood consequence count }
  risks { ${RISK} } aboveAppetite { reference } opened { reference } closed { reference closedOn }
  worsened { reference } improved { reference }
}`;
const REPORT = `id version state edition content { ${RISKS} }`;
const CREATE = `mutation ($input: CreateReportInput!) { createReport(input: $input) { ${REPORT} } }`;
const ISSUE = `mutation ($input: ReportVersionInput!) { issueReport(input: $input) { ${REPORT} } }`;
const READ = `query ($id: ID!) { report(id: $id) { ${REPORT} } }`;
const LIST = `query ($filter: ReportFilter) { reports(filter: $filter) { id state } }`;
const REVIEW = `mutation ($input: ReviewRiskInput!) { reviewRisk(input: $input) { id } }`;
const VERSION = `query ($id: ID!) { risk(id: $id) { version } }`;

interface RiskLine {
  reference: string;
  current: { likelihood: number; consequence: number; score: number; band: string };
  previous: { score: number } | null;
  [field: string]: unknown;
}
interface Section {
  asAt: string;
  since: string;
  sinceReportId: string | null;
  sincePeriod: string | null;
  bands: { band: string; count: number }[];
  heatMap: { likelihood: number; consequence: number; count: number }[];
  risks: RiskLine[];
  aboveAppetite: { reference: string }[];
  opened: { reference: string }[];
  closed: { reference: string; closedOn: string }[];
  worsened: { reference: string }[];
  improved: { reference: string }[];
}
interface ReportRead {
  id: string;
  version: number;
  content: { risks: Section | null };
}

const run = promisify(execFile);

/**
 * Today is 2025-11-15 (2025-26 Q3). The register, every score dated by its review:
 * A workforce 3×3 from 10 Apr, 4×4 from 1 Aug, 2×2 from 5 Oct (appetite 12);
 * B financial 3×3 from 1 May, escalated 10 Sep (appetite 8);
 * C delivery 3×4 from 20 Apr, closed 15 Aug;
 * D delivery 2×2 from 15 Jul (new in Q2);
 * E delivery 5×5 from 1 Oct (after Q2);
 * F delivery 1×3 from 5 Apr, escalated 18 Oct and closed 20 Oct (both after Q2).
 * Tests read only these risks by reference, as others may add risks of their own.
 */
describe('the reports’ risk section', () => {
  let app: TestApp;
  let fixtures: Fixtures;
  let owner: Person;
  let area: StrategicArea;
  let [q1, q2, q3, q4]: ReportingPeriod[] = [];
  let [a, b, c, d, e, f]: Risk[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    fixtures = new Fixtures(app.dataSource);
    area = (await fixtures.strategy()).get(1) as StrategicArea;
    owner = await fixtures.person();
    [q1, q2, q3, q4] = [
      await fixtures.period(2025, 1),
      await fixtures.period(2025, 2),
      await fixtures.period(2025, 3),
      await fixtures.period(2025, 4),
    ];
    const risk = (
      category: RiskCategory,
      current: [number, number],
      reviewedOn: string,
    ): Promise<Risk> => fixtures.risk({ owner, area, category, current, reviewedOn });
    a = await risk(RiskCategory.WORKFORCE, [3, 3], '2025-04-10');
    await fixtures.riskReview(a, '2025-08-01', [4, 4]);
    await fixtures.riskReview(a, '2025-10-05', [2, 2]);
    b = await risk(RiskCategory.FINANCIAL, [3, 3], '2025-05-01');
    await fixtures.escalateRisk(b, '2025-09-10');
    c = await risk(RiskCategory.DELIVERY, [3, 4], '2025-04-20');
    await fixtures.closeRisk(c, '2025-08-15');
    d = await risk(RiskCategory.DELIVERY, [2, 2], '2025-07-15');
    e = await risk(RiskCategory.DELIVERY, [5, 5], '2025-10-01');
    f = await risk(RiskCategory.DELIVERY, [1, 3], '2025-04-05');
    await fixtures.escalateRisk(f, '2025-10-18');
    await fixtures.closeRisk(f, '2025-10-20');
  });
  afterAll(() => app.close());

  const ours = () => new Set([a, b, c, d, e, f].map((risk) => risk.reference));
  const refs = (lines: { reference: string }[]) =>
    lines.map((line) => line.reference).filter((reference) => ours().has(reference));
  const lineOf = (section: Section, risk: Risk) =>
    section.risks.find((line) => line.reference === risk.reference) as RiskLine;

  /** The draft for a period and audience, started if there is none. */
  const draft = async (period: ReportingPeriod, audience: string): Promise<ReportRead> => {
    const { reports } = await app.ok(LIST, { filter: { reportingPeriodId: period.id, audience } });
    const existing = reports.find((report: { state: string }) => report.state === 'DRAFT');
    if (existing) return (await app.ok(READ, { id: existing.id })).report;
    return (await app.ok(CREATE, { input: { reportingPeriodId: period.id, audience } }))
      .createReport;
  };
  const issue = async (report: ReportRead): Promise<ReportRead> =>
    (await app.ok(ISSUE, { input: { id: report.id, expectedVersion: report.version } }))
      .issueReport;
  const download = async (id: string, format: string, language: string) => {
    const response = await fetch(
      `${app.url}/reports/${id}/export?format=${format}&language=${language}`,
      {
        headers: app.cookie ? { cookie: app.cookie } : {},
      },
    );
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  };

  it('reports the register as at the period end: scores from reviews by then, later risks left out', async () => {
    const section = (await draft(q2, 'OVERSIGHT_BOARD')).content.risks as Section;
    expect(section).toMatchObject({
      asAt: '2025-09-30',
      // No earlier oversight report: new, closed and moved since the start of the period.
      since: '2025-06-30',
      sinceReportId: null,
      sincePeriod: null,
    });
    // Open at the end of September, highest score first; E came later, C had closed, and F
    // closed only in October.
    expect(refs(section.risks)).toEqual([a, b, d, f].map((risk) => risk.reference));
    expect(lineOf(section, a)).toMatchObject({
      category: 'WORKFORCE',
      owner: owner.name,
      title: { en: expect.stringMatching(/^Risk /), cy: expect.stringMatching(/^Risg /) },
      current: { likelihood: 4, consequence: 4, score: 16, band: 'EXTREME' },
      appetite: 12,
      aboveAppetite: true,
      previous: { score: 9 },
      trend: 'WORSENING',
      recordedOn: '2025-04-10',
    });
    expect(lineOf(section, b)).toMatchObject({
      aboveAppetite: true, // 9 against the financial appetite of 8
      escalatedOn: '2025-09-10',
      trend: 'NO_CHANGE',
    });
    expect(lineOf(section, f)).toMatchObject({ escalatedOn: null, closedOn: null });
    expect(lineOf(section, d)).toMatchObject({ previous: null, trend: null });
    expect(refs(section.aboveAppetite)).toEqual([a.reference, b.reference]);
    expect(refs(section.opened)).toEqual([d.reference]);
    expect(section.closed.filter((line) => ours().has(line.reference))).toEqual([
      { reference: c.reference, closedOn: '2025-08-15' },
    ]);
    expect(refs(section.worsened)).toEqual([a.reference]);

    // The heat map counts exactly the open risks listed, cell by cell, and the bands sum it.
    expect(section.heatMap).toHaveLength(25);
    for (const cell of section.heatMap) {
      const listed = section.risks.filter(
        (line) =>
          line.current.likelihood === cell.likelihood &&
          line.current.consequence === cell.consequence,
      );
      expect(cell.count).toBe(listed.length);
    }
    expect(
      section.heatMap.find((cell) => cell.likelihood === 4 && cell.consequence === 4)?.count,
    ).toBeGreaterThan(0);
    expect(section.bands.map((band) => band.band)).toEqual(['LOW', 'MODERATE', 'HIGH', 'EXTREME']);
    expect(section.bands.reduce((total, band) => total + band.count, 0)).toBe(section.risks.length);
  });

  it('compares with the scores the audience’s previous report printed, not with the reviews', async () => {
    const g = await fixtures.risk({
      owner,
      area,
      category: RiskCategory.WORKFORCE,
      current: [2, 3],
      reviewedOn: '2025-04-02',
    });
    const q1Paper = await issue(await draft(q1, 'JOINT_BOARD'));
    expect(lineOf(q1Paper.content.risks as Section, g).current.score).toBe(6);
    // A review dated before Q1's end but recorded after its paper was issued: the board was
    // shown 6, so that is what Q2 is compared with.
    await fixtures.riskReview(g, '2025-06-20', [4, 5]);

    const section = (await draft(q2, 'JOINT_BOARD')).content.risks as Section;
    expect(section).toMatchObject({
      since: '2025-06-30',
      sinceReportId: q1Paper.id,
      sincePeriod: '2025-26 Q1',
    });
    expect(lineOf(section, g)).toMatchObject({
      current: { score: 20 },
      previous: { score: 6 },
      trend: 'WORSENING',
    });
    expect(lineOf(section, a)).toMatchObject({ previous: { score: 9 }, current: { score: 16 } });
  });

  it('freezes the section on issue: a later review shows only in a new draft', async () => {
    const issued = await issue(await draft(q3, 'OPERATIONAL_GROUP'));
    const before = issued.content.risks as Section;
    expect(lineOf(before, a).current.score).toBe(4);
    expect(refs(before.opened)).toContain(e.reference);
    expect(refs(before.closed)).toEqual([f.reference]);

    const { risk } = await app.ok(VERSION, { id: a.id });
    await app.ok(REVIEW, {
      input: {
        riskId: a.id,
        expectedVersion: risk.version,
        current: { likelihood: 5, consequence: 4 },
        commentary: { en: 'Vacancies rose again.', cy: 'Cododd y swyddi gwag eto.' },
      },
    });

    const again = (await app.ok(READ, { id: issued.id })).report as ReportRead;
    expect(again.content.risks).toEqual(before);
    const next = (await draft(q3, 'OPERATIONAL_GROUP')).content.risks as Section;
    expect(lineOf(next, a)).toMatchObject({ current: { score: 20 }, aboveAppetite: true });
    expect(refs(next.aboveAppetite)).toContain(a.reference);
  });

  it('writes the risk section into the Word paper: heat map as a table, register, in English, Welsh and both', async () => {
    const { id } = await draft(q2, 'OVERSIGHT_BOARD');
    const { text, xml } = await readWordDocument(await download(id, 'docx', 'en'));
    expect(text).toMatch(
      /\d+\. Risks and issues\n\d+\. Risk register\n\d+\. Risks above appetite\n\d+\. Risk movement\n/,
    );
    expect(text).toContain('Scores from the risk reviews dated by 30 September 2025');
    // The heat map: axis headings, then a row per likelihood (highest first), each cell its
    // count and band in words.
    expect(text).toContain(
      '\nConsequence\nLikelihood\n1 Negligible\n2 Minor\n3 Moderate\n4 Major\n5 Catastrophic\n5 Almost certain\n',
    );
    expect(text).toMatch(
      /\n4 Likely\n\d+ – Moderate\n\d+ – High\n\d+ – High\n[1-9]\d* – Extreme\n\d+ – Extreme\n/,
    );
    expect(xml).toMatch(/w:fill="f6d7d2"[\s\S]{0,400}– Extreme</);
    expect(xml).toMatch(/w:fill="fff7bf"[\s\S]{0,400}– Moderate</);
    // The register: its header row repeats on every page.
    expect(text).toContain(
      'Risk\nCategory\nOwner\nCurrent score\nTarget score\nAppetite\nAbove appetite\nEscalated\nTrend\n',
    );
    expect(xml).toMatch(/<w:tblHeader\/>[\s\S]{0,4000}Current score[\s\S]{0,1500}Above appetite/);
    expect(text).toContain(
      `${a.reference} ${a.title.en}\nWorkforce\n${owner.name}\n16 – Extreme (4 × 4)\n–\n12\nYes\nNo\nWorsening\n`,
    );
    expect(text).toContain(
      `${b.reference} ${b.title.en}\nFinancial\n${owner.name}\n9 – High (3 × 3)\n–\n8\nYes\n10 September 2025\nNo change\n`,
    );
    expect(text).toContain('New, closed and changed since the start of the period.');
    const lists = 'Risk\nOwner\nPrevious score\nCurrent score\nEscalated\n';
    expect(text).toContain(
      `New risks\n${lists}${d.reference} ${d.title.en}\n${owner.name}\nNew\n4 – Moderate (2 × 2)\nNo\n`,
    );
    expect(text).toContain(
      `Closed risks\n${lists}${c.reference} ${c.title.en}\n${owner.name}\n12 – High (3 × 4)\n12 – High (3 × 4)\nNo\n`,
    );
    expect(text).not.toContain(`${e.reference} ${e.title.en}\n`);

    const welsh = (await readWordDocument(await download(id, 'docx', 'cy'))).text;
    expect(welsh).toContain('Risgiau a phroblemau');
    expect(welsh).toContain('\nCanlyniad\nTebygolrwydd\n1 Dibwys\n');
    expect(welsh).toContain(
      `${a.reference} ${a.title.cy}\nGweithlu\n${owner.name}\n16 – Eithafol (4 × 4)\n–\n12\nIe\nNa\nYn gwaethygu\n`,
    );
    expect(welsh).not.toContain('Risks and issues');

    const both = (await readWordDocument(await download(id, 'docx', 'both'))).text;
    expect(both).toContain('Risgiau a phroblemau / Risks and issues');
    expect(both).toContain('16 – Eithafol (4 × 4)\n16 – Extreme (4 × 4)\n');
  });

  it('gives a Word file that LibreOffice opens, with the heat map in it', async () => {
    const { id } = await draft(q2, 'OVERSIGHT_BOARD');
    const folder = await mkdtemp(join(tmpdir(), 'risks-docx-'));
    try {
      await writeFile(join(folder, 'paper.docx'), await download(id, 'docx', 'en'));
      await run('soffice', [
        `-env:UserInstallation=file://${folder}/profile`,
        '--headless',
        '--convert-to',
        'txt:Text',
        '--outdir',
        folder,
        join(folder, 'paper.docx'),
      ]);
      const text = await readFile(join(folder, 'paper.txt'), 'utf8');
      expect(text).toContain('Risks and issues');
      expect(text).toContain('5 Almost certain');
      expect(text).toContain('16 – Extreme (4 × 4)');
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }, 120_000);

  it('prints the same risk section to PDF, the heat map as a table', async () => {
    const { id } = await draft(q2, 'OVERSIGHT_BOARD');
    const text = (await pdfText(await download(id, 'pdf', 'en'))).replace(/\s+/g, ' ');
    expect(text).toContain('Risks and issues');
    expect(text).toContain(
      'Consequence Likelihood 1 Negligible 2 Minor 3 Moderate 4 Major 5 Catastrophic',
    );
    expect(text).toContain('16 – Extreme (4 × 4)');
    const welsh = (await pdfText(await download(id, 'pdf', 'cy'))).replace(/\s+/g, ' ');
    expect(welsh).toContain('Risgiau uwchlaw’r archwaeth');
    expect(welsh).toContain('Bron yn sicr');
  });

  it('gives a Risks sheet in Excel: a row per risk, scores as numbers, header frozen, filters on', async () => {
    const { id } = await draft(q2, 'OVERSIGHT_BOARD');
    const load = async (language: string) =>
      new ExcelJS.Workbook().xlsx.load(
        // exceljs is typed against an older Buffer declaration.
        (await download(id, 'xlsx', language)) as unknown as Parameters<ExcelJS.Xlsx['load']>[0],
      );
    const sheet = (await load('en')).getWorksheet('Risks') as ExcelJS.Worksheet;
    expect(sheet).toBeTruthy();
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const header = (sheet.getRow(1).values as string[]).slice(1);
    const rowOf = (risk: Risk) => {
      const found = sheet.getColumn(1).values.indexOf(risk.reference);
      expect(found).toBeGreaterThan(1);
      return (column: string) => sheet.getRow(found).getCell(header.indexOf(column) + 1);
    };
    const rowA = rowOf(a);
    expect(rowA('Likelihood').value).toBe(4);
    expect(rowA('Current score').value).toBe(16);
    expect(rowA('Appetite').value).toBe(12);
    expect(rowA('Previous score').value).toBe(9);
    expect(rowA('Band').value).toBe('Extreme');
    expect(rowA('Band').fill).toMatchObject({ fgColor: { argb: 'FFF6D7D2' } });
    expect(rowA('Above appetite').value).toBe('Yes');
    expect(rowA('Trend').value).toBe('Worsening');
    // Closed since the start of the period: listed after the open ones, with the day.
    expect(rowOf(c)('Closed on').value).toBe('2025-08-15');
    expect(sheet.getColumn(1).values).not.toContain(e.reference);

    const welsh = (await load('cy')).getWorksheet('Risgiau') as ExcelJS.Worksheet;
    const pennawd = (welsh.getRow(1).values as string[]).slice(1);
    expect(pennawd).toEqual(expect.arrayContaining(['Cyf.', 'Risg', 'Sgôr gyfredol', 'Band']));
    const both = (await load('both')).getWorksheet('Risgiau - Risks') as ExcelJS.Worksheet;
    expect((both.getRow(1).values as string[]).slice(1)).toEqual(
      expect.arrayContaining(['Band (Cymraeg)', 'Band (English)']),
    );
  });

  it('still reads and exports a report issued before reports had a risk section, without one', async () => {
    const issued = await issue(await draft(q4, 'OVERSIGHT_BOARD'));
    expect(issued.content.risks).not.toBeNull();
    const [{ snapshot }] = await app.dataSource.query(`SELECT snapshot FROM report WHERE id = $1`, [
      issued.id,
    ]);
    delete snapshot.risks;
    const [{ id }] = await app.dataSource.query(
      `INSERT INTO report (reporting_period_id, audience, edition, state, snapshot, issued_at,
         executive_summary_en, version, created_at, updated_at)
       VALUES ($1, 'OVERSIGHT_BOARD', 2, 'ISSUED', $2, now(), 'Before risks', 1, now(), now())
       RETURNING id`,
      [q4.id, snapshot],
    );
    expect((await app.ok(READ, { id })).report.content.risks).toBeNull();
    const { text } = await readWordDocument(await download(id, 'docx', 'both'));
    expect(text).toContain('Outcome measures');
    expect(text).not.toContain('Risks and issues');
    const workbook = await new ExcelJS.Workbook().xlsx.load(
      (await download(id, 'xlsx', 'en')) as unknown as Parameters<ExcelJS.Xlsx['load']>[0],
    );
    expect(workbook.getWorksheet('Risks')).toBeUndefined();
    await download(id, 'pdf', 'cy');
  });
});
