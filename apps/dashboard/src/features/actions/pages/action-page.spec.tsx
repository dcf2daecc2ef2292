import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';

import type { Permission, Role } from '../../../gql/graphql';
import { aUser, meMock } from '../../../test/factories';
import { renderApp } from '../../../test/render-app';
import { anEngagement, engagementsMock } from '../../partnership/testing/partnership-mocks';
import { ACTION_AUDIT_TRAIL, ACTION_DETAILS } from '../graphql/actions';
import { accountMock, aRisk, aRiskLink } from '../testing/action-mocks';

const route = '/actions/action-1';
const text = (en: string, cy: string | null = null) => ({ __typename: 'BilingualText', en, cy });
const person = (id: string, name = `Person ${id}`) => ({ __typename: 'Person', id, name });

function anUpdate(
  id: string,
  period: { id: string; label: string; startDate: string },
  rag: string,
  percentComplete: number,
  submittedAt: string,
  { risks = text(''), raisedRisks = [] as ReturnType<typeof aRiskLink>[] } = {},
) {
  return {
    __typename: 'StatusUpdate',
    id,
    rag,
    percentComplete,
    commentary: text(`Commentary ${id}`),
    risks,
    raisedRisks,
    author: person('person-1', 'Ceri Morgan'),
    submittedAt,
    reportingPeriod: { __typename: 'ReportingPeriod', ...period },
  };
}

const q1 = { id: 'p-1', label: '2026-27 Q1', startDate: '2026-04-01' };
const q2 = { id: 'p-2', label: '2026-27 Q2', startDate: '2026-07-01' };
const q3 = { id: 'p-3', label: '2026-27 Q3', startDate: '2026-10-01' };

function actionMock({
  owners = ['person-1'],
  delegates = [] as string[],
  history = [anUpdate('u-1', q1, 'GREEN', 30, '2026-07-10T09:00:00Z')],
  risks = [] as ReturnType<typeof aRisk>[],
} = {}): MockLink.MockedResponse {
  return {
    request: { query: ACTION_DETAILS, variables: { id: 'action-1' } },
    result: {
      data: {
        action: {
          __typename: 'Action',
          id: 'action-1',
          reference: '1.2',
          title: text('Expand wellbeing support', 'Ehangu cymorth llesiant'),
          description: text('More support'),
          area: { __typename: 'StrategicArea', id: 'area-1', number: 1, title: text('Area one') },
          leadOrganisation: 'HEIW',
          startDate: '2026-04-01',
          dueDate: '2027-03-31',
          isOverdue: false,
          themes: [],
          wellBeingGoals: ['MORE_EQUAL', 'HEALTHIER'],
          waysOfWorking: [],
          owners: owners.map((id) => person(id)),
          delegates: delegates.map((id) => person(id)),
          milestones: [],
          risks,
          statusHistory: history,
        },
      },
    },
  };
}

const auditMock: MockLink.MockedResponse = {
  request: { query: ACTION_AUDIT_TRAIL, variables: { id: 'action-1' } },
  result: { data: { auditTrail: [] } },
};

function renderAction(role: Role, permissions: Permission[], action: MockLink.MockedResponse) {
  renderApp({
    route,
    mocks: [
      meMock(aUser({ role })),
      accountMock(permissions),
      action,
      auditMock,
      engagementsMock([anEngagement()]),
    ],
  });
}

const LEAD_PERMISSIONS: Permission[] = ['READ', 'REPORT_ON_OWN_ACTIONS', 'DELEGATE_OWN_ACTIONS'];

describe('the action page', () => {
  it('shows how the social partners were engaged on the action', async () => {
    renderAction('LEAD', LEAD_PERMISSIONS, actionMock({ owners: ['person-2'] }));

    const table = await screen.findByRole('table', {
      name: 'Engagement with social partners, newest first',
    });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(
      '12 November 2026ActionUNISON Cymru WalesRota changes for the nursing bankConsensus',
    );
    // A lead reads the record but does not keep it.
    expect(screen.queryByRole('button', { name: 'Record an engagement' })).not.toBeInTheDocument();
  });

  it('shows the well-being goals in the Act’s order, and says when it follows no way of working', async () => {
    renderAction('LEAD', LEAD_PERMISSIONS, actionMock());

    const goals = await screen.findByText('Well-being goals');
    const value = goals.nextElementSibling as HTMLElement;
    expect(
      within(value)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['A healthier Wales', 'A more equal Wales']);
    expect(screen.getByText('Ways of working').nextElementSibling).toHaveTextContent(/^None$/);
  });

  describe('the update link', () => {
    it('is hidden from a lead who neither owns the action nor is its delegate', async () => {
      renderAction('LEAD', LEAD_PERMISSIONS, actionMock({ owners: ['person-2'] }));

      expect(
        await screen.findByRole('heading', { level: 1, name: /Expand wellbeing support/ }),
      ).toBeInTheDocument();
      expect(screen.getByText('Person person-2')).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Submit an update' })).not.toBeInTheDocument();
    });

    it('is shown to an owner', async () => {
      renderAction('LEAD', LEAD_PERMISSIONS, actionMock({ owners: ['person-1'] }));

      expect(await screen.findByRole('button', { name: 'Submit an update' })).toHaveAttribute(
        'href',
        '/actions/action-1/update',
      );
    });

    it('is shown to a delegate', async () => {
      renderAction(
        'LEAD',
        LEAD_PERMISSIONS,
        actionMock({ owners: ['person-2'], delegates: ['person-1'] }),
      );

      expect(await screen.findByRole('button', { name: 'Submit an update' })).toBeInTheDocument();
    });

    it('is shown to the operational group on any action', async () => {
      renderAction(
        'PROGRAMME_OFFICE',
        ['READ', 'MANAGE_PLANS', 'REPORT_ON_ANY_ACTION'],
        actionMock({ owners: ['person-2'] }),
      );

      expect(await screen.findByRole('button', { name: 'Submit an update' })).toBeInTheDocument();
    });

    it('is hidden from a board member, even one named as owner', async () => {
      renderAction('BOARD_MEMBER', ['READ'], actionMock({ owners: ['person-1'] }));

      await screen.findByRole('table', { name: 'Status history' });
      expect(screen.queryByRole('button', { name: 'Submit an update' })).not.toBeInTheDocument();
    });
  });

  describe('the status history chart', () => {
    it('sums up the first and the latest status in words, with the latest update in each period', async () => {
      renderAction(
        'LEAD',
        LEAD_PERMISSIONS,
        actionMock({
          // Out of order, and Q2 reported twice: the later Q2 update counts.
          history: [
            anUpdate('u-3', q3, 'AMBER', 45, '2026-11-02T09:00:00Z'),
            anUpdate('u-1', q1, 'GREEN', 30, '2026-07-10T09:00:00Z'),
            anUpdate('u-2b', q2, 'RED', 35, '2026-10-12T09:00:00Z'),
            anUpdate('u-2a', q2, 'GREEN', 40, '2026-10-05T09:00:00Z'),
          ],
        }),
      );

      const figure = await screen.findByRole('figure', {
        name: 'Chart: status of action 1.2 in each reporting period',
      });
      expect(figure).toHaveAccessibleDescription(
        'Status in 2026-27 Q1: Green (30% complete). Latest, in 2026-27 Q3: Amber (45% complete). Every update is in the status history table below.',
      );
      // The drawing: one point per period, labelled with its percentage.
      await waitFor(() => expect(figure.querySelector('svg.recharts-surface')).not.toBeNull());
      await waitFor(() =>
        expect(
          [...figure.querySelectorAll('.recharts-label-list text')].map(
            (label) => label.textContent,
          ),
        ).toEqual(['30%', '35%', '45%']),
      );
      // Every update is still in the table.
      const table = screen.getByRole('table', { name: 'Status history' });
      expect(within(table).getAllByRole('row')).toHaveLength(1 + 4);
    });

    it('says so when there is one update, in Welsh too', async () => {
      renderApp({
        route,
        language: 'cy',
        mocks: [
          meMock(aUser({ role: 'LEAD', preferredLanguage: 'cy' })),
          accountMock(LEAD_PERMISSIONS),
          actionMock(),
          auditMock,
        ],
      });

      const figure = await screen.findByRole('figure', {
        name: 'Siart: statws cam gweithredu 1.2 ym mhob cyfnod adrodd',
      });
      expect(figure).toHaveAccessibleDescription(
        'Un diweddariad hyd yma, yn 2026-27 Q1: Gwyrdd (30% wedi’i gwblhau). Mae hefyd yn nhabl hanes y statws isod.',
      );
    });

    it('is not drawn before the first update', async () => {
      renderAction('LEAD', LEAD_PERMISSIONS, actionMock({ history: [] }));

      expect(
        await screen.findByText('No status updates have been submitted on this action yet.'),
      ).toBeInTheDocument();
      expect(screen.queryByRole('figure')).not.toBeInTheDocument();
    });
  });

  describe('the risks', () => {
    it('lists the open risks linked to the action with their current score and band in words', async () => {
      renderAction(
        'BOARD_MEMBER',
        ['READ'],
        actionMock({ risks: [aRisk('R3', { en: 'Too few nurses', cy: 'Rhy ychydig o nyrsys' })] }),
      );

      const section = await screen.findByRole('region', { name: 'Risks' });
      const [, row] = within(section).getAllByRole('row');
      expect(within(row).getByRole('link', { name: 'Too few nurses' })).toHaveAttribute(
        'href',
        '/risks/risk-R3',
      );
      expect(row).toHaveTextContent('R3');
      expect(row).toHaveTextContent('12 (High)');
    });

    it('says so when none is linked', async () => {
      renderAction('LEAD', LEAD_PERMISSIONS, actionMock());

      const section = await screen.findByRole('region', { name: 'Risks' });
      expect(section).toHaveTextContent('No open risks are linked to this action.');
    });
  });

  describe('raising an update’s risks as a risk', () => {
    const withRisks = (raisedRisks: ReturnType<typeof aRiskLink>[] = []) =>
      anUpdate('u-1', q1, 'AMBER', 30, '2026-07-10T09:00:00Z', {
        risks: text('Recruitment may stall', 'Gallai recriwtio arafu'),
        raisedRisks,
      });
    const raiseLink = () => screen.queryByRole('link', { name: /Raise as a risk/ });

    it('offers the owner a link to raise the risks text as a risk, with the action and update', async () => {
      renderAction('LEAD', LEAD_PERMISSIONS, actionMock({ history: [withRisks()] }));

      const table = await screen.findByRole('table', { name: 'Status history' });
      expect(within(table).getByText('Recruitment may stall')).toBeInTheDocument();
      expect(
        within(table).getByRole('link', { name: 'Raise as a risk from the 2026-27 Q1 update' }),
      ).toHaveAttribute('href', '/risks/raise?action=action-1&update=u-1');
    });

    it('offers it to the operational group on any action', async () => {
      renderAction(
        'PROGRAMME_OFFICE',
        ['READ', 'MANAGE_PLANS', 'REPORT_ON_ANY_ACTION'],
        actionMock({ owners: ['person-2'], history: [withRisks()] }),
      );

      await screen.findByRole('table', { name: 'Status history' });
      expect(raiseLink()).toBeInTheDocument();
    });

    it('does not offer it to a lead who does not answer for the action', async () => {
      renderAction(
        'LEAD',
        LEAD_PERMISSIONS,
        actionMock({ owners: ['person-2'], history: [withRisks()] }),
      );
      await screen.findByText('Recruitment may stall');
      expect(raiseLink()).not.toBeInTheDocument();
    });

    it('does not offer it to a board member named as owner', async () => {
      renderAction('BOARD_MEMBER', ['READ'], actionMock({ history: [withRisks()] }));
      await screen.findByText('Recruitment may stall');
      expect(raiseLink()).not.toBeInTheDocument();
    });

    it('does not offer it when the update says nothing under risks', async () => {
      renderAction('LEAD', LEAD_PERMISSIONS, actionMock());
      await screen.findByRole('table', { name: 'Status history' });
      expect(raiseLink()).not.toBeInTheDocument();
    });

    it('links the risks already raised from the update', async () => {
      const raised = aRiskLink('R7', { en: 'Recruitment stalls', cy: 'Recriwtio’n arafu' });
      renderAction('LEAD', LEAD_PERMISSIONS, actionMock({ history: [withRisks([raised])] }));

      const table = await screen.findByRole('table', { name: 'Status history' });
      expect(within(table).getByRole('link', { name: 'R7: Recruitment stalls' })).toHaveAttribute(
        'href',
        '/risks/risk-R7',
      );
    });
  });
});
