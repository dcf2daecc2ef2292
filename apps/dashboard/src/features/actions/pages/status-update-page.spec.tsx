import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { aPeriod, aUser, meMock } from '../../../test/factories';
import { renderApp } from '../../../test/render-app';
import { ACTION_FOR_UPDATE, SUBMIT_STATUS_UPDATE } from '../graphql/actions';
import { accountMock, openRound, roundMock } from '../testing/action-mocks';

const route = '/actions/action-1/update';

const periodMock = roundMock();

const person = (id: string) => ({ __typename: 'Person', id });

/** Action 1.2, owned by person-1 (the signed-in lead) unless told otherwise. */
function anActionMock({
  owners = ['person-1'],
  delegates = [] as string[],
} = {}): MockLink.MockedResponse {
  return {
    request: { query: ACTION_FOR_UPDATE, variables: { id: 'action-1' } },
    result: {
      data: {
        action: {
          __typename: 'Action',
          id: 'action-1',
          reference: '1.2',
          title: {
            __typename: 'BilingualText',
            en: 'Expand wellbeing support',
            cy: 'Ehangu cymorth',
          },
          owners: owners.map(person),
          delegates: delegates.map(person),
        },
      },
    },
  };
}

const actionMock = anActionMock();

describe('the status update form', () => {
  it('shows the API’s field error in the error summary and next to the field', async () => {
    const user = userEvent.setup();
    renderApp({
      route,
      mocks: [
        meMock(aUser({ role: 'LEAD' })),
        accountMock(['READ', 'REPORT_ON_OWN_ACTIONS']),
        periodMock,
        actionMock,
        {
          request: {
            query: SUBMIT_STATUS_UPDATE,
            variables: {
              input: {
                actionId: 'action-1',
                reportingPeriodId: aPeriod.id,
                rag: 'COMPLETE',
                percentComplete: 60,
                commentary: { en: 'Nearly there', cy: null },
                risks: { en: null, cy: null },
                nextSteps: { en: null, cy: null },
              },
            },
          },
          result: {
            errors: [
              {
                message: 'must be 100 for a complete action',
                extensions: { code: 'BAD_USER_INPUT', field: 'percentComplete' },
              },
            ],
          },
        },
      ],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Update on action 1.2' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Complete' }));
    await user.type(screen.getByLabelText('Percentage complete'), '60');
    const commentary = within(screen.getByRole('group', { name: /Progress commentary/ }));
    await user.type(commentary.getByLabelText('In English'), 'Nearly there');
    await user.click(screen.getByRole('button', { name: 'Submit update' }));

    const summary = await screen.findByRole('alert');
    const link = within(summary).getByRole('link', { name: 'must be 100 for a complete action' });
    expect(link).toHaveAttribute('href', '#percentComplete');
    expect(link.closest('li')).toHaveAttribute('lang', 'en');
    expect(screen.getByLabelText('Percentage complete')).toHaveAccessibleDescription(
      'Error: must be 100 for a complete action',
    );
    expect(document.title).toBe('Error: Update on action 1.2 – Cynnydd');
  });

  it('asks for the required fields before calling the API', async () => {
    const user = userEvent.setup();
    renderApp({
      route,
      mocks: [
        meMock(aUser({ role: 'LEAD' })),
        accountMock(['READ', 'REPORT_ON_OWN_ACTIONS']),
        periodMock,
        actionMock,
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Submit update' }));

    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'Select the status of the action' }),
    ).toHaveAttribute('href', '#rag');
    expect(
      within(summary).getByRole('link', { name: 'Enter the percentage complete' }),
    ).toHaveAttribute('href', '#percentComplete');
    expect(
      within(summary).getByRole('link', {
        name: 'Enter the progress commentary in English, in Welsh or in both',
      }),
    ).toHaveAttribute('href', '#commentary-en');
  });

  it('is not shown to a viewer', async () => {
    renderApp({
      route,
      mocks: [meMock(aUser({ role: 'VIEWER' })), accountMock(['READ']), periodMock],
    });

    expect(
      await screen.findByText('Your role does not allow you to submit status updates.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Submit update' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Percentage complete')).not.toBeInTheDocument();
  });

  it('says the round is closed instead of showing the form', async () => {
    renderApp({
      route,
      mocks: [
        meMock(aUser({ role: 'LEAD' })),
        accountMock(['READ', 'REPORT_ON_OWN_ACTIONS']),
        roundMock({ ...openRound, state: 'CLOSED', closedAt: '2027-01-22T17:00:00Z' }),
        actionMock,
      ],
    });

    expect(
      await screen.findByText(
        /^The operational group closed this round \(2026-27 Q3\) on 22 January 2027.*, so updates cannot be submitted\./,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Submit update' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Percentage complete')).not.toBeInTheDocument();
  });

  it('is not shown to a lead who neither owns the action nor is its delegate', async () => {
    renderApp({
      route,
      mocks: [
        meMock(aUser({ role: 'LEAD' })),
        accountMock(['READ', 'REPORT_ON_OWN_ACTIONS']),
        periodMock,
        anActionMock({ owners: ['person-2'], delegates: ['person-3'] }),
      ],
    });

    expect(await screen.findByText(/^You cannot report on this action\./)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Submit update' })).not.toBeInTheDocument();
  });

  it('is shown to a delegate of the action', async () => {
    renderApp({
      route,
      mocks: [
        meMock(aUser({ role: 'LEAD' })),
        accountMock(['READ', 'REPORT_ON_OWN_ACTIONS']),
        periodMock,
        anActionMock({ owners: ['person-2'], delegates: ['person-1'] }),
      ],
    });

    expect(await screen.findByRole('button', { name: 'Submit update' })).toBeInTheDocument();
    expect(screen.queryByText(/You cannot report on this action/)).not.toBeInTheDocument();
  });

  it('is shown to the operational group on any action', async () => {
    renderApp({
      route,
      mocks: [
        meMock(aUser({ role: 'PROGRAMME_OFFICE' })),
        accountMock(['READ', 'REPORT_ON_ANY_ACTION']),
        periodMock,
        anActionMock({ owners: ['person-2'] }),
      ],
    });

    expect(await screen.findByRole('button', { name: 'Submit update' })).toBeInTheDocument();
  });
});
