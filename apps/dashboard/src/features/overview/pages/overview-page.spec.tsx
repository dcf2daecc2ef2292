import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { RagMovementCountFieldsFragment } from '../../../gql/graphql';
import { aPeriod, aUser, counts, meMock, noCurrentPeriodMock } from '../../../test/factories';
import { renderApp } from '../../../test/render-app';
import {
  aFigure,
  summaryMock as measuresMock,
  measureText,
} from '../../measures/testing/measure-mocks';
import { PROGRESS_LISTS, PROGRESS_SUMMARY } from '../graphql/overview';

/** The overview, its measures section answered with none unless `mocks` answer it. */
function renderOverview(options: Parameters<typeof renderApp>[0] = {}) {
  return renderApp({ ...options, mocks: [...(options.mocks ?? []), measuresMock()] });
}

function area(number: number, shortTitle: { en: string | null; cy: string | null }) {
  return {
    __typename: 'StrategicArea',
    id: `area-${number}`,
    number,
    shortTitle: { __typename: 'BilingualText', ...shortTitle },
  };
}

function movementCounts(values: Partial<RagMovementCountFieldsFragment> = {}) {
  return {
    __typename: 'RagMovementCounts',
    improved: 0,
    worsened: 0,
    unchanged: 0,
    newlyRed: 0,
    newlyComplete: 0,
    notCompared: 0,
    ...values,
  };
}

function change(
  id: string,
  reference: string,
  previous: string,
  current: string,
  direction: 'IMPROVED' | 'WORSENED',
) {
  return {
    __typename: 'ActionRagChange',
    action: {
      __typename: 'Action',
      id,
      reference,
      title: { __typename: 'BilingualText', en: `Action ${reference}`, cy: `Cam ${reference}` },
    },
    previous,
    current,
    direction,
  };
}

interface SummaryOptions {
  state?: 'OPEN' | 'CLOSED';
  closedAt?: string | null;
  /** The previous period's label, or null for the first period. */
  previous?: string | null;
  movement?: ReturnType<typeof movementCounts>;
  areaMovement?: ReturnType<typeof movementCounts>[];
  changes?: ReturnType<typeof change>[];
  overdueMilestones?: ReturnType<typeof overdueMilestone>[];
  period?: typeof aPeriod;
}

function overdueMilestone(reference: string, title: string) {
  return {
    __typename: 'Milestone',
    id: `m-${reference}`,
    dueDate: '2026-10-31',
    title: { __typename: 'BilingualText', en: title, cy: null },
    action: { __typename: 'Action', id: `a-${reference}`, reference },
  };
}

function summaryMocks(
  areas: ReturnType<typeof area>[],
  overall = counts(),
  {
    state = 'OPEN',
    closedAt = null,
    previous = null,
    movement = movementCounts(),
    areaMovement = [],
    changes = [],
    overdueMilestones = [overdueMilestone('1.2', 'Pilot evaluated')],
    period = aPeriod,
  }: SummaryOptions = {},
) {
  return [
    {
      request: { query: PROGRESS_SUMMARY },
      result: {
        data: {
          currentProgressSummary: {
            __typename: 'ProgressSummary',
            asOf: '2026-11-20',
            reportingPeriod: { ...period, state, closedAt },
            plan: { __typename: 'AnnualPlan', id: 'plan-1', financialYear: '2026-27' },
            overall,
            areas: areas.map((a, i) => ({
              __typename: 'AreaProgress',
              area: a,
              counts: i === 0 ? overall : counts(),
              movement: areaMovement[i] ?? movementCounts(),
            })),
            movement: {
              __typename: 'RagMovement',
              previousPeriod: previous && {
                __typename: 'ReportingPeriod',
                id: 'period-0',
                label: previous,
              },
              counts: movement,
            },
          },
        },
      },
    },
    {
      request: { query: PROGRESS_LISTS },
      result: {
        data: {
          currentProgressSummary: {
            __typename: 'ProgressSummary',
            movement: { __typename: 'RagMovement', changes },
            overdueMilestones,
            actionsWithoutUpdate: [],
          },
        },
      },
    },
  ];
}

describe('the overview', () => {
  const signedIn = meMock(aUser());

  it('shows each area’s RAG counts and the totals, with every status named', async () => {
    const overall = counts({ red: 2, amber: 1, green: 3, noUpdate: 1 });
    renderOverview({
      mocks: [
        signedIn,
        ...summaryMocks(
          [
            area(1, {
              en: 'Engaged, motivated and healthy workforce',
              cy: 'Gweithlu ymgysylltiol',
            }),
          ],
          overall,
        ),
      ],
    });

    const table = await screen.findByRole('table', {
      name: 'Actions by status in each strategic area',
    });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(headers).toEqual([
      'Strategic area',
      '▲Red',
      '◆Amber',
      '●Green',
      '○Not started',
      '✓Complete',
      '–No update',
      'Total',
    ]);
    const totals = within(table).getByRole('row', { name: /All areas/ });
    expect(
      within(totals)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['2', '1', '3', '0', '0', '1', '7']);
    expect(
      screen.getByText('Reporting period 2026-27 Q3: 1 October 2026 to 31 December 2026'),
    ).toBeInTheDocument();

    const overdue = await screen.findByRole('region', { name: 'Milestones overdue (1)' });
    expect(within(overdue).getByRole('link', { name: '1.2' })).toHaveAttribute(
      'href',
      '/actions/a-1.2',
    );
    expect(overdue).toHaveTextContent('Pilot evaluated (due 31 October 2026)');
    expect(
      screen.getByRole('region', { name: 'Actions with no update for this period (0)' }),
    ).toHaveTextContent('Every action has an update for this period.');
  });

  it('lists a large programme’s overdue milestones twenty at a time', async () => {
    const many = Array.from({ length: 45 }, (_, index) =>
      overdueMilestone(`1.${index + 1}`, `Milestone ${index + 1}`),
    );
    renderOverview({
      mocks: [
        signedIn,
        ...summaryMocks(
          [area(1, { en: 'Leadership', cy: 'Arweinyddiaeth' })],
          counts({ green: 3 }),
          {
            overdueMilestones: many,
          },
        ),
      ],
    });
    const overdue = await screen.findByRole('region', { name: 'Milestones overdue (45)' });
    const milestones = () =>
      within(within(overdue).getAllByRole('list')[0]).getAllByRole('listitem');
    expect(milestones()).toHaveLength(20);
    expect(overdue).toHaveTextContent('Showing 1 to 20 of 45');
    const pages = within(overdue).getByRole('navigation', { name: 'Pages of overdue milestones' });
    await userEvent.click(within(pages).getByRole('link', { name: 'Page 3' }));
    expect(milestones()).toHaveLength(5);
    expect(within(overdue).getByRole('link', { name: '1.41' })).toBeInTheDocument();
    // The other list keeps its own page.
    expect(
      screen.getByRole('region', { name: 'Actions with no update for this period (0)' }),
    ).toHaveTextContent('Every action has an update for this period.');
  });

  it('marks an area title shown in English because its Welsh is missing', async () => {
    renderOverview({
      language: 'cy',
      mocks: [
        meMock(aUser({ preferredLanguage: 'cy' })),
        ...summaryMocks(
          [area(2, { en: 'Attraction and recruitment', cy: null })],
          counts({ green: 1 }),
        ),
      ],
    });

    const title = await screen.findByText('Attraction and recruitment', { exact: false });
    expect(title).toHaveAttribute('lang', 'en');
    expect(within(title).getByText('(English)', { exact: false })).toBeInTheDocument();
    expect(
      screen.getByText('Cyfnod adrodd 2026-27 Q3: 1 Hydref 2026 i 31 Rhagfyr 2026'),
    ).toBeInTheDocument();
  });

  it('says so when no reporting period has started', async () => {
    renderOverview({ mocks: [signedIn, noCurrentPeriodMock()] });
    expect(await screen.findByText('No reporting period has started yet.')).toBeInTheDocument();
  });

  it('says so when the plan has no actions', async () => {
    renderOverview({
      mocks: [signedIn, ...summaryMocks([area(1, { en: 'A', cy: 'B' })])],
    });
    expect(
      await screen.findByText('There are no actions in the plan for this reporting period yet.'),
    ).toBeInTheDocument();
  });

  it('says so when the figures cannot be loaded', async () => {
    renderOverview({
      mocks: [
        signedIn,
        {
          request: { query: PROGRESS_SUMMARY },
          error: new Error('offline'),
        },
      ],
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Sorry, the progress figures could not be loaded. Try again later.',
    );
  });

  it('keeps the figures when the lists of actions and milestones cannot be loaded', async () => {
    const [figures] = summaryMocks(
      [area(1, { en: 'Leadership', cy: 'Arweinyddiaeth' })],
      counts({ green: 3 }),
    );
    renderOverview({
      mocks: [
        signedIn,
        figures,
        { request: { query: PROGRESS_LISTS }, error: new Error('offline') },
      ],
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Sorry, the actions and milestones that need attention could not be loaded. Try again later.',
    );
    expect(
      screen.getByRole('table', { name: 'Actions by status in each strategic area' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /^Milestones overdue/ })).not.toBeInTheDocument();
  });

  describe('change since the previous period', () => {
    const areas = [
      area(1, { en: 'Engaged workforce', cy: 'Gweithlu ymgysylltiol' }),
      area(2, { en: 'Attraction and recruitment', cy: 'Denu a recriwtio' }),
    ];
    const movementMocks = (user = signedIn) => [
      user,
      ...summaryMocks(areas, counts({ red: 2, amber: 3, green: 4, complete: 1 }), {
        previous: '2026-27 Q2',
        movement: movementCounts({
          improved: 3,
          worsened: 2,
          unchanged: 4,
          newlyRed: 1,
          newlyComplete: 1,
          notCompared: 5,
        }),
        areaMovement: [
          movementCounts({ improved: 1, worsened: 2 }),
          movementCounts({ improved: 2, worsened: 0 }),
        ],
        changes: [
          change('a-11', '1.1', 'AMBER', 'GREEN', 'IMPROVED'),
          change('a-12', '1.2', 'GREEN', 'RED', 'WORSENED'),
        ],
      }),
    ];

    it('sums up in words how many actions improved, worsened and turned red or complete', async () => {
      renderOverview({ mocks: movementMocks() });

      const section = await screen.findByRole('region', { name: 'Change since 2026-27 Q2' });
      expect(section).toHaveTextContent(
        'Since 2026-27 Q2: 3 improved, 2 worsened, 1 newly red, 1 newly complete and 4 unchanged.',
      );
      expect(section).toHaveTextContent(
        '5 not compared, because they have no update in one of the two periods.',
      );
    });

    it('adds improved and worsened columns per area, with the totals', async () => {
      renderOverview({ mocks: movementMocks() });

      const table = await screen.findByRole('table', {
        name: 'Actions by status in each strategic area',
      });
      expect(
        within(table)
          .getAllByRole('columnheader')
          .slice(-2)
          .map((cell) => cell.textContent),
      ).toEqual(['Improved since 2026-27 Q2', 'Worsened since 2026-27 Q2']);
      const lastTwo = (row: HTMLElement) =>
        within(row)
          .getAllByRole('cell')
          .slice(-2)
          .map((cell) => cell.textContent);
      expect(lastTwo(within(table).getByRole('row', { name: /Area 1/ }))).toEqual(['1', '2']);
      expect(lastTwo(within(table).getByRole('row', { name: /Area 2/ }))).toEqual(['2', '0']);
      expect(lastTwo(within(table).getByRole('row', { name: /All areas/ }))).toEqual(['3', '2']);
    });

    it('lists the actions that moved, worsened first, with both statuses named', async () => {
      renderOverview({ mocks: movementMocks() });

      const table = await screen.findByRole('table', {
        name: 'Actions whose status changed since 2026-27 Q2',
      });
      const rows = within(table).getAllByRole('row').slice(1);
      expect(rows.map((row) => within(row).getByRole('link').textContent)).toEqual([
        '1.2: Action 1.2',
        '1.1: Action 1.1',
      ]);
      expect(within(rows[0]).getByRole('link')).toHaveAttribute('href', '/actions/a-12');
      expect(
        within(rows[0])
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ).toEqual(['●Green', '▲Red', '↓Worsened']);
      expect(
        within(rows[1])
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ).toEqual(['◆Amber', '●Green', '↑Improved']);
    });

    it('is in Welsh for Welsh speakers', async () => {
      renderOverview({
        language: 'cy',
        mocks: movementMocks(meMock(aUser({ preferredLanguage: 'cy' }))),
      });

      const section = await screen.findByRole('region', { name: 'Newid ers 2026-27 Q2' });
      expect(section).toHaveTextContent(
        'Ers 2026-27 Q2: 3 wedi gwella, 2 wedi gwaethygu, 1 newydd droi’n goch, 1 newydd eu cwblhau a 4 heb newid.',
      );
      expect(await within(section).findByRole('table')).toHaveTextContent('↓Wedi gwaethygu');
    });

    it('says there is nothing to compare with in the first period, and adds no columns', async () => {
      renderOverview({
        mocks: [signedIn, ...summaryMocks(areas, counts({ green: 2 }))],
      });

      const section = await screen.findByRole('region', {
        name: 'Change since the previous period',
      });
      expect(section).toHaveTextContent('There is no earlier reporting period to compare with.');
      expect(within(section).queryByRole('table')).not.toBeInTheDocument();
      expect(screen.queryByRole('columnheader', { name: /Improved/ })).not.toBeInTheDocument();
    });
  });

  describe('the state of the round', () => {
    it('says until when an open round takes updates', async () => {
      const period = { ...aPeriod, updateDeadline: '2999-01-15' };
      renderOverview({
        mocks: [
          signedIn,
          ...summaryMocks([area(1, { en: 'A', cy: 'B' })], counts({ red: 1 }), { period }),
        ],
      });
      expect(
        await screen.findByText('Open for updates until 15 January 2999.', { exact: false }),
      ).toHaveTextContent(
        'Open Open for updates until 15 January 2999. Figures as at 20 November 2026.',
      );
    });

    it('says when an open round’s deadline has passed', async () => {
      const period = { ...aPeriod, updateDeadline: '2000-01-15' };
      renderOverview({
        mocks: [
          signedIn,
          ...summaryMocks([area(1, { en: 'A', cy: 'B' })], counts({ red: 1 }), { period }),
        ],
      });
      expect(
        await screen.findByText('Still open for updates, which were due by 15 January 2000.', {
          exact: false,
        }),
      ).toBeInTheDocument();
    });

    it('says when the operational group closed the round', async () => {
      renderOverview({
        mocks: [
          signedIn,
          ...summaryMocks([area(1, { en: 'A', cy: 'B' })], counts({ red: 1 }), {
            state: 'CLOSED',
            closedAt: '2027-01-22T17:00:00Z',
          }),
        ],
      });
      const text = await screen.findByText(/The operational group closed this round on/);
      expect(text).toHaveTextContent(
        /^Closed The operational group closed this round on 22 January 2027/,
      );
      expect(screen.queryByText(/Open for updates/)).not.toBeInTheDocument();
    });
  });

  describe('the chart', () => {
    it('shows the API’s picture of the counts and says in words what the table below has too', async () => {
      renderOverview({
        mocks: [
          signedIn,
          ...summaryMocks(
            [area(1, { en: 'A', cy: 'B' }), area(2, { en: 'C', cy: 'D' })],
            counts({ red: 2, amber: 1, green: 3, noUpdate: 1 }),
          ),
        ],
      });

      const figure = await screen.findByRole('figure', {
        name: /^Chart: actions by status in each strategic area, 2026-27 Q3/,
      });
      expect(figure).toHaveTextContent(
        'Across all areas – Red: 2, Amber: 1, Green: 3, Not started: 0, Complete: 0, No update: 1. The table below has the same figures for each area.',
      );
      // The picture is for sighted users only; the caption and the table carry its data.
      const picture = figure.querySelector('img');
      expect(picture).toHaveAttribute('src', `/charts/progress/${aPeriod.id}?language=en`);
      expect(picture).toHaveAttribute('alt', '');
      expect(picture?.closest('[aria-hidden="true"]')).not.toBeNull();
      // Its place is kept before it arrives: a row per area under the legend.
      expect(picture).toHaveAttribute('width', '720');
      expect(picture).toHaveAttribute('height', String(96 + 2 * 48));
    });

    it('asks for the picture in Welsh for Welsh speakers', async () => {
      renderOverview({
        language: 'cy',
        mocks: [
          meMock(aUser({ preferredLanguage: 'cy' })),
          ...summaryMocks([area(1, { en: 'A', cy: 'B' })], counts({ green: 1 })),
        ],
      });
      const figure = await screen.findByRole('figure', { name: /^Siart: camau gweithredu/ });
      expect(figure.querySelector('img')).toHaveAttribute(
        'src',
        `/charts/progress/${aPeriod.id}?language=cy`,
      );
    });
  });

  describe('the measures section', () => {
    const worsened = {
      __typename: 'Measure',
      id: 'measure-1',
      reference: 'M5.1',
      name: measureText('Sickness absence rate', 'Cyfradd absenoldeb salwch'),
      unit: 'PERCENTAGE',
      latest: aFigure('2026-07-01', { value: 7.9, rag: 'RED' }),
    };
    const mocks = (user = signedIn) => [
      user,
      ...summaryMocks([area(1, { en: 'A', cy: 'B' })], counts({ red: 1 })),
      measuresMock({ red: 2, amber: 1, green: 3, contextual: 1, noFigure: 2 }, [worsened]),
    ];

    it('counts the measures by the RAG of their latest figure and lists those that worsened', async () => {
      // Its own query: the actions' table does not wait for it.
      renderApp({ mocks: mocks() });

      const section = await screen.findByRole('region', { name: 'Measures' });
      const table = await within(section).findByRole('table', {
        name: 'Measures by the RAG of their latest figure',
      });
      expect(
        within(table)
          .getAllByRole('row')
          .slice(1)
          .map((row) => row.textContent),
      ).toEqual(['▲Red2', '◆Amber1', '●Green3', '○Contextual1', '–No figure2', 'Total9']);
      expect(section).toHaveTextContent('Measures whose RAG worsened (1)');
      expect(
        within(section).getByRole('link', { name: 'M5.1: Sickness absence rate' }),
      ).toHaveAttribute('href', '/measures/measure-1');
      expect(section).toHaveTextContent('2026-27 Q2: 7.9%');
      // Below the actions' figures.
      const actions = await screen.findByRole('table', {
        name: 'Actions by status in each strategic area',
      });
      expect(
        actions.compareDocumentPosition(section) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).toBeTruthy();
    });

    it('is in Welsh for Welsh speakers', async () => {
      renderApp({
        language: 'cy',
        mocks: mocks(meMock(aUser({ preferredLanguage: 'cy' }))),
      });

      const section = await screen.findByRole('region', { name: 'Mesurau' });
      expect(
        await within(section).findByRole('table', {
          name: 'Mesurau yn ôl statws RAG eu ffigur diweddaraf',
        }),
      ).toHaveTextContent('▲Coch2');
      expect(section).toHaveTextContent('M5.1: Cyfradd absenoldeb salwch');
      expect(section).toHaveTextContent('2026-27 Ch2: 7.9%');
    });
  });
});
