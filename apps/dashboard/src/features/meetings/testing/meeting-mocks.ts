import type { MockLink } from '@apollo/client/testing';

import { ROWS_PER_PAGE } from '../../../ui/pagination';
import { aPerson, text } from '../../risks/testing/risk-mocks';
import { FORUM_CHOICES, MEETING_DETAILS, MEETING_SCHEDULE, MEETINGS } from '../graphql/meetings';

const organisation = (id: string, en: string, cy: string) => ({
  __typename: 'Organisation' as const,
  id,
  name: text(en, cy),
});

const HEIW = organisation(
  'org-heiw',
  'Health Education and Improvement Wales',
  'Addysg a Gwella Iechyd Cymru',
);
const UNISON = organisation('org-unison', 'UNISON Cymru Wales', 'UNISON Cymru Wales');

export const aForum = {
  __typename: 'Forum' as const,
  id: 'forum-joint',
  kind: 'JOINT_BOARD',
  active: true,
  name: text('Joint Board', 'Cyd-fwrdd'),
};

const seat = (
  id: string,
  person: ReturnType<typeof aPerson>,
  representing: typeof HEIW,
  isChair = false,
) => ({
  __typename: 'ForumMember' as const,
  id,
  isChair,
  leftOn: null,
  person,
  representing,
});

const followUp = (id: string, title: string, completedOn: string | null, isOverdue = false) => ({
  __typename: 'FollowUp' as const,
  id,
  version: 1,
  title: text(title, null),
  owner: aPerson('person-ceri', 'Ceri Morgan'),
  dueDate: '2026-12-18',
  completedOn,
  isOverdue,
});

/** A joint board meeting held on 19 November 2026 with the Q2 report on its agenda. */
export function aMeeting(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Meeting' as const,
    id: 'meeting-1',
    version: 3,
    title: text('Joint Board, November 2026', 'Cyd-fwrdd, Tachwedd 2026'),
    startsAt: '2026-11-19T10:00:00.000Z',
    endsAt: '2026-11-19T12:00:00.000Z',
    location: 'HEIW, Ty Dysgu, Nantgarw',
    onlineLink: 'https://teams.example/joint',
    state: 'HELD',
    noticeSentAt: '2026-11-05T09:00:00.000Z',
    noticeSequence: 1,
    minutesApprovedAt: null,
    minutesApprovedBy: null,
    minutesVisible: true,
    canManage: true,
    canApprove: false,
    canSendApologies: false,
    forum: {
      ...aForum,
      members: [
        seat('seat-owain', aPerson('person-owain', 'Owain Davies'), HEIW, true),
        seat('seat-karen', aPerson('person-karen', 'Karen Lloyd'), UNISON),
      ],
    },
    agenda: [
      {
        __typename: 'AgendaItem' as const,
        id: 'item-1',
        version: 1,
        position: 1,
        title: text('Quarterly progress report', 'Adroddiad cynnydd chwarterol'),
        minutes: text('The board noted the report.', null),
        presenter: aPerson('person-ceri', 'Ceri Morgan'),
        report: {
          __typename: 'Report' as const,
          id: 'report-1',
          audience: 'JOINT_BOARD',
          edition: 1,
          reportingPeriod: {
            __typename: 'ReportingPeriod' as const,
            id: 'period-1',
            label: '2026-27 Q2',
          },
        },
        actions: [],
        measures: [],
        risks: [
          {
            __typename: 'Risk' as const,
            id: 'risk-3',
            reference: 'R3',
            title: text('Data sharing', null),
          },
        ],
      },
    ],
    attendance: [
      {
        __typename: 'Attendance' as const,
        id: 'att-1',
        status: 'PRESENT',
        deputyName: null,
        member: { __typename: 'ForumMember' as const, id: 'seat-owain' },
      },
      {
        __typename: 'Attendance' as const,
        id: 'att-2',
        status: 'REPRESENTED',
        deputyName: 'Huw Evans',
        member: { __typename: 'ForumMember' as const, id: 'seat-karen' },
      },
    ],
    decisions: [
      {
        __typename: 'ReviewEntry' as const,
        id: 'decision-1',
        kind: 'DECISION',
        text: text('Recovery plan for the data-sharing work by March.', null),
        followUps: [followUp('commitment-1', 'Bring the recovery plan', null)],
      },
    ],
    carriedCommitments: [followUp('commitment-0', 'Share the exit interview findings', null, true)],
    ...overrides,
  };
}

export const meetingMock = (overrides: Record<string, unknown> = {}): MockLink.MockedResponse => ({
  request: { query: MEETING_DETAILS, variables: { id: 'meeting-1' } },
  result: { data: { meeting: aMeeting(overrides) } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

export const forumChoicesMock: MockLink.MockedResponse = {
  request: { query: FORUM_CHOICES },
  result: { data: { forums: [aForum] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** A row of the meetings list: a joint board meeting at the given times. */
export const aMeetingRow = (id: string, startsAt: string, endsAt: string, state: string) => ({
  ...aMeeting(),
  id,
  startsAt,
  endsAt,
  state,
  title: text(`Joint Board ${startsAt.slice(0, 10)}`, `Cyd-fwrdd ${startsAt.slice(0, 10)}`),
  forum: aForum,
});

type MeetingRow = ReturnType<typeof aMeetingRow>;

/** One of the joint board's meetings over, and one to come. */
const someMeetings = (): MeetingRow[] => [
  aMeetingRow(
    'meeting-past',
    '2020-05-21T09:00:00.000Z',
    '2020-05-21T11:00:00.000Z',
    'MINUTES_APPROVED',
  ),
  aMeetingRow('meeting-next', '2099-05-20T09:00:00.000Z', '2099-05-20T11:00:00.000Z', 'SCHEDULED'),
];

/** The joint board's meetings, past and to come: every forum's, or (given) the joint board's. */
export const meetingsMock = (
  forumId: string | null = null,
  meetings: MeetingRow[] = someMeetings(),
): MockLink.MockedResponse => ({
  request: { query: MEETINGS, variables: { forumId } },
  result: { data: { meetings } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

/**
 * The meetings page's answers, as the API pages `meetings` (earliest first): those to come, and
 * each page of those over, latest first.
 */
export function meetingScheduleMocks(
  forumId: string | null = null,
  meetings: MeetingRow[] = someMeetings(),
): MockLink.MockedResponse[] {
  const now = new Date().toISOString();
  const upcoming = meetings.filter((meeting) => meeting.endsAt >= now);
  const past = meetings.filter((meeting) => meeting.endsAt < now).reverse();
  const pages = Math.max(1, Math.ceil(past.length / ROWS_PER_PAGE));
  return Array.from({ length: pages }, (_, index) => ({
    request: {
      query: MEETING_SCHEDULE,
      variables: { forumId, pastOffset: index * ROWS_PER_PAGE, pastLimit: ROWS_PER_PAGE },
    },
    result: {
      data: {
        meetingSchedule: {
          __typename: 'MeetingSchedule',
          upcoming,
          past: past.slice(index * ROWS_PER_PAGE, (index + 1) * ROWS_PER_PAGE),
          pastCount: past.length,
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  }));
}
