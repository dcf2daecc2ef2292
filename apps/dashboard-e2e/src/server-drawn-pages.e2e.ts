import type { Page } from '@playwright/test';

import {
  createAction,
  expect,
  graphql,
  LEAD,
  OPERATIONAL_GROUP,
  signInUsingEnglish,
  test,
  uniqueReference,
} from './support';

/** Errors the page reports, a hydration mismatch among them ("Hydration failed …"). */
function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/**
 * Holds back the dashboard's script on `page` (ADR 20's loader) until the returned function is
 * called: what the page shows until then is the server's HTML alone.
 */
async function holdTheDashboard(page: Page): Promise<() => void> {
  let release = () => undefined as void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/start-after-paint-*.js', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test.describe('signed-in pages drawn on the server', () => {
  test('an area page arrives drawn, and the dashboard takes it over as it is', async ({ page }) => {
    await signInUsingEnglish(page, OPERATIONAL_GROUP);
    const reference = uniqueReference();
    await createAction(page, {
      reference,
      title: { en: `Drawn on the server ${reference}`, cy: `Ar y gweinydd ${reference}` },
    });

    // A page of the same session without the suite's wait for the dashboard, whose script is
    // held back: what it shows first is the server's HTML alone.
    const visit = await page.context().newPage();
    const errors = pageErrors(visit);
    const release = await holdTheDashboard(visit);
    // Not waiting for "load", which waits for the held script.
    await visit.goto('/areas/4', { waitUntil: 'commit' });
    const row = visit.getByRole('row').filter({ hasText: reference });
    await expect(row).toContainText(`Drawn on the server ${reference}`);
    await expect(visit.locator('html')).not.toHaveAttribute('data-interactive');
    await visit.locator('main h1').evaluate((heading) => heading.setAttribute('data-seen', ''));

    release();
    await expect(visit.locator('html')).toHaveAttribute('data-interactive', 'true');
    // The very heading the server drew: React took the markup over rather than drawing anew,
    // which it does when its first render differs from the server's.
    await expect(visit.locator('main h1')).toHaveAttribute('data-seen', '');
    expect(errors).toEqual([]);

    // From here on links are the dashboard's own: no new document is asked for.
    const documents: string[] = [];
    visit.on('request', (request) => {
      if (request.resourceType() === 'document') documents.push(request.url());
    });
    await row.getByRole('link').first().click();
    await expect(
      visit.getByRole('heading', { level: 1, name: new RegExp(reference) }),
    ).toBeVisible();
    expect(documents).toEqual([]);
  });

  test('a Welsh speaker’s page is drawn in Welsh on the server and stays Welsh in the browser', async ({
    page,
    browser,
  }) => {
    await signInUsingEnglish(page, OPERATIONAL_GROUP);
    const reference = uniqueReference();
    await createAction(page, {
      reference,
      title: { en: `Owned by the lead ${reference}`, cy: `Eiddo’r arweinydd ${reference}` },
      ownerEmail: LEAD,
    });
    const lead = await (await browser.newContext()).newPage();
    await signInUsingEnglish(lead, LEAD);
    await graphql(lead, 'mutation { setPreferredLanguage(language: cy) { id } }');

    const html = await (await lead.request.get('/my-actions')).text();
    expect(html).toContain('<html lang="cy"');
    expect(html).toContain('Fy nghamau gweithredu');
    expect(html).toContain(`Eiddo’r arweinydd ${reference}`);

    const errors = pageErrors(lead);
    await lead.goto('/my-actions');
    await expect(lead.locator('html')).toHaveAttribute('data-interactive', 'true');
    await expect(lead.getByRole('heading', { level: 1 })).toHaveText('Fy nghamau gweithredu');
    await expect(lead.getByRole('row').filter({ hasText: reference })).toContainText(
      `Eiddo’r arweinydd ${reference}`,
    );
    expect(errors).toEqual([]);
    await lead.context().close();
  });

  test('the overview and list pages arrive drawn, then their lists, with nothing redrawn', async ({
    page,
  }) => {
    await signInUsingEnglish(page, OPERATIONAL_GROUP);
    const { reportingPeriods } = await graphql<{
      reportingPeriods: { id: string; label: string; state: string }[];
    }>(page, '{ reportingPeriods { id label state } }');
    const open = reportingPeriods.find((period) => period.state === 'OPEN');
    const round = `/reporting-periods/${open?.id}/round`;
    const { reports } = await graphql<{
      reports: { id: string; audience: string; reportingPeriod: { label: string } }[];
    }>(page, '{ reports { id audience reportingPeriod { label } } }');
    const paper = reports.find((report) => report.audience === 'OVERSIGHT_BOARD');
    const pages = [
      // Drawn with its figures (its preload); its lists of actions and milestones come later.
      { path: '/', heading: 'Overview' },
      // Drawn with its totals by area and organisation; who is still to update comes later.
      { path: round, heading: `Update round: ${open?.label}` },
      // Drawn with its head (cover, summary, RAG summary); the rest of the report comes later.
      {
        path: `/reports/${paper?.id}`,
        heading: `Oversight board report: ${paper?.reportingPeriod.label}`,
      },
      // Drawn with the areas to filter by and the first page of measures (its preload).
      {
        path: '/measures',
        heading: 'Measures',
        drawn: 'Measures and their latest figures</caption>',
      },
      // Drawn with the meetings to come and the first page of those over (its preload).
      { path: '/meetings', heading: 'Meetings', drawn: 'Past meetings</caption>' },
      // Drawn with its first page of risks (its preload), the owners to filter by coming later.
      { path: '/risks?state=ALL', heading: 'Risks and issues' },
    ];
    for (const { path, heading, drawn } of pages as {
      path: string;
      heading: string;
      drawn?: string;
    }[]) {
      const html = await (await page.request.get(path)).text();
      expect(html, path).toContain('id="first-render"');
      expect(html, path).toContain(`>${heading}</h1>`);
      if (drawn) expect(html, path).toContain(drawn);

      const visit = await page.context().newPage();
      const errors = pageErrors(visit);
      const release = await holdTheDashboard(visit);
      await visit.goto(path, { waitUntil: 'commit' });
      await visit.locator('main h1').evaluate((element) => element.setAttribute('data-seen', ''));
      release();
      await expect(visit.locator('html')).toHaveAttribute('data-interactive', 'true');
      await expect(visit.locator('main table:visible').first(), path).toBeVisible();
      await expect(visit.locator('main h1'), path).toHaveAttribute('data-seen', '');
      expect(errors, path).toEqual([]);
      await visit.close();
    }
    const overview = await page.context().newPage();
    await overview.goto('/');
    await expect(overview.getByRole('region', { name: /^Milestones overdue/ })).toBeVisible();
    await overview.close();
    const tracker = await page.context().newPage();
    await tracker.goto(round);
    await expect(tracker.getByRole('table', { name: 'Updates by person' })).toBeVisible();
    await tracker.close();
    const report = await page.context().newPage();
    await report.goto(`/reports/${paper?.id}`);
    await expect(report.getByRole('heading', { name: 'All actions' })).toBeVisible();
    await report.close();
    const risks = await page.context().newPage();
    await risks.goto('/risks');
    await expect(risks.getByLabel('Owner').locator('option')).not.toHaveCount(1);
    await risks.close();
  });

  test('an action page can be read with JavaScript off', async ({ page, browser }) => {
    await signInUsingEnglish(page, OPERATIONAL_GROUP);
    const reference = uniqueReference();
    const actionId = await createAction(page, {
      reference,
      title: { en: `Read without scripts ${reference}`, cy: null },
    });
    const context = await browser.newContext({
      javaScriptEnabled: false,
      storageState: await page.context().storageState(),
    });
    const noScripts = await context.newPage();
    await noScripts.goto(`/actions/${actionId}`);
    await expect(noScripts.getByRole('heading', { level: 1 })).toContainText(
      `Read without scripts ${reference}`,
    );
    await context.close();
  });
});
