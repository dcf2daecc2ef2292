import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';

import { renderWithProviders } from '../test/render-app';
import { Pagination, usePageOfRows } from './pagination';

const ROWS = Array.from({ length: 230 }, (_, index) => `row ${index + 1}`);

function Location() {
  const location = useLocation();
  return <output data-testid="location">{location.search}</output>;
}

function PaginatedList({ rows = ROWS }: { rows?: string[] }) {
  const page = usePageOfRows(rows);
  return (
    <>
      <ul aria-label="Rows">
        {page.rows.map((row) => (
          <li key={row}>{row}</li>
        ))}
      </ul>
      <Pagination of={page} />
      <Location />
    </>
  );
}

describe('Pagination', () => {
  it('shows the first 50 rows and moves through the pages by links that keep the filters', async () => {
    renderWithProviders(<PaginatedList />, { route: '/measures?area=4' });
    const rows = () => within(screen.getByRole('list', { name: 'Rows' })).getAllByRole('listitem');
    expect(rows()).toHaveLength(50);
    expect(rows()[0]).toHaveTextContent('row 1');
    expect(screen.getByText('Showing 1 to 50 of 230')).toBeInTheDocument();
    const pages = screen.getByRole('navigation', { name: 'Pages of results' });
    expect(within(pages).getByRole('link', { name: 'Page 1' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(pages).queryByRole('link', { name: /Previous/ })).not.toBeInTheDocument();

    await userEvent.click(within(pages).getByRole('link', { name: 'Next page' }));
    expect(screen.getByTestId('location')).toHaveTextContent('?area=4&page=2');
    expect(rows()[0]).toHaveTextContent('row 51');

    await userEvent.click(within(pages).getByRole('link', { name: 'Page 5' }));
    expect(rows()).toHaveLength(30);
    expect(screen.getByText('Showing 201 to 230 of 230')).toBeInTheDocument();
    expect(within(pages).queryByRole('link', { name: /Next/ })).not.toBeInTheDocument();

    await userEvent.click(within(pages).getByRole('link', { name: 'Page 1' }));
    expect(screen.getByTestId('location')).toHaveTextContent('?area=4');
  });

  it('shows the last page for an address past the end, and nothing for a short list', () => {
    const { unmount } = renderWithProviders(<PaginatedList />, { route: '/?page=99' });
    expect(screen.getByText('Showing 201 to 230 of 230')).toBeInTheDocument();
    unmount();
    renderWithProviders(<PaginatedList rows={ROWS.slice(0, 50)} />);
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });

  it('pages two lists of one screen on their own, each by its own parameter', async () => {
    function TwoLists() {
      const people = usePageOfRows(ROWS, { parameter: 'people' });
      const owners = usePageOfRows(ROWS, { parameter: 'owners' });
      return (
        <>
          <ul aria-label="People">
            {people.rows.map((row) => (
              <li key={row}>{row}</li>
            ))}
          </ul>
          <Pagination of={people} label="Pages of people" />
          <ul aria-label="Owners">
            {owners.rows.map((row) => (
              <li key={row}>{row}</li>
            ))}
          </ul>
          <Pagination of={owners} label="Pages of owners" />
          <Location />
        </>
      );
    }
    renderWithProviders(<TwoLists />, { route: '/round?owners=3' });
    const firstOf = (name: string) =>
      within(screen.getByRole('list', { name })).getAllByRole('listitem')[0];
    expect(firstOf('People')).toHaveTextContent('row 1');
    expect(firstOf('Owners')).toHaveTextContent('row 101');

    const people = screen.getByRole('navigation', { name: 'Pages of people' });
    await userEvent.click(within(people).getByRole('link', { name: 'Next page' }));
    expect(screen.getByTestId('location')).toHaveTextContent('?owners=3&people=2');
    expect(firstOf('People')).toHaveTextContent('row 51');
    expect(firstOf('Owners')).toHaveTextContent('row 101');
  });

  it('speaks Welsh', () => {
    renderWithProviders(<PaginatedList />, { route: '/?page=2', language: 'cy' });
    const pages = screen.getByRole('navigation', { name: 'Tudalennau canlyniadau' });
    expect(within(pages).getByRole('link', { name: 'Blaenorol (tudalen)' })).toBeInTheDocument();
    expect(within(pages).getByRole('link', { name: 'Tudalen 3' })).toBeInTheDocument();
    expect(screen.getByText('Yn dangos 51 i 100 o 230')).toBeInTheDocument();
  });
});
