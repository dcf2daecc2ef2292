import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';

import type { Permission } from '../../../gql/graphql';
import { aPeriod, aUser, meMock } from '../../../test/factories';
import { renderApp } from '../../../test/render-app';
import { MY_ACTIONS } from '../graphql/actions';
import { accountMock, openRound, roundMock } from '../testing/action-mocks';

function mocks(permissions: Permission[], round = openRound): MockLink.MockedResponse[] {
  const action = (id: string, reference: string, rag: string | null, updated: boolean) => ({
    __typename: 'Action',
    id,
    reference,
    title: { __typename: 'BilingualText', en: `Action ${reference}`, cy: `Cam ${reference}` },
    currentStatus: rag && { __typename: 'StatusUpdate', id: `status-${id}`, rag },
    statusInPeriod: updated ? { __typename: 'StatusUpdate', id: `status-${id}` } : null,
    isOverdue: false,
    dueDate: '2027-03-31',
    milestones: [],
  });
  return [
    meMock(aUser({ role: 'LEAD' })),
    accountMock(permissions),
    roundMock(round),
    {
      request: {
        query: MY_ACTIONS,
        variables: {
          financialYear: '2026-27',
          personId: 'person-1',
          reportingPeriodId: aPeriod.id,
        },
      },
      result: {
        data: {
          actions: {
            __typename: 'ActionConnection',
            totalCount: 2,
            edges: [
              { __typename: 'ActionEdge', node: action('a-1', '1.1', 'RED', true) },
              { __typename: 'ActionEdge', node: action('a-2', '1.2', null, false) },
            ],
          },
        },
      },
    },
  ];
}

describe('my actions', () => {
  it('lists the person’s actions, their status and whether an update is due', async () => {
    renderApp({ route: '/my-actions', mocks: mocks(['READ', 'REPORT_ON_OWN_ACTIONS']) });

    const due = await screen.findByRole('row', { name: /1\.2: Action 1\.2/ });
    expect(due).toHaveTextContent('–No update');
    expect(due).toHaveTextContent('Update due.');
    expect(
      within(due).getByRole('link', { name: 'Submit an update on action 1.2' }),
    ).toHaveAttribute('href', '/actions/a-2/update');
    const done = screen.getByRole('row', { name: /1\.1: Action 1\.1/ });
    expect(done).toHaveTextContent('▲Red');
    expect(done).toHaveTextContent('Update submitted.');
  });

  it('offers no update links to someone who cannot report', async () => {
    renderApp({ route: '/my-actions', mocks: mocks(['READ']) });

    expect(await screen.findByRole('row', { name: /1\.2: Action 1\.2/ })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Submit an update/ })).not.toBeInTheDocument();
    expect(
      screen.getByText('Your role does not allow you to submit status updates.'),
    ).toBeInTheDocument();
  });

  it('says the round is closed, and offers no update to submit, once the group closes it', async () => {
    renderApp({
      route: '/my-actions',
      mocks: mocks(['READ', 'REPORT_ON_OWN_ACTIONS'], {
        ...openRound,
        state: 'CLOSED',
        closedAt: '2027-01-22T17:00:00Z',
      }),
    });

    const missing = await screen.findByRole('row', { name: /1\.2: Action 1\.2/ });
    expect(missing).toHaveTextContent('No update. The round is closed.');
    expect(missing).not.toHaveTextContent('Update due');
    expect(screen.getByRole('row', { name: /1\.1: Action 1\.1/ })).toHaveTextContent(
      'Update submitted.',
    );
    expect(screen.queryByRole('link', { name: /Submit an update/ })).not.toBeInTheDocument();
    expect(
      screen.getByText(
        /^The operational group closed this round \(2026-27 Q3\) on 22 January 2027/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/updates are due by/)).not.toBeInTheDocument();
  });
});
