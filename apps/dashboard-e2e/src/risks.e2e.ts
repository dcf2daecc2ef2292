import type { Page } from '@playwright/test';

import {
  createAction,
  expect,
  expectNoAccessibilityViolations,
  graphql,
  issuedReport,
  LEAD,
  OPEN_PERIOD,
  OPERATIONAL_GROUP,
  reportSection,
  signedInPage,
  signInUsingEnglish,
  switchLanguage,
  test,
  uniqueReference,
} from './support';

const RISKS_TEXT = {
  en: 'Care homes may withdraw placements over the winter pressures.',
  cy: 'Gallai cartrefi gofal dynnu lleoliadau’n ôl oherwydd pwysau’r gaeaf.',
};

/** How many open risks are at likelihood 5 and consequence 4 now. */
async function almostCertainAndMajor(page: Page): Promise<number> {
  const { riskProfile } = await graphql<{
    riskProfile: { cells: { likelihood: number; consequence: number; count: number }[] };
  }>(page, '{ riskProfile { cells { likelihood consequence count } } }');
  return (
    riskProfile.cells.find((cell) => cell.likelihood === 5 && cell.consequence === 4)?.count ?? 0
  );
}

test('a lead raises a risk from their update, the operational group escalates it, and the board paper shows it', async ({
  page,
  browser,
}) => {
  // Three people's steps and a board paper: longer than one page's check.
  test.slow();
  // The operational group gives the lead an action; the lead reports on it, naming a risk.
  await signInUsingEnglish(page, OPERATIONAL_GROUP);
  const actionId = await createAction(page, {
    reference: uniqueReference(),
    title: { en: 'Agree extra practice placements with care homes', cy: null },
    ownerEmail: LEAD,
  });
  const before = await almostCertainAndMajor(page);
  const lead = await signedInPage(browser, LEAD);
  const { reportingPeriods } = await graphql<{ reportingPeriods: { id: string; label: string }[] }>(
    lead,
    '{ reportingPeriods { id label } }',
  );
  await graphql(
    lead,
    `
      mutation ($input: SubmitStatusUpdateInput!) {
        submitStatusUpdate(input: $input) {
          id
        }
      }
    `,
    {
      input: {
        actionId,
        reportingPeriodId: reportingPeriods.find((period) => period.label === OPEN_PERIOD)?.id,
        rag: 'AMBER',
        percentComplete: 30,
        commentary: { en: 'Two of the five care homes have signed.' },
        risks: RISKS_TEXT,
      },
    },
  );

  // From the action's status history, the lead raises it as a risk in one step.
  await lead.goto(`/actions/${actionId}`);
  await lead.getByRole('link', { name: `Raise as a risk from the ${OPEN_PERIOD} update` }).click();
  await expect(
    lead.getByRole('heading', { level: 1, name: /Raise a risk from this update/ }),
  ).toBeVisible();
  await expect(lead.getByRole('group', { name: /^Title/ }).getByLabel('In English')).toHaveValue(
    /^Care homes may withdraw placements/,
  );
  await lead.getByRole('radio', { name: 'Partnership and stakeholders' }).check();
  await lead
    .getByRole('group', { name: /^Likelihood/ })
    .getByRole('radio', { name: '5 Almost certain' })
    .check();
  await lead
    .getByRole('group', { name: /^Consequence/ })
    .getByRole('radio', { name: '4 Major' })
    .check();
  await expectNoAccessibilityViolations(lead);
  await lead.getByRole('button', { name: 'Raise the risk' }).click();
  const raised = lead.locator('.govuk-notification-banner--success');
  await expect(raised).toContainText(/Risk R\d+ has been raised from the update/);
  const reference = /Risk (R\d+)/.exec((await raised.textContent()) as string)?.[1] as string;
  const riskPath = new URL(lead.url()).pathname;
  // 20 is over the partnership appetite (10): the lead sees it awaits the board.
  await expect(lead.getByText('Not escalated, although above appetite')).toBeVisible();
  await expect(lead.getByRole('button', { name: 'Escalate to the oversight board' })).toHaveCount(
    0,
  );
  await lead.context().close();

  // The operational group takes it to the oversight board, with a reason.
  await page.goto(riskPath);
  await page.getByRole('button', { name: 'Escalate to the oversight board' }).click();
  await page
    .getByRole('group', { name: /^Why it needs the board’s attention/ })
    .getByLabel('In English')
    .fill('Placements for the January intake depend on it.');
  await page.getByRole('button', { name: 'Escalate to the oversight board' }).last().click();
  await expect(page.locator('.govuk-notification-banner--success')).toContainText(
    `Risk ${reference} has been escalated to the oversight board.`,
  );
  await expectNoAccessibilityViolations(page);

  // The board paper shows it in the heat map and the risk register, escalated.
  const reportId = await issuedReport(page, 'OVERSIGHT_BOARD', 'Risks for the oversight board.');
  await page.goto(`/reports/${reportId}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Risks and issues' })).toBeVisible();
  await page.getByText('Show the heat map as a table').first().click();
  const heatMap = page.getByRole('table', {
    name: 'Open risks by current score: risks by likelihood (rows) and consequence (columns)',
  });
  const almostCertain = heatMap.getByRole('row', { name: /^5 Almost certain/ });
  await expect(almostCertain.getByRole('cell').nth(3)).toHaveText(`${before + 1}, Extreme`);
  const register = page.getByRole('table', { name: 'Open risks, highest score first' });
  const row = register.getByRole('row').filter({ hasText: reference });
  await expect(row).toContainText('Care homes may withdraw placements');
  await expect(row).toContainText('Partnership and stakeholders');
  await expect(row).toContainText('20');
  await expect(row).toContainText('Yes');
  await expectNoAccessibilityViolations(page, reportSection('report-risks'));

  // And in Welsh.
  await switchLanguage(page, 'cy');
  const welshRow = page
    .getByRole('table', { name: 'Risgiau agored, y sgôr uchaf yn gyntaf' })
    .getByRole('row')
    .filter({ hasText: reference });
  await expect(welshRow).toContainText('Partneriaeth a rhanddeiliaid');
  await expect(welshRow).toContainText('Eithafol');
  await expect(welshRow).toContainText('Gallai cartrefi gofal dynnu lleoliadau’n ôl');
  await expectNoAccessibilityViolations(page, reportSection('report-risks'));
  await switchLanguage(page, 'en');
});
