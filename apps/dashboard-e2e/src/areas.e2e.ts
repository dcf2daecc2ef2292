import {
  expect,
  expectNoAccessibilityViolations,
  LEAD,
  signInUsingEnglish,
  switchLanguage,
  test,
} from './support';

test.describe('strategic areas and actions', () => {
  test('a lead filters an area’s actions and reads an action’s history', async ({ page }) => {
    await signInUsingEnglish(page, LEAD);

    await page
      .getByRole('table', { name: 'Actions by status in each strategic area' })
      .getByRole('link', { name: /^Area 1:/ })
      .click();
    await expect(page).toHaveURL(/\/areas\/1$/);
    await expect(page.locator('h1')).toContainText('Area 1');
    const table = page.getByRole('table', { name: /^Actions in the .* plan$/ });
    await expect(table).toBeVisible();
    await expectNoAccessibilityViolations(page);

    // Filter by the status of an action that has one.
    const reported = table.locator('tbody tr').filter({ hasNotText: 'No update' }).first();
    const status = (await reported.locator('.app-rag').innerText()).replace(/^\W+/, '').trim();
    await page.getByLabel('Current status').selectOption({ label: status });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/\/areas\/1\?rag=[A-Z_]+$/);
    const url = page.url();
    // The rows change once the filtered actions have loaded.
    await expect
      .poll(async () => {
        const cells = await table.locator('tbody .app-rag').allInnerTexts();
        return cells.length > 0 && cells.every((cell) => cell.includes(status));
      })
      .toBe(true);

    await page.reload();
    await expect(page).toHaveURL(url);
    await expect(page.getByLabel('Current status')).toHaveValue(
      new URL(url).searchParams.get('rag') ?? '',
    );
    await expect(table.locator('tbody tr').first()).toBeVisible();

    await switchLanguage(page, 'cy');
    await expect(page.locator('h1')).toContainText('Maes 1');
    await expect(
      page.getByRole('table', { name: /^Camau gweithredu yng nghynllun/ }),
    ).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await switchLanguage(page, 'en');
    await expect(page.locator('h1')).toContainText('Area 1');

    const reference = (await table.locator('tbody tr').first().locator('th a').innerText())
      .split(/\s/)[0]
      .trim();
    await table.locator('tbody tr').first().locator('th a').click();
    await expect(page).toHaveURL(/\/actions\/[^/]+$/);
    await expect(page.locator('h1')).toContainText(`Action ${reference}`);
    const history = page.getByRole('table', { name: 'Status history' });
    await expect(history).toBeVisible();
    await expect(history.locator('tbody tr').first()).toContainText(status);
    // The same history as a chart, loaded in its own chunk once scrolled to, with its summary
    // in words.
    const chart = page.getByRole('figure', {
      name: `Chart: status of action ${reference} in each reporting period`,
    });
    await expect(chart).toContainText('status history table below');
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator('svg.recharts-surface')).toBeVisible();
    await page.locator('summary', { hasText: 'History of changes' }).click();
    // The demo data is loaded without an audit trail; either its entries or the empty state show.
    await expect(
      page
        .getByRole('table', { name: 'History of changes' })
        .or(page.getByText('No changes have been recorded.')),
    ).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await switchLanguage(page, 'cy');
    await expect(page.locator('h1')).toContainText(`Cam gweithredu ${reference}`);
    await expect(page.getByRole('table', { name: 'Hanes y statws' })).toBeVisible();
    await expect(
      page.getByRole('figure', {
        name: `Siart: statws cam gweithredu ${reference} ym mhob cyfnod adrodd`,
      }),
    ).toBeVisible();
    await expectNoAccessibilityViolations(page);
    // Leave the account in English for the other tests.
    await switchLanguage(page, 'en');
    await expect(page.locator('h1')).toContainText(`Action ${reference}`);
  });
});
