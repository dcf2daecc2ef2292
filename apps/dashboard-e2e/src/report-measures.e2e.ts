import {
  expect,
  expectNoAccessibilityViolations,
  graphql,
  OPERATIONAL_GROUP,
  reportSection,
  signInUsingEnglish,
  switchLanguage,
  test,
} from './support';

/** A measure no other browser test reports on; its 2026-27 Q2 figure was in the Q2 paper. */
const REFERENCE = 'M6.2';
const Q2 = '2026-07-01';

interface Measure {
  id: string;
  reference: string;
  values: { id: string; periodStart: string; value: number }[];
}

test('an issued board report shows the measures as the board saw them, whatever is revised later', async ({
  page,
}) => {
  // A board paper read, revised and read again, each checked with axe.
  test.slow();
  await signInUsingEnglish(page, OPERATIONAL_GROUP);
  const { reports } = await graphql<{
    reports: { id: string; audience: string; state: string; reportingPeriod: { label: string } }[];
  }>(page, '{ reports { id audience state reportingPeriod { label } } }');
  const paper = reports.find(
    (report) =>
      report.audience === 'OVERSIGHT_BOARD' &&
      report.state === 'ISSUED' &&
      report.reportingPeriod.label === '2026-27 Q2',
  );
  expect(paper).toBeTruthy();
  await page.goto(`/reports/${paper?.id}`);

  const scorecard = page.getByRole('table', { name: 'Measures scorecard' });
  const row = scorecard.getByRole('row').filter({ hasText: REFERENCE });
  await expect(row).toContainText('2026-27 Q2');
  const asIssued = (await row.textContent()) as string;
  await expectNoAccessibilityViolations(page, reportSection('report-measures'));

  // The figure is revised after the board met.
  const { measures } = await graphql<{ measures: Measure[] }>(
    page,
    '{ measures { id reference values { id periodStart value } } }',
  );
  const measure = measures.find((m) => m.reference === REFERENCE) as Measure;
  const current = measure.values.find((value) => value.periodStart === Q2);
  expect(current).toBeTruthy();
  const revised = (current?.value ?? 0) + 7;
  await graphql(
    page,
    `
      mutation ($input: SubmitMeasureValueInput!) {
        submitMeasureValue(input: $input) {
          id
        }
      }
    `,
    {
      input: {
        measureId: measure.id,
        periodStart: Q2,
        value: revised,
        quality: 'CONFIRMED',
        commentary: { en: 'Corrected after a late return from one employer.' },
        revises: current?.id,
      },
    },
  );

  // The measure shows the revision; the issued report still shows what the board saw.
  await page.goto(`/measures/${measure.id}`);
  const figures = page.getByRole('table', { name: `Figures of measure ${REFERENCE}` });
  await expect(figures.getByRole('row').filter({ hasText: '2026-27 Q2' })).toContainText(
    `${revised}%`,
  );
  await page.goto(`/reports/${paper?.id}`);
  await expect(row).toHaveText(asIssued);
  await expect(row).not.toContainText(`${revised}%`);

  // And in Welsh, with the RAG in words.
  await switchLanguage(page, 'cy');
  const welsh = page
    .getByRole('table', { name: 'Cerdyn sgorio’r mesurau' })
    .getByRole('row')
    .filter({ hasText: REFERENCE });
  await expect(welsh).toContainText('2026-27 Ch2');
  await expect(welsh).toContainText(/Gwyrdd|Ambr|Coch/);
  await expectNoAccessibilityViolations(page, reportSection('report-measures'));
});
