import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { aUser, conflictResult, meMock } from '../../../test/factories';
import { renderApp } from '../../../test/render-app';
import { RISK_APPETITES, SET_RISK_APPETITE } from '../graphql/risks';

const appetite = (category: string, value: number, version = 1) => ({
  __typename: 'RiskAppetite',
  category,
  appetite: value,
  version,
});

const appetitesMock: MockLink.MockedResponse = {
  request: { query: RISK_APPETITES },
  result: { data: { riskAppetites: [appetite('WORKFORCE', 12, 2), appetite('FINANCIAL', 8)] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const setMock = (result: MockLink.MockedResponse['result']): MockLink.MockedResponse => ({
  request: {
    query: SET_RISK_APPETITE,
    variables: { input: { category: 'WORKFORCE', appetite: 10, expectedVersion: 2 } },
  },
  result,
});

async function changeWorkforceTo(value: string) {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Change the Workforce appetite' }));
  const field = screen.getByLabelText('Highest accepted score, 1 to 25');
  await user.clear(field);
  await user.type(field, value);
  await user.click(screen.getByRole('button', { name: 'Save the appetite' }));
}

describe('the risk appetite page', () => {
  it('saves a category’s appetite against the version loaded', async () => {
    renderApp({
      route: '/risks/appetite',
      mocks: [
        meMock(aUser()),
        appetitesMock,
        setMock({ data: { setRiskAppetite: appetite('WORKFORCE', 10, 3) } }),
      ],
    });

    await changeWorkforceTo('10');

    expect(await screen.findByText('The Workforce appetite is now 10.')).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /^Workforce/ })).toHaveTextContent('10');
  });

  it('refuses a score outside 1 to 25', async () => {
    renderApp({ route: '/risks/appetite', mocks: [meMock(aUser()), appetitesMock] });

    await changeWorkforceTo('30');

    expect(
      within(screen.getByRole('alert')).getByRole('link', {
        name: 'Enter a whole number from 1 to 25',
      }),
    ).toHaveAttribute('href', '#appetite');
  });

  it('shows their appetite when someone else changed it first', async () => {
    renderApp({
      route: '/risks/appetite',
      mocks: [
        meMock(aUser()),
        appetitesMock,
        setMock(conflictResult({ category: 'WORKFORCE', appetite: 15, version: 3 }, 3)),
      ],
    });

    await changeWorkforceTo('10');

    const conflict = await screen.findByTestId('conflict-summary');
    expect(within(conflict).getByRole('row', { name: /Highest accepted score/ })).toHaveTextContent(
      '1510',
    );
    expect(screen.queryByText(/is now/)).not.toBeInTheDocument();
  });

  it('lets a viewer read the appetite but not change it, in Welsh', async () => {
    renderApp({
      route: '/risks/appetite',
      language: 'cy',
      mocks: [meMock(aUser({ role: 'VIEWER', preferredLanguage: 'cy' })), appetitesMock],
    });

    expect(await screen.findByRole('row', { name: /^Gweithlu/ })).toHaveTextContent('12');
    expect(screen.queryByRole('button', { name: /Newid archwaeth/ })).not.toBeInTheDocument();
  });
});
