import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import addFormats from 'ajv-formats';
import Ajv2020 from 'ajv/dist/2020';
import { JSDOM } from 'jsdom';
import Papa from 'papaparse';

import type { Person } from '@cynnydd/directory/data-access';
import { PublicSiteService } from '@cynnydd/publications/data-access';
import { StatusUpdate, type ReportingPeriod } from '@cynnydd/reporting/data-access';
import { ChangeChannel, DataChangeFeed } from '@cynnydd/server/core';
import { RagStatus, Role } from '@cynnydd/shared/domain';
import type { StrategicArea } from '@cynnydd/strategy/data-access';

import { Fixtures } from './support/fixtures';
import { errorOf, eventually, startTestApp, type TestApp } from './support/test-app';

const DOCS = join(__dirname, '../../../docs');
const PUBLICATION = `id state number version showOwnerNames includeMeasures excludedActionIds
  introduction { en cy } areaSummaries { areaNumber summary { en cy } }
  publishedAt withdrawnAt withdrawalReason { en cy } addresses { en cy } report { id }`;
const CREATE = `mutation ($input: CreatePublicationInput!) { createPublication(input: $input) { ${PUBLICATION} } }`;
const UPDATE = `mutation ($input: UpdatePublicationInput!) { updatePublication(input: $input) { ${PUBLICATION} } }`;
const PUBLISH = `mutation ($input: PublicationVersionInput!) { publishPublication(input: $input) { ${PUBLICATION} } }`;
const WITHDRAW = `mutation ($input: WithdrawPublicationInput!) { withdrawPublication(input: $input) { ${PUBLICATION} } }`;
const DELETE = `mutation ($input: PublicationVersionInput!) { deletePublication(input: $input) }`;
const LIST = `{ publications { id state number } }`;
const READ = `query ($id: ID!) { publication(id: $id) { ${PUBLICATION} } }`;
const CREATE_REPORT = `mutation ($input: CreateReportInput!) { createReport(input: $input) { id version } }`;
const ISSUE_REPORT = `mutation ($input: ReportVersionInput!) { issueReport(input: $input) { id version } }`;

type Publication = Record<string, any>;

/** Secret words that must never reach a reader without a session until published. */
const UNPUBLISHED = 'Unpublished-commentary-Zephyr';
const DRAFT_INTRO = 'Draft-introduction-Quokka';
const EXCLUDED_TITLE = 'Excluded-action-Narwhal';

describe('public progress: publishing and the public pages', () => {
  let app: TestApp;
  let fixtures: Fixtures;
  let areas: Map<number, StrategicArea>;
  let owner: Person;
  let year = 2030;

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${app.url}${path}`, { headers, redirect: 'manual' });
  const html = async (path: string) => {
    const response = await get(path);
    return { status: response.status, body: await response.text(), headers: response.headers };
  };
  const issuedReport = async (period: ReportingPeriod) => {
    const { createReport } = await app.ok(CREATE_REPORT, {
      input: { reportingPeriodId: period.id, audience: 'OVERSIGHT_BOARD' },
    });
    const { issueReport } = await app.ok(ISSUE_REPORT, {
      input: { id: createReport.id, expectedVersion: createReport.version },
    });
    return issueReport.id as string;
  };
  /**
   * A year of its own: a plan with an action to publish (amber, with commentary) and one to leave
   * out, and the oversight board's issued report for its first quarter.
   */
  const scenario = async () => {
    year += 1;
    const plan = await fixtures.plan(year);
    const period = await fixtures.period(year, 1);
    const area = (n: number) => areas.get(n) as StrategicArea;
    const kept = await fixtures.action({ plan, area: area(1), reference: '1.1', owners: [owner] });
    const excluded = await fixtures.action({
      plan,
      area: area(2),
      reference: '2.1',
      owners: [owner],
    });
    await app.dataSource.query(`UPDATE action SET title_en = $1 WHERE id = $2`, [
      `${EXCLUDED_TITLE}-${year}`,
      excluded.id,
    ]);
    await app.dataSource.getRepository(StatusUpdate).save({
      actionId: kept.id,
      reportingPeriodId: period.id,
      rag: RagStatus.AMBER,
      percentComplete: 40,
      commentary: {
        en: 'Recruitment is slower than planned.',
        cy: 'Mae recriwtio’n arafach na’r disgwyl.',
      },
      risks: { en: null, cy: null },
      nextSteps: { en: 'A joint campaign in January.', cy: 'Ymgyrch ar y cyd ym mis Ionawr.' },
      authorId: owner.id,
    });
    await fixtures.update(excluded, period, owner, RagStatus.GREEN);
    return { plan, period, kept, excluded, reportId: await issuedReport(period) };
  };
  const create = async (reportId: string): Promise<Publication> =>
    (await app.ok(CREATE, { input: { reportId } })).createPublication;
  const update = async (publication: Publication, changes: Record<string, unknown>) =>
    (
      await app.ok(UPDATE, {
        input: { id: publication.id, expectedVersion: publication.version, ...changes },
      })
    ).updatePublication as Publication;
  const publish = async (publication: Publication) =>
    (await app.ok(PUBLISH, { input: { id: publication.id, expectedVersion: publication.version } }))
      .publishPublication as Publication;
  /** A scenario published with its second action left out and owners not named. */
  const published = async () => {
    const world = await scenario();
    const introduction = { en: `Progress in ${year}-Q1.`, cy: `Cynnydd yn ${year}-Q1.` };
    const draft = await update(await create(world.reportId), {
      introduction,
      areaSummaries: [
        {
          areaNumber: 1,
          summary: { en: 'Recruitment is picking up.', cy: 'Mae recriwtio’n cyflymu.' },
        },
      ],
      excludedActionIds: [world.excluded.id],
      showOwnerNames: false,
    });
    return { ...world, introduction, publication: await publish(draft) };
  };
  /** Every public address of a publication: pages in both languages and its open data. */
  const publicAddresses = (number: number | 'current', actionId: string) =>
    (['en', 'cy'] as const).flatMap((language) => {
      const [root, pubs, area, action, measures] =
        language === 'en'
          ? ['/en/progress', 'publications', 'areas', 'actions', 'measures']
          : ['/cy/cynnydd', 'cyhoeddiadau', 'meysydd', 'camau-gweithredu', 'mesurau'];
      const base = number === 'current' ? root : `${root}/${pubs}/${number}`;
      return [
        base,
        `${base}/${area}/1`,
        `${base}/${action}/${actionId}`,
        `${base}/${measures}`,
        `${root}/${pubs}`,
        `${root}/${language === 'en' ? 'feed.atom' : 'ffrwd.atom'}`,
        `${root}/${language === 'en' ? 'embed' : 'mewnosod'}/${area}/1`,
        ...(number === 'current'
          ? []
          : [`/open-data/publications/${number}.csv`, `/open-data/publications/${number}.json`]),
      ];
    });
  /** What an anonymous reader can fetch from all of them, as one text. */
  const everythingPublic = async (numbers: (number | 'current')[], actionId: string) => {
    const bodies = await Promise.all(
      numbers
        .flatMap((number) => publicAddresses(number, actionId))
        .map(async (path) => (await get(path)).text()),
    );
    return bodies.join('\n');
  };

  beforeAll(async () => {
    app = await startTestApp({ today: '2025-11-15', embedOrigins: ['https://heiw.nhs.wales'] });
    fixtures = new Fixtures(app.dataSource);
    areas = await fixtures.strategy();
    owner = await fixtures.person();
  });
  afterAll(() => app.close());

  it('shows nothing without a session while nothing is published', async () => {
    // TRUNCATE fires no row trigger: the only way to empty published publications.
    await app.dataSource.query(`TRUNCATE publication`);
    const world = await scenario();
    await update(await create(world.reportId), {
      introduction: { en: DRAFT_INTRO, cy: DRAFT_INTRO },
    });
    const overview = await html('/en/progress');
    expect(overview.status).toBe(404);
    expect(overview.body).toContain('No progress has been published yet');
    expect((await html('/cy/cynnydd')).body).toContain('Nid oes cynnydd wedi’i gyhoeddi eto');
    expect((await get('/open-data/publications/1.json')).status).toBe(404);
    expect((await get('/en/progress/publications/1')).status).toBe(404);
    expect(await everythingPublic([1, 'current'], world.kept.id)).not.toContain(DRAFT_INTRO);
  });

  it('lets only the operational group prepare publications, for issued reports only', async () => {
    const { reportId, period } = await scenario();
    for (const role of [Role.LEAD, Role.BOARD_MEMBER, Role.VIEWER, Role.ADMIN]) {
      const client = await app.signedIn(role, role === Role.LEAD ? owner : null);
      expect(errorOf(await client.gql(LIST)).code).toBe('FORBIDDEN');
      expect(errorOf(await client.gql(CREATE, { input: { reportId } })).code).toBe('FORBIDDEN');
    }
    expect(errorOf(await app.anonymous.gql(LIST)).code).toBe('UNAUTHENTICATED');
    const { createReport: draftReport } = await app.ok(CREATE_REPORT, {
      input: { reportingPeriodId: period.id, audience: 'JOINT_BOARD' },
    });
    expect(errorOf(await app.gql(CREATE, { input: { reportId: draftReport.id } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reportId',
    });
    expect(errorOf(await app.gql(CREATE, { input: { reportId: 'not-an-id' } })).code).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('checks every choice against the report and the version, changing nothing on bad input', async () => {
    const { reportId } = await scenario();
    const draft = await create(reportId);
    expect(draft).toMatchObject({ state: 'DRAFT', number: null });
    expect(errorOf(await app.gql(CREATE, { input: { reportId } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reportId',
    });
    const bad = await app.gql(UPDATE, {
      input: {
        id: draft.id,
        expectedVersion: draft.version,
        introduction: { en: 'Kept?' },
        areaSummaries: [{ areaNumber: 9, summary: { en: 'x' } }],
        excludedActionIds: ['00000000-0000-4000-8000-000000000000'],
      },
    });
    expect(errorOf(bad)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'areaSummaries.0.areaNumber',
    });
    const problems = bad.errors?.[0].extensions?.['problems'] as { field: string }[];
    expect(problems.map((problem) => problem.field)).toEqual([
      'areaSummaries.0.areaNumber',
      'excludedActionIds.0',
    ]);
    const tooLong = await app.gql(UPDATE, {
      input: {
        id: draft.id,
        expectedVersion: draft.version,
        introduction: { cy: 'a'.repeat(2001) },
      },
    });
    expect(errorOf(tooLong)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'introduction.cy' });
    const { publication } = await app.ok(READ, { id: draft.id });
    expect(publication).toEqual(draft);
    const changed = await update(draft, { showOwnerNames: !draft.showOwnerNames });
    const stale = await app.gql(UPDATE, {
      input: { id: draft.id, expectedVersion: draft.version, includeMeasures: false },
    });
    expect(errorOf(stale)).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion' });
    const [entry] = await app.dataSource.query(
      `SELECT changes FROM audit_entry WHERE entity_type = 'Publication' AND entity_id = $1 AND action = 'UPDATE'`,
      [draft.id],
    );
    expect(entry.changes).toEqual([
      {
        field: 'showOwnerNames',
        before: String(draft.showOwnerNames),
        after: String(!draft.showOwnerNames),
      },
    ]);
    await app.ok(DELETE, { input: { id: changed.id, expectedVersion: changed.version } });
    expect(errorOf(await app.gql(READ, { id: draft.id })).code).toBe('NOT_FOUND');
  });

  it('publishes only with both languages, then shows exactly what was chosen, in Welsh and English', async () => {
    const { reportId, kept, excluded } = await scenario();
    let draft = await update(await create(reportId), {
      introduction: { en: 'Progress in the first quarter.', cy: null },
      areaSummaries: [
        {
          areaNumber: 1,
          summary: { en: 'Recruitment is picking up.', cy: 'Mae recriwtio’n cyflymu.' },
        },
      ],
      excludedActionIds: [excluded.id],
      showOwnerNames: false,
    });
    const untranslated = await app.gql(PUBLISH, {
      input: { id: draft.id, expectedVersion: draft.version },
    });
    expect(errorOf(untranslated)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'introduction.cy',
    });
    draft = await update(draft, { introduction: { cy: 'Cynnydd yn y chwarter cyntaf.' } });

    // The preview is the public page, for publishers only.
    const preview = draft.addresses.en as string;
    expect(preview).toBe(`/publications/${draft.id}/preview/en/progress`);
    expect((await get(preview)).status).toBe(401);
    const viewer = await app.signedIn(Role.VIEWER);
    expect((await get(preview, { cookie: viewer.cookie as string })).status).toBe(403);
    const previewed = await (await get(preview, { cookie: app.cookie as string })).text();
    expect(previewed).toContain('Preview: not published');
    expect(previewed).toContain('Progress in the first quarter.');

    const done = await publish(draft);
    const number = done.number as number;
    expect(done).toMatchObject({
      state: 'PUBLISHED',
      addresses: {
        en: `/en/progress/publications/${number}`,
        cy: `/cy/cynnydd/cyhoeddiadau/${number}`,
      },
    });
    const [audit] = await app.dataSource.query(
      `SELECT action FROM audit_entry WHERE entity_type = 'Publication' AND entity_id = $1 ORDER BY occurred_at DESC LIMIT 1`,
      [draft.id],
    );
    expect(audit.action).toBe('STATE_CHANGE');

    const english = await html('/en/progress');
    expect(english.status).toBe(200);
    expect(english.body).toContain('<html lang="en"');
    expect(english.body).toContain('Progress in the first quarter.');
    expect(english.body).toMatch(
      /hreflang="cy" href="https:\/\/cynnydd.test.example.wales\/cy\/cynnydd"/i,
    );
    expect(english.body).not.toContain('<script');
    const welsh = await html(`/cy/cynnydd/cyhoeddiadau/${number}`);
    expect(welsh.body).toContain('<html lang="cy"');
    expect(welsh.body).toContain('Cynnydd yn y chwarter cyntaf.');
    expect(welsh.body).toContain(`href="/en/progress/publications/${number}"`);
    const area = await html(`/cy/cynnydd/cyhoeddiadau/${number}/meysydd/1`);
    expect(area.body).toContain('Mae recriwtio’n cyflymu.');
    const action = await html(`/en/progress/publications/${number}/actions/${kept.id}`);
    expect(action.status).toBe(200);
    expect(action.body).toContain('Recruitment is slower than planned.');
    expect(action.body).toContain('Joint'); // the lead organisation, not the owner
    expect(action.body).not.toContain(owner.name);
    expect((await get(`/en/progress/publications/${number}/actions/${excluded.id}`)).status).toBe(
      404,
    );
    const everything = await everythingPublic([number, 'current'], kept.id);
    expect(everything).not.toContain(EXCLUDED_TITLE);
    expect(everything).not.toContain(owner.name);
  });

  it('names owners only when the programme office chooses to', async () => {
    const { reportId, kept } = await scenario();
    const draft = await update(await create(reportId), {
      introduction: { en: 'Named.', cy: 'Enwir.' },
      showOwnerNames: true,
    });
    const { number } = await publish(draft);
    const action = await html(`/en/progress/publications/${number}/actions/${kept.id}`);
    expect(action.body).toContain(owner.name);
  });

  it('answers with validators a browser or CDN can revalidate, and only the chosen sites may frame the summary', async () => {
    const { publication } = await published();
    const address = `/en/progress/publications/${publication.number}`;
    const first = await get(address, { 'accept-encoding': 'gzip' });
    expect(first.headers.get('cache-control')).toBe('public, max-age=60');
    expect(first.headers.get('content-encoding')).toBe('gzip');
    const etag = first.headers.get('etag') as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    // The page made again, as after any change to the publications or on another instance, is
    // the same bytes with the same validator (its chart included).
    app.nest.get(DataChangeFeed).markChanged(ChangeChannel.Publications);
    // As a browser revalidates (fetch() would add `cache-control: no-cache`, a forced reload).
    const revalidate = { 'cache-control': 'max-age=0' };
    expect((await get(address, { ...revalidate, 'if-none-match': etag })).status).toBe(304);
    const modified = first.headers.get('last-modified') as string;
    expect(new Date(modified).getTime()).toBeGreaterThan(0);
    expect((await get(address, { ...revalidate, 'if-modified-since': modified })).status).toBe(304);
    expect(
      (await get(`/cy/cynnydd/cyhoeddiadau/${publication.number}`, { 'if-none-match': etag }))
        .status,
    ).toBe(200);
    expect(first.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(first.headers.get('content-security-policy')).toContain("default-src 'none'");

    const embed = await get('/en/progress/embed/areas/1');
    expect(embed.status).toBe(200);
    expect(embed.headers.get('content-security-policy')).toContain(
      "frame-ancestors 'self' https://heiw.nhs.wales",
    );
    expect(embed.headers.get('x-frame-options')).toBeNull();
    expect(await embed.text()).toContain('target="_top"');
  });

  it('makes a page once for the readers who ask for it together, as a publication goes out', async () => {
    const { publication } = await published();
    // The publishing's notice arrives after its commit, on the feed's own connection: landing
    // between the readers and the last read, it would rightly make the page anew.
    const feed = app.nest.get(DataChangeFeed);
    let heard = feed.revisionOf(ChangeChannel.Publications);
    for (;;) {
      await sleep(250);
      if (feed.revisionOf(ChangeChannel.Publications) === heard) break;
      heard = feed.revisionOf(ChangeChannel.Publications);
    }
    const site = app.nest.get(PublicSiteService);
    const path = `/cy/cynnydd/cyhoeddiadau/${publication.number}/meysydd/1`;
    const answers = await Promise.all(Array.from({ length: 20 }, () => site.respond(path)));
    expect(answers[0].status).toBe(200);
    expect(new Set(answers).size).toBe(1);
    expect(await site.respond(path)).toBe(answers[0]);
  });

  it('stops serving a withdrawn publication from every instance, however long it was cached', async () => {
    const { publication } = await published();
    const second = await startTestApp({ database: app.database });
    try {
      const address = `/en/progress/publications/${publication.number}`;
      const read = () => fetch(`${second.url}${address}`).then((response) => response.status);
      expect(await read()).toBe(200);
      expect(await read()).toBe(200); // now from the second instance's cache
      await app.ok(WITHDRAW, {
        input: {
          id: publication.id,
          expectedVersion: publication.version,
          reason: { en: 'Wrong.' },
        },
      });
      expect(await eventually(read, (status) => status === 410)).toBe(410);
    } finally {
      await second.close();
    }
  });

  it('keeps later updates, newer drafts and unpublished commentary off every public page', async () => {
    const { publication, kept, plan } = await published();
    const q2 = await fixtures.period(plan.financialYear, 2);
    await app.dataSource.getRepository(StatusUpdate).save({
      actionId: kept.id,
      reportingPeriodId: q2.id,
      rag: RagStatus.RED,
      percentComplete: 45,
      commentary: { en: UNPUBLISHED, cy: UNPUBLISHED },
      risks: { en: null, cy: null },
      nextSteps: { en: null, cy: null },
      authorId: owner.id,
    });
    const newer = await update(await create(await issuedReport(q2)), {
      introduction: { en: DRAFT_INTRO, cy: DRAFT_INTRO },
    });
    expect(newer.introduction.en).toBe(DRAFT_INTRO);
    const number = publication.number as number;
    const everything = await everythingPublic([number, number + 1, 'current'], kept.id);
    expect(everything).not.toContain(UNPUBLISHED);
    expect(everything).not.toContain(DRAFT_INTRO);
    expect(everything).toContain('Recruitment is slower than planned.');
    expect((await get(`/en/progress/publications/${number + 1}`)).status).toBe(404);
    expect((await get(`/open-data/publications/${number + 1}.csv`)).status).toBe(404);
  });

  it('serves open data that holds to its documented columns and schema, and an Atom feed', async () => {
    const { publication, kept } = await published();
    const number = publication.number as number;
    const csv = await get(`/open-data/publications/${number}.csv`);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('link')).toContain('rel="license"');
    const parsed = Papa.parse<Record<string, string>>((await csv.text()).replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    });
    const documented = documentedColumns();
    expect(parsed.meta.fields).toEqual(documented.map(([name]) => name));
    expect(parsed.data).toHaveLength(1);
    const [row] = parsed.data;
    for (const [name, type] of documented) {
      expect([name, matchesType(row[name], type)]).toEqual([name, true]);
    }
    expect(row).toMatchObject({
      publication_number: String(number),
      action_id: kept.id,
      action_reference: '1.1',
      status: 'AMBER',
      percent_complete: '40',
      owners: '',
      commentary_cy: 'Mae recriwtio’n arafach na’r disgwyl.',
      page_cy: `https://cynnydd.test.example.wales/cy/cynnydd/cyhoeddiadau/${number}/camau-gweithredu/${kept.id}`,
    });

    const json = await (await get(`/open-data/publications/${number}.json`)).json();
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(
      JSON.parse(readFileSync(join(DOCS, 'open-data/publication.schema.json'), 'utf8')),
    );
    expect([validate(json), validate.errors]).toEqual([true, null]);
    expect(json.publication.actions.map((line: { id: string }) => line.id)).toEqual([kept.id]);

    const feed = await get('/cy/cynnydd/ffrwd.atom');
    expect(feed.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const xml = new JSDOM(await feed.text(), { contentType: 'application/xml' }).window.document;
    expect(xml.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(xml.documentElement.namespaceURI).toBe('http://www.w3.org/2005/Atom');
    const [entry] = [...xml.getElementsByTagName('entry')];
    expect(entry.getElementsByTagName('title')[0].textContent).toBe(
      `Cyhoeddiad ${number}: ${publication.number && json.publication.period.label}`,
    );
    expect(entry.getElementsByTagName('link')[0].getAttribute('href')).toBe(
      `https://cynnydd.test.example.wales/cy/cynnydd/cyhoeddiadau/${number}`,
    );
  });

  it('withdraws a publication: its pages say when and why, its data is gone, and it stays frozen', async () => {
    const { publication, kept, introduction } = await published();
    const number = publication.number as number;
    expect(await everythingPublic([number], kept.id)).toContain(introduction.cy);
    await expect(
      app.dataSource.query(`UPDATE publication SET snapshot = '{}' WHERE id = $1`, [
        publication.id,
      ]),
    ).rejects.toThrow(/frozen/);
    const withoutReason = await app.gql(WITHDRAW, {
      input: { id: publication.id, expectedVersion: publication.version, reason: {} },
    });
    expect(errorOf(withoutReason)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const withdrawn = (
      await app.ok(WITHDRAW, {
        input: {
          id: publication.id,
          expectedVersion: publication.version,
          reason: { en: 'A figure was wrong.', cy: 'Roedd ffigur yn anghywir.' },
        },
      })
    ).withdrawPublication;
    expect(withdrawn).toMatchObject({ state: 'WITHDRAWN', number });
    expect(withdrawn.withdrawnAt).toBeTruthy();

    const page = await html(`/cy/cynnydd/cyhoeddiadau/${number}`);
    expect(page.status).toBe(410);
    expect(page.body).toContain('Tynnwyd y cyhoeddiad hwn yn ôl');
    expect(page.body).toContain('Roedd ffigur yn anghywir.');
    expect((await html(`/en/progress/publications/${number}/actions/${kept.id}`)).status).toBe(410);
    expect((await get(`/open-data/publications/${number}.json`)).status).toBe(410);
    const everything = await everythingPublic([number, 'current'], kept.id);
    expect(everything).not.toContain(introduction.en);
    expect(everything).not.toContain(introduction.cy);
    const feed = await (await get('/en/progress/feed.atom')).text();
    expect(feed).toContain(`Publication ${number}: `);
    expect(feed).toMatch(new RegExp(`Publication ${number}: [^<]+ \\(withdrawn\\)`));
    await expect(
      app.dataSource.query(`UPDATE publication SET withdrawal_reason_en = 'x' WHERE id = $1`, [
        publication.id,
      ]),
    ).rejects.toThrow(/frozen/);
    const again = await app.gql(WITHDRAW, {
      input: { id: publication.id, expectedVersion: withdrawn.version, reason: { en: 'again' } },
    });
    expect(errorOf(again)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});

/** The CSV columns and their types, read from the table in docs/open-data.md. */
function documentedColumns(): [string, string][] {
  const text = readFileSync(join(DOCS, 'open-data.md'), 'utf8');
  const section = text.slice(text.indexOf('## CSV columns'), text.indexOf('## JSON'));
  return [...section.matchAll(/^\|\s*`([a-z_]+)`\s*\|\s*([a-z]+)\s*\|/gm)].map((match) => [
    match[1],
    match[2],
  ]);
}

const TYPES: Record<string, RegExp> = {
  integer: /^-?\d+$/,
  datetime: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  uuid: /^[0-9a-f-]{36}$/,
  enum: /^[A-Z_]+$/,
  url: /^https?:\/\/\S+$/,
  list: /^[^;]+(;[^;]+)*$/,
  text: /[\s\S]*/,
};

function matchesType(value: string, type: string): boolean {
  const pattern = TYPES[type];
  if (!pattern) throw new Error(`docs/open-data.md names an unknown type: ${type}`);
  return value === '' || pattern.test(value);
}
