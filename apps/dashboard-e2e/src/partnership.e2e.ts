import { readFileSync } from 'node:fs';

import { readWordDocument } from '@cynnydd/shared/testing';

import {
  expect,
  expectAccessibleInEnglishAndWelsh,
  graphql,
  OPERATIONAL_GROUP,
  signInUsingEnglish,
  switchLanguage,
  test,
} from './support';

/** The demo programme's current year: the forum met and the unions were engaged in it. */
const YEAR = '2026-27';

interface ReportFigures {
  engagementCount: number;
  forumMeetings: number;
  byPartner: { name: { en: string }; count: number }[];
  outcomes: { outcome: string; count: number }[];
  compromises: { agreed: { en: string | null; cy: string | null } }[];
}

test('the programme office reads the annual social partnership report’s figures, records a self-assessment and downloads the report in Welsh', async ({
  page,
}) => {
  // Three sections, each checked in English and Welsh, a form and a Word file.
  test.slow();
  await signInUsingEnglish(page, OPERATIONAL_GROUP);
  await page
    .getByRole('navigation', { name: 'Menu' })
    .getByRole('link', { name: 'Social partnership' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Social partnership' })).toBeVisible();

  // The page shows the API's figures for the year asked for.
  const { partnershipReport: report } = await graphql<{ partnershipReport: ReportFigures }>(
    page,
    `
      query ($year: String!) {
        partnershipReport(year: $year) {
          engagementCount
          forumMeetings
          byPartner {
            name {
              en
            }
            count
          }
          outcomes {
            outcome
            count
          }
          compromises {
            agreed {
              en
              cy
            }
          }
        }
      }
    `,
    { year: YEAR },
  );
  expect(report.engagementCount).toBeGreaterThan(0);
  expect(report.forumMeetings).toBeGreaterThan(0);
  await page.getByLabel('Financial year').fill(YEAR);
  await page.getByRole('button', { name: 'Show the figures' }).click();
  await expect(page).toHaveURL(new RegExp(`year=${YEAR}`));
  const summary = page.getByRole('table', { name: 'The year in figures' });
  await expect(summary.getByRole('row', { name: /^Engagements recorded/ })).toContainText(
    String(report.engagementCount),
  );
  await expect(
    summary.getByRole('row', { name: /^Social partnership forum meetings/ }),
  ).toContainText(String(report.forumMeetings));
  const partners = page.getByRole('table', { name: 'Engagements by partner, most engaged first' });
  for (const partner of report.byPartner) {
    await expect(
      partners.getByRole('row', { name: new RegExp(`^${partner.name.en}`) }),
    ).toContainText(String(partner.count));
  }
  const consensus = report.outcomes.find((row) => row.outcome === 'CONSENSUS')?.count ?? 0;
  await expect(
    page
      .getByRole('table', { name: 'Engagements by outcome' })
      .getByRole('row', { name: /^Consensus/ }),
  ).toContainText(String(consensus));
  await expectAccessibleInEnglishAndWelsh(page, 'Adroddiad partneriaeth gymdeithasol blynyddol');

  // The forum scores every statement; its average joins the comparison over time.
  await page.getByRole('button', { name: 'Record a self-assessment' }).click();
  await page.getByLabel('Date of the self-assessment').fill('2026-11-30');
  const statements = page.getByRole('group', { name: /^\d+\. / });
  const count = await statements.count();
  expect(count).toBeGreaterThan(0);
  for (let index = 0; index < count; index++) {
    await statements.nth(index).getByLabel('4 Largely').check();
  }
  await page.getByRole('button', { name: 'Save self-assessment' }).click();
  await expect(page.getByText('The self-assessment has been saved.')).toBeVisible();
  await expect(
    page
      .getByRole('table', { name: /^Self-assessments of / })
      .getByRole('row', { name: /30 November 2026/ }),
  ).toContainText('4');

  // The Welsh Word file carries the same year, in Welsh.
  await switchLanguage(page, 'cy');
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Cymraeg (Dogfen Word)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`cynnydd-social-partnership-${YEAR}-cy.docx`);
  const { text } = await readWordDocument(readFileSync((await download.path()) ?? ''));
  expect(text).toContain('Adroddiad partneriaeth gymdeithasol blynyddol');
  for (const compromise of report.compromises) {
    expect(text).toContain(compromise.agreed.cy ?? compromise.agreed.en);
  }
  await switchLanguage(page, 'en');
});
