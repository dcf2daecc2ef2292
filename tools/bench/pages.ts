/**
 * Page speed in the browser (issue 24): every dashboard page and the public pages, from navigation
 * to the page's main content on screen, cold (a fresh browser context) and warm (navigating
 * within the app; for the public pages a second visit), while ten other signed-in clients load
 * the API; then Lighthouse 12's default mobile profile on each page.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

import { dashboardTakenOver, type RunningApi } from '@cynnydd/shared/testing';

import type { BenchContext, Operation } from './operations';
import { operationRequest, pacedLoad } from './paced-load';
import {
  LIGHTHOUSE_HEADER,
  lighthouseRow,
  PAGE_TIMES_HEADER,
  pageTimesRow,
  pageVerdict,
  type LighthouseScores,
  type PageVerdict,
} from './page-aims';
import { CHROMIUM_ARGS } from './render';
import { formatMs, summariseRuns, table } from './stats';

const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
/** Other signed-in people using the dashboard while pages are timed. */
export const BACKGROUND_CLIENTS = 10;

/** One page measured: where it is, who is signed in, and the element that shows its data. */
export interface BenchPage {
  name: string;
  path: string;
  /** The signed-in account; none for the public pages. */
  account: 'office' | 'lead' | null;
  /**
   * CSS selector of the page's main content: present only once its data has arrived and been
   * drawn (the loading message and headings come first; each page's component says which).
   */
  selector: string;
}

/** The pages of issue 24, with the ids resolved from the bench database. */
export function benchPages(context: BenchContext): BenchPage[] {
  return [
    // The RAG table (ProgressTable) follows the chart once the progress summary has arrived.
    { name: 'overview', path: '/', account: 'office', selector: 'main table' },
    // AreaActionsTable, after the area and its actions for the plan year.
    {
      name: `area ${context.areaNumber}`,
      path: `/areas/${context.areaNumber}`,
      account: 'office',
      selector: 'main table',
    },
    // The action's details (a summary list) replace the loading message together.
    {
      name: 'action (longest history)',
      path: `/actions/${context.actionId}`,
      account: 'office',
      selector: 'main dl.govuk-summary-list',
    },
    { name: 'my actions (lead)', path: '/my-actions', account: 'lead', selector: 'main table' },
    // RoundTable: the breakdown by area, drawn with the round's figures (on the server for a
    // first visit); the people and outstanding lists follow.
    {
      name: 'round tracker',
      path: `/reporting-periods/${context.periodId}/round`,
      account: 'office',
      selector: 'main table',
    },
    // The report's article, drawn with its head (cover, summary, RAG summary; on the server for
    // a first visit); the rest of the report follows.
    {
      name: 'report preview',
      path: `/reports/${context.reportId}`,
      account: 'office',
      selector: 'main article.app-report',
    },
    { name: 'measures', path: '/measures', account: 'office', selector: 'main table' },
    { name: 'risks', path: '/risks', account: 'office', selector: 'main table' },
    { name: 'meetings', path: '/meetings', account: 'office', selector: 'main table' },
    // Server-rendered: the first table is the page's data (areas, actions, measures' trends).
    { name: 'public progress', path: '/en/progress', account: null, selector: 'main table' },
    {
      name: 'public area 3 (cy)',
      path: '/cy/cynnydd/meysydd/3',
      account: null,
      selector: 'main table',
    },
    {
      name: 'public measures',
      path: '/en/progress/measures',
      account: null,
      selector: 'main table',
    },
  ];
}

interface BenchWindow {
  __benchWatch(selector: string, exclude: Set<Element>, path: string | null): Promise<number>;
  __benchShown?: number;
  __benchFailed?: string;
}

/**
 * Installed before any of the page's scripts: `__benchWatch` resolves with `performance.now()`
 * in the first animation frame after a visible element matching `selector` (and not in
 * `exclude`, the previous page's) is in the document. Animation frames wait for render-blocking
 * stylesheets, so this is the frame that paints it. With `selector` given it starts at once
 * (a cold visit: the time origin is navigation start) and leaves the time in `__benchShown`.
 */
function installWatcher(selector: string | null) {
  const w = window as unknown as BenchWindow;
  w.__benchWatch = (wanted, exclude, path) =>
    new Promise((resolve, reject) => {
      const found = () => {
        if (path && location.pathname !== path) return false;
        for (const element of Array.from(document.querySelectorAll(wanted))) {
          if (exclude.has(element)) continue;
          const box = element.getBoundingClientRect();
          if (box.width > 0 && box.height > 0) return true;
        }
        return false;
      };
      const shown = () => requestAnimationFrame(() => resolve(performance.now()));
      if (found()) return shown();
      const observer = new MutationObserver(() => {
        if (!found()) return;
        observer.disconnect();
        clearTimeout(timer);
        shown();
      });
      observer.observe(document, {
        childList: true,
        subtree: true,
        attributes: true,
        attributeFilter: ['class', 'style', 'hidden'],
      });
      const timer = setTimeout(() => {
        observer.disconnect();
        const state = Array.from(document.querySelectorAll(wanted)).map((element) => {
          const box = element.getBoundingClientRect();
          return `${exclude.has(element) ? 'old' : 'new'} ${box.width}×${box.height}`;
        });
        reject(
          new Error(
            `${wanted} did not appear on ${location.pathname} within 20 s (${state.join(', ') || 'none'}; found ${found()})`,
          ),
        );
      }, 20_000);
    });
  if (selector)
    w.__benchWatch(selector, new Set(), null).then(
      (time) => (w.__benchShown = time),
      (error: Error) => (w.__benchFailed = error.message),
    );
}

async function signedInContext(
  browser: Browser,
  baseUrl: string,
  cookie: string | null,
  selector: string | null,
): Promise<BrowserContext> {
  const context = await browser.newContext();
  if (cookie) {
    const [name, ...value] = cookie.split('=');
    await context.addCookies([{ name, value: value.join('='), url: baseUrl }]);
  }
  await context.addInitScript(installWatcher, selector);
  return context;
}

/** Navigation start to main content on screen, in a page whose watcher started with it. */
async function shownAfterNavigation(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(
    () => {
      const w = window as unknown as BenchWindow;
      if (w.__benchFailed) throw new Error(w.__benchFailed);
      return w.__benchShown !== undefined;
    },
    null,
    { timeout: 25_000 },
  );
  return page.evaluate(() => (window as unknown as BenchWindow).__benchShown as number);
}

/** A first visit: fresh context, nothing cached. */
async function coldVisit(
  browser: Browser,
  baseUrl: string,
  page: BenchPage,
  cookie: string | null,
) {
  const context = await signedInContext(browser, baseUrl, cookie, page.selector);
  try {
    return await shownAfterNavigation(await context.newPage(), baseUrl + page.path);
  } finally {
    await context.close();
  }
}

/**
 * Until the starting page has settled: the dashboard has taken over a page the server drew
 * (ADR 20; before that the router is not listening, and a link is followed as a new document)
 * and what it asks for after its main content (the overview's lists) has arrived, so the visit
 * timed is the only one under way.
 */
async function untilSettled(page: Page) {
  await page.waitForFunction(dashboardTakenOver, null, { timeout: 25_000 });
  await page.waitForLoadState('networkidle', { timeout: 25_000 });
}

/**
 * Client-side navigation as the router sees a link or the back button: push the URL and tell
 * the router (popstate). Timed in the page, from the push until the new content is on screen.
 */
function navigateInApp(page: Page, path: string, selector: string): Promise<number> {
  return page.evaluate(
    async ({ path, selector }) => {
      const w = window as unknown as BenchWindow;
      // The previous page's content on screen. React may keep a page it left hidden in the
      // document and show those very elements again, so hidden ones count as new when shown.
      const before = new Set(
        Array.from(document.querySelectorAll(selector)).filter((element) => {
          const box = element.getBoundingClientRect();
          return box.width > 0 && box.height > 0;
        }),
      );
      const started = performance.now();
      history.pushState(null, '', path);
      dispatchEvent(new PopStateEvent('popstate', { state: null }));
      return (await w.__benchWatch(selector, before, path)) - started;
    },
    { path, selector },
  );
}

/** Where each warm visit comes from: the overview, or the risk register for the overview itself. */
function startingPage(pages: BenchPage[], target: BenchPage): BenchPage {
  const from = target.path === '/' ? '/risks' : '/';
  return pages.find((page) => page.path === from) as BenchPage;
}

/**
 * Warm visits. Dashboard: one context already in the app; each run loads the starting page, then
 * goes to the page client-side (its code from the browser's cache, its data fetched: a first
 * visit to it within the app). Public pages: a second visit in the same context.
 */
async function warmVisits(
  browser: Browser,
  baseUrl: string,
  pages: BenchPage[],
  target: BenchPage,
  cookie: string | null,
  runs: number,
): Promise<number[]> {
  const times: number[] = [];
  if (target.account === null) {
    const context = await signedInContext(browser, baseUrl, null, target.selector);
    try {
      const page = await context.newPage();
      await shownAfterNavigation(page, baseUrl + target.path).catch(() => undefined);
      for (let run = 0; run < runs; run++)
        await shownAfterNavigation(page, baseUrl + target.path).then(
          (time) => times.push(time),
          (error: Error) =>
            console.log(`  warm run ${run + 1} of ${target.path} failed: ${error.message}`),
        );
    } finally {
      await context.close();
    }
    return times;
  }
  const from = startingPage(pages, target);
  const context = await signedInContext(browser, baseUrl, cookie, from.selector);
  try {
    const page = await context.newPage();
    await shownAfterNavigation(page, baseUrl + from.path);
    for (let run = 0; run < runs; run++) {
      try {
        // Each run starts from the starting page just loaded (its files from the browser's
        // cache), so the page's own data is fetched anew and no earlier visit's DOM is left.
        if (run > 0) await shownAfterNavigation(page, baseUrl + from.path);
        await untilSettled(page);
        times.push(await navigateInApp(page, target.path, target.selector));
      } catch (error) {
        // Counted as a failed run (the aims are then not met).
        console.log(`  warm run ${run + 1} of ${target.path} failed: ${(error as Error).message}`);
      }
    }
  } finally {
    await context.close();
  }
  return times;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * One page's cold and warm runs (after an unmeasured first visit that warms the API's and the
 * server-rendered pages' caches), printed as they come, with the verdict against the aims.
 */
export async function timePage(
  browser: Browser,
  baseUrl: string,
  allPages: BenchPage[],
  page: BenchPage,
  cookie: string | null,
  runs: { cold: number; warm: number },
): Promise<PageVerdict> {
  await coldVisit(browser, baseUrl, page, cookie).catch(() => undefined);
  const cold: number[] = [];
  for (let run = 0; run < runs.cold; run++)
    await coldVisit(browser, baseUrl, page, cookie).then(
      (time) => cold.push(time),
      (error: Error) =>
        console.log(`  cold run ${run + 1} of ${page.path} failed: ${error.message}`),
    );
  const warm = await warmVisits(browser, baseUrl, allPages, page, cookie, runs.warm);
  const failed = runs.cold + runs.warm - cold.length - warm.length;
  console.log(
    `${page.name} ${page.path}: cold ${cold.map(formatMs).join(', ')}; warm ${warm.map(formatMs).join(', ')}${failed ? `; ${failed} runs failed` : ''}`,
  );
  // A failed run counts as slower than any measured one.
  return pageVerdict(
    [...cold, ...Array<number>(runs.cold - cold.length).fill(Number.POSITIVE_INFINITY)],
    [...warm, ...Array<number>(runs.warm - warm.length).fill(Number.POSITIVE_INFINITY)],
  );
}

export interface PagesOptions {
  cold: number;
  warm: number;
  /** Only the pages whose name contains one of these (`--pages`); every page when empty. */
  only: string[];
  /** Requests a second each of the ten background clients sends. */
  backgroundRate: number;
  lighthouse: boolean;
  /** Lighthouse runs a page, of which the median is reported. */
  lighthouseRuns: number;
}

/** Cold and warm times of every page under background load, then Lighthouse on each. */
export async function pagesSection(
  api: RunningApi,
  cookies: { office: string; lead: string },
  context: BenchContext,
  overview: Operation,
  options: PagesOptions,
) {
  const allPages = benchPages(context);
  const pages = allPages.filter(
    (page) => options.only.length === 0 || options.only.some((part) => page.name.includes(part)),
  );
  const cookieOf = (page: BenchPage) => (page.account ? cookies[page.account] : null);
  console.log(
    `\n## Pages in the browser: navigation to main content on screen (ms), ${options.cold} cold (fresh context) and ${options.warm} warm (in-app navigation; public pages: a second visit) runs, while 10 signed-in clients load the overview (${options.backgroundRate} requests/s each, evenly paced); 2 API processes, Chromium ${CHROMIUM_PATH}\n`,
  );
  const browser = await launchBrowser();
  const rows: string[][] = [];
  const background = pacedLoad(api.url, operationRequest(overview, context, cookies.office), {
    perSecond: BACKGROUND_CLIENTS * options.backgroundRate,
    connections: BACKGROUND_CLIENTS,
  });
  try {
    for (const page of pages)
      rows.push(
        pageTimesRow(
          page.name,
          await timePage(browser, api.url, allPages, page, cookieOf(page), options),
        ),
      );
  } finally {
    const load = summariseRuns([await background.stop()]);
    await browser.close();
    console.log(
      `(background: ${load.perSecond.toFixed(0)} overview requests/s, p50 ${formatMs(load.p50)} ms, p95 ${formatMs(load.p95)} ms, ${load.errors} errors)`,
    );
  }
  console.log('\n' + table(PAGE_TIMES_HEADER, rows));
  if (options.lighthouse) await lighthouseSection(api.url, pages, cookieOf, options.lighthouseRuns);
}

interface LighthouseResult {
  lhr: {
    categories: Record<string, { score: number | null }>;
    audits: Record<string, { numericValue?: number }>;
    runtimeError?: { message: string };
  };
}
type RunLighthouse = (
  url: string,
  flags: Record<string, unknown>,
) => Promise<LighthouseResult | undefined>;
interface ChromeLauncher {
  launch(options: { chromePath: string; chromeFlags: string[] }): Promise<{
    port: number;
    kill(): unknown;
  }>;
}

/** Lighthouse and chrome-launcher are ES modules: imported as such, not rewritten to require. */
const importModule = new Function('specifier', 'return import(specifier)') as <T>(
  specifier: string,
) => Promise<T>;

/**
 * Lighthouse 12, default (mobile) profile, one run per page with no background load; the
 * session cookie goes with every request. Each report is kept under the system's temp directory.
 */
async function lighthouseSection(
  baseUrl: string,
  pages: BenchPage[],
  cookieOf: (page: BenchPage) => string | null,
  runs: number,
) {
  console.log(
    `\n## Lighthouse 12, default mobile profile (simulated throttling), the median of ${runs} runs a page\n`,
  );
  const { default: lighthouse } = await importModule<{ default: RunLighthouse }>('lighthouse');
  // Lighthouse's own way to tame run-to-run variance (docs/variability.md in its repository):
  // the run nearest the median of first contentful paint and interactive.
  const { computeMedianRun } = await importModule<{
    computeMedianRun: (runs: LighthouseResult['lhr'][]) => LighthouseResult['lhr'];
  }>('lighthouse/core/lib/median-run.js');
  const launcher = await importModule<ChromeLauncher>('chrome-launcher');
  const reports = join(tmpdir(), 'cynnydd-bench-lighthouse');
  mkdirSync(reports, { recursive: true });
  const rows: string[][] = [];
  const details: (string | number)[][] = [];
  const chrome = await launcher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS.filter((flag) => flag !== '--headless')],
  });
  try {
    for (const page of pages) {
      const cookie = cookieOf(page);
      const results: LighthouseResult['lhr'][] = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(baseUrl + page.path, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility'],
          ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
        });
        if (result) results.push(result.lhr);
      }
      // A run whose trace Chrome failed to record (Lighthouse's NO_NAVSTART and the like) has no
      // paint to take the median of: the median is of the others, the error shown if none is left.
      const measured = results.filter(
        (run) => run.audits['first-contentful-paint']?.numericValue !== undefined,
      );
      const lhr = measured.length ? computeMedianRun(measured) : results[0];
      const scores: LighthouseScores = {
        performance: lhr?.categories['performance']?.score ?? null,
        accessibility: lhr?.categories['accessibility']?.score ?? null,
      };
      rows.push(lighthouseRow(page.name, scores));
      const metric = (audit: string) => lhr?.audits[audit]?.numericValue ?? Number.NaN;
      details.push([
        page.name,
        formatMs(metric('first-contentful-paint')),
        formatMs(metric('largest-contentful-paint')),
        formatMs(metric('total-blocking-time')),
        formatMs(metric('speed-index')),
        lhr?.runtimeError?.message ?? '',
      ]);
      if (lhr)
        writeFileSync(join(reports, `${page.name.replace(/\W+/g, '-')}.json`), JSON.stringify(lhr));
    }
  } finally {
    await chrome.kill();
  }
  console.log(table(LIGHTHOUSE_HEADER, rows));
  console.log(
    '\n' +
      table(['page', 'FCP ms', 'LCP ms', 'TBT ms', 'speed index ms', 'error'], details) +
      `\n(simulated slow 4G and 4× CPU slowdown; reports in ${reports})`,
  );
}
