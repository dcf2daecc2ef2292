import { screen, within } from '@testing-library/react';

import { aUser, meMock } from '../../../test/factories';
import { renderApp } from '../../../test/render-app';
import { text } from '../../risks/testing/risk-mocks';
import { MEETINGS_AUDIT } from '../graphql/meetings';
import { forumChoicesMock } from '../testing/meeting-mocks';

const figures = (meetings: number, present: number, represented: number, apologies: number) => ({
  __typename: 'AttendanceFigures',
  meetings,
  present,
  represented,
  apologies,
  absent: meetings - present - represented - apologies,
  attendanceRate: (present + represented) / meetings,
  deputies: represented ? ['Huw Evans'] : [],
  longestMissedRun: meetings - present - represented >= 3 ? 3 : 0,
  flagged: meetings - present - represented >= 3,
});

const auditMock = {
  request: {
    query: MEETINGS_AUDIT,
    variables: { forumId: null, from: '2026-04-01', to: '2026-12-01' },
  },
  result: {
    data: {
      attendanceAudit: [
        {
          __typename: 'ForumAttendance',
          forumId: 'forum-oversight',
          forumName: text('Oversight board', 'Bwrdd goruchwylio'),
          figures: figures(18, 14, 1, 3),
          organisations: [
            {
              __typename: 'OrganisationAttendance',
              organisationId: 'org-heiw',
              organisationName: text('HEIW', 'AaGIC'),
              figures: figures(6, 3, 0, 3),
            },
          ],
          members: [
            {
              __typename: 'MemberAttendance',
              memberId: 'seat-rhys',
              personName: 'Rhys Llewellyn',
              figures: figures(3, 0, 0, 3),
            },
          ],
        },
      ],
      commitmentsKept: [
        {
          __typename: 'CommitmentsKept',
          forumId: 'forum-oversight',
          forumName: text('Oversight board', 'Bwrdd goruchwylio'),
          total: 4,
          doneOnTime: 2,
          doneLate: 1,
          open: 0,
          overdue: 1,
        },
      ],
    },
  },
};

describe('the attendance and commitments page', () => {
  it('gives each forum’s attendance by body and member, flags three missed in a row, and counts commitments kept', async () => {
    renderApp({
      route: '/meetings/attendance?from=2026-04-01&to=2026-12-01',
      mocks: [meMock(aUser({ role: 'VIEWER' })), forumChoicesMock, auditMock],
    });
    const forums = await screen.findByRole('table', { name: 'Attendance rate by forum' });
    expect(within(forums).getByRole('row', { name: /Oversight board/ })).toHaveTextContent(
      'Oversight board181413083%Huw Evans3Missed 3 in a row',
    );
    expect(screen.getByRole('figure', { name: 'Attendance rate by forum' })).toBeInTheDocument();
    const members = screen.getByRole('table', { name: 'Attendance at Oversight board by member' });
    expect(within(members).getByText('Missed 3 in a row')).toBeInTheDocument();
    const kept = screen.getByRole('table', {
      name: 'Commitments set at each forum’s meetings in this period',
    });
    expect(within(kept).getByRole('row', { name: /Oversight board/ })).toHaveTextContent(
      'Oversight board42101',
    );
  });
});
