import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { aUser, meMock } from '../../../test/factories';
import { renderApp } from '../../../test/render-app';
import { aRisk } from '../../actions/testing/action-mocks';
import { ROUND_LISTS, ROUND_SUMMARY, SEND_UPDATE_REMINDERS } from '../graphql/round';

const route = '/reporting-periods/period-3/round';
const text = (en: string | null, cy: string | null) => ({ __typename: 'BilingualText', en, cy });
const progress = (expected: number, updated: number) => ({
  __typename: 'RoundProgress',
  expected,
  updated,
  outstanding: expected - updated,
});

function aRound({ state = 'OPEN', updated = 1 }: { state?: string; updated?: number } = {}) {
  return {
    __typename: 'UpdateRound',
    reportingPeriod: {
      __typename: 'ReportingPeriod',
      id: 'period-3',
      label: '2026-27 Q3',
      state,
      closedAt: state === 'CLOSED' ? '2027-01-20T10:00:00Z' : null,
      updateDeadline: '2027-01-15',
    },
    overall: progress(3, updated),
    areas: [
      {
        __typename: 'AreaRoundProgress',
        area: {
          __typename: 'StrategicArea',
          id: 'area-4',
          number: 4,
          shortTitle: text('Leadership', 'Arweinyddiaeth'),
        },
        progress: progress(3, updated),
      },
    ],
    organisations: [
      {
        __typename: 'OrganisationRoundProgress',
        organisation: {
          __typename: 'Organisation',
          id: 'org-heiw',
          code: 'HEIW',
          name: text('Health Education and Improvement Wales', 'Addysg a Gwella Iechyd Cymru'),
        },
        progress: progress(3, updated),
      },
    ],
    people: [
      {
        __typename: 'PersonRoundProgress',
        person: {
          __typename: 'Person',
          id: 'person-ceri',
          name: 'Ceri Morgan',
        },
        progress: progress(2, 0),
      },
      {
        __typename: 'PersonRoundProgress',
        person: {
          __typename: 'Person',
          id: 'person-nia',
          name: 'Nia Williams',
        },
        progress: progress(1, 1),
      },
    ],
    outstandingActions: ['4.1', '4.2'].map((reference) => ({
      __typename: 'Action',
      id: `action-${reference}`,
      reference,
      title: text(`Action ${reference}`, `Cam ${reference}`),
      owners: [{ __typename: 'Person', id: 'person-ceri', name: 'Ceri Morgan' }],
    })),
    figures: {
      __typename: 'FigureRound',
      overall: progress(4, 1),
      people: [
        {
          __typename: 'PersonRoundProgress',
          person: {
            __typename: 'Person',
            id: 'person-ceri',
            name: 'Ceri Morgan',
          },
          progress: progress(3, 1),
        },
        {
          __typename: 'PersonRoundProgress',
          person: {
            __typename: 'Person',
            id: 'person-nia',
            name: 'Nia Williams',
          },
          progress: progress(1, 0),
        },
      ],
      outstanding: [
        anOutstandingFigure('M1.2', 'Vacancy rate', 'Cyfradd swyddi gwag', 'Ceri Morgan'),
        anOutstandingFigure('M4.1', 'Leadership training', 'Hyfforddiant arwain', 'Ceri Morgan'),
        anOutstandingFigure('M5.1', 'Staff wellbeing', 'Llesiant staff', 'Nia Williams'),
      ],
    },
    riskReviews: {
      __typename: 'RiskReviewRound',
      overall: progress(3, 1),
      people: [
        {
          __typename: 'PersonRoundProgress',
          person: { __typename: 'Person', id: 'person-nia', name: 'Nia Williams' },
          progress: progress(2, 0),
        },
        {
          __typename: 'PersonRoundProgress',
          person: { __typename: 'Person', id: 'person-ceri', name: 'Ceri Morgan' },
          progress: progress(1, 1),
        },
      ],
      outstanding: [
        anOutstandingReview('R3', 'Too few nurses', 'Rhy ychydig o nyrsys', '2026-11-30'),
        anOutstandingReview('R8', 'Funding ends', 'Cyllid yn dod i ben', '2026-12-15'),
      ],
    },
  };
}

function anOutstandingFigure(reference: string, en: string, cy: string, owner: string) {
  return {
    __typename: 'ExpectedFigure',
    measure: {
      __typename: 'Measure',
      id: `measure-${reference}`,
      reference,
      name: text(en, cy),
      owner: { __typename: 'Person', id: `person-${owner}`, name: owner },
    },
    periodStart: '2026-07-01',
    periodLabel: text('2026-27 Q2', '2026-27 Ch2'),
    given: false,
  };
}

/** A risk of Nia's still to review. */
function anOutstandingReview(reference: string, en: string, cy: string, nextReviewDue: string) {
  return {
    ...aRisk(reference, { en, cy }),
    nextReviewDue,
    owner: { __typename: 'Person', id: 'person-nia', name: 'Nia Williams' },
  };
}

/** The round's figures and its lists, each query answered from `round`. */
function roundMocks(
  round = aRound(),
  lists: MockLink.MockedResponse['result'] = { data: { updateRound: round } },
): MockLink.MockedResponse[] {
  const variables = { reportingPeriodId: 'period-3' };
  return [
    {
      request: { query: ROUND_SUMMARY, variables },
      result: { data: { updateRound: round } },
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
    {
      request: { query: ROUND_LISTS, variables },
      result: lists,
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
  ];
}

function remindersMock(result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return {
    request: { query: SEND_UPDATE_REMINDERS, variables: { reportingPeriodId: 'period-3' } },
    result,
  };
}

describe('the update-round tracker', () => {
  it('shows the totals and who has and has not updated, by area, organisation and person', async () => {
    renderApp({ route, mocks: [meMock(aUser()), ...roundMocks()] });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Update round: 2026-27 Q3' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('round-summary')).toHaveTextContent('1 of 3 actions updated (33%)');
    expect(screen.getByTestId('round-outstanding')).toHaveTextContent('2');

    const areas = screen.getByRole('table', { name: 'Updates by strategic area' });
    const area = within(areas).getByRole('row', { name: /Area 4: Leadership/ });
    expect(
      within(area)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['3', '1', '2', 'Still to update: 2']);
    expect(within(area).getByRole('link')).toHaveAttribute('href', '/areas/4');

    // The lists follow the figures.
    const people = await screen.findByRole('table', { name: 'Updates by person' });
    expect(within(people).getByRole('row', { name: /Ceri Morgan/ })).toHaveTextContent(
      'Still to update: 2',
    );
    expect(within(people).getByRole('row', { name: /Nia Williams/ })).toHaveTextContent(
      'All updated',
    );
    expect(screen.getByRole('table', { name: 'Updates by organisation' })).toHaveTextContent(
      'Health Education and Improvement Wales',
    );

    const outstanding = screen.getByRole('heading', {
      name: 'Actions still without an update (2)',
    });
    expect(outstanding).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '4.2: Action 4.2' })).toHaveAttribute(
      'href',
      '/actions/action-4.2',
    );
  });

  it('keeps the figures when the lists cannot be loaded, and says so', async () => {
    renderApp({
      route,
      mocks: [
        meMock(aUser()),
        ...roundMocks(aRound(), {
          errors: [{ message: 'Database unavailable', extensions: { code: 'INTERNAL' } }],
        }),
      ],
    });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The lists of who is still to update could not be loaded; the figures above are up to date.',
    );
    expect(screen.getByTestId('round-summary')).toHaveTextContent('1 of 3 actions updated (33%)');
    expect(screen.getByRole('table', { name: 'Updates by strategic area' })).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Actions still without an update (2)' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Updates by person' })).not.toBeInTheDocument();
    // Outstanding actions, people, and each owner's round's outstanding list and owners' table.
    expect(screen.getAllByText('Not loaded: refresh to try again.')).toHaveLength(6);
  });

  it('shows long lists a page at a time, each paged on its own', async () => {
    const user = userEvent.setup();
    const round = aRound();
    const many = Array.from({ length: 120 }, (_, index) => String(index + 1).padStart(3, '0'));
    renderApp({
      route,
      mocks: [
        meMock(aUser()),
        ...roundMocks({
          ...round,
          overall: progress(121, 1),
          people: many.map((number) => ({
            ...round.people[0],
            person: { ...round.people[0].person, id: `person-${number}`, name: `Person ${number}` },
          })),
          outstandingActions: many.map((number) => ({
            ...round.outstandingActions[0],
            id: `action-4.${number}`,
            reference: `4.${number}`,
          })),
        }),
      ],
    });

    const people = await screen.findByRole('table', { name: 'Updates by person' });
    expect(within(people).getAllByRole('row')).toHaveLength(51); // the header and 50 people
    const peoplePages = screen.getByRole('navigation', { name: 'Updates by person: pages' });
    await user.click(within(peoplePages).getByRole('link', { name: 'Next page' }));

    const nextPeople = screen.getByRole('table', { name: 'Updates by person' });
    expect(within(nextPeople).getAllByRole('row')[1]).toHaveTextContent('Person 051');
    expect(screen.getByText('Showing 51 to 100 of 120')).toBeInTheDocument();
    // The outstanding actions stay on their first page.
    expect(screen.getByRole('link', { name: /^4\.001:/ })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^4\.051:/ })).not.toBeInTheDocument();
    expect(
      screen.getByRole('navigation', { name: 'Actions still without an update (120): pages' }),
    ).toBeInTheDocument();
  });

  it('shows the measures’ figures the round asks for: totals, by owner and those still to give', async () => {
    renderApp({ route, mocks: [meMock(aUser()), ...roundMocks()] });

    const section = await screen.findByRole('region', { name: 'Measures’ figures' });
    expect(within(section).getByTestId('figures-summary')).toHaveTextContent(
      '1 of 4 figures given (25%)',
    );
    expect(within(section).getByTestId('figures-expected')).toHaveTextContent('4');
    expect(within(section).getByTestId('figures-updated')).toHaveTextContent('1');
    expect(within(section).getByTestId('figures-outstanding')).toHaveTextContent('3');

    const owners = await within(section).findByRole('table', { name: 'Figures by measure owner' });
    expect(
      within(owners)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Measure owner', 'Figures expected', 'Given', 'Outstanding', 'Progress']);
    const ceri = within(owners).getByRole('row', { name: /Ceri Morgan/ });
    expect(
      within(ceri)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['3', '1', '2', 'Still to give: 2']);

    expect(
      within(section).getByRole('heading', { name: 'Figures still to give (3)' }),
    ).toBeInTheDocument();
    const list = within(section).getByRole('list', { name: 'Figures still to give (3)' });
    const figure = within(list).getByRole('link', { name: 'M4.1: Leadership training' });
    expect(figure).toHaveAttribute('href', '/measures/measure-M4.1');
    expect(figure.closest('li')).toHaveTextContent(
      'M4.1: Leadership training (2026-27 Q2; owner: Ceri Morgan)',
    );
  });

  it('shows the measures’ figures in Welsh', async () => {
    renderApp({
      route,
      language: 'cy',
      mocks: [meMock(aUser({ preferredLanguage: 'cy' })), ...roundMocks()],
    });

    const section = await screen.findByRole('region', { name: 'Ffigurau’r mesurau' });
    expect(within(section).getByTestId('figures-summary')).toHaveTextContent(
      '1 o 4 ffigur wedi’u rhoi (25%)',
    );
    const owners = await within(section).findByRole('table', {
      name: 'Ffigurau fesul perchennog mesur',
    });
    expect(within(owners).getByRole('row', { name: /Nia Williams/ })).toHaveTextContent(
      'I’w rhoi o hyd: 1',
    );
    const figure = within(section).getByRole('link', { name: 'M4.1: Hyfforddiant arwain' });
    expect(figure.closest('li')).toHaveTextContent(
      'M4.1: Hyfforddiant arwain (2026-27 Ch2; perchennog: Ceri Morgan)',
    );
  });

  it('says when every figure due has been given', async () => {
    const round = aRound();
    renderApp({
      route,
      mocks: [
        meMock(aUser()),
        ...roundMocks({
          ...round,
          figures: { ...round.figures, overall: progress(4, 4), outstanding: [] },
        }),
      ],
    });
    expect(
      await screen.findByText('Every figure due in this round has been given.'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('figures-summary')).toHaveTextContent('4 of 4 figures given (100%)');
  });

  it('shows the risk reviews the round asks for: totals, by owner and the risks still to review', async () => {
    renderApp({ route, mocks: [meMock(aUser()), ...roundMocks()] });

    const section = await screen.findByRole('region', { name: 'Risk reviews' });
    expect(within(section).getByTestId('risk-reviews-summary')).toHaveTextContent(
      '1 of 3 risk reviews done (33%)',
    );
    expect(within(section).getByTestId('risk-reviews-outstanding')).toHaveTextContent('2');
    const owners = await within(section).findByRole('table', {
      name: 'Risk reviews by risk owner',
    });
    expect(
      within(owners)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Risk owner', 'Reviews due', 'Done', 'Outstanding', 'Progress']);
    expect(
      within(within(owners).getByRole('row', { name: /Nia Williams/ }))
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['2', '0', '2', 'Still to review: 2']);
    expect(within(owners).getByRole('row', { name: /Ceri Morgan/ })).toHaveTextContent(
      'All reviewed',
    );

    const list = within(section).getByRole('list', { name: 'Risks still to review (2)' });
    const risk = within(list).getByRole('link', { name: 'R8: Funding ends' });
    expect(risk).toHaveAttribute('href', '/risks/risk-R8');
    expect(risk.closest('li')).toHaveTextContent(
      'R8: Funding ends (review due 15 December 2026; owner: Nia Williams; current score 12 (High))',
    );
  });

  it('shows the risk reviews in Welsh, and says when every one is done', async () => {
    const round = aRound();
    renderApp({
      route,
      language: 'cy',
      mocks: [
        meMock(aUser({ preferredLanguage: 'cy' })),
        ...roundMocks({
          ...round,
          riskReviews: { ...round.riskReviews, overall: progress(3, 3), outstanding: [] },
        }),
      ],
    });

    const section = await screen.findByRole('region', { name: 'Adolygiadau risg' });
    expect(within(section).getByTestId('risk-reviews-summary')).toHaveTextContent(
      '3 o 3 adolygiad risg wedi’u gwneud (100%)',
    );
    expect(
      await within(section).findByRole('table', { name: 'Adolygiadau risg fesul perchennog risg' }),
    ).toBeInTheDocument();
    expect(section).toHaveTextContent(
      'Mae pob adolygiad risg sy’n ddyledus yn y cylch hwn wedi’i wneud.',
    );
  });

  it('sends reminders once confirmed and says how many people were reminded', async () => {
    const user = userEvent.setup();
    renderApp({
      route,
      mocks: [
        meMock(aUser()),
        ...roundMocks(),
        remindersMock({
          data: {
            sendUpdateReminders: {
              __typename: 'RemindersSent',
              peopleReminded: 4,
              actionsOutstanding: 2,
              figuresOutstanding: 3,
              riskReviewsOutstanding: 2,
            },
          },
        }),
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Send reminders' }));
    expect(screen.getByRole('heading', { name: 'Send reminders for 2026-27 Q3?' })).toHaveFocus();
    expect(
      screen.getByText('The owners of the 3 measures’ figures still to give will be reminded too.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('The owners of the 2 risk reviews still to do will be reminded too.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Yes, send reminders' }));

    expect(
      await screen.findByText(
        'Reminders sent to 4 people about 2 actions still without an update and 3 figures still to give.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Risk owners were reminded of 2 risk reviews still to do.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Yes, send reminders' })).not.toBeInTheDocument();
  });

  it('shows the API’s refusal, such as a closed period, in the error summary', async () => {
    const user = userEvent.setup();
    renderApp({
      route,
      mocks: [
        meMock(aUser()),
        ...roundMocks(),
        remindersMock({
          errors: [
            {
              message: 'Invalid reportingPeriodId: 2026-27 Q3 is closed; reopen it first',
              extensions: { code: 'BAD_USER_INPUT', field: 'reportingPeriodId' },
            },
          ],
        }),
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Send reminders' }));
    await user.click(screen.getByRole('button', { name: 'Yes, send reminders' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('There is a problem')).toBeInTheDocument();
    expect(
      within(summary).getByText('Invalid reportingPeriodId: 2026-27 Q3 is closed; reopen it first'),
    ).toHaveAttribute('lang', 'en');
    expect(screen.queryByText(/Reminders sent/)).not.toBeInTheDocument();
    expect(document.title).toMatch(/^Error:/);
  });

  it('offers no reminders for a closed period', async () => {
    renderApp({
      route,
      mocks: [meMock(aUser()), ...roundMocks(aRound({ state: 'CLOSED' }))],
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Update round: 2026-27 Q3' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send reminders' })).not.toBeInTheDocument();
  });

  it('is refused to roles that do not manage reporting periods', async () => {
    renderApp({
      route,
      mocks: [meMock(aUser({ role: 'LEAD' })), ...roundMocks()],
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'You do not have access to this page' }),
    ).toBeInTheDocument();
  });
});
