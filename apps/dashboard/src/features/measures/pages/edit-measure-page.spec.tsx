import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { aUser, conflictResult, meMock } from '../../../test/factories';
import { renderApp } from '../../../test/render-app';
import { MEASURE_FOR_EDIT, UPDATE_MEASURE } from '../graphql/measures';
import { measureFormOptionsMock } from '../testing/measure-mocks';

const route = '/measures/measure-1/edit';
const text = (en: string | null, cy: string | null) => ({ __typename: 'BilingualText', en, cy });

function aMeasure(version: number, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Measure',
    id: 'measure-1',
    version,
    reference: 'M4.1',
    name: text('Nursing vacancy rate', 'Cyfradd swyddi gwag nyrsio'),
    definition: text(null, null),
    calculation: text(null, null),
    dataSource: text(null, null),
    unit: 'PERCENTAGE',
    direction: 'LOWER_IS_BETTER',
    frequency: 'QUARTERLY',
    themes: [],
    wellBeingGoals: ['HEALTHIER'],
    waysOfWorking: [],
    owner: { __typename: 'Person', id: 'person-1' },
    areas: [{ __typename: 'StrategicArea', id: 'area-4' }],
    tolerance: { __typename: 'MeasureTolerance', amber: 0.5, red: 1 },
    baseline: { __typename: 'MeasureBaseline', value: 8.2, date: '2025-03-31' },
    targets: [{ __typename: 'MeasureTarget', financialYear: '2026-27', value: 7 }],
    ...overrides,
  };
}

const loadMock = (version: number): MockLink.MockedResponse => ({
  request: { query: MEASURE_FOR_EDIT, variables: { id: 'measure-1' } },
  result: { data: { measure: aMeasure(version) } },
});

async function changeRedToleranceAndSave() {
  const user = userEvent.setup();
  const red = await screen.findByLabelText('Red tolerance');
  expect(red).toHaveValue('1');
  await user.clear(red);
  await user.type(red, '2');
  await user.click(screen.getByRole('button', { name: 'Save changes' }));
  return user;
}

describe('changing a measure', () => {
  it('sends only what changed, with the version loaded', async () => {
    renderApp({
      route,
      mocks: [
        meMock(aUser()),
        measureFormOptionsMock,
        loadMock(3),
        {
          request: {
            query: UPDATE_MEASURE,
            variables: { input: { id: 'measure-1', expectedVersion: 3, redTolerance: 2 } },
          },
          result: {
            data: {
              updateMeasure: aMeasure(4, {
                tolerance: { __typename: 'MeasureTolerance', amber: 0.5, red: 2 },
              }),
            },
          },
        },
      ],
    });

    await changeRedToleranceAndSave();

    expect(await screen.findByText('Measure M4.1 has been saved.')).toBeInTheDocument();
    expect(screen.getByLabelText('Red tolerance')).toHaveValue('2');
  });

  it('shows a conflict when someone else saved it first, and saves nothing', async () => {
    renderApp({
      route,
      mocks: [
        meMock(aUser()),
        measureFormOptionsMock,
        loadMock(3),
        {
          request: {
            query: UPDATE_MEASURE,
            variables: { input: { id: 'measure-1', expectedVersion: 3, redTolerance: 2 } },
          },
          result: conflictResult(
            {
              id: 'measure-1',
              version: 4,
              reference: 'M4.1',
              name: { en: 'Nursing vacancy rate', cy: 'Cyfradd swyddi gwag nyrsio' },
              definition: { en: null, cy: null },
              calculation: { en: null, cy: null },
              dataSource: { en: null, cy: null },
              unit: 'PERCENTAGE',
              direction: 'LOWER_IS_BETTER',
              frequency: 'QUARTERLY',
              themes: [],
              wellBeingGoals: ['HEALTHIER'],
              waysOfWorking: ['INVOLVEMENT'],
              ownerId: 'person-2',
              areaIds: ['area-4'],
              amberTolerance: 0.5,
              redTolerance: 1.5,
              baseline: { value: 8.2, date: '2025-03-31' },
              targets: [{ financialYear: '2026-27', value: 7 }],
            },
            4,
          ),
        },
      ],
    });

    await changeRedToleranceAndSave();

    const conflict = await screen.findByTestId('conflict-summary');
    const rows = within(within(conflict).getByRole('table')).getAllByRole('row');
    const cells = rows.slice(1).map((row) => [...row.children].map((cell) => cell.textContent));
    expect(cells).toEqual([
      ['Owner (reports its figures)', 'Nia Williams', 'Ceri Morgan'],
      ['Ways of working', 'Involvement', '(empty)'],
      ['Red tolerance', '1.5', '2'],
    ]);
    expect(within(conflict).getByRole('button', { name: 'Keep mine' })).toBeInTheDocument();
    expect(screen.queryByText(/has been saved/)).not.toBeInTheDocument();
  });

  it('links an API field error to the target row it is about', async () => {
    renderApp({
      route,
      mocks: [
        meMock(aUser()),
        measureFormOptionsMock,
        loadMock(3),
        {
          request: {
            query: UPDATE_MEASURE,
            variables: { input: { id: 'measure-1', expectedVersion: 3, redTolerance: 2 } },
          },
          result: {
            errors: [
              {
                message: 'Invalid target',
                extensions: { code: 'BAD_USER_INPUT', field: 'targets.0.value' },
              },
            ],
          },
        },
      ],
    });

    await changeRedToleranceAndSave();

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Invalid target' })).toHaveAttribute(
      'href',
      '#targets-0-value',
    );
  });

  it('is in Welsh for a Welsh speaker', async () => {
    renderApp({
      route,
      language: 'cy',
      mocks: [meMock(aUser({ preferredLanguage: 'cy' })), measureFormOptionsMock, loadMock(3)],
    });

    expect(await screen.findByLabelText('Goddefiant coch')).toHaveValue('1');
    expect(screen.getByRole('group', { name: 'Targed 1' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cadw’r newidiadau' })).toBeInTheDocument();
  });

  it('tells a lead they have no access', async () => {
    renderApp({
      route,
      mocks: [meMock(aUser({ role: 'LEAD' })), measureFormOptionsMock, loadMock(3)],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'You do not have access to this page' }),
    ).toBeInTheDocument();
  });
});
