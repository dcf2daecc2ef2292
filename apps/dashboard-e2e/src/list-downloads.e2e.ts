import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';

import {
  expect,
  OPERATIONAL_GROUP,
  readWorkbook,
  signInUsingEnglish,
  switchLanguage,
  test,
} from './support';

/** Clicks a download button and reads the file the browser saved. */
async function downloaded(page: Page, button: string): Promise<Buffer> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return readFile(await download.path());
}

test.describe('downloading lists', () => {
  test('an area’s filtered actions download as Excel and CSV, exactly the rows shown', async ({
    page,
  }) => {
    await signInUsingEnglish(page, OPERATIONAL_GROUP, '/areas/1?sort=due&dir=desc');
    const table = page.getByRole('table', { name: /^Actions in the .* plan$/ });
    await expect(table.locator('tbody tr').first()).toBeVisible();
    await page.getByLabel('Lead organisation').selectOption({ label: 'HEIW' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/lead=HEIW/);
    await expect
      .poll(async () =>
        (await table.locator('tbody tr').allInnerTexts()).every((row) => row.includes('HEIW')),
      )
      .toBe(true);
    const shown = await table.locator('tbody th').allInnerTexts();
    const references = shown.map((cell) => cell.split(/\s/)[0]);
    expect(references.length).toBeGreaterThan(0);

    const workbook = await readWorkbook(
      await downloaded(page, 'Download this list as Excel (.xlsx)'),
    );
    const sheet = workbook.getWorksheet('Actions');
    expect(sheet?.getRow(1).getCell(1).value).toBe('Reference');
    const column = (n: number) =>
      (sheet?.getColumn(n).values ?? []).slice(2).map((value) => value as unknown);
    expect(column(1)).toEqual(references);
    expect(new Set(column(3))).toEqual(new Set(['HEIW']));
    expect(column(6).every((value) => value instanceof Date)).toBe(true);

    const csv = (await downloaded(page, 'Download this list as CSV')).toString('utf8');
    const lines = csv.replace(/^\ufeff/, '').split('\r\n');
    expect(lines[0]).toMatch(
      /^Reference,Action,Lead organisation,Owners,Current status,Due date,Overdue$/,
    );
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(references);
  });

  test('the boards’ follow-ups download in Welsh when the page is in Welsh', async ({ page }) => {
    await signInUsingEnglish(page, OPERATIONAL_GROUP, '/follow-ups');
    await switchLanguage(page, 'cy');
    await expect(page.locator('table tbody tr').first()).toBeVisible();
    const rows = await page.locator('table tbody tr').count();
    const workbook = await readWorkbook(
      await downloaded(page, 'Lawrlwytho’r rhestr hon fel Excel (.xlsx)'),
    );
    const sheet = workbook.getWorksheet('Camau dilynol');
    expect(sheet?.rowCount).toBe(rows + 1);
    await switchLanguage(page, 'en');
  });
});
