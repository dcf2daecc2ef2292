import {
  expect,
  expectNoAccessibilityViolations,
  graphql,
  LEAD,
  signInUsingEnglish,
  switchLanguage,
  test,
} from './support';

/** One of the demo lead's quarterly measures, whose 2026-27 Q2 figure is due in the open round. */
const MEASURE = {
  reference: 'M1.2',
  welshName: 'Cyfradd swyddi gwag nyrsys cofrestredig',
};
const PERIOD_CY = '2026-27 Ch2';
/** Lower is better, target 6% in 2026-27, green up to 0.5 points over: 6.3% is green. */
const FIGURE = '6.3';
const COMMENTARY_CY = 'Llai o swyddi gwag ar ôl ymgyrch recriwtio’r haf.';

test.describe('measures', () => {
  test('a lead reports a quarter’s figure in Welsh and sees it on the measure and the overview', async ({
    page,
  }) => {
    await signInUsingEnglish(page, LEAD);
    await switchLanguage(page, 'cy');
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy');

    await page
      .getByRole('navigation', { name: 'Dewislen' })
      .getByRole('link', { name: 'Mesurau' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mesurau' })).toBeVisible();
    const list = page.getByRole('table', { name: 'Mesurau a’u ffigurau diweddaraf' });
    const row = list.getByRole('row').filter({ hasText: MEASURE.reference });
    await expect(row).toContainText(MEASURE.welshName);
    await expectNoAccessibilityViolations(page);

    await row.getByRole('link', { name: MEASURE.welshName }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: new RegExp(MEASURE.welshName) }),
    ).toBeVisible();
    await expect(
      page.getByRole('table', { name: `Ffigurau mesur ${MEASURE.reference}` }),
    ).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await page.getByRole('button', { name: 'Rhoi ffigur' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: /Rhoi ffigur ar gyfer mesur M1\.2/ }),
    ).toBeVisible();
    await page.getByLabel('Cyfnod').selectOption({ label: PERIOD_CY });
    await expectNoAccessibilityViolations(page);
    await page.getByRole('radio', { name: 'Wedi’i gadarnhau' }).check();
    await page.getByLabel('Ffigur', { exact: true }).fill(FIGURE);
    await page
      .getByRole('group', { name: /^Sylwadau/ })
      .getByLabel('Yn Gymraeg')
      .fill(COMMENTARY_CY);
    await page.getByRole('button', { name: 'Rhoi ffigur' }).click();

    const banner = page.locator('.govuk-notification-banner--success');
    await expect(banner).toContainText(`Mae’r ffigur ar gyfer ${PERIOD_CY} wedi’i roi.`);
    const figures = page.getByRole('table', { name: `Ffigurau mesur ${MEASURE.reference}` });
    const reported = figures.getByRole('row').filter({ hasText: PERIOD_CY });
    await expect(reported).toContainText('6.3%');
    await expect(reported).toContainText('Wedi’i gadarnhau');
    await expect(reported).toContainText('Gwyrdd');
    await expect(reported).toContainText('o’i gymharu â tharged o 6%');
    await expect(reported).toContainText(COMMENTARY_CY);
    await expectNoAccessibilityViolations(page);

    // The overview's measures section counts the measures by RAG, as the API does.
    const { measuresSummary } = await graphql<{
      measuresSummary: { counts: Record<string, number> };
    }>(page, '{ measuresSummary { counts { red amber green contextual noFigure total } } }');
    await page
      .getByRole('navigation', { name: 'Dewislen' })
      .getByRole('link', { name: 'Trosolwg' })
      .click();
    const section = page.getByRole('region', { name: 'Mesurau', exact: true });
    const counts = section.getByRole('table', {
      name: 'Mesurau yn ôl statws RAG eu ffigur diweddaraf',
    });
    await expect(counts).toBeVisible();
    const { counts: expected } = measuresSummary;
    expect(expected.total).toBeGreaterThan(0);
    await expect(counts.getByRole('cell')).toHaveText(
      [
        expected.red,
        expected.amber,
        expected.green,
        expected.contextual,
        expected.noFigure,
        expected.total,
      ].map(String),
    );
    await expect(counts.getByRole('row').filter({ hasText: 'Coch' })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await switchLanguage(page, 'en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});
