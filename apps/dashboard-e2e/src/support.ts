import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Browser, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';

import { dashboardTakenOver } from '@cynnydd/shared/testing';

import { currentProduct } from './servers';

/**
 * A page whose `goto` and `reload` also wait, when the page arrives drawn on the server (ADR 20),
 * until the dashboard has taken it over: before that, clicks and typing reach plain HTML.
 */
export function waitingForTheDashboard(page: Page): Page {
  const untilInteractive = () => page.waitForFunction(dashboardTakenOver);
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  return Object.assign(page, {
    goto: async (...args: Parameters<Page['goto']>) => {
      const response = await goto(...args);
      await untilInteractive();
      return response;
    },
    reload: async (...args: Parameters<Page['reload']>) => {
      const response = await reload(...args);
      await untilInteractive();
      return response;
    },
  });
}

/** Playwright's `test`, against the worker's own product (see servers.ts). */
export const test = base.extend({
  // Playwright reads a fixture's dependencies from its first parameter's pattern: none here.
  // eslint-disable-next-line no-empty-pattern
  baseURL: async ({}, use) => use(currentProduct().url),
  page: async ({ page }, use) => use(waitingForTheDashboard(page)),
});
export { expect };

export const DEMO_PASSWORD = 'cynnydd-demo-2026';
export const LEAD = 'ceri.morgan@heiw.example.wales';

/** WCAG 2.2 A and AA rules, as required of Welsh public bodies. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export interface AccessibilityCheck {
  /**
   * A CSS selector: only that part of the page is checked. For a feature's section of a page that
   * another test checks whole (the report preview, 3,000 elements, takes 8–15 s a check on a
   * loaded machine, and four tests each checked it whole in two languages for their section).
   */
  within?: string;
  /**
   * False leaves out colour contrast, two thirds of a check's time: for a page in Welsh just
   * checked in English, whose colours come from the same stylesheet.
   */
  colourContrast?: boolean;
}

/**
 * The report preview's section headed by the element with id `headingId`: what a test of that
 * section checks, the reporting cycle's test having checked the whole report.
 */
export function reportSection(headingId: string): AccessibilityCheck {
  return { within: `section[aria-labelledby="${headingId}"]` };
}

/**
 * axe-core's WCAG 2.2 AA rules on the page as it is, or on a part of it. Run in the page itself
 * (`axe.run`, legacy mode): the default runs each frame apart and gathers the results in a blank
 * page it opens, which took twice as long a check (1.0–2.5 s against 0.5–1.3 s a page, unloaded)
 * and most of the browser tests' time; the dashboard has no frames from other origins, the one
 * thing legacy mode skips.
 */
export async function expectNoAccessibilityViolations(
  page: Page,
  { within, colourContrast = true }: AccessibilityCheck = {},
): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode();
  if (within) builder = builder.include(within);
  if (!colourContrast) builder = builder.disableRules(['color-contrast']);
  const { violations } = await builder.analyze();
  expect(
    violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    ),
  ).toEqual([]);
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** A page of its own for another person, signed in in English, opened at `path`. */
export async function signedInPage(browser: Browser, email: string, path = '/'): Promise<Page> {
  const page = waitingForTheDashboard(await (await browser.newContext()).newPage());
  await signInUsingEnglish(page, email, path);
  return page;
}

export const OPERATIONAL_GROUP = 'elin.roberts@socialcare.example.wales';

const SWITCH_TO = {
  cy: 'Change the language to Welsh',
  en: 'Newid yr iaith i’r Saesneg',
} as const;

/**
 * Switches the page's language once the page has loaded (so whether anyone is signed in is
 * known). Signed in, it also waits until the account has saved the choice: the page switches at
 * once but saves in the background, and a page loaded before the save lands would come back in
 * the old language.
 */
export async function switchLanguage(page: Page, to: keyof typeof SWITCH_TO): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  const signedIn =
    (await page
      .getByRole('button', { name: /^(Sign out|Allgofnodi)$/, includeHidden: true })
      .count()) > 0;
  const saved =
    signedIn &&
    page.waitForResponse(
      (response) =>
        new URL(response.url()).pathname === '/graphql' &&
        (response.request().postData() ?? '').includes('SetPreferredLanguage'),
    );
  await page.getByRole('button', { name: SWITCH_TO[to] }).click();
  await saved;
  await expect(page.locator('html')).toHaveAttribute('lang', to);
}

/**
 * Signs in through the API, as the sign-in form does (the form itself is tested in
 * dashboard.e2e.ts and accounts.e2e.ts), sets the account's language to English (an earlier
 * test may have left it Welsh) and opens `path`: the overview unless the test starts elsewhere.
 * A test need not draw the sign-in page and the overview to begin somewhere else.
 */
export async function signInUsingEnglish(page: Page, email: string, path = '/'): Promise<void> {
  await graphql(page, 'mutation ($input: SignInInput!) { signIn(input: $input) { expiresAt } }', {
    input: { email, password: DEMO_PASSWORD },
  });
  await graphql(page, 'mutation { setPreferredLanguage(language: en) { id } }');
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  if (path === '/') {
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  }
}

/** A GraphQL call with the page's session, failing the test on any GraphQL error. */
export async function graphql<T>(
  page: Page,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await page.request.post('/graphql', { data: { query, variables } });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  expect(body.errors ?? []).toEqual([]);
  return body.data as T;
}

export const BOARD_MEMBER = 'owain.davies@gov.example.wales';

/**
 * Checks the page (or the part `check` names) in English, then in Welsh (waiting for `welsh` to
 * show so the check sees the Welsh page) without colour contrast, then switches back to English.
 */
export async function expectAccessibleInEnglishAndWelsh(
  page: Page,
  welsh: string | RegExp,
  check: AccessibilityCheck = {},
): Promise<void> {
  await expectNoAccessibilityViolations(page, check);
  await switchLanguage(page, 'cy');
  await expect(page.getByText(welsh).first()).toBeVisible();
  await expectNoAccessibilityViolations(page, { ...check, colourContrast: false });
  await switchLanguage(page, 'en');
}

/** A reference no other run or test uses: area 4, then numbers picked at random. */
export function uniqueReference(): string {
  const part = () => 100 + Math.floor(Math.random() * 900);
  return `4.${part()}.${part()}`;
}

/**
 * As the operational group: a new action in area 4 of the 2026-27 plan, made through the API;
 * owned by `ownerEmail`, or by the first person in the directory, due 31 March 2027, with any
 * `milestones`. Returns its id.
 */
export async function createAction(
  page: Page,
  {
    reference,
    title,
    ownerEmail,
    themes,
    milestones,
  }: {
    reference: string;
    title: { en: string; cy: string | null };
    ownerEmail?: string;
    themes?: string[];
    milestones?: { title: { en: string; cy: string | null }; dueDate: string }[];
  },
): Promise<string> {
  const setup = await graphql<{
    annualPlan: { id: string };
    strategicAreas: { id: string; number: number }[];
    people: { id: string; email: string }[];
  }>(
    page,
    `
      {
        annualPlan(financialYear: "2026-27") {
          id
        }
        strategicAreas {
          id
          number
        }
        people {
          id
          email
        }
      }
    `,
  );
  const owner = ownerEmail
    ? setup.people.find((person) => person.email === ownerEmail)
    : setup.people[0];
  const { createAction: created } = await graphql<{ createAction: { id: string } }>(
    page,
    `
      mutation ($input: CreateActionInput!) {
        createAction(input: $input) {
          id
        }
      }
    `,
    {
      input: {
        planId: setup.annualPlan.id,
        areaId: setup.strategicAreas.find((area) => area.number === 4)?.id,
        reference,
        title,
        leadOrganisation: 'HEIW',
        startDate: '2026-04-01',
        dueDate: '2027-03-31',
        ownerIds: [owner?.id],
        themes,
        milestones,
      },
    },
  );
  return created.id;
}

/** The demo's open reporting round. */
export const OPEN_PERIOD = '2026-27 Q3';

/** As the operational group: an issued report for the open period, made through the API. */
export async function issuedReport(page: Page, audience: string, summary: string): Promise<string> {
  const { reportingPeriods } = await graphql<{
    reportingPeriods: { id: string; label: string }[];
  }>(page, '{ reportingPeriods { id label } }');
  const period = reportingPeriods.find((item) => item.label === OPEN_PERIOD);
  const { createReport } = await graphql<{ createReport: { id: string; version: number } }>(
    page,
    `
      mutation ($input: CreateReportInput!) {
        createReport(input: $input) {
          id
          version
        }
      }
    `,
    {
      input: {
        reportingPeriodId: period?.id,
        audience,
        executiveSummary: { en: summary, cy: null },
      },
    },
  );
  await graphql(
    page,
    `
      mutation ($input: ReportVersionInput!) {
        issueReport(input: $input) {
          id
        }
      }
    `,
    { input: { id: createReport.id, expectedVersion: createReport.version } },
  );
  return createReport.id;
}

/** A downloaded or uploaded spreadsheet, read as Excel would. */
export async function readWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs's typings want an ArrayBuffer-like Buffer of its own; hand it the bytes' own buffer.
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return workbook;
}
