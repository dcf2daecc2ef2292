import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';

import { App } from '../../../app';
import { aUser, meMock } from '../../../test/factories';
import { renderApp, renderWithProviders } from '../../../test/render-app';
import { aMeetingRow, forumChoicesMock, meetingScheduleMocks } from '../testing/meeting-mocks';

function Location() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

/** One meeting to come and `count` past ones, a month apart from January 2015, oldest first. */
function manyMeetings(count: number) {
  const past = Array.from({ length: count }, (_, index) => {
    const day = new Date(Date.UTC(2015, index, 10)).toISOString().slice(0, 10);
    return aMeetingRow(
      `meeting-${day}`,
      `${day}T09:00:00.000Z`,
      `${day}T11:00:00.000Z`,
      'MINUTES_APPROVED',
    );
  });
  const next = aMeetingRow(
    'meeting-next',
    '2099-05-20T09:00:00.000Z',
    '2099-05-20T11:00:00.000Z',
    'SCHEDULED',
  );
  return [...past, next];
}

function renderList(route: string, mocks = meetingScheduleMocks(null, manyMeetings(120))) {
  return renderWithProviders(
    <>
      <App />
      <Location />
    </>,
    { route, mocks: [meMock(aUser({ role: 'VIEWER' })), forumChoicesMock, ...mocks] },
  );
}

/** The rows of a table but its header row. */
const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);

describe('the meetings page', () => {
  it('lists meetings to come, then past ones, and offers scheduling to the operational group', async () => {
    renderApp({
      route: '/meetings',
      mocks: [
        meMock(aUser({ role: 'PROGRAMME_OFFICE' })),
        forumChoicesMock,
        ...meetingScheduleMocks(),
      ],
    });
    const upcoming = await screen.findByRole('table', { name: 'Coming up' });
    expect(within(upcoming).getByRole('link', { name: 'Joint Board 2099-05-20' })).toHaveAttribute(
      'href',
      '/meetings/meeting-next',
    );
    const past = screen.getByRole('table', { name: 'Past meetings' });
    expect(within(past).getByText('Minutes approved')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Schedule a meeting' })).toHaveAttribute(
      'href',
      '/meetings/new',
    );
    // One page of past meetings: no page links.
    expect(screen.queryByRole('navigation', { name: 'Pages of results' })).not.toBeInTheDocument();
  });

  it('does not offer scheduling to a viewer', async () => {
    renderApp({
      route: '/meetings',
      mocks: [meMock(aUser({ role: 'VIEWER' })), forumChoicesMock, ...meetingScheduleMocks()],
    });
    await screen.findByRole('table', { name: 'Coming up' });
    expect(screen.queryByRole('button', { name: 'Schedule a meeting' })).not.toBeInTheDocument();
  });

  it('shows past meetings 50 a page, most recent first, with those to come above every page', async () => {
    const user = userEvent.setup();
    renderList('/meetings');

    const past = await screen.findByRole('table', { name: 'Past meetings' });
    expect(bodyRows(past)).toHaveLength(50);
    expect(bodyRows(past)[0]).toHaveTextContent('Joint Board 2024-12-10');
    expect(screen.getByText('Showing 1 to 50 of 120')).toBeInTheDocument();

    const pages = screen.getByRole('navigation', { name: 'Pages of results' });
    await user.click(within(pages).getByRole('link', { name: 'Next page' }));
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/meetings\?page=2$/);
    // The API sends the next page.
    await waitFor(() =>
      expect(bodyRows(screen.getByRole('table', { name: 'Past meetings' }))[0]).toHaveTextContent(
        'Joint Board 2020-10-10',
      ),
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Past meetings' })).toHaveFocus();
    const upcoming = screen.getByRole('table', { name: 'Coming up' });
    expect(bodyRows(upcoming)).toHaveLength(1);
    expect(upcoming).toHaveTextContent('Joint Board 2099-05-20');

    await user.click(within(pages).getByRole('link', { name: 'Page 3' }));
    await waitFor(() =>
      expect(bodyRows(screen.getByRole('table', { name: 'Past meetings' }))).toHaveLength(20),
    );
    expect(screen.getByText('Showing 101 to 120 of 120')).toBeInTheDocument();
  });

  it('takes an address past the last page of past meetings to the last page', async () => {
    const pages = meetingScheduleMocks(null, manyMeetings(120));
    const [first] = pages;
    renderList('/meetings?page=9', [
      ...pages,
      {
        ...first,
        request: { ...first.request, variables: { forumId: null, pastOffset: 400, pastLimit: 50 } },
        result: {
          data: {
            meetingSchedule: {
              ...(first.result as { data: { meetingSchedule: object } }).data.meetingSchedule,
              past: [],
            },
          },
        },
      },
    ]);

    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent(/^\/meetings\?page=3$/),
    );
    await waitFor(() =>
      expect(bodyRows(screen.getByRole('table', { name: 'Past meetings' }))).toHaveLength(20),
    );
    expect(screen.getByText('Showing 101 to 120 of 120')).toBeInTheDocument();
  });

  it('goes back to the first page when another forum is chosen', async () => {
    const user = userEvent.setup();
    renderList('/meetings?page=3', [
      ...meetingScheduleMocks(null, manyMeetings(120)),
      ...meetingScheduleMocks('forum-joint', manyMeetings(60)),
    ]);

    expect(await screen.findByText('Showing 101 to 120 of 120')).toBeInTheDocument();
    // The forum filter draws once its choices arrive, which may be after the list.
    await user.selectOptions(await screen.findByLabelText('Forum'), 'forum-joint');
    await user.click(screen.getByRole('button', { name: 'Show meetings' }));

    expect(screen.getByTestId('location')).toHaveTextContent(/^\/meetings\?forum=forum-joint$/);
    expect(await screen.findByText('Showing 1 to 50 of 60')).toBeInTheDocument();
  });

  it('pages the past meetings in Welsh', async () => {
    renderWithProviders(<App />, {
      route: '/meetings?page=2',
      language: 'cy',
      mocks: [
        meMock(aUser({ role: 'VIEWER', preferredLanguage: 'cy' })),
        forumChoicesMock,
        ...meetingScheduleMocks(null, manyMeetings(120)),
      ],
    });

    const past = await screen.findByRole('table', { name: 'Cyfarfodydd blaenorol' });
    await waitFor(() => expect(bodyRows(past)[0]).toHaveTextContent('Cyd-fwrdd 2020-10-10'));
    expect(screen.getByText('Yn dangos 51 i 100 o 120')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Tudalennau canlyniadau' })).toBeInTheDocument();
  });
});
