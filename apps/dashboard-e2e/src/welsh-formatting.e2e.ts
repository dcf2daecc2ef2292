import {
  createAction,
  expect,
  issuedReport,
  OPERATIONAL_GROUP,
  signInUsingEnglish,
  switchLanguage,
  test,
  uniqueReference,
} from './support';

const WELSH_MONTH =
  '(Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr)';
/** "3 Rhagfyr 2026 am 17:40": a moment in Welsh, on the 24-hour clock. */
const WELSH_DATE_TIME = new RegExp(
  `(?<!\\d)\\d{1,2} ${WELSH_MONTH} \\d{4} am \\d{2}:\\d{2}(?!\\d)`,
);
/** What Chromium's ICU, which has no Welsh, makes of `Intl` in `cy`: "June 1, 2025", "5:40 PM". */
const AMERICAN =
  /(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}|\d{1,2}:\d{2}\s?[AP]M\b/;

test.describe('dates and numbers in Welsh', () => {
  test('an action page and the reports list show Welsh dates and times in Chromium', async ({
    page,
  }) => {
    const reference = uniqueReference();
    await signInUsingEnglish(page, OPERATIONAL_GROUP);
    const actionId = await createAction(page, {
      reference,
      title: { en: `Welsh dates ${reference}`, cy: `Dyddiadau Cymraeg ${reference}` },
      milestones: [
        {
          title: { en: `Survey sent ${reference}`, cy: `Arolwg wedi’i anfon ${reference}` },
          dueDate: '2026-06-01',
        },
      ],
    });
    const reportId = await issuedReport(page, 'OPERATIONAL_GROUP', `Welsh dates ${reference}`);

    await page.goto(`/actions/${actionId}`);
    await expect(
      page.getByRole('heading', { level: 1, name: new RegExp(reference) }),
    ).toBeVisible();
    await switchLanguage(page, 'cy');
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy');

    const summary = page.locator('.govuk-summary-list');
    await expect(summary).toContainText('1 Ebrill 2026');
    await expect(summary).toContainText('31 Mawrth 2027');
    await expect(
      page.getByRole('row', { name: new RegExp(`Arolwg wedi’i anfon ${reference}`) }),
    ).toContainText('1 Mehefin 2026');
    await page.locator('summary', { hasText: 'Hanes y newidiadau' }).click();
    await expect(page.locator('.govuk-details__text')).toContainText(WELSH_DATE_TIME);
    await expect(page.locator('main')).not.toContainText(AMERICAN);

    await page.goto('/reports');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Adroddiadau cynnydd' }),
    ).toBeVisible();
    const issued = page.getByRole('row').filter({ has: page.locator(`#report-${reportId}`) });
    await expect(issued).toContainText(WELSH_DATE_TIME);
    await expect(page.locator('main')).not.toContainText(AMERICAN);

    // Leave the account in English for the other tests.
    await switchLanguage(page, 'en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});
