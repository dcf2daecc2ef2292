import {
  createAction,
  expect,
  OPERATIONAL_GROUP,
  signInUsingEnglish,
  test,
  uniqueReference,
} from './support';

test.describe('overdue actions', () => {
  test('an action with a late milestone says which milestone is overdue', async ({ page }) => {
    const reference = uniqueReference();
    const milestone = `Pilot agreed ${reference}`;
    await signInUsingEnglish(page, OPERATIONAL_GROUP);
    const actionId = await createAction(page, {
      reference,
      title: { en: `Late milestone ${reference}`, cy: null },
      milestones: [
        { title: { en: milestone, cy: null }, dueDate: '2026-04-30' },
        { title: { en: `Evaluation ${reference}`, cy: null }, dueDate: '2027-03-01' },
      ],
    });
    // The action itself is due 31 March 2027: until then only its first milestone is late.
    const expected =
      new Date() < new Date('2027-04-01')
        ? `Milestone overdue: ${milestone} (due 30 April 2026)`
        : 'Overdue: the action (due 31 March 2027)';

    await page.goto('/areas/4?overdue=true');
    const row = page.getByRole('row').filter({ hasText: `Late milestone ${reference}` });
    await expect(row).toContainText(expected);

    await page.goto(`/actions/${actionId}`);
    await expect(page.locator('.govuk-summary-list')).toContainText(expected);
  });
});
