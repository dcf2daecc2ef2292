import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

import {
  createAction,
  expect,
  expectAccessibleInEnglishAndWelsh,
  LEAD,
  OPERATIONAL_GROUP,
  readWorkbook,
  signInUsingEnglish,
  test,
  uniqueReference,
} from './support';

test('the programme office fills in the template, fixes the row it is told is wrong and imports the plan', async ({
  page,
}) => {
  await signInUsingEnglish(page, OPERATIONAL_GROUP, '/plans/2026-27');
  await page.getByRole('link', { name: 'Import actions from a spreadsheet' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Import actions into the 2026-27 plan' }),
  ).toBeVisible();
  await expectAccessibleInEnglishAndWelsh(page, 'Lawrlwytho’r templed (.xlsx)');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download the template (.xlsx)' }).click(),
  ]);
  const workbook = await readWorkbook(await readFile(await download.path()));
  const sheet = workbook.getWorksheet('Actions') as ExcelJS.Worksheet;
  const [first, second] = [uniqueReference(), uniqueReference()];
  const row = (reference: string, title: string, owner: string) => [
    reference,
    4,
    title,
    `${title} (CY)`,
    '',
    '',
    'JOINT',
    owner,
    '2026-04-01',
    '2027-03-31',
    'INCLUSION',
    '',
  ];
  sheet.getRow(2).values = row(first, `Imported retention pilot ${first}`, LEAD);
  sheet.getRow(3).values = row(
    second,
    `Imported mentoring scheme ${second}`,
    'nobody@nowhere.example',
  );
  const file = join(tmpdir(), `plan-${first}.xlsx`);
  await writeFile(file, Buffer.from(await workbook.xlsx.writeBuffer()));

  await page.getByLabel('Upload a file').setInputFiles(file);
  await page.getByRole('button', { name: 'Check the file' }).click();
  const bad = page.getByRole('row').filter({ hasText: second });
  await expect(bad).toContainText('Actions!H3');
  await expect(bad).toContainText(
    'nobody in Cynnydd has the e-mail address nobody@nowhere.example',
  );
  await expect(page.getByRole('button', { name: /^Import/ })).toHaveCount(0);

  sheet.getRow(3).values = row(second, `Imported mentoring scheme ${second}`, LEAD);
  await writeFile(file, Buffer.from(await workbook.xlsx.writeBuffer()));
  await page.getByLabel('Upload a file').setInputFiles(file);
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByRole('status')).toContainText(
    '2 new, 0 changed, 0 unchanged, 0 with errors',
  );
  await page.getByRole('button', { name: 'Import 2 actions' }).click();
  await expect(page.getByText('Imported: 2 new and 0 changed actions')).toBeVisible();

  await page.goto('/areas/4');
  await expect(
    page.getByRole('row').filter({ hasText: `Imported retention pilot ${first}` }),
  ).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
});

test('the programme office brings in past status updates, fixing the row it is told is wrong', async ({
  page,
}) => {
  await signInUsingEnglish(page, OPERATIONAL_GROUP);
  const reference = uniqueReference();
  const actionId = await createAction(page, {
    reference,
    title: { en: `Imported history ${reference}`, cy: null },
    ownerEmail: LEAD,
  });
  await page.goto('/plans/2026-27/import');
  await page.getByRole('link', { name: 'Import past status updates from a spreadsheet' }).click();
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'Import past status updates into the 2026-27 plan',
    }),
  ).toBeVisible();
  await expectAccessibleInEnglishAndWelsh(page, 'Mewnforio diweddariadau statws blaenorol');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download the status updates template (.xlsx)' }).click(),
  ]);
  const workbook = await readWorkbook(await readFile(await download.path()));
  const sheet = workbook.getWorksheet('Status updates') as ExcelJS.Worksheet;
  const row = (rag: string) => [
    reference,
    1,
    rag,
    30,
    `Kept in Excel before Cynnydd ${reference}`,
    '',
    LEAD,
    '2026-07-01',
  ];
  sheet.getRow(2).values = row('PURPLE');
  const file = join(tmpdir(), `updates-${reference}.xlsx`);
  await writeFile(file, Buffer.from(await workbook.xlsx.writeBuffer()));
  await page.getByLabel('Upload a file').setInputFiles(file);
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByRole('row').filter({ hasText: reference })).toContainText(
    'Status updates!C2',
  );
  await expect(page.getByRole('button', { name: /^Import/ })).toHaveCount(0);

  sheet.getRow(2).values = row('GREEN');
  await writeFile(file, Buffer.from(await workbook.xlsx.writeBuffer()));
  await page.getByLabel('Upload a file').setInputFiles(file);
  await page.getByRole('button', { name: 'Check the file' }).click();
  await page.getByRole('button', { name: 'Import 1 status updates' }).click();
  await expect(page.getByText('Imported: 1 status updates')).toBeVisible();

  await page.goto(`/actions/${actionId}`);
  await expect(page.getByText(`Kept in Excel before Cynnydd ${reference}`)).toBeVisible();
});
