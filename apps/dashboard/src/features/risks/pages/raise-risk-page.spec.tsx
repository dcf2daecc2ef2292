import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';

import { App } from '../../../app';
import { aUser, meMock } from '../../../test/factories';
import { renderWithProviders } from '../../../test/render-app';
import { RAISE_FROM_UPDATE_SOURCE, RAISE_RISK_FROM_UPDATE, RISK_DETAILS } from '../graphql/risks';
import { aRiskDetails, text } from '../testing/risk-mocks';
import { titleFromRisksText } from './raise-risk-page';

const route = '/risks/raise?action=action-7&update=update-2';

function Location() {
  return <output data-testid="location">{useLocation().pathname}</output>;
}

const anUpdate = (id: string, risks: ReturnType<typeof text>, raised: unknown[] = []) => ({
  __typename: 'StatusUpdate' as const,
  id,
  submittedAt: '2026-10-14T09:30:00Z',
  reportingPeriod: { __typename: 'ReportingPeriod' as const, id: 'period-2', label: '2026-27 Q2' },
  risks,
  raisedRisks: raised,
});

const sourceMock: MockLink.MockedResponse = {
  request: { query: RAISE_FROM_UPDATE_SOURCE, variables: { actionId: 'action-7' } },
  result: {
    data: {
      action: {
        __typename: 'Action',
        id: 'action-7',
        reference: '4.1',
        title: text('Grow the nursing workforce', 'Tyfu’r gweithlu nyrsio'),
        statusHistory: [
          anUpdate(
            'update-2',
            text(
              'Agency spend is rising\nThree wards rely on agency nurses at night.',
              'Mae gwariant ar asiantaethau’n codi\nMae tair ward yn dibynnu ar nyrsys asiantaeth gyda’r nos.',
            ),
            [{ __typename: 'Risk', id: 'risk-3', reference: 'R3' }],
          ),
          anUpdate('update-1', text('None', null)),
        ],
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function renderRaise(mocks: MockLink.MockedResponse[], language: 'en' | 'cy' = 'en') {
  return renderWithProviders(
    <>
      <App />
      <Location />
    </>,
    {
      route,
      language,
      mocks: [meMock(aUser({ role: 'LEAD', preferredLanguage: language })), sourceMock, ...mocks],
    },
  );
}

describe('raising a risk from a status update', () => {
  it('pre-fills the title and description from the update’s risks text', async () => {
    renderRaise([]);

    const title = await screen.findByRole('group', { name: 'Title' });
    expect(within(title).getByLabelText('In English')).toHaveValue('Agency spend is rising');
    expect(within(title).getByLabelText('In Welsh')).toHaveValue(
      'Mae gwariant ar asiantaethau’n codi',
    );
    const description = screen.getByRole('group', { name: 'Description' });
    expect(within(description).getByLabelText('In English')).toHaveValue(
      'Agency spend is rising\nThree wards rely on agency nurses at night.',
    );
    expect(screen.getByRole('link', { name: 'R3' })).toHaveAttribute('href', '/risks/risk-3');
  });

  it('asks for a category and a score before raising it', async () => {
    renderRaise([]);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Raise the risk' }));

    const summary = within(screen.getByRole('alert'));
    expect(summary.getByRole('link', { name: 'Choose a category' })).toHaveAttribute(
      'href',
      '#category',
    );
    expect(summary.getByRole('link', { name: 'Choose how likely it is' })).toHaveAttribute(
      'href',
      '#current-likelihood',
    );
  });

  it('raises it from the update and goes to the new risk', async () => {
    renderRaise([
      {
        request: {
          query: RAISE_RISK_FROM_UPDATE,
          variables: {
            input: {
              statusUpdateId: 'update-2',
              kind: 'RISK',
              title: { en: 'Agency spend is rising', cy: 'Mae gwariant ar asiantaethau’n codi' },
              description: {
                en: 'Agency spend is rising\nThree wards rely on agency nurses at night.',
                cy: 'Mae gwariant ar asiantaethau’n codi\nMae tair ward yn dibynnu ar nyrsys asiantaeth gyda’r nos.',
              },
              category: 'FINANCIAL',
              current: { likelihood: 4, consequence: 3 },
            },
          },
        },
        result: {
          data: { raiseRiskFromUpdate: { __typename: 'Risk', id: 'risk-9', reference: 'R9' } },
        },
      },
      {
        request: { query: RISK_DETAILS, variables: { id: 'risk-9' } },
        result: { data: { risk: aRiskDetails(1, { id: 'risk-9', reference: 'R9' }) } },
      },
    ]);
    const user = userEvent.setup();

    await user.click(await screen.findByLabelText('Financial'));
    await user.click(
      within(screen.getByRole('group', { name: 'Likelihood' })).getByLabelText('4 Likely'),
    );
    await user.click(
      within(screen.getByRole('group', { name: 'Consequence' })).getByLabelText('3 Moderate'),
    );
    await user.click(screen.getByRole('button', { name: 'Raise the risk' }));

    expect(await screen.findByText('Risk R9 has been raised from the update.')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/risks/risk-9');
  });

  it('says so when the update is not in the action’s history', async () => {
    renderWithProviders(<App />, {
      route: '/risks/raise?action=action-7&update=update-99',
      mocks: [meMock(aUser({ role: 'LEAD' })), sourceMock],
    });

    expect(await screen.findByText('Sorry, this update could not be found.')).toBeInTheDocument();
  });

  it('is in Welsh for a Welsh speaker', async () => {
    renderRaise([], 'cy');

    expect(
      await screen.findByRole('heading', { level: 1, name: /Codi risg o’r diweddariad hwn/ }),
    ).toBeInTheDocument();
    expect(await screen.findByLabelText('Ariannol')).toBeInTheDocument();
    expect(screen.getByLabelText('5 Bron yn sicr')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Codi’r risg' })).toBeInTheDocument();
  });
});

describe('a title from an update’s risks text', () => {
  it('is the first line, cut at a word to fit', () => {
    expect(titleFromRisksText('  First line  \nSecond line')).toBe('First line');
    const long = `${'word '.repeat(80)}end`;
    const title = titleFromRisksText(long);
    expect(title.length).toBeLessThanOrEqual(300);
    expect(title.endsWith('word…')).toBe(true);
    expect(titleFromRisksText(null)).toBe('');
  });
});
