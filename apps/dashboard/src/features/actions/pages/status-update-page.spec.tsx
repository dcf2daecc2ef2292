import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { Permission } from '../../../gql/graphql';
import { aPeriod, aUser, meMock } from '../../../test/factories';
import { renderApp } from '../../../test/render-app';
import {
  ACTION_FOR_UPDATE,
  MY_ACCOUNT,
  REPORTING_CONTEXT,
  SUBMIT_STATUS_UPDATE,
} from '../graphql/actions';

const route = '/actions/action-1/update';

function accountMock(permissions: Permission[]): MockLink.MockedResponse {
  return {
    request: { query: MY_ACCOUNT },
    result: {
      data: {
        me: {
          __typename: 'User',
          id: 'user-1',
          permissions,
          person: { __typename: 'Person', id: 'person-1' },
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

const periodMock: MockLink.MockedResponse = {
  request: { query: REPORTING_CONTEXT },
  result: { data: { currentReportingPeriod: { ...aPeriod, financialYear: '2026-27' } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const actionMock: MockLink.MockedResponse = {
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
      },
    },
  },
};

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
});
