import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { aUser, meMock } from '../../../test/factories';
import { renderApp } from '../../../test/render-app';
import { BOARD_PAPER_SETTINGS, UPDATE_BOARD_PAPER_SETTINGS } from '../graphql/reports';
import { aCoverSheet, PAPER_IMPACTS_IN_ORDER, text } from '../testing/report-factory';

const route = '/reports/settings';

function settingsMock() {
  return {
    request: { query: BOARD_PAPER_SETTINGS },
    result: {
      data: {
        boardPaperSettings: {
          __typename: 'BoardPaperSettings',
          version: 4,
          layout: 'SIDE_BY_SIDE',
          classification: text('Official', 'Swyddogol'),
          coverSheet: aCoverSheet(),
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

describe('the board paper settings page', () => {
  it('saves the classification, layout and cover sheet defaults against the version loaded', async () => {
    const user = userEvent.setup();
    renderApp({
      route,
      mocks: [
        meMock(aUser()),
        settingsMock(),
        {
          request: {
            query: UPDATE_BOARD_PAPER_SETTINGS,
            variables: {
              input: {
                expectedVersion: 4,
                classification: { en: 'Official – sensitive', cy: 'Swyddogol' },
                layout: 'WELSH_THEN_ENGLISH',
                coverSheet: {
                  meetingName: {
                    en: 'Joint workforce strategy board',
                    cy: 'Bwrdd y strategaeth gweithlu ar y cyd',
                  },
                  meetingDate: '2027-01-28',
                  agendaItem: '4.2',
                  author: 'Ceri Morgan, Programme manager',
                  executiveSponsor: 'Director of Workforce',
                  presenter: null,
                  purpose: 'ASSURANCE',
                  recommendation: { en: 'NOTE the progress made.', cy: 'NODI’r cynnydd a wnaed.' },
                  summary: { en: null, cy: null },
                  strategicObjectives: { en: 'Objective 3: a sustainable workforce.', cy: null },
                  impacts: PAPER_IMPACTS_IN_ORDER.map((impact) => ({
                    impact,
                    text:
                      impact === 'WELSH_LANGUAGE'
                        ? {
                            en: 'Published in both languages.',
                            cy: 'Wedi’i gyhoeddi yn y ddwy iaith.',
                          }
                        : { en: 'None identified.', cy: 'Dim wedi’u nodi.' },
                  })),
                },
              },
            },
          },
          result: {
            data: {
              updateBoardPaperSettings: { __typename: 'BoardPaperSettings', version: 5 },
            },
          },
        },
      ],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Board paper settings' }),
    ).toBeInTheDocument();
    const classification = await screen.findByRole('group', { name: 'Classification' });
    const english = within(classification).getByRole('textbox', { name: 'In English' });
    await user.clear(english);
    await user.type(english, 'Official – sensitive');
    expect(
      screen.getByRole('radio', { name: 'Welsh and English side by side, Welsh on the left' }),
    ).toBeChecked();
    await user.click(
      screen.getByRole('radio', {
        name: 'The whole paper in Welsh, then the whole paper in English',
      }),
    );
    expect(screen.getByRole('group', { name: 'Impact statements' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save the board paper settings' }));

    expect(
      await screen.findByText('The board paper settings have been saved.'),
    ).toBeInTheDocument();
  }, 20_000);

  it('is for the operational group only', async () => {
    renderApp({
      route,
      mocks: [meMock(aUser({ role: 'BOARD_MEMBER', email: 'owain.davies@gov.example.wales' }))],
    });
    expect(
      await screen.findByText('Only the operational group can change the board paper settings.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Save/ })).not.toBeInTheDocument();
  });

  it('is linked from the reports page for the operational group', async () => {
    renderApp({ route: '/reports', mocks: [meMock(aUser())] });
    expect(await screen.findByRole('link', { name: /Board paper settings/ })).toHaveAttribute(
      'href',
      '/reports/settings',
    );
  });
});
