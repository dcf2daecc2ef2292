import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

import {
  BOARD_MEMBER,
  createAction,
  expect,
  expectAccessibleInEnglishAndWelsh,
  expectNoAccessibilityViolations,
  issuedReport,
  LEAD,
  OPEN_PERIOD,
  OPERATIONAL_GROUP,
  reportSection,
  signedInPage,
  signInUsingEnglish,
  test,
  uniqueReference,
} from './support';

/** A calendar date `days` from today, as the API takes it. */
function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The lead submits an update on the action through the update form. */
async function submitUpdate(page: Page, actionId: string, status: string, commentary: string) {
  await page.goto(`/actions/${actionId}/update`);
  await expect(page.getByRole('heading', { level: 1, name: /^Update on action/ })).toBeVisible();
  await page.getByRole('radio', { name: status }).check();
  await page.getByLabel('Percentage complete').fill('30');
  await page
    .getByRole('group', { name: /^Progress commentary/ })
    .getByLabel('In English')
    .fill(commentary);
  await page.getByRole('button', { name: 'Submit update' }).click();
  await expect(page.locator('.govuk-notification-banner--success')).toContainText(
    'has been submitted',
  );
}

/** The tracker's count of actions updated so far. */
async function updatedCount(page: Page): Promise<number> {
  return Number(await page.getByTestId('round-updated').textContent());
}

test.describe('the reporting cycle', () => {
  // Each test makes its own action or report: the longest file runs on every worker at once.
  test.describe.configure({ mode: 'parallel' });

  test('the tracker follows an update, and an issued report keeps what the board saw', async ({
    page,
    browser,
  }) => {
    // Several pages, each checked in English and Welsh, two people and a Word export.
    test.slow();
    const reference = uniqueReference();
    const summary = `Delivery is on track overall (${reference}).`;
    await signInUsingEnglish(page, OPERATIONAL_GROUP);
    const actionId = await createAction(page, {
      reference,
      title: { en: `Reporting check ${reference}`, cy: `Gwirio adrodd ${reference}` },
      ownerEmail: LEAD,
      themes: ['STAFF_RETENTION'],
    });

    // The operational group opens the open period's tracker from the reporting periods.
    await page
      .getByRole('navigation', { name: 'Menu' })
      .getByRole('link', { name: 'Reporting periods' })
      .click();
    await page.getByRole('link', { name: `Update round ${OPEN_PERIOD}` }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: `Update round: ${OPEN_PERIOD}` }),
    ).toBeVisible();
    await expect(
      page.getByRole('link', { name: `${reference}: Reporting check ${reference}` }),
    ).toBeVisible();
    const before = await updatedCount(page);
    await expectAccessibleInEnglishAndWelsh(page, `Cylch diweddaru: ${OPEN_PERIOD}`);

    // The lead updates the action; the tracker counts it once refreshed.
    const lead = await signedInPage(browser, LEAD);
    await submitUpdate(lead, actionId, 'Red', `Behind plan ${reference}.`);
    await page.getByRole('button', { name: 'Refresh now' }).click();
    await expect.poll(() => updatedCount(page)).toBe(before + 1);
    await expect(
      page.getByRole('link', { name: `${reference}: Reporting check ${reference}` }),
    ).toHaveCount(0);

    // Reminders go to those still to update.
    await page.getByRole('button', { name: 'Send reminders' }).click();
    await page.getByRole('button', { name: 'Yes, send reminders' }).click();
    await expect(page.locator('.govuk-notification-banner--success')).toContainText(
      /Reminders sent|Nobody needed a reminder/,
    );

    // The operational group starts the oversight board's report for the period.
    await page
      .getByRole('navigation', { name: 'Menu' })
      .getByRole('link', { name: 'Reports' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Progress reports' })).toBeVisible();
    await expectAccessibleInEnglishAndWelsh(page, 'Adroddiadau cynnydd');
    const start = page.getByRole('region', { name: 'Start a report' });
    await start.getByLabel('Reporting period').selectOption({ label: OPEN_PERIOD });
    await start.getByRole('radio', { name: 'Oversight board' }).check();
    const summaryGroup = start.getByRole('group', { name: /^Executive summary/ });
    await summaryGroup.getByLabel('In English').fill(summary);
    await summaryGroup
      .getByLabel('In Welsh')
      .fill(`Mae’r cyflawni ar y trywydd iawn (${reference}).`);
    await start.getByRole('button', { name: 'Start the report' }).click();

    await expect(
      page.getByRole('heading', { level: 1, name: `Oversight board report: ${OPEN_PERIOD}` }),
    ).toBeVisible();
    await expect(page.getByTestId('executive-summary')).toHaveText(summary);
    const exceptions = page.getByRole('table', { name: 'Red and amber actions' });
    await expect(exceptions.getByRole('row', { name: new RegExp(reference) })).toContainText('Red');
    // In English as a draft; in both languages once issued, below, with all but its buttons.
    await expectNoAccessibilityViolations(page);

    // Issuing asks first, then freezes the report.
    await page.getByRole('button', { name: 'Issue report' }).click();
    await expect(page.getByText('Issuing freezes the report')).toBeVisible();
    await page.getByRole('button', { name: 'Yes, issue the report' }).click();
    await expect(page.getByTestId('frozen-notice')).toContainText(
      'this is what the oversight board saw; later updates do not change it',
    );
    await expect(page.getByRole('button', { name: 'Issue report' })).toHaveCount(0);
    const reportUrl = page.url();
    // Checked whole here: the tests of its cover sheet, measures, risks and review check only
    // their own section.
    for (const section of ['Cover sheet', 'Outcome measures', 'Risks and issues', 'Board review']) {
      await expect(page.getByRole('heading', { level: 2, name: section })).toBeVisible();
    }
    await expectAccessibleInEnglishAndWelsh(page, 'dyma’r hyn a welodd y bwrdd goruchwylio');

    // A later update changes the action's status, but not the issued report.
    await submitUpdate(lead, actionId, 'Green', `Recovered ${reference}.`);
    await lead.goto(`/actions/${actionId}`);
    await expect(lead.getByText(`Recovered ${reference}.`).first()).toBeVisible();
    await page.goto(reportUrl);
    const row = page
      .getByRole('table', { name: 'Every action in the plan with its status' })
      .getByRole('row', { name: new RegExp(reference) });
    await expect(row).toContainText('Red');
    await expect(row).not.toContainText('Green');
    await expect(exceptions.getByRole('row', { name: new RegExp(reference) })).toBeVisible();

    // The print view shows the report without the service's header and navigation.
    await page.goto(`${reportUrl}?print=1`);
    await expect(
      page.getByRole('heading', { level: 1, name: `Oversight board report: ${OPEN_PERIOD}` }),
    ).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Menu' })).toBeHidden();
    await lead.context().close();
  });

  test('a board decision sets a follow-up that its owner marks done', async ({ page, browser }) => {
    test.slow();
    const reference = uniqueReference();
    await signInUsingEnglish(page, OPERATIONAL_GROUP);
    const reportId = await issuedReport(page, 'JOINT_BOARD', `Joint board paper ${reference}`);

    // A board member records a decision with a follow-up for the lead.
    const board = await signedInPage(browser, BOARD_MEMBER, `/reports/${reportId}`);
    await expect(board.getByRole('heading', { name: 'Board review' })).toBeVisible();
    await board.getByRole('radio', { name: 'Decision' }).check();
    await board
      .getByRole('group', { name: /^Decision/ })
      .getByLabel('In English')
      .fill(`Recovery plan wanted ${reference}.`);
    await board.getByRole('button', { name: 'Add a follow-up action' }).click();
    const followUp = board.getByRole('group', { name: 'Follow-up action 1' });
    await followUp
      .getByRole('group', { name: 'What is to be done' })
      .getByLabel('In English')
      .fill(`Write the recovery plan ${reference}`);
    await followUp.getByLabel('Owner').selectOption({ label: 'Ceri Morgan (HEIW)' });
    await followUp.getByLabel('Due date').fill(daysFromToday(30));
    await board.getByRole('button', { name: 'Record decision' }).click();
    await expect(board.getByText('The decision has been recorded.')).toBeVisible();
    await expect(board.getByText(`Recovery plan wanted ${reference}.`)).toBeVisible();
    await expectAccessibleInEnglishAndWelsh(
      board,
      'Adolygiad y bwrdd',
      reportSection('review-heading'),
    );

    // The lead sees it among the follow-ups and marks it done.
    const lead = await signedInPage(browser, LEAD, '/follow-ups');
    await expect(lead.getByRole('heading', { level: 1, name: 'Follow-up actions' })).toBeVisible();
    const open = lead
      .getByRole('table', { name: 'Open follow-up actions' })
      .getByRole('row', { name: new RegExp(`Write the recovery plan ${reference}`) });
    await expect(open).toContainText('Ceri Morgan');
    await expectAccessibleInEnglishAndWelsh(lead, 'Addewidion a gadwyd');
    await open.getByRole('button', { name: /^Mark as done/ }).click();
    await expect(lead.getByText('The follow-up action has been marked as done.')).toBeVisible();
    await expect(
      lead
        .getByRole('table', { name: 'Follow-up actions done' })
        .getByRole('row', { name: new RegExp(`Write the recovery plan ${reference}`) }),
    ).toContainText('Done on');

    // The lead's notifications page, and the header's link to it.
    await lead.getByRole('link', { name: /^Notifications/ }).click();
    await expect(lead.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
    await expect(
      lead.locator('.app-notices').or(lead.getByText('You have no notifications.')),
    ).toBeVisible();
    await expectAccessibleInEnglishAndWelsh(lead, 'Hysbysiadau');
    await board.context().close();
    await lead.context().close();
  });

  test('an issued report downloads as a Word board paper', async ({ page }) => {
    await signInUsingEnglish(page, OPERATIONAL_GROUP);
    const reportId = await issuedReport(page, 'OPERATIONAL_GROUP', 'Download check');
    await page.goto(`/reports/${reportId}`);
    await expect(page.getByTestId('frozen-notice')).toBeVisible();

    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'English (Word document)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const file = readFileSync((await download.path()) ?? '');
    expect(file.length).toBeGreaterThan(0);
    // A .docx is a zip file, which starts "PK".
    expect(file.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  test('a first run shows the past year’s board papers, the boards’ review and the leads’ notices', async ({
    page,
    browser,
  }) => {
    await signInUsingEnglish(page, BOARD_MEMBER);
    await page
      .getByRole('navigation', { name: 'Menu' })
      .getByRole('link', { name: 'Reports' })
      .click();
    const list = page.getByRole('table', { name: 'Progress reports' });
    for (const name of [
      'Joint board report: 2026-27 Q2',
      'Oversight board report: 2026-27 Q2',
      'Oversight board report: 2026-27 Q1',
      'Joint board report: 2025-26 Q4',
      'Oversight board report: 2025-26 Q4',
      'Oversight board report: 2025-26 Q3',
    ]) {
      await expect(list.getByRole('link', { name: new RegExp(`^${name}`) })).toBeVisible();
    }

    // The last joint-board paper, frozen, with what the board said and decided at its meeting.
    await list.getByRole('link', { name: /^Joint board report: 2026-27 Q2/ }).click();
    await expect(page.getByTestId('frozen-notice')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Board review' })).toBeVisible();
    await expect(
      page.getByText(/^The board agreed the recovery plan for this action/),
    ).toBeVisible();
    await expect(page.getByText(/Owain Davies.*19 November 2026/).first()).toBeVisible();
    await expect(
      page.getByText('Send the first monthly progress report to the operational group'),
    ).toBeVisible();

    // A lead has been told of each round, and reminded of the open one.
    const lead = await signedInPage(browser, LEAD);
    await lead.getByRole('link', { name: /^Notifications/ }).click();
    await expect(lead.locator('.app-notices')).toContainText('Updates due for 2026-27 Q3');
    await expect(lead.locator('.app-notices')).toContainText('Updates due for 2026-27 Q2');
    await lead.context().close();
  });
});
