import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { aUser, conflictResult, meMock } from '../../../test/factories';
import { renderApp } from '../../../test/render-app';
import { ANNUAL_PLANS, APPROVE_PLAN } from '../graphql/plans';

const draft = {
  __typename: 'AnnualPlan',
  id: 'plan-2027',
  financialYear: '2027-28',
  title: { __typename: 'BilingualText', en: 'Joint action plan 2027-28', cy: null },
  state: 'DRAFT',
  actionCount: 4,
  startDate: '2027-04-01',
  endDate: '2028-03-31',
  approvedAt: null,
  closedAt: null,
  version: 2,
};

const plansMock: MockLink.MockedResponse = {
  request: { query: ANNUAL_PLANS },
  result: { data: { annualPlans: [draft] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** approvePlan answered with `result`, matched only when the plan's loaded version is sent. */
const approveMock = (result: MockLink.MockedResponse['result']): MockLink.MockedResponse => ({
  request: { query: APPROVE_PLAN, variables: { id: 'plan-2027', expectedVersion: 2 } },
  result,
});

/** The plans page with the draft on it, after pressing its Approve button. */
async function approveAnswered(result: MockLink.MockedResponse['result']) {
  const user = userEvent.setup();
  renderApp({ route: '/plans', mocks: [meMock(aUser()), plansMock, approveMock(result)] });
  await user.click(await screen.findByRole('button', { name: 'Approve the 2027-28 plan' }));
}

describe('approving a plan', () => {
  it('sends the version on screen, and says the plan is approved', async () => {
    await approveAnswered({
      data: { approvePlan: { ...draft, state: 'APPROVED', version: 3, approvedAt: null } },
    });
    expect(await screen.findByText('The 2027-28 plan has been approved.')).toBeInTheDocument();
  });

  it('says in its own, translated words that someone changed the plan meanwhile', async () => {
    await approveAnswered(conflictResult({ ...draft, version: 3 }, 3));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByText(/The 2027-28 plan was changed by someone else/),
    ).toBeInTheDocument();
    expect(screen.queryByText('The 2027-28 plan has been approved.')).not.toBeInTheDocument();
  });
});
