import {
  createAction,
  expect,
  expectAccessibleInEnglishAndWelsh,
  expectNoAccessibilityViolations,
  graphql,
  LEAD,
  OPERATIONAL_GROUP,
  signInUsingEnglish,
  test,
  uniqueReference,
} from './support';

test.describe('plan management', () => {
  test('the operational group creates an action and carries it forward', async ({ page }) => {
    // Seven pages, each checked in English and in Welsh.
    test.slow();
    const reference = uniqueReference();
    const title = `Carry-forward check ${reference}`;
    await signInUsingEnglish(page, OPERATIONAL_GROUP);

    await page
      .getByRole('navigation', { name: 'Menu' })
      .getByRole('link', { name: 'Plans' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Annual plans' })).toBeVisible();
    await expectAccessibleInEnglishAndWelsh(page, 'Cynlluniau blynyddol');

    // Next year's draft, unless an earlier test in this run has made it already.
    const nextYear = page.getByRole('row').filter({ hasText: '2027-28' });
    if ((await nextYear.count()) === 0) {
      await page.getByLabel('Financial year').fill('2027-28');
      await page.getByRole('button', { name: 'Create draft plan' }).click();
      await expect(page.getByText('A draft plan for 2027-28 has been created.')).toBeVisible();
    }
    await expect(nextYear).toContainText('Draft');

    await page.getByRole('link', { name: '2026-27', exact: true }).click();
    await expect(page.getByText('Annual plan 2026-27')).toBeVisible();
    await expect(
      page.getByRole('heading', { name: 'Carry actions forward into 2027-28' }),
    ).toBeVisible();
    await expectAccessibleInEnglishAndWelsh(page, 'Dwyn camau gweithredu ymlaen i 2027-28');

    await page.getByRole('button', { name: 'Add an action' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Add an action' })).toBeVisible();
    await expect(page.getByLabel('Strategic area')).toBeVisible();
    await expectAccessibleInEnglishAndWelsh(page, 'Ychwanegu cam gweithredu');

    await page.getByLabel('Strategic area').selectOption({ index: 4 });
    await page.getByLabel('Reference').fill(reference);
    const titles = page.getByRole('group', { name: /^Title/ });
    await titles.getByLabel('In English').fill(title);
    await titles.getByLabel('In Welsh').fill(`Gwirio dwyn ymlaen ${reference}`);
    await page.getByRole('radio', { name: 'Joint' }).check();
    await page
      .getByRole('group', { name: /^Owners/ })
      .getByRole('checkbox')
      .first()
      .check();
    await page.getByRole('checkbox', { name: 'Well-being' }).check();
    await page.getByRole('button', { name: 'Add a milestone' }).click();
    await page
      .getByRole('group', { name: 'Milestone title' })
      .getByLabel('In English')
      .fill('Plan agreed');
    await page.getByLabel('Milestone due date').fill('2027-01-31');
    await page.getByRole('button', { name: 'Add action', exact: true }).click();

    await expect(page.getByText(`Action ${reference} has been added to the plan.`)).toBeVisible();
    const checkbox = page.getByRole('checkbox', {
      name: `Select action ${reference} to carry forward`,
    });
    const more = page.getByRole('button', { name: 'Show more actions' });
    while ((await checkbox.count()) === 0 && (await more.count()) > 0) await more.click();
    await checkbox.check();
    await page.getByRole('button', { name: /^Carry forward the selected actions \(1\)/ }).click();

    const banner = page
      .locator('.govuk-notification-banner--success')
      .filter({ hasText: 'Actions carried forward into the 2027-28 plan: 1' });
    await expect(
      banner.getByRole('link', { name: `Action ${reference} in the 2027-28 plan` }),
    ).toBeVisible();
    const original = page.getByRole('row').filter({ hasText: title });
    const originalId = (await original.getByRole('link').first().getAttribute('href'))?.split(
      '/',
    )[2];
    await expect(original.getByRole('link', { name: `To 2027-28 as ${reference}` })).toBeVisible();
    await expect(original.getByText('Already carried forward', { exact: true })).toBeVisible();

    await page.goto('/plans/2027-28');
    const copy = page.getByRole('row').filter({ hasText: title });
    await expect(copy).toBeVisible();
    const link = copy.getByRole('link', { name: `From 2026-27 (${reference})` });
    await expect(link).toHaveAttribute('href', `/actions/${originalId}`);
    await expectAccessibleInEnglishAndWelsh(page, 'Cynllun blynyddol 2027-28');

    // The copy can be edited, with its carried milestone.
    await copy.getByRole('link', { name: /^Edit/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Plan agreed', exact: true })).toBeVisible();
    await expectAccessibleInEnglishAndWelsh(page, 'Cadw’r newidiadau');
  });

  test('an edit that crosses someone else’s shows their change and keeps it unless told not to', async ({
    page,
  }) => {
    const reference = uniqueReference();
    await signInUsingEnglish(page, OPERATIONAL_GROUP);
    const actionId = await createAction(page, {
      reference,
      title: { en: `Conflict check ${reference}`, cy: null },
    });

    await page.goto(`/actions/${actionId}/edit`);
    const english = page.getByRole('group', { name: /^Title/ }).getByLabel('In English');
    await expect(english).toHaveValue(`Conflict check ${reference}`);
    await expectAccessibleInEnglishAndWelsh(page, 'Cadw’r newidiadau');
    await english.fill(`Mine ${reference}`);

    // Meanwhile a colleague renames it and brings the due date forward.
    await graphql(
      page,
      `
        mutation ($input: UpdateActionInput!) {
          updateAction(input: $input) {
            version
          }
        }
      `,
      {
        input: {
          id: actionId,
          expectedVersion: 1,
          title: { en: `Theirs ${reference}` },
          dueDate: '2027-02-26',
        },
      },
    );

    await page.getByRole('button', { name: 'Save changes' }).click();
    const conflict = page.getByTestId('conflict-summary');
    await expect(conflict).toContainText('Someone else changed this while you were editing');
    await expect(conflict.getByRole('row', { name: /Title in English/ })).toContainText(
      `Theirs ${reference}`,
    );
    await expect(conflict.getByRole('row', { name: /Title in English/ })).toContainText(
      `Mine ${reference}`,
    );
    await expect(conflict.getByRole('row', { name: /Due date/ })).toContainText('26 February 2027');
    await expectAccessibleInEnglishAndWelsh(page, 'Mae rhywun arall wedi newid hwn');

    await page.getByRole('button', { name: 'Keep mine' }).click();
    await expect(
      page.getByText(`Your changes to action ${reference} have been saved.`),
    ).toBeVisible();
    const { action } = await graphql<{
      action: { title: { en: string }; dueDate: string; version: number };
    }>(
      page,
      `
        query ($id: ID!) {
          action(id: $id) {
            title {
              en
            }
            dueDate
            version
          }
        }
      `,
      {
        id: actionId,
      },
    );
    // Mine for the field I changed; theirs for the one I did not touch.
    expect(action).toEqual({
      title: { en: `Mine ${reference}` },
      dueDate: '2027-02-26',
      version: 3,
    });
  });

  test('the operational group opens a reporting period and moves its deadline', async ({
    page,
  }) => {
    await signInUsingEnglish(page, OPERATIONAL_GROUP);
    await page
      .getByRole('navigation', { name: 'Menu' })
      .getByRole('link', { name: 'Reporting periods' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Reporting periods' })).toBeVisible();
    await expect(page.getByRole('rowheader', { name: '2026-27 Q3' })).toBeVisible();
    await expectAccessibleInEnglishAndWelsh(page, 'Agor cyfnod adrodd newydd');

    const q4 = page
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: '2026-27 Q4' }) });
    if ((await q4.count()) === 0) {
      await page.getByLabel('Financial year').fill('2026-27');
      await page.getByRole('radio', { name: /^Quarter 4/ }).check();
      await page.getByLabel('Updates due by').fill('2027-04-15');
      await page.getByRole('button', { name: 'Open reporting period' }).click();
      await expect(page.getByText('Reporting period 2026-27 Q4 has been opened.')).toBeVisible();
    }

    await q4.getByRole('button', { name: /^Change deadline/ }).click();
    await page.getByLabel('New deadline for updates').fill('2027-04-22');
    await expectNoAccessibilityViolations(page);
    await page.getByRole('button', { name: 'Change deadline', exact: true }).click();
    await expect(
      page.getByText('Updates for 2026-27 Q4 are now due by 22 April 2027.'),
    ).toBeVisible();
    await expect(q4).toContainText('22 April 2027');
  });

  test('a lead has no planning pages', async ({ page }) => {
    await signInUsingEnglish(page, LEAD);
    await expect(
      page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Plans' }),
    ).toHaveCount(0);
    await page.goto('/plans');
    await expect(
      page.getByRole('heading', { level: 1, name: 'You do not have access to this page' }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Create draft plan' })).toHaveCount(0);
    await expectAccessibleInEnglishAndWelsh(page, 'Does gennych chi ddim mynediad');
  });
});
