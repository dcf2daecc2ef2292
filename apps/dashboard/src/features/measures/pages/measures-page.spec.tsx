import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';

import { App } from '../../../app';
import { aUser, meMock } from '../../../test/factories';
import { renderWithProviders } from '../../../test/render-app';
import { ROWS_PER_PAGE } from '../../../ui/pagination';
import { MEASURE_AREAS, MEASURE_PAGE } from '../graphql/measures';
import { aFigure, anArea, aPoint, measurePageMocks, measureText } from '../testing/measure-mocks';

function Location() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

const areas = [anArea(4, 'Workforce data', 'Data’r gweithlu'), anArea(5, 'Well-being', 'Llesiant')];

const areasMock: MockLink.MockedResponse = {
  request: { query: MEASURE_AREAS },
  result: { data: { strategicAreas: areas } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** Sickness absence, lower is better: 8.4% then 7.9%, against a target of 6%. */
const sickness = {
  __typename: 'Measure',
  id: 'measure-1',
  reference: 'M5.1',
  name: measureText('Sickness absence rate', 'Cyfradd absenoldeb salwch'),
  unit: 'PERCENTAGE',
  direction: 'LOWER_IS_BETTER',
  frequency: 'QUARTERLY',
  contextual: false,
  areas: [areas[1]],
  latest: aFigure('2026-07-01', { value: 7.9, rag: 'RED' }),
  trend: { __typename: 'MeasureTrends', sincePrevious: 'IMPROVING', sinceBaseline: 'WORSENING' },
  recentFigures: [aPoint('2026-04-01', 8.4), aPoint('2026-07-01', 7.9)],
};

/** A count without a target and no figure yet. */
const vacancies = {
  ...sickness,
  id: 'measure-2',
  reference: 'M4.2',
  name: measureText('Social care vacancies', null),
  unit: 'NUMBER',
  direction: 'HIGHER_IS_BETTER',
  contextual: true,
  areas: [areas[0], areas[1]],
  latest: null,
  trend: { __typename: 'MeasureTrends', sincePrevious: null, sinceBaseline: null },
  recentFigures: [],
};

/** `count` measures with figures, M9.1 onwards: more than a page of them. */
const manyMeasures = (count: number) =>
  Array.from({ length: count }, (_, index) => ({
    ...sickness,
    id: `measure-many-${index + 1}`,
    reference: `M9.${index + 1}`,
  }));

function renderList(
  route: string,
  mocks: MockLink.MockedResponse[],
  language: 'en' | 'cy' = 'en',
  role: 'LEAD' | 'VIEWER' = 'LEAD',
) {
  return renderWithProviders(
    <>
      <App />
      <Location />
    </>,
    {
      route,
      language,
      mocks: [meMock(aUser({ role, preferredLanguage: language })), areasMock, ...mocks],
    },
  );
}

describe('the measures page', () => {
  it('lists every measure with its latest figure, target, RAG in words and direction of travel', async () => {
    renderList('/measures', [...measurePageMocks(null, [sickness, vacancies])]);

    const table = await screen.findByRole('table', { name: 'Measures and their latest figures' });
    expect(screen.getByText('Measures: 2')).toBeInTheDocument();
    const row = within(table).getByRole('row', { name: /M5\.1/ });
    const cells = within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells.slice(0, 7)).toEqual([
      'Sickness absence rate',
      'Area 5',
      '7.9%',
      '2026-27 Q2',
      '6%',
      '▲Red',
      // Lower is better: an improvement is a fall, which the arrow's text alternative says.
      '↓Improving (the figure fell)',
    ]);
    expect(cells[7]).toBe('↑Worsening (the figure rose)');
    expect(within(row).getByRole('link', { name: 'Sickness absence rate' })).toHaveAttribute(
      'href',
      '/measures/measure-1',
    );
    // The sparkline's text alternative gives the figures it draws.
    expect(
      within(row).getByRole('img', { name: 'Recent figures: 2026-27 Q1 8.4%, 2026-27 Q2 7.9%' }),
    ).toBeInTheDocument();

    const empty = within(table).getByRole('row', { name: /M4\.2/ });
    expect(empty).toHaveTextContent('Area 4, Area 5');
    expect(empty).toHaveTextContent('No figure');
    expect(empty).toHaveTextContent('No target');
    expect(empty).toHaveTextContent('Not enough figures');
    expect(within(empty).queryByRole('img')).not.toBeInTheDocument();
  });

  it('shows one area’s measures from the address, and writes the chosen area to it', async () => {
    const user = userEvent.setup();
    renderList('/measures?area=5', [
      ...measurePageMocks('area-5', [sickness]),
      ...measurePageMocks(null, [sickness, vacancies]),
    ]);

    expect(
      await screen.findByRole('table', { name: 'Measures of area 5 and their latest figures' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Strategic area')).toHaveValue('5');

    await user.selectOptions(screen.getByLabelText('Strategic area'), '');
    await user.click(screen.getByRole('button', { name: 'Show measures' }));
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/measures$/);
    expect(await screen.findByText('Measures: 2')).toBeInTheDocument();
    expect(
      screen.getByRole('table', { name: 'Measures and their latest figures' }),
    ).toBeInTheDocument();
  });

  it('filters by well-being goals kept in the address, keeping the area', async () => {
    const user = userEvent.setup();
    renderList('/measures?area=5&goal=HEALTHIER', [
      ...measurePageMocks('area-5', [sickness], ['HEALTHIER']),
      ...measurePageMocks('area-5', [], ['RESILIENT', 'HEALTHIER']),
    ]);

    expect(await screen.findByText('Measures: 1')).toBeInTheDocument();
    const goals = screen.getByRole('group', { name: 'Well-being goals' });
    expect(within(goals).getByRole('checkbox', { name: 'A healthier Wales' })).toBeChecked();
    await user.click(within(goals).getByRole('checkbox', { name: 'A resilient Wales' }));
    await user.click(screen.getByRole('button', { name: 'Show measures' }));

    expect(screen.getByTestId('location')).toHaveTextContent(
      '/measures?area=5&goal=RESILIENT&goal=HEALTHIER',
    );
    expect(
      await screen.findByText('No measures are tagged with any of the goals selected.'),
    ).toBeInTheDocument();
  });

  it('shows 50 measures a page, with sparklines for that page’s measures only', async () => {
    const user = userEvent.setup();
    renderList('/measures', measurePageMocks(null, manyMeasures(120)));

    const table = await screen.findByRole('table', { name: 'Measures and their latest figures' });
    const bodyRows = () => within(table).getAllByRole('row').slice(1);
    expect(screen.getByText('Measures: 120')).toBeInTheDocument();
    expect(bodyRows()).toHaveLength(50);
    expect(bodyRows()[0]).toHaveTextContent('M9.1');
    expect(within(table).getAllByRole('img', { name: /^Recent figures/ })).toHaveLength(50);
    expect(screen.getByText('Showing 1 to 50 of 120')).toBeInTheDocument();

    const pages = screen.getByRole('navigation', { name: 'Pages of results' });
    await user.click(within(pages).getByRole('link', { name: 'Next page' }));
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/measures\?page=2$/);
    // The API sends each page: the first stays until the second arrives.
    await waitFor(() => expect(bodyRows()[0]).toHaveTextContent('M9.51'));
    expect(bodyRows()).toHaveLength(50);
    // The new rows are above the links: the reader is taken to where the list starts.
    expect(screen.getByText('Measures: 120')).toHaveFocus();

    await user.click(within(pages).getByRole('link', { name: 'Page 3' }));
    await waitFor(() => expect(bodyRows()).toHaveLength(20));
    expect(bodyRows()[0]).toHaveTextContent('M9.101');
    expect(screen.getByText('Showing 101 to 120 of 120')).toBeInTheDocument();
  });

  it('takes an address past the last page to the last page', async () => {
    renderList('/measures?page=9', [
      ...measurePageMocks(null, manyMeasures(120)),
      {
        request: {
          query: MEASURE_PAGE,
          variables: { areaId: null, offset: 400, limit: ROWS_PER_PAGE },
        },
        result: {
          data: { measurePage: { __typename: 'MeasurePage', totalCount: 120, measures: [] } },
        },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
    ]);

    // A text query while waiting: a role query over the whole page takes seconds a try in jsdom
    // on a loaded machine, and timed out in CI.
    expect(await screen.findByText('Showing 101 to 120 of 120')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Measures and their latest figures' });
    await waitFor(() => expect(within(table).getAllByRole('row')[1]).toHaveTextContent('M9.101'));
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/measures\?page=3$/);
  });

  it('goes back to the first page when the filters change', async () => {
    const user = userEvent.setup();
    renderList('/measures?page=2', [
      ...measurePageMocks(null, manyMeasures(120)),
      ...measurePageMocks('area-5', manyMeasures(60)),
    ]);

    expect(await screen.findByText('Showing 51 to 100 of 120')).toBeInTheDocument();
    // Arriving at a page from elsewhere is not moving between pages: focus stays where it was.
    expect(screen.getByText('Measures: 120')).not.toHaveFocus();
    await user.selectOptions(screen.getByLabelText('Strategic area'), '5');
    await user.click(screen.getByRole('button', { name: 'Show measures' }));

    expect(screen.getByTestId('location')).toHaveTextContent(/^\/measures\?area=5$/);
    expect(await screen.findByText('Showing 1 to 50 of 60')).toBeInTheDocument();
    const table = screen.getByRole('table', {
      name: 'Measures of area 5 and their latest figures',
    });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('M9.1');
  });

  it('is in Welsh for Welsh speakers', async () => {
    renderList('/measures', [...measurePageMocks(null, [sickness])], 'cy');

    const table = await screen.findByRole('table', { name: 'Mesurau a’u ffigurau diweddaraf' });
    const row = within(table).getByRole('row', { name: /M5\.1/ });
    expect(row).toHaveTextContent('Cyfradd absenoldeb salwch');
    expect(row).toHaveTextContent('2026-27 Ch2');
    expect(row).toHaveTextContent('▲Coch');
    expect(row).toHaveTextContent('↓Yn gwella (gostyngodd y ffigur)');
    expect(screen.getByRole('heading', { level: 1, name: 'Mesurau' })).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Rhoi llawer o ffigurau ar unwaith o daenlen' }),
    ).toHaveAttribute('href', '/measures/import');
  });

  it('pages the list in Welsh', async () => {
    renderList('/measures?page=2', measurePageMocks(null, manyMeasures(120)), 'cy');

    expect(await screen.findByText('Yn dangos 51 i 100 o 120')).toBeInTheDocument();
    expect(
      within(screen.getByRole('navigation', { name: 'Tudalennau canlyniadau' })).getByRole('link', {
        name: 'Tudalen 1',
      }),
    ).toHaveAttribute('href', '/measures');
  });

  it('offers the measure-values sheet to those who report figures only', async () => {
    const { unmount } = renderList('/measures', [...measurePageMocks(null, [sickness])]);
    expect(
      await screen.findByRole('link', { name: 'Give many figures at once from a spreadsheet' }),
    ).toHaveAttribute('href', '/measures/import');
    unmount();

    renderList('/measures', [...measurePageMocks(null, [sickness])], 'en', 'VIEWER');
    expect(await screen.findByText('Measures: 1')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /figures at once/ })).not.toBeInTheDocument();
  });

  it('is in the main menu', async () => {
    renderList('/measures', [...measurePageMocks(null, [])]);
    expect(await screen.findByText('There are no measures yet.')).toBeInTheDocument();
    expect(
      within(screen.getByRole('navigation', { name: 'Menu' })).getByRole('link', {
        name: 'Measures',
      }),
    ).toHaveAttribute('href', '/measures');
  });
});
