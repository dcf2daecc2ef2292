import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { aUser, meMock } from '../../../test/factories';
import { renderApp } from '../../../test/render-app';
import {
  APPROVE_MINUTES,
  ISSUED_REPORTS,
  MOVE_AGENDA_ITEM,
  UPDATE_AGENDA_ITEM,
  UPDATE_MEETING,
} from '../graphql/meetings';
import { aMeeting, meetingMock } from '../testing/meeting-mocks';

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

  it('lets the programme office move a meeting not yet held, and asks for the notice again', async () => {
    const scheduled = { state: 'SCHEDULED', agenda: [], attendance: [], decisions: [] };
    const moved = {
      request: {
        query: UPDATE_MEETING,
        variables: {
          input: {
            id: 'meeting-1',
            expectedVersion: 3,
            title: { en: 'Joint Board, November 2026', cy: 'Cyd-fwrdd, Tachwedd 2026' },
            startsAt: '2026-11-26T10:00:00.000Z',
            endsAt: '2026-11-26T12:30:00.000Z',
            location: 'HEIW, Ty Dysgu, Nantgarw',
            onlineLink: 'https://teams.example/joint',
          },
        },
      },
      result: { data: { updateMeeting: { __typename: 'Meeting', id: 'meeting-1', version: 4 } } },
    };
    renderMeeting([
      // Loaded once, then again after the change.
      { ...meetingMock(scheduled), maxUsageCount: 1 },
      moved,
      meetingMock({
        ...scheduled,
        version: 4,
        startsAt: '2026-11-26T10:00:00.000Z',
        endsAt: '2026-11-26T12:30:00.000Z',
      }),
    ]);
    const user = userEvent.setup();
    await user.click(
      await screen.findByRole('button', { name: 'Change the title, date, time or place' }),
    );
    const panel = screen.getByRole('region', { name: 'Change the meeting’s details' });
    const date = within(panel).getByLabelText('Date');
    expect(date).toHaveValue('2026-11-19');
    await user.clear(date);
    await user.type(date, '2026-11-26');
    const ends = within(panel).getByLabelText('Ends at');
    await user.clear(ends);
    await user.type(ends, '09:30');
    await user.click(within(panel).getByRole('button', { name: 'Save the details' }));
    expect(
      await screen.findByRole('link', { name: 'The meeting must end after it starts' }),
    ).toBeInTheDocument();
    await user.clear(ends);
    await user.type(ends, '12:30');
    await user.click(within(panel).getByRole('button', { name: 'Save the details' }));
    expect(
      await screen.findByText(/The details are saved\. Send the notice again/),
    ).toBeInTheDocument();
    expect(screen.getByText('When', { selector: 'dt' }).nextSibling).toHaveTextContent(
      '26 November 2026, 10:00 to 12:30',
    );
  });

  it('changes an agenda item’s presenter and links, and moves items, each against its version', async () => {
    const [first] = aMeeting().agenda;
    const second = {
      ...first,
      id: 'item-2',
      position: 2,
      report: null,
      risks: [],
      presenter: null,
    };
    const scheduled = {
      state: 'SCHEDULED',
      agenda: [first, second],
      attendance: [],
      decisions: [],
    };
    const issued = {
      request: { query: ISSUED_REPORTS },
      result: { data: { reports: [{ ...first.report, state: 'ISSUED' }] } },
    };
    const changed = {
      request: {
        query: UPDATE_AGENDA_ITEM,
        variables: {
          input: {
            id: 'item-1',
            expectedVersion: 1,
            title: { en: 'Quarterly progress report', cy: 'Adroddiad cynnydd chwarterol' },
            reportId: 'report-1',
            presenterId: 'person-karen',
            actionIds: [],
            measureIds: [],
            riskIds: [],
          },
        },
      },
      result: {
        data: { updateAgendaItem: { __typename: 'AgendaItem', id: 'item-1', version: 2 } },
      },
    };
    const moved = {
      request: {
        query: MOVE_AGENDA_ITEM,
        variables: { input: { id: 'item-2', expectedVersion: 1, position: 1 } },
      },
      result: jest.fn(() => ({
        data: { moveAgendaItem: { __typename: 'Meeting', id: 'meeting-1', version: 4 } },
      })),
    };
    renderMeeting([meetingMock(scheduled), issued, changed, moved]);
    const user = userEvent.setup();
    // The first item cannot go up, nor the last down.
    expect(await screen.findByRole('button', { name: 'Move item 1 down' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Move item 1 up' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Move item 2 down' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Change item 1' }));
    const panel = screen.getByRole('region', { name: 'Change item 1' });
    const presenter = within(panel).getByLabelText('Who presents it (optional)');
    expect(presenter).toHaveValue('person-ceri');
    await user.selectOptions(presenter, 'Karen Lloyd');
    await user.click(within(panel).getByLabelText('R3 Data sharing'));
    await user.click(within(panel).getByRole('button', { name: 'Save item 1' }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Move item 2 up' }));
    await waitFor(() => expect(moved.result).toHaveBeenCalledTimes(1));
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
