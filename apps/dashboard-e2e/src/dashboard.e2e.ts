import { expect, test } from '@playwright/test';

import { expectNoAccessibilityViolations, LEAD, signIn } from './support';

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
    await expectNoAccessibilityViolations(page);

    await page.getByRole('button', { name: 'Change the language to Welsh' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Trosolwg' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
    await expect(page.getByRole('table')).toContainText('Pob maes');
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
