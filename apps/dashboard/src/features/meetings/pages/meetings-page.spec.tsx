import { screen, within } from '@testing-library/react';

import { aUser, meMock } from '../../../test/factories';
import { renderApp } from '../../../test/render-app';
import { forumChoicesMock, meetingsMock } from '../testing/meeting-mocks';

describe('the meetings page', () => {
  it('lists meetings to come, then past ones, and offers scheduling to the operational group', async () => {
    renderApp({
      route: '/meetings',
      mocks: [meMock(aUser({ role: 'PROGRAMME_OFFICE' })), forumChoicesMock, meetingsMock()],
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
  });

  it('does not offer scheduling to a viewer', async () => {
    renderApp({
      route: '/meetings',
      mocks: [meMock(aUser({ role: 'VIEWER' })), forumChoicesMock, meetingsMock()],
    });
    await screen.findByRole('table', { name: 'Coming up' });
    expect(screen.queryByRole('button', { name: 'Schedule a meeting' })).not.toBeInTheDocument();
  });
});
