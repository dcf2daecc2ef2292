import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { renderWithProviders } from '../../../test/render-app';
import { RiskHeatMap } from './risk-heat-map';

/** Three risks likely and major (16, extreme), one possible and minor (6, moderate). */
const cells = [
  { likelihood: 4, consequence: 4, count: 3 },
  { likelihood: 3, consequence: 2, count: 1 },
];

function cellText(likelihood: number, consequence: number) {
  const grid = screen.getByTestId('risk-heat-map-grid');
  const cell = grid.querySelector(
    `[data-likelihood="${likelihood}"][data-consequence="${consequence}"]`,
  );
  return cell?.textContent;
}

describe('the risk heat map', () => {
  it('shows each cell’s count and band in words, almost certain at the top', () => {
    renderWithProviders(<RiskHeatMap cells={cells} caption="Open risks" />);

    expect(cellText(4, 4)).toBe('3Extreme');
    expect(cellText(3, 2)).toBe('1Moderate');
    expect(cellText(1, 1)).toBe('0Low');
    expect(cellText(2, 4)).toBe('0High');
    const grid = screen.getByTestId('risk-heat-map-grid');
    const rowLabels = [...grid.querySelectorAll('.app-risk-heat-map__label')].map(
      (label) => label.textContent,
    );
    expect(rowLabels.slice(0, 6)).toEqual([
      'Likelihood',
      '5 Almost certain',
      '4 Likely',
      '3 Possible',
      '2 Unlikely',
      '1 Rare',
    ]);
    expect(screen.getByRole('figure', { name: 'Open risks' })).toHaveAccessibleDescription(
      /Risks counted: 4\./,
    );
  });

  it('has a table with the same counts, with row and column headers', async () => {
    renderWithProviders(<RiskHeatMap cells={cells} caption="Open risks" />);

    await userEvent.setup().click(screen.getByText('Show the heat map as a table'));
    const table = screen.getByRole('table', {
      name: 'Open risks: risks by likelihood (rows) and consequence (columns)',
    });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    expect(headers).toEqual(['1 Negligible', '2 Minor', '3 Moderate', '4 Major', '5 Catastrophic']);
    const likely = within(table).getByRole('row', { name: /^4 Likely/ });
    expect(
      within(likely)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['0, Moderate', '0, High', '0, High', '3, Extreme', '0, Extreme']);
    expect(within(table).getAllByRole('rowheader')[0]).toHaveTextContent('5 Almost certain');
  });

  it('is in Welsh for a Welsh speaker', () => {
    renderWithProviders(<RiskHeatMap cells={cells} caption="Risgiau agored" />, {
      language: 'cy',
    });

    expect(cellText(4, 4)).toBe('3Eithafol');
    expect(cellText(3, 2)).toBe('1Cymedrol');
    expect(
      within(screen.getByTestId('risk-heat-map-grid')).getByText('5 Bron yn sicr'),
    ).toBeInTheDocument();
    expect(screen.getByText('Dangos y map gwres fel tabl')).toBeInTheDocument();
    expect(
      screen.getByRole('columnheader', { hidden: true, name: '5 Trychinebus' }),
    ).toBeInTheDocument();
  });
});
