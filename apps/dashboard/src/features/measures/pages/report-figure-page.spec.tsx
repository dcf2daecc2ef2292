import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { aUser, meMock } from '../../../test/factories';
import { renderApp } from '../../../test/render-app';
import { MEASURE_DETAILS, MEASURE_FOR_REPORT, SUBMIT_MEASURE_VALUE } from '../graphql/measures';
import { measurePeriods } from '../hooks/use-measure-periods';
import { aFigure, measureText } from '../testing/measure-mocks';

const route = '/measures/measure-1/report';

// The periods follow today's date: the form's default is the latest quarter that has ended.
const { latestEnded, periods } = measurePeriods(
  'QUARTERLY',
  { periodStarts: [], targetYears: [] },
  'en',
);
const latest = latestEnded as string;
const latestLabel = periods.find((period) => period.start === latest)?.label as string;

const author = { __typename: 'Person', id: 'person-1', name: 'Ceri Morgan' };

function measureMock(values: ReturnType<typeof aFigure>[] = []): MockLink.MockedResponse {
  return {
    request: { query: MEASURE_FOR_REPORT, variables: { id: 'measure-1' } },
    result: {
      data: {
        measure: {
          __typename: 'Measure',
          id: 'measure-1',
          reference: 'M5.1',
          name: measureText('Sickness absence rate', 'Cyfradd absenoldeb salwch'),
          unit: 'PERCENTAGE',
          frequency: 'QUARTERLY',
          canReportFigures: true,
          targets: [],
          values: values.map((value) => ({
            ...value,
            submittedAt: '2026-10-10T09:30:00Z',
            author,
          })),
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

function submitMock(
  input: Record<string, unknown>,
  result: MockLink.MockedResponse['result'],
): MockLink.MockedResponse {
  return {
    request: {
      query: SUBMIT_MEASURE_VALUE,
      variables: {
        input: {
          measureId: 'measure-1',
          periodStart: latest,
          quality: 'CONFIRMED',
          notAvailableReason: null,
          commentary: { en: null, cy: null },
          breakdowns: [],
          revises: null,
          ...input,
        },
      },
    },
    result,
  };
}

/** The measure page the form returns to, with nothing of interest on it. */
const detailsMock: MockLink.MockedResponse = {
  request: { query: MEASURE_DETAILS, variables: { id: 'measure-1' } },
  error: new Error('not needed here'),
};

describe('the report-a-figure form', () => {
  it('reports a figure for the latest ended period, with Welsh commentary and a breakdown', async () => {
    const user = userEvent.setup();
    renderApp({
      route,
      mocks: [
        meMock(aUser({ role: 'LEAD' })),
        measureMock(),
        submitMock(
          {
            value: 1250.5,
            commentary: { en: null, cy: 'Gwell na’r disgwyl.' },
            breakdowns: [{ label: { en: 'North Wales', cy: 'Gogledd Cymru' }, value: 400 }],
          },
          { data: { submitMeasureValue: aFigure(latest, { value: 1250.5 }) } },
        ),
        detailsMock,
      ],
    });

    const period = await screen.findByLabelText('Period');
    expect(period).toHaveValue(latest);
    expect(within(period).getAllByRole('option')[1]).toHaveTextContent(latestLabel);
    await user.click(screen.getByRole('radio', { name: 'Confirmed' }));
    await user.type(screen.getByLabelText('Figure'), '1,250.5');
    await user.type(
      within(screen.getByRole('group', { name: /Commentary/ })).getByLabelText('In Welsh'),
      'Gwell na’r disgwyl.',
    );
    await user.click(screen.getByRole('button', { name: 'Add a breakdown' }));
    await user.type(screen.getByLabelText('Label in English'), 'North Wales');
    await user.type(screen.getByLabelText('Label in Welsh'), 'Gogledd Cymru');
    await user.type(screen.getByLabelText('Value'), '400');
    await user.click(screen.getByRole('button', { name: 'Report figure' }));

    expect(await screen.findByRole('alert', { name: 'Success' })).toHaveTextContent(
      `The figure for ${latestLabel} has been reported.`,
    );
  });

  it('shows the period’s figure and sends it as the one revised', async () => {
    const user = userEvent.setup();
    renderApp({
      route,
      mocks: [
        meMock(aUser({ role: 'LEAD' })),
        measureMock([aFigure(latest, { id: 'value-current', value: 7.2, quality: 'PROVISIONAL' })]),
        submitMock(
          { value: 6.9, revises: 'value-current' },
          { data: { submitMeasureValue: aFigure(latest, { value: 6.9, revised: true }) } },
        ),
        detailsMock,
      ],
    });

    expect(await screen.findByText(/This period already has a figure/)).toHaveTextContent(
      'This period already has a figure: 7.2% (Provisional), given by Ceri Morgan on 10 October 2026 at 10:30.',
    );
    await user.click(screen.getByRole('radio', { name: 'Confirmed' }));
    await user.type(screen.getByLabelText('Figure'), '6.9');
    await user.click(screen.getByRole('button', { name: 'Revise figure' }));

    expect(await screen.findByRole('alert', { name: 'Success' })).toHaveTextContent(
      `The figure for ${latestLabel} has been revised.`,
    );
  });

  it('shows the API’s refusals in the error summary, linked to their fields', async () => {
    const user = userEvent.setup();
    renderApp({
      route,
      mocks: [
        meMock(aUser({ role: 'LEAD' })),
        measureMock(),
        submitMock(
          { value: 7 },
          {
            errors: [
              {
                message: 'This period already has a figure; revise the one shown now',
                extensions: { code: 'CONFLICT', field: 'revises', current: { id: 'value-new' } },
              },
              {
                message: 'commentary.cy must be shorter than or equal to 4000 characters',
                extensions: { code: 'BAD_USER_INPUT', field: 'commentary.cy' },
              },
            ],
          },
        ),
      ],
    });

    await user.click(await screen.findByRole('radio', { name: 'Confirmed' }));
    await user.type(screen.getByLabelText('Figure'), '7');
    await user.click(screen.getByRole('button', { name: 'Report figure' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('There is a problem')).toBeInTheDocument();
    expect(
      within(summary).getByRole('link', {
        name: 'This period already has a figure; revise the one shown now',
      }),
    ).toHaveAttribute('href', '#periodStart');
    expect(
      within(summary).getByRole('link', {
        name: 'commentary.cy must be shorter than or equal to 4000 characters',
      }),
    ).toHaveAttribute('href', '#commentary-cy');
    expect(screen.getByLabelText('Period')).toHaveAccessibleDescription(
      'Error: This period already has a figure; revise the one shown now',
    );
    expect(document.title).toBe('Error: Report a figure for measure M5.1 – Cynnydd');
  });

  it('checks the figure before sending it', async () => {
    const user = userEvent.setup();
    renderApp({ route, mocks: [meMock(aUser({ role: 'LEAD' })), measureMock()] });

    await user.click(await screen.findByRole('button', { name: 'Report figure' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: /confirmed, provisional/ })).toHaveAttribute(
      'href',
      '#quality',
    );

    await user.click(screen.getByRole('radio', { name: 'Not available' }));
    expect(screen.queryByLabelText('Figure')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Report figure' }));
    expect(
      await screen.findByRole('link', { name: 'Say why the figure is not available' }),
    ).toHaveAttribute('href', '#notAvailableReason-en');
  });

  it('starts on the period a link names, such as a figure due on My actions', async () => {
    const earlier = periods[periods.length - 1];
    const { unmount } = renderApp({
      route: `${route}?period=${earlier.start}`,
      mocks: [meMock(aUser({ role: 'LEAD' })), measureMock()],
    });
    expect(await screen.findByLabelText('Period')).toHaveValue(earlier.start);
    expect(screen.getByRole('option', { name: earlier.label, selected: true })).toBeInTheDocument();
    unmount();

    // A period the form does not offer (not yet begun, or mistyped) leaves the usual default.
    renderApp({
      route: `${route}?period=2099-01-01`,
      mocks: [meMock(aUser({ role: 'LEAD' })), measureMock()],
    });
    expect(await screen.findByLabelText('Period')).toHaveValue(latest);
  });
});
