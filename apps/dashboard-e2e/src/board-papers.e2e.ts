import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

import { readWordDocument } from '@cynnydd/shared/testing';

import {
  expect,
  expectAccessibleInEnglishAndWelsh,
  graphql,
  OPEN_PERIOD,
  OPERATIONAL_GROUP,
  reportSection,
  signInUsingEnglish,
  test,
  uniqueReference,
} from './support';

/** The open period's joint board draft: the demo's if it has one, else a new one. */
async function jointBoardDraft(page: Page): Promise<string> {
  const { reports } = await graphql<{
    reports: {
      id: string;
      state: string;
      audience: string;
      reportingPeriod: { id: string; label: string };
    }[];
  }>(page, '{ reports { id state audience reportingPeriod { id label } } }');
  const draft = reports.find(
    (report) =>
      report.state === 'DRAFT' &&
      report.audience === 'JOINT_BOARD' &&
      report.reportingPeriod.label === OPEN_PERIOD,
  );
  if (draft) return draft.id;
  const { reportingPeriods } = await graphql<{
    reportingPeriods: { id: string; label: string }[];
  }>(page, '{ reportingPeriods { id label } }');
  const { createReport } = await graphql<{ createReport: { id: string } }>(
    page,
    'mutation ($input: CreateReportInput!) { createReport(input: $input) { id } }',
    {
      input: {
        reportingPeriodId: reportingPeriods.find((period) => period.label === OPEN_PERIOD)?.id,
        audience: 'JOINT_BOARD',
        executiveSummary: { en: 'Cover sheet check', cy: null },
      },
    },
  );
  return createReport.id;
}

test('the board paper’s cover sheet is written on the draft and opens its Word export', async ({
  page,
}) => {
  // A form checked in English and Welsh, a report issued and a Word export read.
  test.slow();
  const presenter = `Presenter ${uniqueReference()}, Head of Workforce`;
  await signInUsingEnglish(page, OPERATIONAL_GROUP);
  const reportId = await jointBoardDraft(page);
  await page.goto(`/reports/${reportId}`);

  const section = page.getByRole('region', { name: 'Cover sheet' });
  await section.getByRole('button', { name: 'Edit the cover sheet' }).click();
  await expect(section.getByRole('group', { name: 'Impact statements' })).toBeVisible();
  await expectAccessibleInEnglishAndWelsh(
    page,
    'Taflen glawr',
    reportSection('cover-sheet-heading'),
  );

  await section.getByRole('textbox', { name: 'Presented by' }).fill(presenter);
  await section.getByRole('radio', { name: 'For assurance' }).check();
  await section.getByRole('button', { name: 'Save the cover sheet' }).click();
  await expect(page.locator('.govuk-notification-banner--success')).toContainText(
    'The cover sheet has been saved.',
  );
  await expect(section.getByTestId('cover-sheet')).toContainText(presenter);

  await page.getByRole('button', { name: 'Issue report' }).click();
  await page.getByRole('button', { name: 'Yes, issue the report' }).click();
  await expect(page.getByTestId('frozen-notice')).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'English (PowerPoint slides for the joint board)' }),
  ).toBeVisible();

  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'English (Word document)' }).click();
  const download = await downloading;
  const { text } = await readWordDocument(readFileSync((await download.path()) ?? ''));
  expect(text).toContain(presenter);
});

test('the board paper settings are axe-clean in English and Welsh', async ({ page }) => {
  await signInUsingEnglish(page, OPERATIONAL_GROUP, '/reports');
  await page.getByRole('link', { name: /^Board paper settings/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Board paper settings' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Classification' })).toBeVisible();
  await expectAccessibleInEnglishAndWelsh(page, 'Gosodiadau papurau’r bwrdd');
});
