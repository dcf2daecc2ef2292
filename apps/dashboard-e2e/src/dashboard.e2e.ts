import type { Locator, Page } from '@playwright/test';

import {
  expect,
  expectNoAccessibilityViolations,
  LEAD,
  signIn,
  switchLanguage,
  test,
} from './support';

/** The figure's picture has loaded and been decoded, and names its figures in `words`. */
async function expectChartPicture(page: Page, figure: Locator, words: RegExp) {
  const picture = figure.locator('img');
  await expect
    .poll(() => picture.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth))
    .toBeGreaterThan(0);
  const svg = await (await page.request.get((await picture.getAttribute('src')) as string)).text();
  expect(svg).toMatch(words);
}

test.describe('signing in', () => {
  test('the sign-in page is accessible in English and in Welsh', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expectNoAccessibilityViolations(page);

    await page.getByRole('button', { name: 'Change the language to Welsh' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mewngofnodi' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
    await expectNoAccessibilityViolations(page);
  });

  test('a wrong password is reported in an error summary that takes focus', async ({ page }) => {
    await signIn(page, LEAD, 'not the right password');
    const summary = page.getByRole('alert');
    await expect(summary).toContainText('There is a problem');
    await expect(summary).toContainText('Email or password is incorrect');
    await expect(page.locator('.govuk-error-summary')).toBeFocused();
    await expectNoAccessibilityViolations(page);
  });

  test('can be completed with the keyboard alone', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Email address').focus();
    await page.keyboard.type(LEAD);
    await page.keyboard.press('Tab');
    await page.keyboard.type('cynnydd-demo-2026');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  });
});

test.describe('the overview', () => {
  test('shows the seven areas for the current period, in English and in Welsh', async ({
    page,
  }) => {
    await signIn(page, LEAD);
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    await expect(page.getByText(`Signed in as ${LEAD}`)).toBeVisible();
    const table = page.getByRole('table', { name: 'Actions by status in each strategic area' });
    await expect(table.getByRole('row')).toHaveCount(1 + 7 + 1);
    await expect(table).toContainText('All areas');
    // The demo's open round is 2026-27 Q3; 2026-27 Q2 before it is closed.
    await expect(page.getByText(/(Open for updates until|Still open for updates)/)).toBeVisible();
    await expect(
      table.getByRole('columnheader', { name: 'Improved since 2026-27 Q2' }),
    ).toBeVisible();
    const movement = page.getByRole('region', { name: 'Change since 2026-27 Q2', exact: true });
    await expect(movement).toContainText(
      /Since 2026-27 Q2: \d+ improved, \d+ worsened, \d+ newly red, \d+ newly complete and \d+ unchanged\./,
    );
    await expect(
      movement
        .getByRole('table', { name: 'Actions whose status changed since 2026-27 Q2' })
        .or(movement.getByText('No action has changed status since 2026-27 Q2.')),
    ).toBeVisible();
    const chart = page.getByRole('figure', {
      name: 'Chart: actions by status in each strategic area, 2026-27 Q3',
    });
    await expect(chart).toContainText('The table below has the same figures for each area.');
    // The API's picture of the chart has arrived and been drawn, in English.
    await expectChartPicture(page, chart, / green/);
    await expectNoAccessibilityViolations(page);

    await switchLanguage(page, 'cy');
    await expect(page.getByRole('heading', { level: 1, name: 'Trosolwg' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
    await expect(
      page.getByRole('table', { name: 'Camau gweithredu yn ôl statws ym mhob maes strategol' }),
    ).toContainText('Pob maes');
    await expect(
      page.getByRole('region', { name: 'Newid ers 2026-27 Q2', exact: true }),
    ).toContainText(/Ers 2026-27 Q2: \d+ wedi gwella/);
    await expectChartPicture(
      page,
      page.getByRole('figure', { name: /^Siart: camau gweithredu yn ôl statws/ }),
      / gwyrdd/,
    );
    await expectNoAccessibilityViolations(page);

    // The choice is remembered.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Trosolwg' })).toBeVisible();
  });

  test('is not shown to someone who is not signed in', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  });
});
