import type { Page } from '@playwright/test';

import {
  expect,
  expectNoAccessibilityViolations,
  graphql,
  LEAD,
  OPERATIONAL_GROUP,
  signIn,
  signInUsingEnglish,
  switchLanguage,
  test,
} from './support';

const VIEWER = 'karen.lloyd@unison.example.org';

/** The overview's progress table, in either language. */
function progressTable(page: Page) {
  return page.getByRole('table', {
    name: /^(Actions by status in each strategic area|Camau gweithredu yn ôl statws ym mhob maes strategol)$/,
  });
}

/** The overview's count of actions with no update in the current period, across all areas. */
async function noUpdateTotal(page: Page): Promise<number> {
  const totals = progressTable(page).getByRole('row').last();
  // Columns: red, amber, green, not started, complete, no update, total.
  return Number(await totals.getByRole('cell').nth(5).textContent());
}

test.describe('status updates', () => {
  test('a lead submits an update in Welsh from My actions', async ({ page }) => {
    await signInUsingEnglish(page, LEAD);
    await expect(progressTable(page)).toContainText('All areas');
    const before = await noUpdateTotal(page);

    await page
      .getByRole('navigation', { name: 'Menu' })
      .getByRole('link', { name: 'My actions' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'My actions' })).toBeVisible();
    await expect(
      page.getByRole('table', { name: /^Actions you own or report on in the/ }),
    ).toContainText('Update due');
    // The lead owns M1.1, whose 2026-27 Q2 figure no browser test gives: it is due this round.
    await expect(
      page
        .getByRole('table', { name: /^Measures’ figures due from you/ })
        .getByRole('link', { name: 'Give the figure for measure M1.1, 2026-27 Q2' }),
    ).toHaveAttribute('href', /\/measures\/[^/]+\/report\?period=2026-07-01$/);
    await expectNoAccessibilityViolations(page);

    await switchLanguage(page, 'cy');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Fy nghamau gweithredu' }),
    ).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
    await expectNoAccessibilityViolations(page);

    const due = page.getByRole('row').filter({ hasText: 'Diweddariad yn ddyledus' }).first();
    await due.getByRole('link', { name: /^Cyflwyno diweddariad/ }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: /^Diweddariad ar gam gweithredu/ }),
    ).toBeVisible();
    await expectNoAccessibilityViolations(page);

    // The form in English passes too; then back to Welsh.
    await switchLanguage(page, 'en');
    await expect(page.getByRole('heading', { level: 1, name: /^Update on action/ })).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await switchLanguage(page, 'cy');
    await expect(
      page.getByRole('heading', { level: 1, name: /^Diweddariad ar gam gweithredu/ }),
    ).toBeVisible();

    await page.getByRole('radio', { name: 'Gwyrdd' }).check();
    await page.getByLabel('Canran wedi’i chwblhau').fill('60');
    await page
      .getByRole('group', { name: /Sylwadau ar y cynnydd/ })
      .getByLabel('Yn Gymraeg')
      .fill('Mae’r gwaith yn mynd rhagddo’n dda.');
    await page.getByRole('button', { name: 'Cyflwyno diweddariad' }).click();

    const banner = page.locator('.govuk-notification-banner--success');
    await expect(banner).toContainText('Llwyddiant');
    await expect(banner).toContainText('wedi’i gyflwyno');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Fy nghamau gweithredu' }),
    ).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await page
      .getByRole('navigation', { name: 'Dewislen' })
      .getByRole('link', { name: 'Trosolwg' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Trosolwg' })).toBeVisible();
    await expect(progressTable(page)).toContainText('Pob maes');
    await expect.poll(() => noUpdateTotal(page)).toBe(before - 1);
  });

  test('a viewer sees no update form', async ({ page }) => {
    await signIn(page, VIEWER);
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    const response = await page.request.post('/graphql', {
      data: { query: '{ actions(first: 1) { edges { node { id } } } }' },
    });
    const body = (await response.json()) as {
      data: { actions: { edges: { node: { id: string } }[] } };
    };
    const id = body.data.actions.edges[0].node.id;

    await page.goto(`/actions/${id}/update`);
    await expect(
      page.getByText('Your role does not allow you to submit status updates.'),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Submit update' })).toHaveCount(0);
    await expect(page.getByLabel('Percentage complete')).toHaveCount(0);
    await expectNoAccessibilityViolations(page);
  });
});

test.describe('the update form by keyboard alone', () => {
  /** Presses Tab until `target` has focus, failing if it cannot be reached that way. */
  async function tabTo(page: Page, target: ReturnType<Page['locator']>) {
    for (let presses = 0; presses < 60; presses++) {
      if (await target.evaluate((element) => element === document.activeElement)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error('could not reach the element with the Tab key');
  }

  test('a lead can complete and submit an update without a mouse', async ({ page }) => {
    await signInUsingEnglish(page, 'nia.williams@socialcare.example.wales');
    await page.goto('/my-actions');
    const due = page.getByRole('row').filter({ hasText: 'Update due' }).first();
    const form = await due.getByRole('link', { name: /^Submit an update/ }).getAttribute('href');
    await page.goto(form ?? '/');
    await expect(page.getByRole('heading', { level: 1, name: /^Update on action/ })).toBeVisible();

    await tabTo(page, page.getByRole('radio').first());
    await page.keyboard.press('Space');
    await tabTo(page, page.getByLabel('Percentage complete'));
    await page.keyboard.type('40');
    // The first "In English" box is the commentary's (risks and next steps follow).
    await tabTo(page, page.getByRole('textbox', { name: 'In English' }).first());
    await page.keyboard.type('Submitted with the keyboard only.');
    await tabTo(page, page.getByRole('button', { name: 'Submit update' }));
    await page.keyboard.press('Enter');

    await expect(page.locator('.govuk-notification-banner--success')).toContainText(
      'has been submitted',
    );
  });
});

interface ActionPeople {
  id: string;
  reference: string;
  owners: { id: string }[];
  delegates: { id: string }[];
}

/** The signed-in lead's person, and actions of the current plan they do and do not answer for. */
async function actionsOfLead(page: Page) {
  const { me } = await graphql<{ me: { person: { id: string } } }>(
    page,
    '{ me { person { id } } }',
  );
  const { actions } = await graphql<{ actions: { edges: { node: ActionPeople }[] } }>(
    page,
    `
      {
        actions(filter: { financialYear: "2026-27" }, first: 100) {
          edges {
            node {
              id
              reference
              owners {
                id
              }
              delegates {
                id
              }
            }
          }
        }
      }
    `,
  );
  const answersFor = (action: ActionPeople) =>
    [...action.owners, ...action.delegates].some((person) => person.id === me.person.id);
  const nodes = actions.edges.map(({ node }) => node);
  const own = nodes.find(answersFor);
  const other = nodes.find((action) => !answersFor(action));
  if (!own || !other) throw new Error('the demo lead should own some actions but not all');
  return { own, other };
}

test.describe('who may report on an action', () => {
  test('a lead sees the update link only on actions they own or are delegated', async ({
    page,
  }) => {
    await signInUsingEnglish(page, LEAD);
    const { own, other } = await actionsOfLead(page);

    await page.goto(`/actions/${other.id}`);
    await expect(page.locator('h1')).toContainText(`Action ${other.reference}`);
    await expect(
      page
        .getByRole('table', { name: 'Status history' })
        .or(page.getByText('No status updates have been submitted on this action yet.')),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Submit an update' })).toHaveCount(0);

    // The form itself says so too, in both languages.
    await page.goto(`/actions/${other.id}/update`);
    await expect(page.getByText(/^You cannot report on this action\./)).toBeVisible();
    await expect(page.getByLabel('Percentage complete')).toHaveCount(0);
    await expectNoAccessibilityViolations(page);
    await switchLanguage(page, 'cy');
    await expect(page.getByText(/^Ni allwch adrodd ar y cam gweithredu hwn\./)).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await switchLanguage(page, 'en');

    await page.goto(`/actions/${own.id}`);
    await expect(page.locator('h1')).toContainText(`Action ${own.reference}`);
    await expect(page.getByRole('button', { name: 'Submit an update' })).toHaveAttribute(
      'href',
      `/actions/${own.id}/update`,
    );
  });
});

test.describe('a closed round', () => {
  interface Round {
    id: string;
    label: string;
    version: number;
  }
  const CURRENT = '{ currentReportingPeriod { id label version state } }';

  async function currentRound(page: Page): Promise<Round & { state: string }> {
    const data = await graphql<{ currentReportingPeriod: Round & { state: string } }>(
      page,
      CURRENT,
    );
    return data.currentReportingPeriod;
  }

  test('leads are told the operational group closed it, and get no update form', async ({
    page,
  }) => {
    await signInUsingEnglish(page, OPERATIONAL_GROUP);
    const round = await currentRound(page);
    expect(round.state).toBe('OPEN');
    await graphql(
      page,
      'mutation($input: ReportingPeriodVersionInput!) { closeReportingPeriod(input: $input) { id } }',
      { input: { id: round.id, expectedVersion: round.version } },
    );

    try {
      await page.context().clearCookies();
      await signInUsingEnglish(page, LEAD);
      await expect(
        page.getByText('The operational group closed this round on', { exact: false }),
      ).toBeVisible();
      const { own } = await actionsOfLead(page);

      await page.goto('/my-actions');
      await expect(page.getByRole('heading', { level: 1, name: 'My actions' })).toBeVisible();
      await expect(
        page.getByText(`The operational group closed this round (${round.label}) on`, {
          exact: false,
        }),
      ).toBeVisible();
      await expect(page.getByRole('table')).toBeVisible();
      await expect(page.getByRole('table')).not.toContainText('Update due');
      await expect(page.getByRole('link', { name: /^Submit an update/ })).toHaveCount(0);
      await expectNoAccessibilityViolations(page);
      await switchLanguage(page, 'cy');
      await expect(
        page.getByText(`Caeodd y grŵp gweithredol y rownd hon (${round.label}) ar`, {
          exact: false,
        }),
      ).toBeVisible();
      await expectNoAccessibilityViolations(page);
      await switchLanguage(page, 'en');

      await page.goto(`/actions/${own.id}/update`);
      await expect(
        page.getByText('so updates cannot be submitted', { exact: false }),
      ).toBeVisible();
      await expect(page.getByLabel('Percentage complete')).toHaveCount(0);
      await expectNoAccessibilityViolations(page);
    } finally {
      // Reopen the round for the other tests, whatever happened above.
      await page.context().clearCookies();
      await signInUsingEnglish(page, OPERATIONAL_GROUP);
      const closed = await currentRound(page);
      await graphql(
        page,
        'mutation($input: ReopenReportingPeriodInput!) { reopenReportingPeriod(input: $input) { id } }',
        {
          input: {
            id: closed.id,
            expectedVersion: closed.version,
            reason: 'Reopened after the browser test of a closed round',
          },
        },
      );
    }
  });
});
