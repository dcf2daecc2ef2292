import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { aUser, meMock } from '../../../test/factories';
import { renderApp } from '../../../test/render-app';
import { aReport, emptyReviewMock, reportMocks } from '../../reports/testing/report-factory';
import { ADD_REVIEW_ENTRY, REVIEW_PEOPLE } from '../graphql/review';

const boardMember = aUser({ role: 'BOARD_MEMBER', email: 'owain.davies@gov.example.wales' });

const reviewMock = emptyReviewMock();

const peopleMock = {
  request: { query: REVIEW_PEOPLE },
  result: {
    data: {
      people: [
        {
          __typename: 'Person',
          id: 'person-ceri',
          name: 'Ceri Morgan',
          organisation: { __typename: 'Organisation', id: 'org-heiw', code: 'HEIW' },
        },
      ],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const refusedDecision = {
  request: {
    query: ADD_REVIEW_ENTRY,
    variables: {
      input: {
        reportId: 'report-1',
        kind: 'DECISION',
        actionId: 'action-4.1',
        text: { en: 'Recover 4.1 by March.', cy: null },
        followUps: [
          {
            title: { en: 'Recovery plan for 4.1', cy: null },
            ownerId: 'person-ceri',
            dueDate: '2020-01-31',
          },
        ],
      },
    },
  },
  result: {
    errors: [
      {
        message: 'Invalid followUps.0.dueDate: must be today (2027-01-21) or later',
        extensions: {
          code: 'BAD_USER_INPUT',
          field: 'followUps.0.dueDate',
          problems: [
            { field: 'followUps.0.dueDate', message: 'must be today (2027-01-21) or later' },
            { field: 'text.cy', message: 'must be at most 4000 characters' },
          ],
        },
      },
    ],
  },
};

describe('the board review form', () => {
  it('shows the API’s refusals in the error summary, each linked to its field', async () => {
    const user = userEvent.setup();
    renderApp({
      route: '/reports/report-1',
      mocks: [
        meMock(boardMember),
        ...reportMocks(aReport('ISSUED')),
        reviewMock,
        peopleMock,
        refusedDecision,
      ],
    });

    expect(
      await screen.findByText('Nobody has commented on this report or recorded a decision yet.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Decision' }));
    await user.selectOptions(screen.getByLabelText('What is it about?'), 'action-4.1');
    const decision = screen.getByRole('group', { name: /^Decision/ });
    await user.type(within(decision).getByLabelText('In English'), 'Recover 4.1 by March.');
    await user.click(screen.getByRole('button', { name: 'Add a follow-up action' }));
    const followUp = screen.getByRole('group', { name: 'Follow-up action 1' });
    await user.type(
      within(within(followUp).getByRole('group', { name: 'What is to be done' })).getByLabelText(
        'In English',
      ),
      'Recovery plan for 4.1',
    );
    await screen.findByRole('option', { name: 'Ceri Morgan (HEIW)' });
    await user.selectOptions(within(followUp).getByLabelText('Owner'), 'person-ceri');
    // A date input takes the ISO form when typed into with testing-library.
    await user.type(within(followUp).getByLabelText('Due date'), '2020-01-31');
    await user.click(screen.getByRole('button', { name: 'Record decision' }));

    const summary = await screen.findByText('There is a problem');
    const box = summary.closest('.govuk-error-summary') as HTMLElement;
    expect(
      within(box).getByRole('link', { name: 'must be today (2027-01-21) or later' }),
    ).toHaveAttribute('href', '#follow-up-0-due');
    expect(
      within(box).getByRole('link', { name: 'must be at most 4000 characters' }),
    ).toHaveAttribute('href', '#review-text-cy');
    expect(box).toHaveFocus();
    expect(document.title).toMatch(/^Error:/);
    expect(screen.queryByText('The decision has been recorded.')).not.toBeInTheDocument();
  });

  it('asks for the text before sending anything', async () => {
    const user = userEvent.setup();
    renderApp({
      route: '/reports/report-1',
      mocks: [meMock(boardMember), ...reportMocks(aReport('ISSUED')), reviewMock],
    });
    await user.click(await screen.findByRole('button', { name: 'Add comment' }));
    expect(
      await screen.findByRole('link', {
        name: 'Enter the comment or decision in English or Welsh',
      }),
    ).toHaveAttribute('href', '#review-text-en');
  });

  it('is not offered on a draft', async () => {
    renderApp({
      route: '/reports/report-1',
      mocks: [meMock(aUser()), ...reportMocks(aReport('DRAFT')), reviewMock],
    });
    expect(await screen.findByRole('button', { name: 'Issue report' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Board review' })).not.toBeInTheDocument();
  });
});
