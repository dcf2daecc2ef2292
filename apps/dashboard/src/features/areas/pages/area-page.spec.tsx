import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';

import { App } from '../../../app';
import type { ActionFilter, ActionSort } from '../../../gql/graphql';
import { aPeriod, aUser, meMock } from '../../../test/factories';
import { renderPreloadedVisit, renderWithProviders } from '../../../test/render-app';
import { REPORTING_CONTEXT } from '../../actions/graphql/actions';
import { AREA_ACTIONS, STRATEGIC_AREA } from '../graphql/areas';

function Location() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

const anAction = (reference: string, rag: string | null, isOverdue = false) => ({
  __typename: 'Action',
  id: `action-${reference}`,
  reference,
  title: { __typename: 'BilingualText', en: `Action ${reference}`, cy: `Cam ${reference}` },
  leadOrganisation: 'SOCIAL_CARE_WALES',
  owners: [{ __typename: 'Person', id: 'person-1', name: 'Ceri Morgan' }],
  currentStatus: rag && { __typename: 'StatusUpdate', id: `status-${reference}`, rag },
  dueDate: '2027-03-31',
  isOverdue,
  milestones: isOverdue
    ? [
        {
          __typename: 'Milestone',
          id: `milestone-${reference}`,
          title: {
            __typename: 'BilingualText',
            en: 'Pilot agreed',
            cy: 'Cynllun peilot wedi’i gytuno',
          },
          dueDate: '2020-06-30',
          completedOn: null,
        },
      ]
    : [],
});

function actionsMock(
  filter: Partial<ActionFilter>,
  sort: ActionSort,
  nodes: ReturnType<typeof anAction>[],
): MockLink.MockedResponse {
  return {
    request: {
      query: AREA_ACTIONS,
      variables: { filter: { financialYear: '2026-27', areaNumber: 3, ...filter }, sort },
    },
    result: {
      data: {
        actions: {
          __typename: 'ActionConnection',
          totalCount: nodes.length,
          edges: nodes.map((node) => ({ __typename: 'ActionEdge', node })),
        },
      },
    },
  };
}

const baseMocks: MockLink.MockedResponse[] = [
  meMock(aUser({ role: 'LEAD' })),
  {
    request: { query: REPORTING_CONTEXT },
    result: { data: { currentReportingPeriod: { ...aPeriod, financialYear: '2026-27' } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  {
    request: { query: STRATEGIC_AREA, variables: { number: 3 } },
    result: {
      data: {
        strategicArea: {
          __typename: 'StrategicArea',
          id: 'area-3',
          number: 3,
          title: { __typename: 'BilingualText', en: 'Attraction and recruitment', cy: null },
          description: { __typename: 'BilingualText', en: 'Attracting people.', cy: 'Denu pobl.' },
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
];

function renderArea(route: string, mocks: MockLink.MockedResponse[]) {
  return renderWithProviders(
    <>
      <App />
      <Location />
    </>,
    { route, mocks: [...baseMocks, ...mocks] },
  );
}

describe('the area page', () => {
  it('asks for the area and its filtered actions as a first visit starts, and draws them from those answers', async () => {
    const { asked, preloads } = await renderPreloadedVisit(
      '/areas/3?rag=RED&sort=due&dir=desc',
      [
        ...baseMocks,
        actionsMock({ rag: ['RED'] }, { field: 'DUE_DATE', direction: 'DESC' }, [
          anAction('3.2', 'RED'),
        ]),
      ],
      ['AreaActions'],
    );
    expect(preloads).toEqual([
      'Me',
      'NotificationCount',
      'StrategicArea',
      'ReportingContext',
      'AreaActions',
    ]);

    const table = await screen.findByRole('table', { name: 'Actions in the 2026-27 plan' });
    expect(within(table).getByRole('row', { name: /3\.2/ })).toHaveTextContent('Action 3.2');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Attraction and recruitment',
    );
    expect(asked.filter((name) => name !== 'NotificationCount')).toHaveLength(4);
  });

  it('reads its filters and sort from the address', async () => {
    renderArea('/areas/3?rag=RED&overdue=true&sort=due&dir=desc', [
      actionsMock({ rag: ['RED'], overdue: true }, { field: 'DUE_DATE', direction: 'DESC' }, [
        anAction('3.2', 'RED', true),
      ]),
    ]);

    const table = await screen.findByRole('table', { name: 'Actions in the 2026-27 plan' });
    const row = within(table).getByRole('row', { name: /3\.2/ });
    expect(row).toHaveTextContent('Action 3.2');
    expect(row).toHaveTextContent('Social Care Wales');
    expect(row).toHaveTextContent('Ceri Morgan');
    expect(row).toHaveTextContent('▲Red');
    expect(row).toHaveTextContent('31 March 2027');
    // Until the action's own due date passes, its milestone is what is overdue.
    expect(row).toHaveTextContent(
      /Milestone overdue: Pilot agreed \(due 30 June 2020\)|Overdue: the action/,
    );
    expect(within(row).getByRole('link', { name: /3\.2/ })).toHaveAttribute(
      'href',
      '/actions/action-3.2',
    );
    expect(screen.getByLabelText('Current status')).toHaveValue('RED');
    expect(screen.getByLabelText('Lead organisation')).toHaveValue('');
    expect(screen.getByLabelText('Overdue actions only')).toBeChecked();
    expect(within(table).getByRole('columnheader', { name: /Due date/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(within(table).getByRole('columnheader', { name: /Reference/ })).toHaveAttribute(
      'aria-sort',
      'none',
    );
  });

  it('writes the filters and the sort to the address', async () => {
    const user = userEvent.setup();
    renderArea('/areas/3', [
      actionsMock({}, { field: 'REFERENCE', direction: 'ASC' }, [
        anAction('3.1', 'GREEN'),
        anAction('3.2', 'AMBER'),
      ]),
      actionsMock(
        { rag: ['AMBER'], leadOrganisation: 'SOCIAL_CARE_WALES' },
        { field: 'REFERENCE', direction: 'ASC' },
        [anAction('3.2', 'AMBER')],
      ),
      actionsMock(
        { rag: ['AMBER'], leadOrganisation: 'SOCIAL_CARE_WALES' },
        { field: 'RAG', direction: 'ASC' },
        [],
      ),
    ]);

    expect(await screen.findByRole('row', { name: /3\.1/ })).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Current status'), 'AMBER');
    await user.selectOptions(screen.getByLabelText('Lead organisation'), 'SOCIAL_CARE_WALES');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    expect(screen.getByTestId('location')).toHaveTextContent(
      '/areas/3?rag=AMBER&lead=SOCIAL_CARE_WALES',
    );
    expect(await screen.findByText('Matching actions: 1')).toBeInTheDocument();
    expect(screen.queryByRole('row', { name: /3\.1/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Current status/ }));
    expect(screen.getByTestId('location')).toHaveTextContent(
      '/areas/3?rag=AMBER&lead=SOCIAL_CARE_WALES&sort=rag',
    );
    expect(await screen.findByText('No actions match these filters.')).toBeInTheDocument();
  });

  it('filters by well-being goals, any of those ticked, kept in the address', async () => {
    const user = userEvent.setup();
    renderArea('/areas/3?goal=HEALTHIER&goal=UNKNOWN', [
      actionsMock({ wellBeingGoals: ['HEALTHIER'] }, { field: 'REFERENCE', direction: 'ASC' }, [
        anAction('3.1', 'GREEN'),
      ]),
      actionsMock(
        { wellBeingGoals: ['HEALTHIER', 'GLOBALLY_RESPONSIBLE'] },
        { field: 'REFERENCE', direction: 'ASC' },
        [anAction('3.1', 'GREEN'), anAction('3.4', 'RED')],
      ),
      actionsMock({}, { field: 'REFERENCE', direction: 'ASC' }, [
        anAction('3.1', 'GREEN'),
        anAction('3.2', 'AMBER'),
        anAction('3.4', 'RED'),
      ]),
    ]);

    expect(await screen.findByRole('row', { name: /3\.1/ })).toBeInTheDocument();
    const goals = screen.getByRole('group', { name: 'Well-being goals' });
    expect(goals).toHaveAccessibleDescription(
      'Shows those tagged with any of the goals you select.',
    );
    expect(within(goals).getByRole('checkbox', { name: 'A healthier Wales' })).toBeChecked();
    await user.click(within(goals).getByRole('checkbox', { name: 'A globally responsible Wales' }));
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(screen.getByTestId('location')).toHaveTextContent(
      '/areas/3?goal=HEALTHIER&goal=GLOBALLY_RESPONSIBLE',
    );
    expect(await screen.findByText('Matching actions: 2')).toBeInTheDocument();

    await user.click(
      within(screen.getByRole('group', { name: 'Well-being goals' })).getByRole('checkbox', {
        name: 'A healthier Wales',
      }),
    );
    await user.click(
      within(screen.getByRole('group', { name: 'Well-being goals' })).getByRole('checkbox', {
        name: 'A globally responsible Wales',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/areas\/3$/);
    expect(await screen.findByRole('row', { name: /3\.2/ })).toBeInTheDocument();
  });

  it('links to the area’s measures', async () => {
    renderArea('/areas/3', [
      actionsMock({}, { field: 'REFERENCE', direction: 'ASC' }, [anAction('3.1', 'GREEN')]),
    ]);
    expect(await screen.findByRole('link', { name: 'Measures for this area' })).toHaveAttribute(
      'href',
      '/measures?area=3',
    );
  });
});
