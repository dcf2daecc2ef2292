import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { aUser, meMock } from '../../../test/factories';
import { renderApp } from '../../../test/render-app';
import { CREATE_MEASURE, MEASURE_AREAS, MEASURE_DETAILS } from '../graphql/measures';
import { measureFormOptionsMock, measurePageMocks } from '../testing/measure-mocks';

const route = '/measures/new';

const input = {
  reference: 'M4.1',
  name: { en: 'Nursing vacancy rate', cy: null },
  definition: { en: null, cy: null },
  calculation: { en: null, cy: null },
  dataSource: { en: null, cy: null },
  unit: 'PERCENTAGE',
  direction: 'LOWER_IS_BETTER',
  frequency: 'QUARTERLY',
  ownerId: 'person-2',
  areaIds: ['area-3', 'area-4'],
  themes: [],
  wellBeingGoals: ['HEALTHIER'],
  waysOfWorking: ['LONG_TERM', 'PREVENTION'],
  amberTolerance: 0.5,
  redTolerance: 1,
  baseline: { value: 8.2, date: '2025-03-31' },
  targets: [
    { financialYear: '2026-27', value: 7 },
    { financialYear: '2027-28', value: 6.5 },
  ],
};

async function fillIn() {
  // Without a pause between keys: the form is long.
  const user = userEvent.setup({ delay: null });
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Add a measure' }),
  ).toBeInTheDocument();
  await user.type(await screen.findByLabelText('Reference'), 'M4.1');
  const name = within(screen.getByRole('group', { name: /^Name/ }));
  await user.type(name.getByLabelText('In English'), 'Nursing vacancy rate');
  await user.click(screen.getByRole('radio', { name: 'Percentage' }));
  await user.click(screen.getByRole('radio', { name: 'Lower is better' }));
  await user.click(screen.getByRole('radio', { name: 'Quarterly' }));
  await user.selectOptions(screen.getByLabelText('Owner (reports its figures)'), 'person-2');
  await user.click(screen.getByRole('checkbox', { name: '3. Area title 3' }));
  await user.click(screen.getByRole('checkbox', { name: '4. Area title 4' }));
  const goals = within(screen.getByRole('group', { name: 'Well-being goals' }));
  await user.click(goals.getByRole('checkbox', { name: 'A healthier Wales' }));
  const ways = within(screen.getByRole('group', { name: 'Ways of working' }));
  await user.click(ways.getByRole('checkbox', { name: 'Long term' }));
  await user.click(ways.getByRole('checkbox', { name: 'Prevention' }));
  const amber = screen.getByLabelText('Amber tolerance');
  await user.clear(amber);
  await user.type(amber, '0.5');
  await user.type(screen.getByLabelText('Red tolerance'), '1');
  await user.type(screen.getByLabelText('Baseline figure'), '8.2');
  await user.type(screen.getByLabelText('Baseline date'), '2025-03-31');
  await user.click(screen.getByRole('button', { name: 'Add a target' }));
  await user.click(screen.getByRole('button', { name: 'Add another target' }));
  await user.click(screen.getByRole('button', { name: 'Add another target' }));
  await user.click(screen.getByRole('button', { name: 'Remove target 3' }));
  const first = within(screen.getByRole('group', { name: 'Target 1' }));
  await user.type(first.getByLabelText('Financial year'), '2026-27');
  await user.type(first.getByLabelText('Target figure'), '7');
  const second = within(screen.getByRole('group', { name: 'Target 2' }));
  await user.type(second.getByLabelText('Financial year'), '2027-28');
  await user.type(second.getByLabelText('Target figure'), '6.5');
  await user.click(screen.getByRole('button', { name: 'Add the measure' }));
  return user;
}

/** Filling in the whole form takes a few seconds in jsdom. */
const LONG_FORM_TIMEOUT = 20_000;

const createdMeasureMock: MockLink.MockedResponse = {
  request: { query: MEASURE_DETAILS, variables: { id: 'measure-9' } },
  error: new Error('not needed'),
};

describe('adding a measure', () => {
  it(
    'sends the measure with its areas, baseline and targets, then shows it with a notice',
    async () => {
      renderApp({
        route,
        mocks: [
          meMock(aUser()),
          measureFormOptionsMock,
          {
            request: { query: CREATE_MEASURE, variables: { input } },
            result: {
              data: {
                createMeasure: { __typename: 'Measure', id: 'measure-9', reference: 'M4.1' },
              },
            },
          },
          createdMeasureMock,
        ],
      });

      await fillIn();

      expect(await screen.findByText('Measure M4.1 has been added.')).toBeInTheDocument();
    },
    LONG_FORM_TIMEOUT,
  );

  it(
    'shows the API’s field errors in the error summary, linked to the target row',
    async () => {
      renderApp({
        route,
        mocks: [
          meMock(aUser()),
          measureFormOptionsMock,
          {
            request: { query: CREATE_MEASURE, variables: { input } },
            result: {
              errors: [
                {
                  message: 'Invalid input',
                  extensions: {
                    code: 'BAD_USER_INPUT',
                    field: 'targets.1.financialYear',
                    problems: [
                      { field: 'targets.1.financialYear', message: 'targets a year twice' },
                      { field: 'redTolerance', message: 'must be at least the amber tolerance' },
                    ],
                  },
                },
              ],
            },
          },
        ],
      });

      await fillIn();

      const summary = await screen.findByRole('alert');
      expect(within(summary).getByRole('link', { name: 'targets a year twice' })).toHaveAttribute(
        'href',
        '#targets-1-financialYear',
      );
      expect(
        within(summary).getByRole('link', { name: 'must be at least the amber tolerance' }),
      ).toHaveAttribute('href', '#redTolerance');
      const second = within(screen.getByRole('group', { name: 'Target 2' }));
      expect(second.getByLabelText('Financial year')).toHaveAccessibleDescription(
        /Error: targets a year twice/,
      );
      expect(document.title).toMatch(/^Error: Add a measure/);
    },
    LONG_FORM_TIMEOUT,
  );

  it('asks for what is missing before calling the API', async () => {
    const user = userEvent.setup();
    renderApp({ route, mocks: [meMock(aUser()), measureFormOptionsMock] });

    await user.click(await screen.findByRole('button', { name: 'Add the measure' }));

    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'Select at least one strategic area' }),
    ).toHaveAttribute('href', '#areaIds');
    expect(within(summary).getByRole('link', { name: 'Select the owner' })).toHaveAttribute(
      'href',
      '#ownerId',
    );
  });

  it('is in Welsh for a Welsh speaker', async () => {
    renderApp({
      route,
      language: 'cy',
      mocks: [meMock(aUser({ preferredLanguage: 'cy' })), measureFormOptionsMock],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ychwanegu mesur' }),
    ).toBeInTheDocument();
    expect(await screen.findByLabelText('Cyfeirnod')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Meysydd strategol' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: '3. Teitl maes 3' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Canran' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ychwanegu targed' })).toBeInTheDocument();
  });

  it('tells a lead they have no access, without showing the form', async () => {
    renderApp({ route, mocks: [meMock(aUser({ role: 'LEAD' })), measureFormOptionsMock] });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'You do not have access to this page' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add the measure' })).not.toBeInTheDocument();
  });
});

describe('the “Add a measure” button on the measures list', () => {
  const listMocks: MockLink.MockedResponse[] = [
    { request: { query: MEASURE_AREAS }, result: { data: { strategicAreas: [] } } },
    ...measurePageMocks(null, []),
  ];

  it('is there for the programme office', async () => {
    renderApp({ route: '/measures', mocks: [meMock(aUser()), ...listMocks] });

    expect(await screen.findByRole('button', { name: 'Add a measure' })).toHaveAttribute(
      'href',
      '/measures/new',
    );
  });

  it('is not there for a lead', async () => {
    renderApp({ route: '/measures', mocks: [meMock(aUser({ role: 'LEAD' })), ...listMocks] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Measures' })).toBeInTheDocument();
    expect(await screen.findByText(/no measures|none/i)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add a measure' })).not.toBeInTheDocument();
  });
});
