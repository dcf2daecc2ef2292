import { screen, within } from '@testing-library/react';

import { aPeriod, aUser, counts, currentPeriodMock, meMock } from '../../../test/factories';
import { renderApp } from '../../../test/render-app';
import { PROGRESS_SUMMARY } from '../graphql/overview';

function area(number: number, title: { en: string | null; cy: string | null }) {
  return {
    __typename: 'StrategicArea',
    id: `area-${number}`,
    number,
    title: { __typename: 'BilingualText', ...title },
  };
}

function summaryMock(areas: ReturnType<typeof area>[], overall = counts()) {
  return {
    request: { query: PROGRESS_SUMMARY, variables: { reportingPeriodId: aPeriod.id } },
    result: {
      data: {
        progressSummary: {
          __typename: 'ProgressSummary',
          asOf: '2026-11-20',
          plan: { __typename: 'AnnualPlan', id: 'plan-1', financialYear: '2026-27' },
          overall,
          areas: areas.map((a, i) => ({
            __typename: 'AreaProgress',
            area: a,
            counts: i === 0 ? overall : counts(),
          })),
          overdueMilestones: [
            {
              __typename: 'Milestone',
              id: 'm-1',
              dueDate: '2026-10-31',
              title: { __typename: 'BilingualText', en: 'Pilot evaluated', cy: null },
              action: { __typename: 'Action', id: 'a-1', reference: '1.2' },
            },
          ],
          actionsWithoutUpdate: [],
        },
      },
    },
  };
}

describe('the overview', () => {
  const signedIn = meMock(aUser());

  it('shows each area’s RAG counts and the totals, with every status named', async () => {
    const overall = counts({ red: 2, amber: 1, green: 3, noUpdate: 1 });
    renderApp({
      mocks: [
        signedIn,
        currentPeriodMock(aPeriod),
        summaryMock(
          [
            area(1, {
              en: 'Engaged, motivated and healthy workforce',
              cy: 'Gweithlu ymgysylltiol',
            }),
          ],
          overall,
        ),
      ],
    });

    const table = await screen.findByRole('table', {
      name: 'Actions by status in each strategic area',
    });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(headers).toEqual([
      'Strategic area',
      '▲Red',
      '◆Amber',
      '●Green',
      '○Not started',
      '✓Complete',
      '–No update',
      'Total',
    ]);
    const totals = within(table).getByRole('row', { name: /All areas/ });
    expect(
      within(totals)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['2', '1', '3', '0', '0', '1', '7']);
    expect(
      screen.getByText('Reporting period 2026-27 Q3: 1 October 2026 to 31 December 2026'),
    ).toBeInTheDocument();

    const overdue = screen.getByRole('region', { name: 'Milestones overdue (1)' });
    expect(within(overdue).getByRole('link', { name: '1.2' })).toHaveAttribute(
      'href',
      '/actions/a-1',
    );
    expect(overdue).toHaveTextContent('Pilot evaluated (due 31 October 2026)');
    expect(
      screen.getByRole('region', { name: 'Actions with no update for this period (0)' }),
    ).toHaveTextContent('Every action has an update for this period.');
  });

  it('marks an area title shown in English because its Welsh is missing', async () => {
    renderApp({
      language: 'cy',
      mocks: [
        meMock(aUser({ preferredLanguage: 'cy' })),
        currentPeriodMock(aPeriod),
        summaryMock(
          [area(2, { en: 'Attraction and recruitment', cy: null })],
          counts({ green: 1 }),
        ),
      ],
    });

    const title = await screen.findByText('Attraction and recruitment', { exact: false });
    expect(title).toHaveAttribute('lang', 'en');
    expect(within(title).getByText('(English)', { exact: false })).toBeInTheDocument();
    expect(
      screen.getByText('Cyfnod adrodd 2026-27 Q3: 1 Hydref 2026 i 31 Rhagfyr 2026'),
    ).toBeInTheDocument();
  });

  it('says so when no reporting period has started', async () => {
    renderApp({ mocks: [signedIn, currentPeriodMock(null)] });
    expect(await screen.findByText('No reporting period has started yet.')).toBeInTheDocument();
  });

  it('says so when the plan has no actions', async () => {
    renderApp({
      mocks: [signedIn, currentPeriodMock(aPeriod), summaryMock([area(1, { en: 'A', cy: 'B' })])],
    });
    expect(
      await screen.findByText('There are no actions in the plan for this reporting period yet.'),
    ).toBeInTheDocument();
  });

  it('says so when the figures cannot be loaded', async () => {
    renderApp({
      mocks: [
        signedIn,
        {
          request: { query: PROGRESS_SUMMARY, variables: { reportingPeriodId: aPeriod.id } },
          error: new Error('offline'),
        },
        currentPeriodMock(aPeriod),
      ],
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Sorry, the progress figures could not be loaded. Try again later.',
    );
  });
});
