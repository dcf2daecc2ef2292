import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { aUser, meMock } from '../../../test/factories';
import { renderApp } from '../../../test/render-app';
import { SCHEDULE_MEETING } from '../graphql/meetings';
import { forumChoicesMock, meetingMock } from '../testing/meeting-mocks';

describe('scheduling a meeting', () => {
  it('checks the form, then schedules at the time in Wales and opens the meeting', async () => {
    const scheduled = {
      request: {
        query: SCHEDULE_MEETING,
        variables: {
          input: {
            forumId: 'forum-joint',
            title: { en: 'Joint Board, July', cy: null },
            // 10:00 and 12:00 in Wales are 09:00 and 11:00 UTC in summer.
            startsAt: '2027-07-08T09:00:00.000Z',
            endsAt: '2027-07-08T11:00:00.000Z',
            location: null,
            onlineLink: 'https://teams.example/joint',
          },
        },
      },
      result: { data: { scheduleMeeting: { __typename: 'Meeting', id: 'meeting-1' } } },
    };
    renderApp({
      route: '/meetings/new',
      mocks: [
        meMock(aUser({ role: 'PROGRAMME_OFFICE' })),
        forumChoicesMock,
        scheduled,
        meetingMock(),
      ],
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Schedule the meeting' }));
    const summary = screen.getByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'Choose the forum that is meeting' }),
    ).toBeInTheDocument();
    expect(
      within(summary).getByRole('link', {
        name: 'Enter a room and address, a link to join online, or both',
      }),
    ).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Forum'), 'Joint Board');
    await user.type(
      within(screen.getByRole('group', { name: 'Title' })).getByLabelText('In English'),
      'Joint Board, July',
    );
    await user.type(screen.getByLabelText('Date'), '2027-07-08');
    await user.type(screen.getByLabelText('Link to join online'), 'https://teams.example/joint');
    await user.click(screen.getByRole('button', { name: 'Schedule the meeting' }));
    expect(await screen.findByText('The meeting is scheduled.')).toBeInTheDocument();
  });
});
