import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { aUser, meMock } from '../../../test/factories';
import { renderApp } from '../../../test/render-app';
import { anEngagement, engagementsMock } from '../../partnership/testing/partnership-mocks';
import { MEASURE_DETAILS } from '../graphql/measures';
import { aFigure, anArea, measureText } from '../testing/measure-mocks';

const person = (id: string, name: string) => ({ __typename: 'Person', id, name });

/** The RAG's reason as the API words it, in both languages. */
const explanation = (en: string, cy: string) => measureText(en, cy);

/**
 * Sickness absence, lower is better, target 6% (green up to 0.5 points over, red beyond 1.5):
 * Q1 8.4% red; Q2 first 7.2%, revised to 6.4% amber (provisional, with commentary); Q3 not
 * available.
 */
const breakdown = (label: ReturnType<typeof measureText>, value: number) => ({
  __typename: 'ValueBreakdown',
  label,
  value,
});

function measure(overrides: Record<string, unknown> = {}) {
  const detailed = (figure: ReturnType<typeof aFigure>, extra: Record<string, unknown> = {}) => ({
    ...figure,
    ragExplanation: null,
    commentary: measureText(null, null),
    notAvailableReason: measureText(null, null),
    breakdowns: [],
    ...extra,
  });
  return {
    __typename: 'Measure',
    id: 'measure-1',
    reference: 'M5.1',
    name: measureText('Sickness absence rate', 'Cyfradd absenoldeb salwch'),
    definition: measureText('Days lost to sickness as a share of days available.', null),
    calculation: measureText('Days lost ÷ days available × 100', 'Diwrnodau a gollwyd ÷ …'),
    dataSource: measureText('ESR', 'ESR'),
    unit: 'PERCENTAGE',
    direction: 'LOWER_IS_BETTER',
    frequency: 'QUARTERLY',
    themes: ['WELL_BEING'],
    wellBeingGoals: ['HEALTHIER', 'PROSPEROUS'],
    waysOfWorking: ['PREVENTION'],
    contextual: false,
    canReportFigures: true,
    tolerance: { __typename: 'MeasureTolerance', amber: 0.5, red: 1.5 },
    baseline: { __typename: 'MeasureBaseline', value: 6.8, date: '2025-03-31' },
    targets: [
      { __typename: 'MeasureTarget', financialYear: '2025-26', value: 6.5 },
      { __typename: 'MeasureTarget', financialYear: '2026-27', value: 6 },
    ],
    owner: person('person-1', 'Ceri Morgan'),
    areas: [anArea(5, 'Well-being', 'Llesiant')],
    trend: { __typename: 'MeasureTrends', sincePrevious: 'IMPROVING', sinceBaseline: 'IMPROVING' },
    values: [
      detailed(aFigure('2026-04-01', { value: 8.4, rag: 'RED' }), {
        ragExplanation: explanation(
          'Red: 8.4% against a target of 6%; red beyond 1.5 points',
          'Coch: 8.4% o’i gymharu â tharged o 6%; coch y tu hwnt i 1.5 pwynt',
        ),
      }),
      detailed(
        aFigure('2026-07-01', {
          id: 'value-q2-b',
          value: 6.4,
          rag: 'GREEN',
          quality: 'PROVISIONAL',
          revised: true,
        }),
        {
          ragExplanation: explanation(
            'Green: 6.4% against a target of 6%; green up to 0.5 points short',
            'Gwyrdd: 6.4% o’i gymharu â tharged o 6%; gwyrdd hyd at 0.5 pwynt yn brin',
          ),
          commentary: measureText('Fewer long-term absences.', 'Llai o absenoldebau hirdymor.'),
          breakdowns: [
            breakdown(measureText('North Wales', 'Gogledd Cymru'), 6.1),
            breakdown(measureText('South Wales', null), 6.75),
          ],
        },
      ),
      detailed(aFigure('2026-10-01', { value: null, rag: null, quality: 'NOT_AVAILABLE' }), {
        notAvailableReason: measureText('ESR extract delayed.', 'Oedi wrth echdynnu ESR.'),
      }),
    ],
    revisions: [
      {
        ...aFigure('2026-07-01', { id: 'value-q2-a', value: 7.2, rag: 'AMBER' }),
        submittedAt: '2026-10-10T09:30:00Z',
        author: person('person-1', 'Ceri Morgan'),
      },
    ],
    actions: [
      {
        __typename: 'Action',
        id: 'action-5-1',
        reference: '5.1',
        title: measureText('Refresh the well-being framework', 'Adnewyddu’r fframwaith llesiant'),
        currentStatus: { __typename: 'StatusUpdate', id: 'status-1', rag: 'AMBER' },
      },
      {
        __typename: 'Action',
        id: 'action-5-2',
        reference: '5.2',
        title: measureText('Canopi', 'Canopi'),
        currentStatus: null,
      },
    ],
    ...overrides,
  };
}

function measureMock(overrides: Record<string, unknown> = {}): MockLink.MockedResponse {
  return {
    request: { query: MEASURE_DETAILS, variables: { id: 'measure-1' } },
    result: { data: { measure: measure(overrides) } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

const cellsOf = (row: HTMLElement) =>
  [within(row).getByRole('rowheader'), ...within(row).getAllByRole('cell')].map(
    (cell) => cell.textContent,
  );

describe('the measure page', () => {
  it('shows how the social partners were engaged on the measure', async () => {
    renderApp({
      route: '/measures/measure-1',
      mocks: [
        meMock(aUser()),
        measureMock(),
        engagementsMock([anEngagement({ subjectKind: 'MEASURE', subjectId: 'measure-1' })], {
          subjectKind: 'MEASURE',
          subjectId: 'measure-1',
        }),
      ],
    });

    const table = await screen.findByRole('table', {
      name: 'Engagement with social partners, newest first',
    });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('12 November 2026Measure');
    // The programme office keeps the records.
    expect(screen.getByRole('button', { name: 'Record an engagement' })).toBeInTheDocument();
  });

  it('describes the measure, with its tolerance in words and its targets per year', async () => {
    renderApp({ route: '/measures/measure-1', mocks: [meMock(aUser()), measureMock()] });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Measure M5.1 Sickness absence rate' }),
    ).toBeInTheDocument();
    const details = (label: string) =>
      screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;
    expect(details('Owner')).toBe('Ceri Morgan');
    expect(details('Unit')).toBe('Percentage');
    expect(details('Direction')).toBe('Lower is better');
    expect(details('Frequency')).toBe('Quarterly');
    expect(details('Tolerance')).toBe(
      'Green when the figure meets the target or falls short by up to 0.5 percentage points; amber when it falls short by more than that, up to 1.5 percentage points; red when it falls short by more than 1.5 percentage points.',
    );
    expect(details('Baseline')).toBe('6.8% on 31 March 2025');
    expect(details('Targets')).toBe('2025-26: 6.5%2026-27: 6%');
    expect(details('Principles and priorities')).toBe('Well-being');
    // In the Act's order.
    expect(details('Well-being goals')).toBe('A prosperous WalesA healthier Wales');
    expect(details('Ways of working')).toBe('Prevention');
    expect(screen.getByRole('button', { name: 'Report a figure' })).toHaveAttribute(
      'href',
      '/measures/measure-1/report',
    );
  });

  it('has a table with every figure as the chart’s text alternative', async () => {
    renderApp({ route: '/measures/measure-1', mocks: [meMock(aUser()), measureMock()] });

    const figure = await screen.findByRole('figure', {
      name: /^Chart: figures of measure M5\.1 in each period, against the target/,
    });
    expect(figure).toHaveTextContent(
      'First figure, 2026-27 Q1: 8.4%. Latest figure, 2026-27 Q2: 6.4% against a target of 6% (Green). The table below has every figure.',
    );
    await waitFor(() => expect(figure.querySelector('svg.recharts-surface')).not.toBeNull());

    const table = screen.getByRole('table', { name: 'Figures of measure M5.1' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map(cellsOf)).toEqual([
      [
        '2026-27 Q1',
        '8.4%',
        'Confirmed',
        '6%',
        '▲Red',
        'Red: 8.4% against a target of 6%; red beyond 1.5 points',
        '–',
      ],
      [
        '2026-27 Q2',
        '6.4%Breakdown of the figure for 2026-27 Q2North Wales: 6.1%South Wales: 6.75%',
        'Provisional, Revised',
        '6%',
        '●Green',
        'Green: 6.4% against a target of 6%; green up to 0.5 points short',
        'Fewer long-term absences.',
      ],
      [
        '2026-27 Q3',
        'Not available',
        'Not available: ESR extract delayed.',
        '6%',
        '–No figure',
        '–',
        '–',
      ],
    ]);
  });

  it('folds a figure’s breakdown away under it, in a details element', async () => {
    const user = userEvent.setup();
    renderApp({ route: '/measures/measure-1', mocks: [meMock(aUser()), measureMock()] });

    const table = await screen.findByRole('table', { name: 'Figures of measure M5.1' });
    const [first, second] = within(table).getAllByRole('row').slice(1);
    expect(within(first).queryByText('Breakdown')).not.toBeInTheDocument();
    const details = within(second).getByText('Breakdown').closest('details') as HTMLElement;
    expect(details).not.toHaveAttribute('open');
    await user.click(within(second).getByText('Breakdown'));
    expect(details).toHaveAttribute('open');
    expect(within(details).getByRole('list')).toHaveTextContent(
      'North Wales: 6.1%South Wales: 6.75%',
    );
  });

  it('lists earlier figures with who gave them and when, and the contributing actions', async () => {
    renderApp({ route: '/measures/measure-1', mocks: [meMock(aUser()), measureMock()] });

    const earlier = await screen.findByRole('table', {
      name: 'Figures later revised, as first given',
    });
    expect(cellsOf(within(earlier).getAllByRole('row')[1])).toEqual([
      '2026-27 Q2',
      '7.2%',
      'Confirmed',
      'Ceri Morgan',
      '10 October 2026 at 10:30',
    ]);
    const actions = screen.getByRole('table', { name: 'Actions that contribute to this measure' });
    expect(
      within(actions)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent),
    ).toEqual(['5.1: Refresh the well-being framework◆Amber', '5.2: Canopi–No update']);
    expect(within(actions).getByRole('link', { name: /5\.1/ })).toHaveAttribute(
      'href',
      '/actions/action-5-1',
    );
  });

  it('is in Welsh, RAG reasons included, for Welsh speakers', async () => {
    renderApp({
      route: '/measures/measure-1',
      language: 'cy',
      mocks: [meMock(aUser({ preferredLanguage: 'cy' })), measureMock()],
    });

    const table = await screen.findByRole('table', { name: 'Ffigurau mesur M5.1' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(cellsOf(rows[1])).toEqual([
      '2026-27 Ch2',
      '6.4%Dadansoddiad o’r ffigur ar gyfer 2026-27 Ch2Gogledd Cymru: 6.1%' +
        'South Wales (English) Dangosir y testun Saesneg am nad yw’r testun Cymraeg ar gael eto: 6.75%',
      'Dros dro, Diwygiedig',
      '6%',
      '●Gwyrdd',
      'Gwyrdd: 6.4% o’i gymharu â tharged o 6%; gwyrdd hyd at 0.5 pwynt yn brin',
      'Llai o absenoldebau hirdymor.',
    ]);
    expect(cellsOf(rows[2])[2]).toBe('Ddim ar gael: Oedi wrth echdynnu ESR.');
    // A part without a Welsh name is shown in English, marked as such.
    expect(within(rows[1]).getByText('South Wales')).toHaveAttribute('lang', 'en');
    expect(screen.getByText('Cyfeiriad', { selector: 'dt' }).nextElementSibling).toHaveTextContent(
      'Gorau po isaf',
    );
    expect(screen.getByText('Amlder', { selector: 'dt' }).nextElementSibling).toHaveTextContent(
      'Chwarterol',
    );
    expect(screen.getByRole('button', { name: 'Rhoi ffigur' })).toBeInTheDocument();
    // The definition has no Welsh yet: the English is shown, marked as such.
    expect(screen.getByText('Days lost to sickness as a share of days available.')).toHaveAttribute(
      'lang',
      'en',
    );
  });

  it('offers no button to those who may not report its figures', async () => {
    renderApp({
      route: '/measures/measure-1',
      mocks: [meMock(aUser({ role: 'VIEWER' })), measureMock({ canReportFigures: false })],
    });
    expect(await screen.findByRole('table', { name: 'Figures of measure M5.1' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Report a figure' })).not.toBeInTheDocument();
  });

  it('offers “Change this measure” to the programme office, who manage plans', async () => {
    renderApp({ route: '/measures/measure-1', mocks: [meMock(aUser()), measureMock()] });

    expect(await screen.findByRole('button', { name: 'Change this measure' })).toHaveAttribute(
      'href',
      '/measures/measure-1/edit',
    );
  });

  it('offers a lead no “Change this measure” button', async () => {
    renderApp({
      route: '/measures/measure-1',
      mocks: [meMock(aUser({ role: 'LEAD' })), measureMock()],
    });
    expect(await screen.findByRole('table', { name: 'Figures of measure M5.1' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Change this measure' })).not.toBeInTheDocument();
  });
});
