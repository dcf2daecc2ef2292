/**
 * `npm run bench`: performance figures against the large data set (docs/performance.md).
 * Prints figures; asserts nothing. Sections: explain, load, statements, export, accounts, bundle,
 * render, public, pages
 * (`npm run bench -- --only load,export`). Options: --duration SECONDS (per load run, default 8),
 * --operations overview,submit (load runs and statement counts of the operations whose names
 * contain one of these),
 * --clients 1,10 (concurrent clients per load run, default 1,10,50), --processes 1,2 (API
 * processes, WEB_CONCURRENCY, each load run is made with; default 1,2),
 * --slices 4 (each run's GraphQL and floor loads alternate in this many parts, so a drift in
 * the machine's speed reaches both alike), --server postgres://… (default
 * postgres://postgres@127.0.0.1:5432/postgres), --fresh (drop and regenerate the bench databases).
 * Pages: --cold 5 and --warm 10 (runs per page), --background-rate 10 (overview requests/s each
 * of the ten background clients sends, evenly paced), --lighthouse-runs 3 (the median is
 * reported), --no-lighthouse.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import autocannon from 'autocannon';
import { Client } from 'pg';

import type { RunningApi } from '@cynnydd/shared/testing';

import {
  BENCH_ACCOUNTS,
  cloneDatabase,
  ensureBenchAccounts,
  ensureDatabase,
  GraphqlClient,
  run,
  startApi,
  withClient,
} from './api';
import { recordAnswer, startBareServer } from './bare-server';
import { budgetProblem, kb, measureBuild } from './bundle-budget';
import { reviewedQueries, reviewQueries } from './explain';
import { OPERATIONS, type BenchContext, type Operation } from './operations';
import { operationRequest, pacedLoad, pacedLoadFor, type PacedRequest } from './paced-load';
import { PAGE_TIMES_HEADER, pageTimesRow, unaffected, type PageVerdict } from './page-aims';
import {
  benchPages,
  launchBrowser,
  pagesSection,
  timePage,
  type BenchPage,
  type PagesOptions,
} from './pages';
import { CountingPgProxy } from './pg-proxy';
import { median, overviewRenderTimes } from './render';
import {
  closedLoop,
  formatMs,
  summariseRuns,
  table,
  type LoadFigures,
  type LoadSample,
} from './stats';

const SECTIONS = [
  'explain',
  'load',
  'statements',
  'export',
  'accounts',
  'bundle',
  'render',
  'public',
  'pages',
] as const;
type Section = (typeof SECTIONS)[number];

function options() {
  const argv = process.argv.slice(2);
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const only = value('only')?.split(',') ?? [...SECTIONS];
  return {
    sections: new Set(only as Section[]),
    duration: Number(value('duration') ?? 8),
    // Seconds of unmeasured load before each operation's runs: V8 compiles the hot paths while
    // a fresh process serves its first thousand requests, and the aim is the steady state.
    warmup: Number(value('warmup') ?? 3),
    slices: Math.max(1, Number(value('slices') ?? 4)),
    server:
      value('server') ??
      process.env['BENCH_POSTGRES_URL'] ??
      'postgres://postgres@127.0.0.1:5432/postgres',
    fresh: argv.includes('--fresh'),
    operations: OPERATIONS.filter((op) =>
      (value('operations')?.split(',') ?? ['']).some((part) => op.name.includes(part)),
    ),
    clients: (value('clients') ?? '1,10,50').split(',').map(Number),
    processes: (value('processes') ?? '1,2').split(',').map(Number),
    pages: {
      cold: Number(value('cold') ?? 5),
      warm: Number(value('warm') ?? 10),
      backgroundRate: Number(value('background-rate') ?? 10),
      only: value('pages')?.split(',') ?? [],
      lighthouse: !argv.includes('--no-lighthouse'),
      lighthouseRuns: Number(value('lighthouse-runs') ?? 3),
    },
  };
}

const LARGE = { name: 'cynnydd_bench_large_template', args: ['--seed', '42'] };
/** Each run measures a fresh copy of the large data set (see cloneDatabase). */
const WORKING_COPY = 'cynnydd_bench_large';
/** 10 and 1,000 actions in each plan year, for counting statements. */
const SMALL_10 = {
  name: 'cynnydd_bench_10',
  args: [
    '--seed',
    '42',
    '--actions',
    '100',
    '--people',
    '60',
    '--status-updates',
    '2000',
    '--risks',
    '20',
  ],
};
const LARGE_1000 = {
  name: 'cynnydd_bench_1000',
  args: ['--seed', '42', '--actions', '10000', '--status-updates', '60000', '--risks', '2000'],
};

/** A generated data set with the bench accounts, made when absent and kept between runs. */
async function prepare(server: string, database: { name: string; args: string[] }, fresh: boolean) {
  if (fresh)
    await withClient(server, (client) =>
      client.query(`DROP DATABASE IF EXISTS "${database.name}" WITH (FORCE)`),
    );
  const started = performance.now();
  const { url, created } = await ensureDatabase(server, database.name, database.args);
  if (created)
    console.log(
      `Generated ${database.name} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  await ensureBenchAccounts(url);
  return url;
}

/** The ids the operations need, read from the database, and a draft report to build. */
async function resolveContext(url: string, office: GraphqlClient): Promise<BenchContext> {
  return withClient(url, async (client) => {
    const {
      rows: [period],
    } = await client.query(`
      SELECT rp.id, rp.financial_year, prev.id AS previous, pl.id AS plan_id
      FROM reporting_period rp JOIN annual_plan pl ON pl.financial_year = rp.financial_year
      LEFT JOIN LATERAL (SELECT p.id FROM reporting_period p WHERE p.start_date < rp.start_date
        ORDER BY p.start_date DESC LIMIT 1) prev ON true
      WHERE rp.start_date <= CURRENT_DATE ORDER BY rp.start_date DESC LIMIT 1`);
    const {
      rows: [history],
    } = await client.query(
      `SELECT a.id FROM action a JOIN status_update s ON s.action_id = a.id WHERE a.plan_id = $1
       GROUP BY a.id ORDER BY count(*) DESC, a.id LIMIT 1`,
      [period.plan_id],
    );
    const { rows: actions } = await client.query(
      `SELECT id FROM action WHERE plan_id = $1 ORDER BY id`,
      [period.plan_id],
    );
    const {
      rows: [author],
    } = await client.query(`SELECT person_id FROM app_user WHERE email = $1`, [
      BENCH_ACCOUNTS.office,
    ]);
    // The operational group's latest held meeting: the most agenda, attendance and decisions.
    const {
      rows: [meeting],
    } = await client.query(
      `SELECT m.id FROM meeting m JOIN forum f ON f.id = m.forum_id
       WHERE f.kind = 'OPERATIONAL_GROUP' AND m.state <> 'SCHEDULED' AND m.state <> 'CANCELLED'
       ORDER BY m.starts_at DESC LIMIT 1`,
    );
    const year = Number(period.financial_year);
    const context: BenchContext = {
      periodId: period.id,
      previousPeriodId: period.previous,
      planId: period.plan_id,
      financialYear: `${year}-${String((year + 1) % 100).padStart(2, '0')}`,
      areaNumber: 3,
      actionId: history.id,
      actionIds: actions.map((row) => row.id),
      authorId: author.person_id,
      reportId: null,
      meetingId: meeting.id,
    };
    const { reports } = await office.request<{ reports: { id: string; state: string }[] }>(
      `query ($period: ID!) { reports(filter: { reportingPeriodId: $period, audience: OPERATIONAL_GROUP }) { id state } }`,
      { period: context.periodId },
    );
    context.reportId =
      reports.find((report) => report.state === 'DRAFT')?.id ??
      (
        await office.request<{ createReport: { id: string } }>(
          `mutation ($period: ID!) { createReport(input: { reportingPeriodId: $period, audience: OPERATIONAL_GROUP }) { id } }`,
          { period: context.periodId },
        )
      ).createReport.id;
    return context;
  });
}

/**
 * Requests are numbered across every run of the benchmark, so no run (nor the warm-up) repeats a
 * request an earlier one sent: "not cached" must never find its answer in the response cache.
 */
let requestsSent = 0;

/** Load on the API with autocannon; latencies are collected per response, for p95. */
async function loadApi(
  api: RunningApi,
  cookie: string,
  op: Operation,
  context: BenchContext,
  connections: number,
  seconds: number,
): Promise<LoadSample> {
  return closedLoad({
    url: api.url,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'application/json', cookie },
        setupRequest: (req) => ({
          ...req,
          body: JSON.stringify({
            query: op.query(requestsSent),
            variables: op.variables(context, requestsSent++),
          }),
        }),
      },
    ],
  });
}

/** autocannon's closed loop (each connection sends again once answered): every latency of a 200. */
async function closedLoad(options: autocannon.Options): Promise<LoadSample> {
  const latencies: number[] = [];
  let errors = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on('response', (_client: unknown, status: number, _bytes: number, time: number) => {
      if (status === 200) latencies.push(time);
      else errors += 1;
    });
  });
  return { latencies, errors: errors + result.errors, seconds: result.duration };
}

async function floorLoad(
  url: string,
  op: Operation,
  context: BenchContext,
  concurrency: number,
  seconds: number,
) {
  return closedLoop(
    concurrency,
    seconds,
    async () => {
      const client = new Client({ connectionString: url });
      await client.connect();
      return client;
    },
    (client, request) => op.floor(client, context, request),
    (client) => client.end(),
  );
}

/** How long each load runs (s), its warm-up, and in how many alternating parts. */
interface LoadTiming {
  seconds: number;
  warmup: number;
  slices: number;
}

async function loadSection(
  workingCopy: () => Promise<string>,
  { seconds, warmup, slices }: LoadTiming,
  operations: Operation[],
  clients: number[],
  processCounts: number[],
) {
  const floorSeconds = Math.max(2, seconds / 2);
  console.log(
    `\n## Load: p50/p95/p99 latency (ms) and requests/s, ${seconds} s per run (floor ${floorSeconds} s) after ${warmup} s of warm-up, GraphQL and floor alternating in ${slices} parts; floor = one hand-written SQL query through pg\n`,
  );
  const rows: (string | number)[][] = [];
  for (const processes of processCounts) {
    // Every pass starts from the same data: no pass sees the updates an earlier one wrote.
    const url = await workingCopy();
    const api = await startApi(url, { WEB_CONCURRENCY: String(processes) });
    try {
      const office = await GraphqlClient.signIn(api.url, BENCH_ACCOUNTS.office);
      const context = await resolveContext(url, office);
      for (const op of operations) {
        await office.request(op.query(0), op.variables(context, 0)); // fails loudly on a GraphQL error
        if (warmup > 0) {
          const most = Math.max(...clients);
          await loadApi(api, office.cookie, op, context, most, warmup);
          await floorLoad(url, op, context, most, Math.max(1, warmup / 2));
        }
        const before = op.write
          ? await withClient(url, (c) => c.query('SELECT count(*)::int AS n FROM status_update'))
          : null;
        for (const connections of clients) {
          const graphqlRuns: LoadSample[] = [];
          const floorRuns: LoadSample[] = [];
          for (let slice = 0; slice < slices; slice++) {
            graphqlRuns.push(
              await loadApi(api, office.cookie, op, context, connections, seconds / slices),
            );
            floorRuns.push(await floorLoad(url, op, context, connections, floorSeconds / slices));
          }
          const graphql = summariseRuns(graphqlRuns);
          const floor = summariseRuns(floorRuns);
          rows.push([
            op.name,
            processes,
            connections,
            formatMs(graphql.p50),
            formatMs(graphql.p95),
            formatMs(graphql.p99),
            graphql.perSecond.toFixed(0),
            graphql.errors,
            formatMs(floor.p50),
            formatMs(floor.p95),
            floor.perSecond.toFixed(0),
            (graphql.p50 / floor.p50).toFixed(1),
            (graphql.p95 / floor.p95).toFixed(1),
          ]);
          console.log(rows.at(-1)?.join('  '));
        }
        if (before) {
          const after = await withClient(url, (c) =>
            c.query('SELECT count(*)::int AS n FROM status_update'),
          );
          console.log(
            `  (status updates written during the runs, floor included: ${after.rows[0].n - before.rows[0].n})`,
          );
        }
      }
    } finally {
      await api.stop();
    }
  }
  console.log(
    '\n' +
      table(
        [
          'operation',
          'processes',
          'clients',
          'p50',
          'p95',
          'p99',
          'req/s',
          'errors',
          'floor p50',
          'floor p95',
          'floor/s',
          '×p50',
          '×p95',
        ],
        rows,
      ),
  );
}

async function explainSection(url: string) {
  console.log('\n## EXPLAIN (ANALYZE, BUFFERS) of every statement each query sends\n');
  const proxy = new CountingPgProxy({
    host: new URL(url).hostname,
    port: Number(new URL(url).port || 5432),
  });
  const port = await proxy.start();
  const proxied = new URL(url);
  proxied.port = String(port);
  const api = await startApi(proxied.toString());
  try {
    const office = await GraphqlClient.signIn(api.url, BENCH_ACCOUNTS.office);
    const lead = await GraphqlClient.signIn(api.url, BENCH_ACCOUNTS.lead);
    const context = await resolveContext(url, office);
    const firstPage = await office.request<{ actions: { pageInfo: { endCursor: string } } }>(
      `query ($f: ActionFilter) { actions(filter: $f, first: 100) { pageInfo { endCursor } } }`,
      { f: { financialYear: context.financialYear, areaNumber: context.areaNumber } },
    );
    const ownerId = await withClient(
      url,
      async (client) =>
        (
          await client.query(`SELECT person_id FROM app_user WHERE email = $1`, [
            BENCH_ACCOUNTS.lead,
          ])
        ).rows[0].person_id,
    );
    await withClient(url, async (client) => {
      const reviewed = await reviewQueries(
        proxy,
        office,
        lead,
        client,
        reviewedQueries(context, ownerId, firstPage.actions.pageInfo.endCursor),
      );
      for (const query of reviewed) {
        const total = query.statements.reduce((sum, s) => sum + s.milliseconds, 0);
        console.log(
          `### ${query.name}: ${query.statements.length} read statements, ${total.toFixed(1)} ms in PostgreSQL`,
        );
        for (const s of query.statements) {
          const scans = s.bigSeqScans.length
            ? `  SEQ SCAN ${[...new Set(s.bigSeqScans)].join(',')}`
            : '';
          console.log(
            `  ${s.milliseconds.toFixed(2).padStart(8)} ms  hit ${String(s.sharedHit).padStart(6)}  rows ${String(s.rows).padStart(5)}${scans}  ${s.sql.slice(0, 150)}`,
          );
        }
      }
    });
  } finally {
    await api.stop();
    await proxy.stop();
  }
}

async function statementsSection(server: string, fresh: boolean, operations: Operation[]) {
  console.log(
    '\n## SQL statements per request, 10 vs 1,000 actions in the plan year and 20 vs 2,000 risks (fewest of 3 runs)\n',
  );
  const rows: (string | number)[][] = [];
  const counts = new Map<string, number[]>();
  for (const database of [SMALL_10, LARGE_1000]) {
    const url = await prepare(server, database, fresh);
    const proxy = new CountingPgProxy({
      host: new URL(url).hostname,
      port: Number(new URL(url).port || 5432),
    });
    const proxied = new URL(url);
    proxied.port = String(await proxy.start());
    const api = await startApi(proxied.toString());
    try {
      const office = await GraphqlClient.signIn(api.url, BENCH_ACCOUNTS.office);
      const context = await resolveContext(url, office);
      for (const op of operations) {
        await office.request(op.query(0), op.variables(context, 0));
        const runs: number[] = [];
        for (let i = 1; i <= 3; i++)
          runs.push(
            (await proxy.measure(() => office.request(op.query(i + 1), op.variables(context, i))))
              .statements,
          );
        counts.set(op.name, [...(counts.get(op.name) ?? []), Math.min(...runs)]);
      }
    } finally {
      await api.stop();
      await proxy.stop();
    }
  }
  for (const [name, [ten, thousand]] of counts)
    rows.push([name, ten, thousand, ten === thousand ? 'yes' : 'NO']);
  console.log(
    table(['operation', '10 actions, 20 risks', '1,000 actions, 2,000 risks', 'equal'], rows),
  );
}

async function exportSection(url: string) {
  console.log('\n## Word (.docx) export of the current draft report (500 actions), English\n');
  const api = await startApi(url);
  try {
    const office = await GraphqlClient.signIn(api.url, BENCH_ACCOUNTS.office);
    const context = await resolveContext(url, office);
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 6; i++) {
      const started = performance.now();
      const response = await fetch(
        `${api.url}/reports/${context.reportId}/export?format=docx&language=en`,
        { headers: { cookie: office.cookie } },
      );
      const body = Buffer.from(await response.arrayBuffer());
      if (!response.ok)
        throw new Error(`export answered ${response.status}: ${body.toString().slice(0, 200)}`);
      if (i > 0) times.push(performance.now() - started); // the first warms the process up
      bytes = body.length;
    }
    console.log(
      `${context.actionIds.length} actions, ${(bytes / 1024).toFixed(0)} KB: median ${formatMs(median(times))} ms, slowest ${formatMs(Math.max(...times))} ms (5 runs after one warm-up)`,
    );
  } finally {
    await api.stop();
  }
}

/** The administrator's accounts list, as the dashboard asks for it (features/accounts). */
const ACCOUNTS_LIST = `query Accounts($filter: UserFilterInput) {
  users(filter: $filter) {
    id email role disabled invitationPending lastSignedInAt version
    person { id name organisation { id name { en cy } } }
  }
}`;

/** Aim for the accounts list: a page an administrator opens and filters while talking to someone. */
const ACCOUNTS_AIM_MS = 150;

async function accountsSection(url: string) {
  const { rows } = await withClient(url, (c) => c.query('SELECT count(*)::int AS n FROM app_user'));
  console.log(
    `\n## Accounts list (${rows[0].n} accounts), as the administrator opens and filters it\n`,
  );
  const api = await startApi(url);
  try {
    const admin = await GraphqlClient.signIn(api.url, BENCH_ACCOUNTS.admin);
    const filters: [string, Record<string, unknown>][] = [
      ['every account', {}],
      ['search "jones", active', { search: 'jones', active: true }],
      ['leads not seen for 90 days', { role: 'LEAD', lastSignIn: 'OVER_90_DAYS' }],
    ];
    const figures: (string | number)[][] = [];
    for (const [name, filter] of filters) {
      const times: number[] = [];
      let count = 0;
      for (let i = 0; i < 21; i++) {
        const started = performance.now();
        const data = await admin.request<{ users: unknown[] }>(ACCOUNTS_LIST, { filter });
        if (i > 0) times.push(performance.now() - started); // the first warms the process up
        count = data.users.length;
      }
      figures.push([name, count, formatMs(median(times)), formatMs(Math.max(...times))]);
    }
    console.log(table(['filter', 'accounts', 'median ms', 'slowest ms'], figures));
    console.log(
      `Aim: median under ${ACCOUNTS_AIM_MS} ms for every filter (20 runs after one warm-up).`,
    );
  } finally {
    await api.stop();
  }
}

async function bundleSection() {
  console.log('\n## Dashboard bundle per route (gzipped; entry included)\n');
  await run('npx', ['nx', 'build', 'dashboard']);
  const sizes = measureBuild('dist/apps/dashboard');
  console.log(
    table(
      ['route', 'files', 'gzip'],
      sizes.map((s) => [s.route, s.files.length, kb(s.gzipBytes)]),
    ),
  );
  console.log(budgetProblem(sizes) ?? 'Initial route within its 250 KB budget.');
}

/** Publication day's aims on this 2-core machine (issue 22). */
const PUBLIC_AIMS = { perSecond: 2_000, p95: 50, clients: 50, signedInClients: 10 };
/** The overview's own aim at ten clients (docs/performance.md). */
const OVERVIEW_P95_AIM = 50;

/** A reader of the public overview, as browsers fetch it (compressed, no validators). */
const PUBLIC_READER: PacedRequest = {
  path: '/en/progress',
  method: 'GET',
  headers: { 'accept-encoding': 'gzip, deflate, br' },
};

/** Anonymous readers of the public overview as fast as it is served (closed loop). */
async function loadPublicOverview(
  api: RunningApi,
  connections: number,
  seconds: number,
): Promise<LoadSample> {
  return closedLoad({
    url: api.url + PUBLIC_READER.path,
    connections,
    duration: seconds,
    headers: PUBLIC_READER.headers,
  });
}

/** `measure` run while anonymous readers arrive at `baseUrl` at the aimed rate. */
async function besideReaders<T>(
  baseUrl: string,
  measure: () => Promise<T>,
): Promise<{ figures: T; readers: LoadFigures }> {
  const readers = pacedLoad(baseUrl, PUBLIC_READER, {
    perSecond: PUBLIC_AIMS.perSecond,
    connections: PUBLIC_AIMS.clients,
  });
  const figures = await measure();
  return { figures, readers: summariseRuns([await readers.stop()]) };
}

/**
 * The public overview under anonymous load (two API processes, as deployed on two cores), then
 * what publication day costs the programme's own people: the signed-in overview's API figures and
 * the overview page in Chromium, each alone, while anonymous readers arrive at the aimed rate, and
 * while the same readers go to a bare server instead (the load generator's own share of this
 * machine). Readers and signed-in clients arrive evenly paced (`pacedLoad`), as people do; the
 * signed-in clients at the pages benchmark's pace (`--background-rate`).
 */
async function publicSection(
  workingCopy: () => Promise<string>,
  {
    seconds,
    warmup,
    signedInRate,
    pageRuns,
  }: {
    seconds: number;
    warmup: number;
    signedInRate: number;
    pageRuns: { cold: number; warm: number };
  },
) {
  console.log(
    `\n## Public pages: ${PUBLIC_AIMS.clients} anonymous clients on /en/progress as fast as served; then the signed-in overview (${PUBLIC_AIMS.signedInClients} clients, ${signedInRate} requests/s each) and the overview page, alone, beside ${PUBLIC_AIMS.perSecond} anonymous requests/s, and beside as many sent to a bare Node server of the same answer; ${seconds} s per load run, 2 API processes\n`,
  );
  const url = await workingCopy();
  const [{ published }] = (
    await withClient(url, (client) =>
      client.query(`SELECT count(*)::int AS published FROM publication WHERE state = 'PUBLISHED'`),
    )
  ).rows;
  if (!published) {
    console.log('The bench data set has no publication: run with --fresh to regenerate it.');
    return;
  }
  const api = await startApi(url, { WEB_CONCURRENCY: '2' });
  try {
    const office = await GraphqlClient.signIn(api.url, BENCH_ACCOUNTS.office);
    const context = await resolveContext(url, office);
    const overview = OPERATIONS.find(
      (op) => op.name === 'overview + measures summary',
    ) as Operation;
    const signedIn = operationRequest(overview, context, office.cookie);
    const signedInPace = {
      perSecond: PUBLIC_AIMS.signedInClients * signedInRate,
      connections: PUBLIC_AIMS.signedInClients,
    };
    await loadPublicOverview(api, PUBLIC_AIMS.clients, warmup);
    await pacedLoadFor(api.url, signedIn, signedInPace, warmup);
    const anonymous = summariseRuns([await loadPublicOverview(api, PUBLIC_AIMS.clients, seconds)]);
    // The same readers sent to a bare Node server of the same answer instead: what the load
    // generator itself takes from this machine (real readers are on other machines).
    const bare = await startBareServer(
      await recordAnswer(api.url + PUBLIC_READER.path, PUBLIC_READER.headers),
    );
    try {
      const signedInLoad = () =>
        pacedLoadFor(api.url, signedIn, signedInPace, seconds).then((sample) =>
          summariseRuns([sample]),
        );
      const signedInAlone = await signedInLoad();
      const signedInBeside = await besideReaders(api.url, signedInLoad);
      const signedInBesideBare = await besideReaders(bare.url, signedInLoad);
      const row = (name: string, figures: LoadFigures, aim: string) => [
        name,
        formatMs(figures.p50),
        formatMs(figures.p95),
        formatMs(figures.p99),
        figures.perSecond.toFixed(0),
        figures.errors,
        aim,
      ];
      console.log(
        table(
          ['load', 'p50', 'p95', 'p99', 'req/s', 'errors', 'aim'],
          [
            row(
              `public overview, ${PUBLIC_AIMS.clients} anonymous clients, as fast as served`,
              anonymous,
              `≥ ${PUBLIC_AIMS.perSecond} req/s, p95 < ${PUBLIC_AIMS.p95} ms`,
            ),
            row(`signed-in overview alone`, signedInAlone, '—'),
            row(
              `signed-in overview beside ${PUBLIC_AIMS.perSecond} anonymous req/s`,
              signedInBeside.figures,
              `p95 < ${OVERVIEW_P95_AIM} ms (the overview's aim)`,
            ),
            row(
              `  (the anonymous readers meanwhile)`,
              signedInBeside.readers,
              `${PUBLIC_AIMS.perSecond} req/s`,
            ),
            row(
              `signed-in overview beside the same readers of a bare server`,
              signedInBesideBare.figures,
              '—',
            ),
          ],
        ),
      );

      const pages = benchPages(context);
      const overviewPage = pages.find((page) => page.path === '/') as BenchPage;
      const browser = await launchBrowser();
      const background = pacedLoad(api.url, signedIn, signedInPace);
      try {
        const timeOverview = () =>
          timePage(browser, api.url, pages, overviewPage, office.cookie, pageRuns);
        const alone = await timeOverview();
        const beside = await besideReaders(api.url, timeOverview);
        const besideBare = await besideReaders(bare.url, timeOverview);
        const ratio = (of: PageVerdict) =>
          `cold ${(of.coldP50 / alone.coldP50).toFixed(2)}, warm ${(of.warmP50 / alone.warmP50).toFixed(2)}`;
        console.log(
          '\n' +
            table(
              [...PAGE_TIMES_HEADER.slice(0, 5), '÷ alone (p50)', 'unaffected'],
              [
                [...pageTimesRow('overview page alone', alone).slice(0, 5), '', ''],
                [
                  ...pageTimesRow(
                    `overview page beside ${beside.readers.perSecond.toFixed(0)} anonymous req/s`,
                    beside.figures,
                  ).slice(0, 5),
                  ratio(beside.figures),
                  `${unaffected(besideBare.figures, beside.figures) ? 'yes' : 'no'} (against the bare server's), ${unaffected(alone, beside.figures) ? 'yes' : 'no'} (against alone)`,
                ],
                [
                  ...pageTimesRow(
                    `overview page beside the same readers of a bare server`,
                    besideBare.figures,
                  ).slice(0, 5),
                  ratio(besideBare.figures),
                  '',
                ],
              ],
            ),
        );
      } finally {
        await background.stop();
        await browser.close();
      }
    } finally {
      await bare.stop();
    }
  } finally {
    await api.stop();
  }
}

async function renderSection(url: string) {
  console.log(
    '\n## Overview: time to first meaningful render in Chromium (fresh context per run)\n',
  );
  const api = await startApi(url);
  try {
    const office = await GraphqlClient.signIn(api.url, BENCH_ACCOUNTS.office);
    const { meaningful, firstContentfulPaint } = await overviewRenderTimes(
      api.url,
      office.cookie,
      6,
    );
    const warm = meaningful.slice(1);
    console.log(
      `RAG table on screen: median ${formatMs(median(warm))} ms (runs: ${warm.map(formatMs).join(', ')}); first contentful paint median ${formatMs(median(firstContentfulPaint.slice(1)))} ms`,
    );
  } finally {
    await api.stop();
  }
}

/** Every page in Chromium, cold and warm, beside ten signed-in clients; Lighthouse on each. */
async function pagesBench(url: string, pageOptions: PagesOptions) {
  const api = await startApi(url, { WEB_CONCURRENCY: '2' });
  try {
    const office = await GraphqlClient.signIn(api.url, BENCH_ACCOUNTS.office);
    const lead = await GraphqlClient.signIn(api.url, BENCH_ACCOUNTS.lead);
    const context = await resolveContext(url, office);
    const overview = OPERATIONS.find(
      (op) => op.name === 'overview + measures summary',
    ) as Operation;
    await pagesSection(
      api,
      { office: office.cookie, lead: lead.cookie },
      context,
      overview,
      pageOptions,
    );
  } finally {
    await api.stop();
  }
}

async function main() {
  const {
    sections,
    duration,
    warmup,
    slices,
    server,
    fresh,
    operations,
    clients,
    processes,
    pages,
  } = options();
  const pg = await withClient(
    server,
    async (client) => (await client.query('SHOW server_version')).rows[0].server_version,
  );
  console.log(`# Cynnydd benchmark — ${new Date().toISOString()}`);
  // Other work on the machine skews every figure: say how busy it was when the run started.
  console.log(
    `load average ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' / ')} (1/5/15 min)`,
  );
  console.log(
    `${cpus()[0]?.model} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, PostgreSQL ${pg}`,
  );
  const needsLarge = [...sections].some((s) => s !== 'bundle' && s !== 'statements');
  if (needsLarge) await prepare(server, LARGE, fresh);
  const workingCopy = () => cloneDatabase(server, LARGE.name, WORKING_COPY);
  const url = needsLarge ? await workingCopy() : '';
  if (sections.has('explain')) await explainSection(url);
  if (sections.has('load'))
    await loadSection(
      workingCopy,
      { seconds: duration, warmup, slices },
      operations,
      clients,
      processes,
    );
  if (sections.has('statements')) await statementsSection(server, fresh, operations);
  if (sections.has('export')) await exportSection(url);
  if (sections.has('accounts')) await accountsSection(url);
  if (sections.has('bundle')) await bundleSection();
  if (sections.has('render')) await renderSection(url);
  if (sections.has('public'))
    await publicSection(workingCopy, {
      seconds: duration,
      warmup,
      signedInRate: pages.backgroundRate,
      pageRuns: pages,
    });
  if (sections.has('pages')) await pagesBench(await workingCopy(), pages);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
