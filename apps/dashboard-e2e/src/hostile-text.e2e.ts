import { expect, graphql, LEAD, OPERATIONAL_GROUP, signInUsingEnglish, test } from './support';

const MARKUP =
  '<img src="x" onerror="window.__cynnyddXss = 1"><script>window.__cynnyddXss = 2</script>';

interface Lookup {
  currentReportingPeriod: { id: string };
  actions: { edges: { node: { id: string; owners: { email: string | null }[] } }[] };
}

test('commentary containing HTML is stored and shown as text, never run', async ({ page }) => {
  page.on('dialog', (dialog) => {
    throw new Error(`A dialog opened: ${dialog.message()}`);
  });
  await signInUsingEnglish(page, OPERATIONAL_GROUP);
  const { currentReportingPeriod, actions } = await graphql<Lookup>(
    page,
    `
      {
        currentReportingPeriod {
          id
        }
        actions(filter: { financialYear: "2026-27", areaNumber: 7 }, first: 20) {
          edges {
            node {
              id
              owners {
                email
              }
            }
          }
        }
      }
    `,
  );
  // An action the demo leads do not own, so other tests' counts are not disturbed.
  const action = actions.edges
    .map((edge) => edge.node)
    .find((node) => !node.owners.some((owner) => owner.email === LEAD));
  expect(action).toBeTruthy();
  await graphql(
    page,
    `
      mutation ($input: SubmitStatusUpdateInput!) {
        submitStatusUpdate(input: $input) {
          id
        }
      }
    `,
    {
      input: {
        actionId: action?.id,
        reportingPeriodId: currentReportingPeriod.id,
        rag: 'AMBER',
        percentComplete: 35,
        commentary: { en: `Escaping check ${MARKUP}`, cy: `Gwirio ${MARKUP}` },
      },
    },
  );

  await page.goto(`/actions/${action?.id}`);
  await expect(page.getByText(`Escaping check ${MARKUP}`).first()).toBeVisible();
  expect(await page.locator('main img[src="x"]').count()).toBe(0);
  expect(await page.locator('main b', { hasText: 'not bold' }).count()).toBe(0);
  expect(await page.evaluate(() => (window as { __cynnyddXss?: number }).__cynnyddXss)).toBe(
    undefined,
  );
});
