import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { Language } from '@cynnydd/shared/domain';

import { aUser, meMock } from '../../../test/factories';
import { renderApp } from '../../../test/render-app';
import { text } from '../../risks/testing/risk-mocks';
import {
  FORUM_ASSESSMENTS,
  PARTNERSHIP_FORUMS,
  PARTNERSHIP_REPORT,
  RECORD_ASSESSMENT,
  UPDATE_STATEMENT,
} from '../graphql/partnership';

const route = '/partnership?year=2025-26';

const statement = (id: string, position: number, en: string, cy: string, active = true) => ({
  __typename: 'PartnershipStatement' as const,
  id,
  version: 1,
  position,
  active,
  text: text(en, cy),
});

const TRUST = statement('st-trust', 1, 'Trust and respect', 'Ymddiriedaeth a pharch');
const EARLY = statement('st-early', 2, 'Early discussion', 'Trafod yn gynnar');
const RETIRED = statement('st-old', 3, 'Old statement', 'Hen ddatganiad', false);

const forumsMock: MockLink.MockedResponse = {
  request: { query: PARTNERSHIP_FORUMS },
  result: {
    data: {
      forums: [
        {
          __typename: 'Forum',
          id: 'forum-board',
          kind: 'JOINT_BOARD',
          active: true,
          name: text('Joint Board', 'Cyd-fwrdd'),
        },
        {
          __typename: 'Forum',
          id: 'forum-spf',
          kind: 'SOCIAL_PARTNERSHIP_FORUM',
          active: true,
          name: text('Social Partnership Forum', 'Fforwm Partneriaeth Gymdeithasol'),
        },
      ],
      partnershipStatements: [EARLY, TRUST, RETIRED],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const scoreAt = (assessmentId: string, assessedOn: string, score: number) => ({
  __typename: 'PartnershipStatementScoreAt' as const,
  assessmentId,
  assessedOn,
  score,
});

const assessmentsMock: MockLink.MockedResponse = {
  request: { query: FORUM_ASSESSMENTS, variables: { forumId: 'forum-spf' } },
  result: {
    data: {
      partnershipAssessments: [
        {
          __typename: 'PartnershipAssessment',
          id: 'pa-2',
          assessedOn: '2026-10-15',
          meetingId: 'meeting-oct',
          average: 3.5,
          version: 1,
        },
        {
          __typename: 'PartnershipAssessment',
          id: 'pa-1',
          assessedOn: '2026-04-20',
          meetingId: null,
          average: 2.5,
          version: 1,
        },
      ],
      partnershipAssessmentComparison: {
        __typename: 'PartnershipAssessmentComparison',
        assessments: [
          {
            __typename: 'PartnershipAssessmentSummary',
            id: 'pa-1',
            assessedOn: '2026-04-20',
            average: 2.5,
          },
          {
            __typename: 'PartnershipAssessmentSummary',
            id: 'pa-2',
            assessedOn: '2026-10-15',
            average: 3.5,
          },
        ],
        statements: [
          {
            __typename: 'PartnershipStatementTrend',
            statement: TRUST,
            scores: [scoreAt('pa-1', '2026-04-20', 2), scoreAt('pa-2', '2026-10-15', 4)],
            latest: 4,
            change: 2,
          },
          {
            __typename: 'PartnershipStatementTrend',
            statement: EARLY,
            scores: [scoreAt('pa-1', '2026-04-20', 3), scoreAt('pa-2', '2026-10-15', 3)],
            latest: 3,
            change: 0,
          },
        ],
      },
      meetings: [
        {
          __typename: 'Meeting',
          id: 'meeting-oct',
          startsAt: '2026-10-15T09:30:00.000Z',
          title: text('Forum, October 2026', 'Fforwm, Hydref 2026'),
        },
      ],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const count = (typename: string, key: string, value: string, n: number) => ({
  __typename: typename,
  [key]: value,
  count: n,
});

const reportMock: MockLink.MockedResponse = {
  request: { query: PARTNERSHIP_REPORT, variables: { year: '2025-26' } },
  result: {
    data: {
      partnershipReport: {
        __typename: 'PartnershipReport',
        financialYear: '2025-26',
        from: '2025-04-01',
        to: '2026-03-31',
        engagementCount: 7,
        bySubject: [
          count('PartnershipSubjectCount', 'subjectKind', 'ACTION', 5),
          count('PartnershipSubjectCount', 'subjectKind', 'PLAN', 2),
        ],
        byPartner: [
          {
            __typename: 'PartnershipPartnerCount',
            id: 'org-unison',
            code: 'UNISON',
            name: text('UNISON Cymru Wales', 'UNISON Cymru Wales'),
            count: 6,
          },
        ],
        outcomes: [
          count('PartnershipOutcomeCount', 'outcome', 'CONSENSUS', 5),
          count('PartnershipOutcomeCount', 'outcome', 'COMPROMISE', 2),
        ],
        forumMeetings: 4,
        attendance: [count('PartnershipAttendanceCount', 'status', 'PRESENT', 30)],
        commitments: [count('PartnershipCommitmentCount', 'status', 'OVERDUE', 1)],
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function renderPage(
  extra: MockLink.MockedResponse[] = [],
  role: 'PROGRAMME_OFFICE' | 'VIEWER' = 'PROGRAMME_OFFICE',
  language: Language = 'en',
) {
  return renderApp({
    route,
    language,
    mocks: [
      meMock(aUser({ role, preferredLanguage: language })),
      forumsMock,
      assessmentsMock,
      reportMock,
      ...extra,
    ],
  });
}

describe('the social partnership page', () => {
  it('lists the forum’s self-assessments, compares them over time and gives the year’s report', async () => {
    renderPage([], 'VIEWER');

    const list = await screen.findByRole('table', {
      name: 'Self-assessments of Social Partnership Forum, newest first',
    });
    const rows = within(list).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('15 October 2026Forum, October 20263.5');
    expect(rows[2]).toHaveTextContent('20 April 2026Not at a meeting2.5');

    expect(
      screen.getByRole('figure', { name: 'Average score at each self-assessment' }),
    ).toBeInTheDocument();
    const comparison = screen.getByRole('table', {
      name: 'Scores by statement at each self-assessment, oldest first',
    });
    expect(within(comparison).getByRole('row', { name: /Trust and respect/ })).toHaveTextContent(
      '1. Trust and respect24+2',
    );
    expect(within(comparison).getByRole('row', { name: /^Average/ })).toHaveTextContent(
      'Average2.53.5',
    );

    const outcomes = await screen.findByRole('table', { name: 'Engagements by outcome' });
    expect(within(outcomes).getByRole('row', { name: /Compromise/ })).toHaveTextContent(
      'Compromise2',
    );
    expect(
      within(
        screen.getByRole('table', { name: 'Engagements by partner, most engaged first' }),
      ).getByRole('row', { name: /UNISON/ }),
    ).toHaveTextContent('UNISON Cymru Wales6');
    expect(screen.getByRole('link', { name: 'Welsh (PDF)' })).toHaveAttribute(
      'href',
      '/partnership/annual-report.pdf?year=2025-26&language=cy',
    );
    expect(screen.getAllByRole('link', { name: /Word/ })[0]).toHaveAttribute(
      'href',
      '/partnership/annual-report.docx?year=2025-26&language=en',
    );
    // A viewer reads; only the programme office records a self-assessment.
    expect(
      screen.queryByRole('button', { name: 'Record a self-assessment' }),
    ).not.toBeInTheDocument();
  });

  it('lets the programme office reword a statement in both languages and retire it', async () => {
    const updated = {
      request: {
        query: UPDATE_STATEMENT,
        variables: {
          input: {
            id: 'st-early',
            expectedVersion: 1,
            text: { en: 'Early and open discussion', cy: 'Trafod yn gynnar' },
            active: false,
          },
        },
      },
      result: jest.fn(() => ({
        data: {
          updatePartnershipStatement: {
            __typename: 'PartnershipStatement',
            id: 'st-early',
            version: 2,
          },
        },
      })),
    };
    renderPage([updated]);
    const user = userEvent.setup();
    const statements = await screen.findByRole('table', {
      name: 'The statements a forum scores, in order',
    });
    expect(within(statements).getByRole('row', { name: /Old statement/ })).toHaveTextContent(
      'No, retired',
    );
    await user.click(await screen.findByRole('button', { name: 'Change statement 2' }));
    const panel = screen.getByRole('region', { name: 'Change statement 2' });
    const english = within(panel).getByLabelText('In English');
    await user.clear(english);
    await user.type(english, 'Early and open discussion');
    await user.click(within(panel).getByLabelText('Forums score this statement'));
    await user.click(within(panel).getByRole('button', { name: 'Save the statement' }));
    await waitFor(() => expect(updated.result).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('The statement has been saved.')).toBeInTheDocument();
  });

  it('shows a viewer the statements without the means to change them', async () => {
    renderPage([], 'VIEWER');
    expect(
      await screen.findByRole('table', { name: 'The statements a forum scores, in order' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Change statement 1' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add a statement' })).not.toBeInTheDocument();
  });

  it('is in Welsh for a Welsh speaker', async () => {
    renderPage([], 'PROGRAMME_OFFICE', 'cy');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Partneriaeth gymdeithasol' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('table', {
        name: 'Hunanasesiadau Fforwm Partneriaeth Gymdeithasol, y diweddaraf yn gyntaf',
      }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('table', { name: 'Ymgysylltiadau yn ôl canlyniad' }),
    ).toHaveTextContent('Cyfaddawd2');
    expect(await screen.findByRole('button', { name: 'Cofnodi hunanasesiad' })).toBeInTheDocument();
  });

  it('asks for a date or meeting and a score for every active statement before calling the API', async () => {
    const user = userEvent.setup();
    renderPage();

    await user.click(await screen.findByRole('button', { name: 'Record a self-assessment' }));
    // Active statements only, by position.
    const groups = screen
      .getAllByRole('group')
      .map((group) => group.querySelector('legend')?.textContent);
    expect(groups).toEqual(['1. Trust and respect', '2. Early discussion']);
    await user.click(
      within(screen.getByRole('group', { name: '1. Trust and respect' })).getByRole('radio', {
        name: '4 Largely',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Save self-assessment' }));

    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', {
        name: 'Enter the date of the self-assessment, or choose the meeting it was done at',
      }),
    ).toHaveAttribute('href', '#assessedOn');
    expect(
      within(summary).getByRole('link', { name: 'Give statement 2 a score from 1 to 5' }),
    ).toHaveAttribute('href', '#score-st-early');
  });

  it('records a self-assessment at a meeting with every statement’s score', async () => {
    const user = userEvent.setup();
    renderPage([
      {
        request: {
          query: RECORD_ASSESSMENT,
          variables: {
            input: {
              forumId: 'forum-spf',
              meetingId: 'meeting-oct',
              assessedOn: null,
              scores: [
                { statementId: 'st-trust', score: 4 },
                { statementId: 'st-early', score: 2 },
              ],
            },
          },
        },
        result: {
          data: {
            recordPartnershipAssessment: {
              __typename: 'PartnershipAssessment',
              id: 'pa-3',
              assessedOn: '2026-10-15',
              average: 3,
              version: 1,
            },
          },
        },
      },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Record a self-assessment' }));
    await user.selectOptions(
      screen.getByLabelText('Meeting it was done at (optional)'),
      'meeting-oct',
    );
    const trust = within(screen.getByRole('group', { name: '1. Trust and respect' }));
    await user.click(trust.getByRole('radio', { name: '4 Largely' }));
    const early = within(screen.getByRole('group', { name: '2. Early discussion' }));
    await user.click(early.getByRole('radio', { name: '2 A little' }));
    await user.click(screen.getByRole('button', { name: 'Save self-assessment' }));

    expect(await screen.findByText('The self-assessment has been saved.')).toBeInTheDocument();
  });

  it('shows the API’s refusal beside the score it is about', async () => {
    const user = userEvent.setup();
    renderPage([
      {
        request: {
          query: RECORD_ASSESSMENT,
          variables: {
            input: {
              forumId: 'forum-spf',
              meetingId: null,
              assessedOn: '2026-11-30',
              scores: [
                { statementId: 'st-trust', score: 5 },
                { statementId: 'st-early', score: 5 },
              ],
            },
          },
        },
        result: {
          errors: [
            {
              message: 'Invalid input',
              extensions: {
                code: 'BAD_USER_INPUT',
                problems: [{ field: 'scores.1.statementId', message: 'statement is retired' }],
              },
            },
          ],
        },
      },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Record a self-assessment' }));
    await user.type(screen.getByLabelText('Date of the self-assessment'), '2026-11-30');
    for (const name of ['1. Trust and respect', '2. Early discussion']) {
      await user.click(
        within(screen.getByRole('group', { name })).getByRole('radio', { name: '5 Fully' }),
      );
    }
    await user.click(screen.getByRole('button', { name: 'Save self-assessment' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'statement is retired' })).toHaveAttribute(
      'href',
      '#score-st-early',
    );
  });
});
