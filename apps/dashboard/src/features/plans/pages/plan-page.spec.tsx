import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { aUser, meMock } from '../../../test/factories';
import { renderApp } from '../../../test/render-app';
import { planPartnershipMocks } from '../../partnership/testing/partnership-mocks';
import { ANNUAL_PLANS, CARRY_FORWARD_ACTIONS, PLAN_ACTIONS } from '../graphql/plans';

const route = '/plans/2026-27';
const text = (en: string | null, cy: string | null) => ({ __typename: 'BilingualText', en, cy });

function aPlan(startYear: number, state: string) {
  const year = `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`;
  return {
    __typename: 'AnnualPlan',
    id: `plan-${startYear}`,
    financialYear: year,
    title: text(`Joint action plan ${year}`, `Cynllun gweithredu ar y cyd ${year}`),
    state,
    actionCount: 4,
    startDate: `${startYear}-04-01`,
    endDate: `${startYear + 1}-03-31`,
    approvedAt: null,
    closedAt: null,
    version: 1,
  };
}

const link = (id: string, reference: string, startYear: number) => ({
  __typename: 'Action',
  id,
  reference,
  plan: { __typename: 'AnnualPlan', id: `plan-${startYear}`, financialYear: `${startYear}-28` },
});

function anAction(
  reference: string,
  rag: string | null,
  carriedForwardTo: ReturnType<typeof link> | null = null,
) {
  return {
    __typename: 'Action',
    id: `action-${reference}`,
    reference,
    title: text(`Action ${reference}`, `Cam ${reference}`),
    area: { __typename: 'StrategicArea', id: 'area-4', number: 4, title: text('Area 4', null) },
    leadOrganisation: 'HEIW',
    owners: [{ __typename: 'Person', id: 'person-1', name: 'Ceri Morgan' }],
    currentStatus: rag && { __typename: 'StatusUpdate', id: `status-${reference}`, rag },
    carriedForwardFrom: null,
    carriedForwardTo,
  };
}

const plansMock: MockLink.MockedResponse = {
  request: { query: ANNUAL_PLANS },
  result: { data: { annualPlans: [aPlan(2027, 'DRAFT'), aPlan(2026, 'APPROVED')] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const actionsMock: MockLink.MockedResponse = {
  request: { query: PLAN_ACTIONS, variables: { planId: 'plan-2026' } },
  result: {
    data: {
      actions: {
        __typename: 'ActionConnection',
        totalCount: 4,
        pageInfo: { __typename: 'PageInfo', endCursor: 'c4', hasNextPage: false },
        edges: [
          anAction('4.1', 'AMBER'),
          anAction('4.2', 'COMPLETE'),
          anAction('4.3', 'GREEN', link('action-4.3-next', '4.3', 2027)),
          anAction('4.4', null),
        ].map((node) => ({ __typename: 'ActionEdge', cursor: node.id, node })),
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function carryMock(actionIds: string[], result: MockLink.MockedResponse['result']) {
  return {
    request: {
      query: CARRY_FORWARD_ACTIONS,
      variables: { input: { actionIds, targetPlanId: 'plan-2027' } },
    },
    result,
  };
}

describe('carrying actions forward from a plan', () => {
  it('offers only unfinished actions not yet carried, and carries the selected ones', async () => {
    const user = userEvent.setup();
    renderApp({
      route,
      mocks: [
        meMock(aUser()),
        plansMock,
        actionsMock,
        ...planPartnershipMocks('2026-27', 'plan-2026'),
        carryMock(['action-4.4', 'action-4.1'], {
          data: {
            carryForwardActions: ['4.4', '4.1'].map((reference) => ({
              __typename: 'Action',
              id: `new-${reference}`,
              reference,
              title: text(`Action ${reference}`, null),
              carriedForwardFrom: {
                __typename: 'Action',
                id: `action-${reference}`,
                reference,
              },
            })),
          },
        }),
      ],
    });

    expect(
      await screen.findByRole('heading', { name: 'Carry actions forward into 2027-28' }),
    ).toBeInTheDocument();
    await screen.findByRole('checkbox', { name: 'Select action 4.1 to carry forward' });
    expect(screen.getAllByRole('checkbox').map((box) => box.getAttribute('value'))).toEqual([
      'action-4.1',
      'action-4.4',
    ]);
    const complete = screen.getByRole('row', { name: /Action 4\.2/ });
    expect(within(complete).getByText('Complete', { selector: 'span' })).toBeInTheDocument();
    const carried = screen.getByRole('row', { name: /Action 4\.3/ });
    expect(within(carried).getByRole('link', { name: 'To 2027-28 as 4.3' })).toHaveAttribute(
      'href',
      '/actions/action-4.3-next',
    );

    await user.click(screen.getByRole('checkbox', { name: 'Select action 4.4 to carry forward' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select action 4.1 to carry forward' }));
    await user.click(
      screen.getByRole('button', {
        name: 'Carry forward the selected actions (2) into 2027-28',
      }),
    );

    const banner = await screen.findByText('Actions carried forward into the 2027-28 plan: 2');
    const notice = banner.closest('.govuk-notification-banner') as HTMLElement;
    expect(
      within(notice).getByRole('link', { name: 'Action 4.4 in the 2027-28 plan' }),
    ).toHaveAttribute('href', '/actions/new-4.4');
    expect(
      within(notice).getByRole('link', { name: 'Action 4.1 in the 2027-28 plan' }),
    ).toHaveAttribute('href', '/actions/new-4.1');
  });

  it('shows the API’s refusal in the error summary, linked to the selection', async () => {
    const user = userEvent.setup();
    renderApp({
      route,
      mocks: [
        meMock(aUser()),
        plansMock,
        actionsMock,
        ...planPartnershipMocks('2026-27', 'plan-2026'),
        carryMock(['action-4.1'], {
          errors: [
            {
              message: 'Action 4.1 is complete and needs no carrying forward',
              extensions: {
                code: 'BAD_USER_INPUT',
                field: 'actionIds',
                problems: [
                  {
                    field: 'actionIds',
                    message: 'Action 4.1 is complete and needs no carrying forward',
                  },
                ],
              },
            },
          ],
        }),
      ],
    });

    await user.click(
      await screen.findByRole('checkbox', { name: 'Select action 4.1 to carry forward' }),
    );
    await user.click(
      screen.getByRole('button', { name: 'Carry forward the selected actions (1) into 2027-28' }),
    );

    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', {
        name: 'Action 4.1 is complete and needs no carrying forward',
      }),
    ).toHaveAttribute('href', '#carry-forward-select');
    expect(document.getElementById('carry-forward-select')).toHaveAttribute('value', 'action-4.1');
    expect(screen.queryByText(/Actions carried forward into/)).not.toBeInTheDocument();
  });

  it('shows the partnership consultation check and the engagement on the plan', async () => {
    renderApp({
      route,
      mocks: [
        meMock(aUser()),
        plansMock,
        actionsMock,
        ...planPartnershipMocks('2026-27', 'plan-2026'),
      ],
    });

    expect(
      await screen.findByText('No action in this plan is tagged for partnership consultation.'),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Engagement with social partners' }),
    ).toBeInTheDocument();
  });

  it('asks for a selection before calling the API', async () => {
    const user = userEvent.setup();
    renderApp({
      route,
      mocks: [
        meMock(aUser()),
        plansMock,
        actionsMock,
        ...planPartnershipMocks('2026-27', 'plan-2026'),
      ],
    });

    await user.click(
      await screen.findByRole('button', {
        name: 'Carry forward the selected actions (0) into 2027-28',
      }),
    );

    expect(
      within(await screen.findByRole('alert')).getByRole('link', {
        name: 'Select at least one action to carry forward',
      }),
    ).toBeInTheDocument();
  });
});
