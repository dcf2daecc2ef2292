import { readFile } from 'node:fs/promises';

import {
  expect,
  expectAccessibleInEnglishAndWelsh,
  graphql,
  signInUsingEnglish,
  test,
} from './support';

const ADMIN = 'admin@cynnydd.example.wales';

test('an administrator filters the audit log, reads a change and downloads exactly those entries', async ({
  page,
}) => {
  await signInUsingEnglish(page, ADMIN);
  const code = `AUD${Date.now() % 1_000_000}`;
  const name = `Audit Trust ${code}`;
  await graphql(
    page,
    `
      mutation ($input: CreateOrganisationInput!) {
        createOrganisation(input: $input) {
          id
        }
      }
    `,
    { input: { code, type: 'OTHER', name: { en: name, cy: `Ymddiriedolaeth ${code}` } } },
  );

  await page.getByRole('link', { name: 'Administration' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Administration' })).toBeVisible();
  await expectAccessibleInEnglishAndWelsh(page, 'Gweinyddu');
  await page.getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  await page.getByLabel('Person').selectOption({ label: ADMIN });
  await page.getByLabel('Record type').selectOption('Organisation');
  await page.getByLabel('Kind of change').selectOption({ label: 'Created' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/type=Organisation/);

  const entry = page.getByRole('row').filter({ hasText: name });
  await expect(entry).toBeVisible();
  await expect(entry.getByText('name.en')).toBeVisible();
  await expect(entry.getByText(`before: —; after: ${name}`)).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download these entries as CSV' }).click(),
  ]);
  const csv = (await readFile(await download.path())).toString('utf8');
  const lines = csv
    .replace(/^\ufeff/, '')
    .trim()
    .split('\n');
  expect(lines[0]).toBe('When (UTC),Who,Action,Record type,Record,Field,Before,After');
  expect(lines.some((line) => line.includes(name))).toBe(true);
  // Only what the filters show: every row an organisation created by the administrator.
  expect(lines.slice(1).every((line) => line.includes(`,${ADMIN},Created,Organisation,`))).toBe(
    true,
  );

  await expectAccessibleInEnglishAndWelsh(page, 'Log archwilio');
});
