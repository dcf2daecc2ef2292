import type { Browser, Page } from '@playwright/test';

import {
  expect,
  expectAccessibleInEnglishAndWelsh,
  expectNoAccessibilityViolations,
  OPERATIONAL_GROUP,
  signInUsingEnglish,
  test,
} from './support';

/*
 * The public progress pages as a member of the public reads them: no sign-in, in Welsh and
 * English, on a 320 px phone with JavaScript off, and on a desktop with it on. The demo
 * programme published each quarter's oversight board report; the latest (5) covers 2026-27 Q2,
 * and publication 3 was withdrawn.
 */

const LATEST_WELSH = 'Cynnydd yn ail chwarter cynllun 2026-27';
const LATEST_ENGLISH = 'Progress in the second quarter of the 2026-27 plan';

async function reader(
  browser: Browser,
  baseURL: string | undefined,
  options: { javaScript: boolean; width: number },
): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    javaScriptEnabled: options.javaScript,
    viewport: { width: options.width, height: 800 },
  });
  return context.newPage();
}

/** Nothing wider than the screen: tables scroll in their own region, not the page. */
async function expectNoSidewaysScroll(page: Page, width: number) {
  // Playwright's evaluation runs even where the page's own scripts are off.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    width,
  );
}

test('a reader on a phone without JavaScript reads the progress in Welsh and English, page by page', async ({
  browser,
  baseURL,
}) => {
  const page = await reader(browser, baseURL, { javaScript: false, width: 320 });
  const response = await page.goto('/cy/cynnydd');
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Cynnydd y strategaeth gweithlu' }),
  ).toBeVisible();
  await expect(page.getByText(LATEST_WELSH)).toBeVisible();
  // Dates in Welsh from the server's own locale data, not the browser's.
  await expect(page.getByText(/19 Tachwedd 2026 am 12:00/)).toBeVisible();
  await expectNoSidewaysScroll(page, 320);

  // The language switch keeps the page.
  await page.getByRole('link', { name: 'English (Read this page in English)' }).click();
  await expect(page).toHaveURL(/\/en\/progress$/);
  await expect(page.getByText(LATEST_ENGLISH)).toBeVisible();

  // An area, then one of its actions.
  await page
    .getByRole('region', { name: 'Actions by strategic area' })
    .getByRole('link')
    .first()
    .click();
  await expect(page).toHaveURL(/\/en\/progress\/areas\/1$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('share and spread');
  await expectNoSidewaysScroll(page, 320);
  await page.getByRole('region', { name: 'Actions' }).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/en\/progress\/actions\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Progress' })).toBeVisible();
  await page.getByRole('link', { name: 'Cymraeg (Darllenwch y dudalen hon yn Gymraeg)' }).click();
  await expect(page).toHaveURL(/\/cy\/cynnydd\/camau-gweithredu\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Cynnydd' })).toBeVisible();

  // The measures: each chart has its table.
  await page.goto('/cy/cynnydd');
  await page.getByRole('link', { name: 'Gweld pob mesur a’i duedd' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mesurau canlyniadau' })).toBeVisible();
  // The heading is drawn before the long page has all arrived: count once it has.
  await page.waitForLoadState('load');
  const charts = page.getByRole('img', { name: /^Tuedd / });
  expect(await charts.count()).toBeGreaterThan(5);
  expect(await page.locator('table caption', { hasText: /^Tuedd / }).count()).toBe(
    await charts.count(),
  );
  await expectNoSidewaysScroll(page, 320);

  // The archive, and the withdrawn publication saying when and why.
  await page.goto('/en/progress/publications');
  await expect(page.getByRole('cell', { name: /^Withdrawn / })).toHaveCount(1);
  await page.getByRole('link', { name: 'Publication 3', exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'This publication was withdrawn' }),
  ).toBeVisible();
  await expect(page.getByText('A summary gave the wrong number of training places')).toBeVisible();
});

test('the public pages pass the accessibility checks in both languages, on a phone and a desktop', async ({
  browser,
  baseURL,
}) => {
  test.slow();
  for (const width of [320, 1280]) {
    const page = await reader(browser, baseURL, { javaScript: true, width });
    for (const path of [
      '/cy/cynnydd',
      '/en/progress',
      '/cy/cynnydd/meysydd/4',
      '/en/progress/measures',
      '/cy/cynnydd/cyhoeddiadau',
      '/en/progress/publications/3',
    ]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoAccessibilityViolations(page);
    }
    await page.context().close();
  }
});

// Last in this file: it publishes a new current publication, which the tests above do not expect.
test('the operational group publishes the joint board’s report, which the public then reads', async ({
  page,
  browser,
  baseURL,
}) => {
  test.slow();
  await signInUsingEnglish(page, OPERATIONAL_GROUP);
  await page
    .getByRole('navigation', { name: 'Menu' })
    .getByRole('link', { name: 'Public progress' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Public progress' })).toBeVisible();
  await expectAccessibleInEnglishAndWelsh(page, 'Cynnydd cyhoeddus');
  await page
    .getByRole('combobox', { name: 'Issued report' })
    .selectOption({ label: '2026-27 Q2 – Joint board, edition 1' });
  await page.getByRole('button', { name: 'Start a publication' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Draft publication of 2026-27 Q2' }),
  ).toBeVisible();
  // Started from the latest publication's wording; this one says it is the joint board's.
  const introduction = page.getByRole('group', { name: 'Introduction for the public' });
  await introduction.getByRole('textbox').first().fill('The joint board’s view of the half year.');
  await introduction
    .getByRole('textbox')
    .last()
    .fill('Barn y bwrdd ar y cyd am yr hanner blwyddyn.');
  await page.getByRole('button', { name: 'Save the draft' }).click();
  await expect(page.getByText('The draft was saved.')).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByRole('button', { name: 'Yes, publish it to the public' }).click();
  await expect(page.getByText(/Publication \d+ is published\./)).toBeVisible();

  // A member of the public, not signed in.
  const member = await reader(browser, baseURL, { javaScript: true, width: 1280 });
  await member.goto('/cy/cynnydd');
  await expect(member.getByText('Barn y bwrdd ar y cyd am yr hanner blwyddyn.')).toBeVisible();
});
