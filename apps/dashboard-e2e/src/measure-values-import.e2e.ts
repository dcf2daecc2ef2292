import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

import {
  expect,
  expectAccessibleInEnglishAndWelsh,
  expectNoAccessibilityViolations,
  graphql,
  OPEN_PERIOD,
  OPERATIONAL_GROUP,
  readWorkbook,
  signInUsingEnglish,
  test,
} from './support';

/**
 * The demo lead's quarterly measure whose 2026-27 Q2 figure the open round needs. Only this
 * test gives it (another gives M1.2's), so its figure is still due when the template is made.
 */
const MEASURE = {
  reference: 'M4.1',
  name: 'Employers submitting the standard workforce data set',
};
const PERIOD_START = '2026-07-01';
const PERIOD = '2026-27 Q2';
/** The measure-values sheet's columns, as its template heads them. */
const HEADINGS = [
  'Measure reference',
  'Period starts on',
  'Figure',
  'Quality',
  'Why not available (English)',
  'Why not available (Welsh)',
  'Commentary (English)',
  'Commentary (Welsh)',
];

test('the operational group gives a measure’s figure from the measure-values sheet, fixing the row it is told is wrong', async ({
  page,
}) => {
  await signInUsingEnglish(page, OPERATIONAL_GROUP, '/measures');
  await page.getByRole('link', { name: 'Give many figures at once from a spreadsheet' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Import measures’ figures' }),
  ).toBeVisible();
  await expectAccessibleInEnglishAndWelsh(page, 'Mewnforio ffigurau mesurau');

  await expect(
    page.getByRole('link', { name: 'Download the measure-values template (.xlsx)' }),
  ).toHaveAttribute('href', '/measures/values-template.xlsx');

  // The sheet as the template lays it out (see the test below for why it is not downloaded).
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Measure values');
  sheet.getRow(1).values = HEADINGS;
  // Only M4.1's row is filled in (the others are other tests' to give), and a wrong one.
  const stamp = Date.now();
  const commentary = `Returns in from every health board ${stamp}`;
  const row = (reference: string) => [
    reference,
    new Date(`${PERIOD_START}T00:00:00Z`),
    71,
    'CONFIRMED',
    '',
    '',
    commentary,
    '',
  ];
  sheet.getRow(2).values = row(MEASURE.reference);
  sheet.getRow(3).values = row('M9.99');
  const file = join(tmpdir(), `measure-values-${stamp}.xlsx`);
  await writeFile(file, Buffer.from(await workbook.xlsx.writeBuffer()));

  await page.getByLabel('Upload a file').setInputFiles(file);
  await page.getByRole('button', { name: 'Check the file' }).click();
  const rows = page.getByRole('table', { name: `Rows of measure-values-${stamp}.xlsx` });
  const bad = rows.getByRole('row').filter({ hasText: 'M9.99' });
  await expect(bad).toContainText('Error');
  await expect(bad).toContainText('Measure values!A3');
  await expect(rows.getByRole('row').filter({ hasText: MEASURE.reference })).toContainText('New');
  await expect(page.getByRole('status')).toContainText('1 new, 0 changed, 0 unchanged, 1 with');
  await expect(page.getByRole('button', { name: /^Import/ })).toHaveCount(0);
  await expectNoAccessibilityViolations(page);

  sheet.spliceRows(3, 1);
  await writeFile(file, Buffer.from(await workbook.xlsx.writeBuffer()));
  await page.getByLabel('Upload a file').setInputFiles(file);
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByRole('status')).toContainText(
    '1 new, 0 changed, 0 unchanged, 0 with errors',
  );
  await page.getByRole('button', { name: 'Import 1 figures' }).click();
  await expect(page.getByText('Imported: 1 new and 0 revised figures')).toBeVisible();

  await page.getByRole('link', { name: 'Back to measures' }).click();
  await page
    .getByRole('table', { name: 'Measures and their latest figures' })
    .getByRole('link', { name: MEASURE.name })
    .click();
  const figures = page.getByRole('table', { name: `Figures of measure ${MEASURE.reference}` });
  const given = figures.getByRole('row').filter({ hasText: PERIOD });
  await expect(given).toContainText('71%');
  await expect(given).toContainText('Confirmed');
  await expect(given).toContainText(commentary);
});

test('the round tracker shows the measures’ figures the open round asks for', async ({ page }) => {
  await signInUsingEnglish(page, OPERATIONAL_GROUP);
  const { reportingPeriods } = await graphql<{
    reportingPeriods: { id: string; label: string }[];
  }>(page, '{ reportingPeriods { id label } }');
  const period = reportingPeriods.find((item) => item.label === OPEN_PERIOD);
  await page.goto(`/reporting-periods/${period?.id}/round`);

  const section = page.getByRole('region', { name: 'Measures’ figures' });
  await expect(section).toBeVisible();
  // Other tests give figures meanwhile: the words, not the counts, are checked.
  await expect(section.getByTestId('figures-summary')).toContainText(/ figures given \(\d+%\)/);
  await expect(section.getByRole('heading', { name: /^Figures still to give/ })).toBeVisible();
  await expect(section.getByRole('table', { name: 'Figures by measure owner' })).toContainText(
    'Ceri Morgan',
  );
  // M4.1's figure was given from the sheet above, so it is not among those still to give.
  await expect(
    section.getByRole('link', { name: new RegExp(`^${MEASURE.reference}:`) }),
  ).toHaveCount(0);
  await expectAccessibleInEnglishAndWelsh(page, 'Ffigurau’r mesurau');
});

test('the operational group downloads the template, which lists the figures due this round', async ({
  page,
}) => {
  await signInUsingEnglish(page, OPERATIONAL_GROUP, '/measures/import');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download the measure-values template (.xlsx)' }).click(),
  ]);
  const workbook = await readWorkbook(await readFile(await download.path()));
  const sheet = workbook.getWorksheet('Measure values') as ExcelJS.Worksheet;
  const listed: string[] = [];
  sheet.eachRow((row, number) => {
    const [, reference, periodStart] = row.values as unknown[];
    if (number > 1 && periodStart instanceof Date) {
      listed.push(`${String(reference)} ${periodStart.toISOString().slice(0, 10)}`);
    }
  });
  // The demo lead's M1.1 is given by no browser test, so its Q2 figure is always due.
  expect(listed).toContain('M1.1 2026-07-01');
});
