import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { aUser, meMock } from '../../../test/factories';
import { renderWithProviders } from '../../../test/render-app';
import { text } from '../../risks/testing/risk-mocks';
import { PLAN_PARTNERSHIP_CHECK, WAIVE_PARTNERSHIP_CONSULTATION } from '../graphql/partnership';
import PlanPartnershipCheckSection from './plan-partnership-check';

const anAction = (id: string, reference: string, tagged: boolean, engaged: boolean) => ({
  __typename: 'Action' as const,
  id,
  reference,
  title: text(`Action ${reference}`, `Cam gweithredu ${reference}`),
  needsPartnershipConsultation: tagged,
  engagements: engaged ? [{ __typename: 'EngagementRecord' as const, id: `e-${id}` }] : [],
});

function checkMock(waiver = text(null, null), version = 4): MockLink.MockedResponse {
  return {
    request: { query: PLAN_PARTNERSHIP_CHECK, variables: { financialYear: '2027-28' } },
    result: {
      data: {
        annualPlan: {
          __typename: 'AnnualPlan',
          id: 'plan-2027',
          state: 'DRAFT',
          version,
          partnershipWaiver: waiver,
        },
        actions: {
          __typename: 'ActionConnection',
          pageInfo: { __typename: 'PageInfo', hasNextPage: false },
          edges: [
            anAction('a-1', '1.1', true, false),
            anAction('a-2', '1.2', true, true),
            anAction('a-3', '2.1', false, false),
          ].map((node) => ({ __typename: 'ActionEdge', node })),
        },
      },
    },
  };
}

function renderCheck(mocks: MockLink.MockedResponse[], language: 'en' | 'cy' = 'en') {
  return renderWithProviders(<PlanPartnershipCheckSection financialYear="2027-28" />, {
    mocks: [meMock(aUser()), ...mocks],
    language,
  });
}

describe('the plan approval check for partnership consultation', () => {
  it('lists the tagged actions not yet consulted on, which block approval', async () => {
    renderCheck([checkMock()]);

    const table = await screen.findByRole('table', {
      name: 'Tagged actions not yet consulted on',
    });
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(within(table).getByRole('link', { name: '1.1' })).toHaveAttribute(
      'href',
      '/actions/a-1',
    );
    expect(
      screen.getByText(/Tagged actions without an engagement record: 1\. Until then/),
    ).toBeInTheDocument();
  });

  it('is in Welsh on a Welsh page', async () => {
    renderCheck([checkMock()], 'cy');

    expect(
      await screen.findByRole('table', {
        name: 'Camau gweithredu wedi’u tagio nad ymgynghorwyd arnynt eto',
      }),
    ).toBeInTheDocument();
    // Offered once the signed-in user's permissions have loaded too.
    expect(await screen.findByRole('button', { name: 'Cofnodi hepgoriad' })).toBeInTheDocument();
  });

  it('records the programme office’s waiver, with its reason, against the plan’s version', async () => {
    const user = userEvent.setup();
    const reason = {
      en: 'Consulted at the forum in December',
      cy: 'Ymgynghorwyd yn y fforwm ym mis Rhagfyr',
    };
    renderCheck([
      checkMock(),
      {
        request: {
          query: WAIVE_PARTNERSHIP_CONSULTATION,
          variables: {
            planId: 'plan-2027',
            reason,
            expectedVersion: 4,
          },
        },
        result: {
          data: {
            waivePartnershipConsultation: {
              __typename: 'AnnualPlan',
              id: 'plan-2027',
              version: 5,
              partnershipWaiver: text(reason.en, reason.cy),
            },
          },
        },
      },
      checkMock(text(reason.en, reason.cy), 5),
    ]);

    await user.click(await screen.findByRole('button', { name: 'Record a waiver' }));
    const group = within(
      screen.getByRole('group', {
        name: 'Why the plan may be approved before the social partners were consulted',
      }),
    );
    await user.type(group.getByLabelText('In English'), reason.en);
    await user.type(group.getByLabelText('In Welsh'), reason.cy);
    await user.click(screen.getByRole('button', { name: 'Save waiver' }));

    expect(await screen.findByText('The waiver has been saved.')).toBeInTheDocument();
    expect(await screen.findByText(reason.en)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Change the waiver' })).toBeInTheDocument();
  });

  it('shows the API’s refusal of the waiver', async () => {
    const user = userEvent.setup();
    renderCheck([
      checkMock(),
      {
        request: {
          query: WAIVE_PARTNERSHIP_CONSULTATION,
          variables: { planId: 'plan-2027', reason: { en: 'x', cy: null }, expectedVersion: 4 },
        },
        result: {
          errors: [
            {
              message: 'Invalid reason',
              extensions: {
                code: 'BAD_USER_INPUT',
                problems: [{ field: 'reason.en', message: 'must be at least 10 characters' }],
              },
            },
          ],
        },
      },
      checkMock(),
    ]);

    await user.click(await screen.findByRole('button', { name: 'Record a waiver' }));
    await user.type(screen.getAllByLabelText('In English')[0], 'x');
    await user.click(screen.getByRole('button', { name: 'Save waiver' }));

    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'must be at least 10 characters' }),
    ).toHaveAttribute('href', '#reason-en');
  });
});
