import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { aUser, meMock } from '../../../test/factories';
import { renderApp } from '../../../test/render-app';
import { APPROVE_MINUTES } from '../graphql/meetings';
import { meetingMock } from '../testing/meeting-mocks';

function renderMeeting(
  mocks: MockLink.MockedResponse[],
  role: 'PROGRAMME_OFFICE' | 'BOARD_MEMBER' | 'VIEWER' = 'PROGRAMME_OFFICE',
  language: 'en' | 'cy' = 'en',
) {
  return renderApp({
    route: '/meetings/meeting-1',
    language,
    mocks: [meMock(aUser({ role, preferredLanguage: language })), ...mocks],
  });
}

describe('the meeting page', () => {
  it('shows when and where, the agenda with its paper and risks, attendance with the deputy, decisions and carried commitments', async () => {
    renderMeeting([meetingMock()]);

    expect(
      await screen.findByRole('heading', { level: 1, name: /Joint Board, November 2026/ }),
    ).toBeInTheDocument();
    expect(screen.getByText('When', { selector: 'dt' }).nextSibling).toHaveTextContent(
      '19 November 2026, 10:00 to 12:00',
    );
    expect(screen.getByRole('link', { name: 'Join online' })).toHaveAttribute(
      'href',
      'https://teams.example/joint',
    );
    expect(
      screen.getByRole('link', { name: 'Paper: Joint board report: 2026-27 Q2' }),
    ).toHaveAttribute('href', '/reports/report-1');
    expect(screen.getByRole('link', { name: 'R3 Data sharing' })).toHaveAttribute(
      'href',
      '/risks/risk-3',
    );
    expect(screen.getByText('The board noted the report.')).toBeInTheDocument();

    const attendance = screen.getByRole('table', { name: 'Attendance' });
    expect(
      within(attendance)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent),
    ).toEqual(['Owain DaviesPresent', 'Karen LloydRepresented by a deputy: Huw Evans']);

    expect(
      screen.getByText('Recovery plan for the data-sharing work by March.'),
    ).toBeInTheDocument();
    const carried = screen.getByRole('table', {
      name: 'Commitments carried from earlier meetings',
    });
    expect(within(carried).getByText('Share the exit interview findings')).toBeInTheDocument();
    expect(within(carried).getByText('Overdue')).toBeInTheDocument();
    // The operational group minutes a held meeting; only a chair approves.
    expect(screen.getByRole('button', { name: 'Record attendance' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approve the minutes' })).not.toBeInTheDocument();
  });

  it('lets a chair approve the minutes, and says they are now fixed', async () => {
    const approved = {
      request: {
        query: APPROVE_MINUTES,
        variables: { input: { id: 'meeting-1', expectedVersion: 3 } },
      },
      result: { data: { approveMinutes: { __typename: 'Meeting', id: 'meeting-1' } } },
    };
    renderMeeting([meetingMock({ canManage: false, canApprove: true }), approved], 'BOARD_MEMBER');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Approve the minutes' }));
    expect(
      await screen.findByText('The minutes are approved and can no longer be changed.'),
    ).toBeInTheDocument();
  });

  it('tells a viewer the minutes come once approved, in Welsh', async () => {
    renderMeeting(
      [meetingMock({ canManage: false, minutesVisible: false, attendance: [], decisions: [] })],
      'VIEWER',
      'cy',
    );
    expect(
      await screen.findByText(
        'Bydd y cofnodion yn cael eu dangos yma unwaith y bydd cadeirydd wedi’u cymeradwyo.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText('The board noted the report.')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Penderfyniadau' })).not.toBeInTheDocument();
  });
});
