import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';

import { App } from '../../../app';
import { aUser, meMock } from '../../../test/factories';
import { renderWithProviders } from '../../../test/render-app';
import { riskFilterParams, riskFiltersFrom } from '../hooks/use-risk-filters';
import {
  aRiskRow,
  riskFilterOptionsMock,
  riskOwnerChoicesMock,
  riskProfileMock,
  risksMock,
  riskVariables,
  text,
} from '../testing/risk-mocks';

function Location() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

function renderRegister(
  route: string,
  mocks: MockLink.MockedResponse[],
  language: 'en' | 'cy' = 'en',
) {
  return renderWithProviders(
    <>
      <App />
      <Location />
    </>,
    {
      route,
      language,
      mocks: [
        meMock(aUser({ preferredLanguage: language })),
        riskFilterOptionsMock,
        riskOwnerChoicesMock,
        ...mocks,
      ],
    },
  );
}

const everything = riskVariables();
const cells = [
  { likelihood: 4, consequence: 4, count: 1 },
  { likelihood: 2, consequence: 3, count: 1 },
];
/** An issue, closed last month, never reviewed since it was recorded. */
const funding = aRiskRow({
  id: 'risk-2',
  reference: 'R2',
  kind: 'ISSUE',
  category: 'FINANCIAL',
  title: text('Funding confirmed late', 'Cyllid wedi’i gadarnhau’n hwyr'),
  current: { __typename: 'RiskScore', likelihood: 2, consequence: 3, score: 6, band: 'MODERATE' },
  target: null,
  reviewOverdue: false,
  escalation: { __typename: 'RiskEscalation', on: '2026-10-02' },
  aboveAppetite: false,
  awaitingEscalation: false,
  previous: null,
});

describe('the risk register', () => {
  it('shows the counts, the heat map and each risk with its score and band in words', async () => {
    renderRegister('/risks', [
      riskProfileMock(everything, cells, { aboveAppetite: 1, awaitingEscalation: 1 }),
      risksMock(everything, [aRiskRow(), funding]),
    ]);

    const table = await screen.findByRole('table', { name: 'Risks, highest current score first' });
    const counts = within(screen.getByTestId('risk-counts'));
    expect(counts.getByText('Above appetite').nextSibling).toHaveTextContent('1');
    expect(counts.getByText('Risks').nextSibling).toHaveTextContent('2');
    expect(
      screen.getByRole('figure', { name: 'Heat map of these risks by current score' }),
    ).toBeInTheDocument();

    const nurses = within(table).getByRole('row', { name: /^R1/ });
    expect(
      within(nurses)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      'Not enough registered nurses',
      'Workforce',
      'Ceri Morgan',
      '16 Extreme',
      '6 Moderateby 31 March 2027',
      '↑ Up from 12',
      '30 November 2026 Overdue',
      'No',
      'Above appetiteNot yet escalated',
    ]);
    expect(within(nurses).getByRole('link')).toHaveAttribute('href', '/risks/risk-1');
    const issue = within(table).getByRole('row', { name: /^R2/ });
    expect(issue).toHaveTextContent('Issue');
    expect(issue).toHaveTextContent('No earlier review');
    expect(issue).toHaveTextContent('Escalated on 2 October 2026');
    expect(issue).toHaveTextContent('Within appetite');
    expect(screen.getByText('Showing 2 of 2 risks')).toBeInTheDocument();
  });

  it('writes the chosen filters to the address and asks for those risks', async () => {
    const filtered = riskVariables({
      areaId: 'area-4',
      ownerId: 'person-2',
      band: 'EXTREME',
      reviewOverdue: true,
      state: null,
    });
    renderRegister('/risks', [
      riskProfileMock(everything, cells),
      risksMock(everything, [aRiskRow(), funding]),
      riskProfileMock(filtered, [{ likelihood: 4, consequence: 4, count: 1 }]),
      risksMock(filtered, [aRiskRow()]),
    ]);
    const user = userEvent.setup();
    await screen.findByRole('table', { name: 'Risks, highest current score first' });

    await user.selectOptions(screen.getByLabelText('Strategic area'), 'Area 4: Workforce data');
    // The owners are asked for after the register and drawn when the browser is free, in a new
    // select: found afresh each try.
    const owner = () => screen.getByLabelText('Owner');
    await waitFor(() =>
      expect(within(owner()).getByRole('option', { name: 'Nia Williams' })).toBeInTheDocument(),
    );
    await user.selectOptions(owner(), 'Nia Williams');
    await user.selectOptions(screen.getByLabelText('Current score band'), 'Extreme');
    await user.selectOptions(screen.getByLabelText('Review overdue'), 'Yes');
    await user.selectOptions(screen.getByLabelText('Open or closed'), 'Any');
    await user.click(screen.getByRole('button', { name: 'Show risks' }));

    expect(screen.getByTestId('location')).toHaveTextContent(
      '/risks?area=4&owner=person-2&band=EXTREME&reviewOverdue=yes&state=ALL',
    );
    expect(await screen.findByText('Showing 1 of 1 risks')).toBeInTheDocument();
    expect(screen.queryByRole('row', { name: /^R2/ })).not.toBeInTheDocument();
  });

  it('reads the filters from the address and shows them as chosen', async () => {
    const closedIssues = riskVariables({ category: 'FINANCIAL', state: 'CLOSED', kind: 'ISSUE' });
    renderRegister('/risks?category=FINANCIAL&state=CLOSED&kind=ISSUE', [
      riskProfileMock(closedIssues, cells),
      risksMock(closedIssues, [funding]),
    ]);

    // A text query while waiting: a role query over the whole page takes seconds a try in jsdom
    // on a loaded machine.
    expect(await screen.findByText('Funding confirmed late')).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /^R2/ })).toBeInTheDocument();
    expect(screen.getByLabelText('Category')).toHaveDisplayValue('Financial');
    expect(screen.getByLabelText('Open or closed')).toHaveDisplayValue('Closed');
    expect(screen.getByLabelText('Risk or issue')).toHaveDisplayValue('Issue');
    expect(screen.getByLabelText('Escalated to the board')).toHaveDisplayValue('Any');
  });

  it('shows more risks a page at a time', async () => {
    renderRegister('/risks', [
      riskProfileMock(everything, cells),
      risksMock(everything, [aRiskRow()], {
        totalCount: 2,
        endCursor: 'cursor-25',
        hasNextPage: true,
      }),
      risksMock(everything, [funding], { totalCount: 2, after: 'cursor-25' }),
    ]);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Show more risks' }));

    expect(await screen.findByText('Funding confirmed late')).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /^R2/ })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /^R1/ })).toBeInTheDocument();
    expect(screen.getByText('Showing 2 of 2 risks')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show more risks' })).not.toBeInTheDocument();
  });

  it('is in Welsh for a Welsh speaker', async () => {
    renderRegister(
      '/risks',
      [riskProfileMock(everything, cells), risksMock(everything, [aRiskRow()])],
      'cy',
    );

    const row = await screen.findByRole('row', { name: /^R1/ });
    expect(row).toHaveTextContent('Dim digon o nyrsys cofrestredig');
    expect(row).toHaveTextContent('16 Eithafol');
    expect(row).toHaveTextContent('Gweithlu');
    expect(row).toHaveTextContent('30 Tachwedd 2026 Hwyr');
    expect(screen.getByRole('link', { name: 'Risgiau' })).toHaveAttribute('href', '/risks');
  });
});

describe('the register filters in the address', () => {
  it('round-trip, leaving out open (the default) and ignoring what is unknown', () => {
    const filters = riskFiltersFrom(
      new URLSearchParams('area=2&band=HUGE&escalated=no&aboveAppetite=yes&kind=ISSUE'),
    );
    expect(filters).toMatchObject({
      area: 2,
      band: null,
      escalated: false,
      aboveAppetite: true,
      state: 'OPEN',
      kind: 'ISSUE',
    });
    expect(riskFilterParams(filters).toString()).toBe(
      'area=2&escalated=no&aboveAppetite=yes&kind=ISSUE',
    );
  });
});
