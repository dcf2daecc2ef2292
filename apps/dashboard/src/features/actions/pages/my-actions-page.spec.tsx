import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';

import type { Permission } from '../../../gql/graphql';
import { aPeriod, aUser, meMock } from '../../../test/factories';
import { renderApp, renderPreloadedVisit } from '../../../test/render-app';
import { MY_ACTIONS } from '../graphql/actions';
import {
  accountMock,
  aFigureDue,
  aRiskReviewDue,
  openRound,
  roundMock,
} from '../testing/action-mocks';

function mocks(
  permissions: Permission[],
  round = openRound,
  preferredLanguage: 'en' | 'cy' = 'en',
): MockLink.MockedResponse[] {
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
    meMock(aUser({ role: 'LEAD', preferredLanguage })),
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

  it('asks for the person’s actions as a first visit starts, and draws them from those answers', async () => {
    const { asked, preloads } = await renderPreloadedVisit(
      '/my-actions',
      mocks(['READ', 'REPORT_ON_OWN_ACTIONS']),
      ['MyActions'],
    );
    expect(preloads).toEqual([
      'Me',
      'NotificationCount',
      'MyAccount',
      'ReportingRound',
      'MyActions',
    ]);

    expect(await screen.findByRole('row', { name: /1\.2: Action 1\.2/ })).toHaveTextContent(
      'Update due.',
    );
    expect(asked.filter((name) => name !== 'NotificationCount')).toHaveLength(4);
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

  describe('figures due', () => {
    const withFigures = {
      ...openRound,
      figuresDue: [
        aFigureDue('M1.1', { en: 'Vacancy rate', cy: 'Cyfradd swyddi gwag' }),
        aFigureDue('M4.1', { en: 'Leadership training', cy: 'Hyfforddiant arwain' }),
      ],
    };

    it('lists the figures of the person’s measures the round needs, each with its form', async () => {
      renderApp({
        route: '/my-actions',
        mocks: mocks(['READ', 'REPORT_ON_OWN_ACTIONS'], withFigures),
      });

      expect(await screen.findByRole('heading', { name: 'Figures due' })).toBeInTheDocument();
      const table = screen.getByRole('table', {
        name: 'Measures’ figures due from you in the 2026-27 Q3 round',
      });
      const row = within(table).getByRole('row', { name: /M4\.1: Leadership training/ });
      expect(row).toHaveTextContent('2026-27 Q2');
      expect(
        within(row).getByRole('link', {
          name: 'Give the figure for measure M4.1, 2026-27 Q2',
        }),
      ).toHaveAttribute('href', '/measures/measure-M4.1/report?period=2026-07-01');
      expect(
        screen.getByRole('link', { name: 'Download the measure-values template (.xlsx)' }),
      ).toHaveAttribute('href', '/measures/values-template.xlsx');
      expect(screen.getByRole('link', { name: 'Upload the measure-values sheet' })).toHaveAttribute(
        'href',
        '/measures/import',
      );
    });

    it('lists them in Welsh', async () => {
      renderApp({
        route: '/my-actions',
        language: 'cy',
        mocks: mocks(['READ', 'REPORT_ON_OWN_ACTIONS'], withFigures, 'cy'),
      });

      expect(
        await screen.findByRole('heading', { name: 'Ffigurau sy’n ddyledus' }),
      ).toBeInTheDocument();
      const row = screen.getByRole('row', { name: /M1\.1: Cyfradd swyddi gwag/ });
      expect(row).toHaveTextContent('2026-27 Ch2');
      expect(
        within(row).getByRole('link', {
          name: 'Rhoi’r ffigur ar gyfer mesur M1.1, 2026-27 Ch2',
        }),
      ).toHaveAttribute('href', '/measures/measure-M1.1/report?period=2026-07-01');
      expect(
        screen.getByRole('link', { name: 'Uwchlwytho’r daflen gwerthoedd mesurau' }),
      ).toHaveAttribute('href', '/measures/import');
    });

    it('is not shown when none is due, nor once the round is closed', async () => {
      const { unmount } = renderApp({
        route: '/my-actions',
        mocks: mocks(['READ', 'REPORT_ON_OWN_ACTIONS']),
      });
      expect(await screen.findByRole('row', { name: /1\.2: Action 1\.2/ })).toBeInTheDocument();
      expect(screen.queryByRole('heading', { name: 'Figures due' })).not.toBeInTheDocument();
      unmount();

      renderApp({
        route: '/my-actions',
        mocks: mocks(['READ', 'REPORT_ON_OWN_ACTIONS'], {
          ...withFigures,
          state: 'CLOSED',
          closedAt: '2027-01-22T17:00:00Z',
        }),
      });
      expect(await screen.findByRole('row', { name: /1\.2: Action 1\.2/ })).toBeInTheDocument();
      expect(screen.queryByRole('heading', { name: 'Figures due' })).not.toBeInTheDocument();
    });
  });

  describe('risk reviews due', () => {
    const withReviews = {
      ...openRound,
      riskReviewsDue: [
        aRiskReviewDue('R3', { en: 'Too few nurses', cy: 'Rhy ychydig o nyrsys' }),
        aRiskReviewDue('R8', { en: 'Funding ends', cy: 'Cyllid yn dod i ben' }),
      ],
    };

    it('lists the person’s risks due for review, each linking to the risk, with its score and date', async () => {
      renderApp({
        route: '/my-actions',
        mocks: mocks(['READ', 'REPORT_ON_OWN_ACTIONS'], withReviews),
      });

      const section = await screen.findByRole('region', { name: 'Risk reviews due' });
      expect(section).toHaveTextContent('record its review by 15 January 2027');
      const table = within(section).getByRole('table', {
        name: 'Risks you own to review in the 2026-27 Q3 round',
      });
      const row = within(table).getByRole('row', { name: /R8: Funding ends/ });
      expect(within(row).getByRole('link', { name: 'R8: Funding ends' })).toHaveAttribute(
        'href',
        '/risks/risk-R8',
      );
      expect(row).toHaveTextContent('12 (High)');
      expect(row).toHaveTextContent('30 November 2026');
    });

    it('lists them in Welsh', async () => {
      renderApp({
        route: '/my-actions',
        language: 'cy',
        mocks: mocks(['READ', 'REPORT_ON_OWN_ACTIONS'], withReviews, 'cy'),
      });

      const section = await screen.findByRole('region', { name: 'Adolygiadau risg i’w gwneud' });
      const row = within(section).getByRole('row', { name: /R3: Rhy ychydig o nyrsys/ });
      expect(row).toHaveTextContent('12 (Uchel)');
      expect(row).toHaveTextContent('30 Tachwedd 2026');
    });

    it('is not shown when none is due, nor once the round is closed', async () => {
      const { unmount } = renderApp({
        route: '/my-actions',
        mocks: mocks(['READ', 'REPORT_ON_OWN_ACTIONS']),
      });
      expect(await screen.findByRole('row', { name: /1\.2: Action 1\.2/ })).toBeInTheDocument();
      expect(screen.queryByRole('region', { name: 'Risk reviews due' })).not.toBeInTheDocument();
      unmount();

      renderApp({
        route: '/my-actions',
        mocks: mocks(['READ', 'REPORT_ON_OWN_ACTIONS'], {
          ...withReviews,
          state: 'CLOSED',
          closedAt: '2027-01-22T17:00:00Z',
        }),
      });
      expect(await screen.findByRole('row', { name: /1\.2: Action 1\.2/ })).toBeInTheDocument();
      expect(screen.queryByRole('region', { name: 'Risk reviews due' })).not.toBeInTheDocument();
    });
  });
});
