import { expect, expectAccessibleInEnglishAndWelsh, signInUsingEnglish, test } from './support';

const ADMIN = 'admin@cynnydd.example.wales';

test('an administrator adds a person, gives them a Welsh job title and merges a duplicate record', async ({
  page,
}) => {
  await signInUsingEnglish(page, ADMIN);
  const unique = Date.now() % 1_000_000;
  await page.getByRole('link', { name: 'Administration' }).click();
  await page.getByRole('link', { name: 'People' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();

  const add = async (name: string, email: string) => {
    await page.goto('/admin/people');
    await page.getByRole('button', { name: 'Add a person' }).click();
    // Exact labels: the list's search box ("Search by name or email address") may still be
    // on screen while the form's page loads.
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel('Email address', { exact: true }).fill(email);
    await page.getByRole('group', { name: 'Job title' }).getByLabel('In English').fill('Analyst');
    await page.getByRole('button', { name: 'Add the person' }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  };
  const duplicateEmail = `bethan.dup.${unique}@heiw.example.wales`;
  await add(`Bethan Duplicate ${unique}`, duplicateEmail);
  await add(`Bethan Rees ${unique}`, `bethan.rees.${unique}@heiw.example.wales`);
  await expect(page.getByText('Changes saved.')).toBeVisible();
  await expectAccessibleInEnglishAndWelsh(page, 'Cyfuno cofnod dyblyg â’r person hwn');

  await page
    .getByRole('group', { name: 'Job title' })
    .getByLabel('In Welsh')
    .fill('Dadansoddwr y Gweithlu');
  // "Changes saved." is on screen already, from adding the person: wait for this save's answer.
  await Promise.all([
    page.waitForResponse(
      (response) => response.request().postData()?.includes('UpdatePerson') ?? false,
    ),
    page.getByRole('button', { name: 'Save changes' }).click(),
  ]);

  await page.getByRole('button', { name: 'Merge the records' }).click();
  await expect(page.getByText('Choose the other record of this person').first()).toBeVisible();
  await page
    .getByLabel('The other record of this person')
    .selectOption({ label: `Bethan Duplicate ${unique} (${duplicateEmail})` });
  await page.getByRole('button', { name: 'Merge the records' }).click();
  await expectAccessibleInEnglishAndWelsh(page, 'Cyfuno a dileu’r dyblyg');
  await page.getByRole('button', { name: 'Merge and delete the duplicate' }).click();
  await expect(
    page.getByText(
      `Bethan Duplicate ${unique} (${duplicateEmail}) has been merged into this person.`,
    ),
  ).toBeVisible();

  await page.goto('/admin/people');
  await page.getByLabel('Search by name or email address').fill(String(unique));
  await expect(page.getByRole('link', { name: `Bethan Rees ${unique}` })).toBeVisible();
  await expect(page.getByRole('link', { name: `Bethan Duplicate ${unique}` })).toHaveCount(0);
  await expectAccessibleInEnglishAndWelsh(page, 'Dadansoddwr y Gweithlu');
});

test('an administrator adds an organisation and renames a strategic area in Welsh', async ({
  page,
}) => {
  await signInUsingEnglish(page, ADMIN);
  const code = `ORG${Date.now() % 100_000}`;
  await page.goto('/admin');
  await page.getByRole('link', { name: 'Organisations' }).click();
  await expectAccessibleInEnglishAndWelsh(page, 'Ychwanegu sefydliad');
  await page.getByRole('button', { name: 'Add an organisation' }).click();
  await page.getByLabel('Code').fill(code);
  await page.getByRole('group', { name: 'Name' }).getByLabel('In English').fill(`Trust ${code}`);
  await page
    .getByRole('group', { name: 'Name' })
    .getByLabel('In Welsh')
    .fill(`Ymddiriedolaeth ${code}`);
  await page.getByLabel('Type').selectOption({ label: 'Health board' });
  await page.getByRole('button', { name: 'Add the organisation' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `${code}: Trust ${code}` }),
  ).toBeVisible();
  await expectAccessibleInEnglishAndWelsh(page, `Ymddiriedolaeth ${code}`);

  await page.goto('/admin');
  await page.getByRole('link', { name: 'Strategic areas' }).click();
  await expectAccessibleInEnglishAndWelsh(page, 'Meysydd strategol');
  await page.getByRole('link', { name: 'Change Area 4' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Change area 4' })).toBeVisible();
  await expectAccessibleInEnglishAndWelsh(page, 'Enw byr');
  const shortName = page.getByRole('group', { name: /^Short name/ }).getByLabel('In Welsh');
  await shortName.fill('Data gweithlu');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Changes saved.')).toBeVisible();
  await shortName.fill('Data’r gweithlu');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Changes saved.')).toBeVisible();
});
