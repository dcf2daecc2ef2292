import type { Page } from '@playwright/test';

import {
  expect,
  expectAccessibleInEnglishAndWelsh,
  expectNoAccessibilityViolations,
  OPERATIONAL_GROUP,
  signInUsingEnglish,
  switchLanguage,
  test,
} from './support';

const PHONE = { width: 390, height: 844 };

/** How wide the page is drawn: wider than the window means it scrolls sideways. */
function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

test.describe('on a phone, 390 pixels wide', () => {
  test.use({ viewport: PHONE });

  test('the menu button shows and hides the navigation, and each page starts with its heading', async ({
    page,
  }) => {
    await signInUsingEnglish(page, OPERATIONAL_GROUP);
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeInViewport();

    const menu = page.getByRole('button', { name: 'Menu' });
    const navigation = page.getByRole('navigation', { name: 'Menu' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(navigation).toBeHidden();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeHidden();

    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(navigation.getByRole('link', { name: 'Reports' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await menu.click();
    await expect(navigation).toBeHidden();

    await menu.click();
    await navigation.getByRole('link', { name: 'My actions' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'My actions' })).toBeInViewport();
    await expect(navigation).toBeHidden();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
  });

  test('no page scrolls sideways, in English or Welsh', async ({ page }) => {
    // Every page, in English and in Welsh.
    test.slow();
    await signInUsingEnglish(page, OPERATIONAL_GROUP);
    await expect(page.getByRole('table').first()).toBeVisible();
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await switchLanguage(page, 'cy');
    await expect(page.getByRole('heading', { level: 1, name: 'Trosolwg' })).toBeVisible();
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await switchLanguage(page, 'en');
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();

    for (const path of [
      '/my-actions',
      '/areas/1',
      '/plans',
      '/reporting-periods',
      '/reports',
      '/follow-ups',
      '/notifications',
      '/accessibility',
      '/privacy',
      '/cookies',
    ]) {
      await page.goto(path);
      await expect(page.locator('h1')).toBeVisible();
      await page.waitForLoadState('networkidle');
      expect(await pageWidth(page), path).toBeLessThanOrEqual(PHONE.width);
    }
  });
});

test.describe('the accessibility statement, privacy notice and cookies page', () => {
  test('open from the footer without signing in, in English and Welsh', async ({ page }) => {
    const pages = [
      {
        link: 'Accessibility statement',
        path: '/accessibility',
        title: 'Accessibility statement for Cynnydd',
        welsh: 'Datganiad hygyrchedd ar gyfer Cynnydd',
      },
      {
        link: 'Privacy',
        path: '/privacy',
        title: 'Privacy notice',
        welsh: 'Hysbysiad preifatrwydd',
      },
      { link: 'Cookies', path: '/cookies', title: 'Cookies', welsh: 'Newid eich gosodiadau' },
    ];
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    for (const { link, path, title, welsh } of pages) {
      await page.getByRole('contentinfo').getByRole('link', { name: link }).click();
      await expect(page).toHaveURL(path);
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await expectAccessibleInEnglishAndWelsh(page, welsh);
    }
    // The cookies page names the cookies the service really sets.
    await expect(page.getByRole('rowheader', { name: 'cynnydd_session' })).toBeVisible();
    await expect(page.getByRole('rowheader', { name: 'cynnydd_lang' })).toBeVisible();
    const cookies = (await page.context().cookies()).map((cookie) => cookie.name);
    expect(cookies).toContain('cynnydd_lang');
    expect(cookies.every((name) => ['cynnydd_session', 'cynnydd_lang'].includes(name))).toBe(true);
  });
});
