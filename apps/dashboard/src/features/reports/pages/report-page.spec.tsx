import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { aUser, conflictResult, meMock } from '../../../test/factories';
import { renderApp } from '../../../test/render-app';
import { ISSUE_REPORT, REPORT_LISTS, UPDATE_REPORT } from '../graphql/reports';
import {
  aLongReport,
  aMeasureLine,
  aReport,
  emptyReviewMock,
  reportMocks,
  text,
} from '../testing/report-factory';

const route = '/reports/report-1';
const writer = aUser();
const boardMember = aUser({ role: 'BOARD_MEMBER', email: 'owain.davies@gov.example.wales' });

describe('the report page', () => {
  it('shows a draft with its exceptions, and lets the operational group issue it', async () => {
    const user = userEvent.setup();
    renderApp({
      route,
      mocks: [meMock(writer), ...reportMocks(aReport('DRAFT'))],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Oversight board report: 2026-27 Q3' }),
    ).toBeInTheDocument();
    const cover = screen.getByTestId('report-cover');
    expect(within(cover).getByText('Draft')).toBeInTheDocument();
    expect(within(cover).getByText('Not issued yet')).toBeInTheDocument();
    expect(screen.getByText(/This is a draft/)).toBeInTheDocument();
    expect(screen.queryByTestId('frozen-notice')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Word document/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start a new edition' })).not.toBeInTheDocument();

    // The lists follow the head.
    const exceptions = await screen.findByRole('table', { name: 'Red and amber actions' });
    const row = within(exceptions).getByRole('row', { name: /4\.1: Action 4\.1/ });
    expect(row).toHaveTextContent('Ceri Morgan');
    expect(row).toHaveTextContent('Red');
    expect(row).toHaveTextContent('Mitigation for 4.1');

    await user.click(screen.getByRole('button', { name: 'Issue report' }));
    expect(screen.getByRole('heading', { name: 'Issue this report?' })).toHaveFocus();
    expect(screen.getByText(/Issuing freezes the report/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Yes, issue the report' })).toBeInTheDocument();
    // The first test in the file also loads the page's lazy chunks (ECharts among them), and
    // the draft's page is long (cover sheet, sections, every action): slow on a busy machine.
  }, 20_000);

  it('keeps the report’s cover and RAG summary when the rest cannot be loaded, and says so', async () => {
    const [head] = reportMocks(aReport('DRAFT'));
    renderApp({
      route,
      mocks: [
        meMock(writer),
        head,
        {
          request: { query: REPORT_LISTS, variables: { id: 'report-1' } },
          result: {
            errors: [{ message: 'Database unavailable', extensions: { code: 'INTERNAL' } }],
          },
        },
      ],
    });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The rest of the report could not be loaded.',
    );
    expect(
      screen.getByRole('heading', { level: 1, name: 'Oversight board report: 2026-27 Q3' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Delivery is broadly on track.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'RAG summary' })).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Red and amber actions' })).not.toBeInTheDocument();
  });

  it('shows the draft as issued once it is issued, reloaded from the API', async () => {
    const user = userEvent.setup();
    const { content: _content, coverSheet: _coverSheet, ...issued } = aReport('ISSUED');
    renderApp({
      route,
      mocks: [
        meMock(writer),
        ...reportMocks(aReport('DRAFT'), { maxUsageCount: 1 }),
        {
          request: {
            query: ISSUE_REPORT,
            variables: { input: { id: 'report-1', expectedVersion: 2 } },
          },
          result: { data: { issueReport: { ...issued, version: 3 } } },
        },
        ...reportMocks({ ...aReport('ISSUED'), version: 3 }),
        emptyReviewMock(),
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Issue report' }));
    await user.click(screen.getByRole('button', { name: 'Yes, issue the report' }));

    expect(await screen.findByText('The report has been issued.')).toBeInTheDocument();
    expect(screen.getByTestId('frozen-notice')).toHaveTextContent('20 January 2027');
    expect(
      within(screen.getByTestId('report-cover')).getByText('Issued', { selector: '.govuk-tag' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Issue report' })).not.toBeInTheDocument();
  });

  it('shows the measures scorecard with RAG in words, and those off target with commentary', async () => {
    renderApp({
      route,
      mocks: [meMock(writer), ...reportMocks(aReport('ISSUED')), emptyReviewMock()],
    });

    const scorecard = await screen.findByRole('table', { name: 'Measures scorecard' });
    expect(
      within(screen.getByRole('region', { name: 'Outcome measures' })).getByText(
        'Each measure’s latest figure for a period ended by 31 December 2026, against its target.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByTestId('measure-counts')).toHaveTextContent(
      '2 measures: 1 red, 0 amber, 0 green, 0 without a target, 1 without a figure.',
    );
    const late = within(scorecard).getByRole('row', { name: /M4\.1/ });
    expect(
      within(late)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Vacancy rate M4.1', '7.9% (Revised)', '2026-27 Q3', '6%', '▲Red', 'Worsening']);
    expect(within(late).getByText('Red').closest('.govuk-tag')).toHaveClass('govuk-tag--red');
    expect(within(scorecard).getByRole('row', { name: /M4\.2/ })).toHaveTextContent('No figure');

    const offTarget = screen.getByRole('region', { name: 'Measures off target' });
    expect(
      within(offTarget).getByRole('heading', { name: 'M4.1: Vacancy rate M4.1' }),
    ).toBeInTheDocument();
    expect(within(offTarget).getByText('Red: 7.9% against a target of 6%')).toBeInTheDocument();
    expect(within(offTarget).getByText('Agency use rose over the winter.')).toBeInTheDocument();
    const recent = within(offTarget).getByRole('table', { name: 'Recent figures for M4.1' });
    expect(within(recent).getAllByRole('row')).toHaveLength(3);
    expect(within(offTarget).queryByText(/M4\.2/)).not.toBeInTheDocument();
  });

  it('draws the board paper’s RAG chart in Welsh: area names, legend and counts', async () => {
    renderApp({
      route,
      language: 'cy',
      mocks: [
        meMock(aUser({ preferredLanguage: 'cy' })),
        ...reportMocks(aReport('ISSUED')),
        emptyReviewMock(),
      ],
    });

    const figure = (await screen.findByRole('heading', { name: 'Crynodeb RAG' })).closest(
      'section',
    ) as HTMLElement;
    // ECharts loads on its own, after the table; it draws SVG text.
    await waitFor(() => expect(figure.querySelector('.app-chart__echarts svg')).not.toBeNull());
    const texts = [...figure.querySelectorAll('.app-chart__echarts svg text')].map(
      (node) => node.textContent,
    );
    expect(texts).toEqual(
      expect.arrayContaining([
        '4. Arweinyddiaeth dosturiol',
        'Coch',
        'Gwyrdd',
        'Heb ddechrau',
        '1',
      ]),
    );
    expect(texts).not.toContain('Red');
  });

  it('shows the measures in Welsh, marking commentary given only in English', async () => {
    renderApp({
      route,
      language: 'cy',
      mocks: [
        meMock(aUser({ preferredLanguage: 'cy' })),
        ...reportMocks(aReport('ISSUED')),
        emptyReviewMock(),
      ],
    });

    const scorecard = await screen.findByRole('table', { name: 'Cerdyn sgorio’r mesurau' });
    const late = within(scorecard).getByRole('row', { name: /M4\.1/ });
    expect(late).toHaveTextContent('Cyfradd swyddi gwag M4.1');
    expect(late).toHaveTextContent('7.9% (Diwygiedig)');
    expect(late).toHaveTextContent('2026-27 Ch3');
    expect(late).toHaveTextContent('Coch');
    expect(late).toHaveTextContent('Yn gwaethygu');
    expect(within(scorecard).getByRole('row', { name: /M4\.2/ })).toHaveTextContent('Dim ffigur');
    const offTarget = screen.getByRole('region', { name: 'Mesurau sydd oddi ar y targed' });
    expect(
      within(offTarget).getByText('Coch: 7.9% o’i gymharu â tharged o 6%'),
    ).toBeInTheDocument();
    const commentary = within(offTarget).getByText('Agency use rose over the winter.');
    expect(commentary.closest('[lang]')).toHaveAttribute('lang', 'en');
  });

  it('says what was not given: an exception’s missing text, a measure’s missing target', async () => {
    const report = aReport('DRAFT');
    const [exception] = report.content.exceptions;
    const content = {
      ...report.content,
      exceptions: [{ ...exception, risks: text(null, null) }],
      measures: {
        ...report.content.measures,
        measures: [aMeasureLine('M4.3', { value: 5, target: null, rag: null })],
      },
    };
    renderApp({ route, mocks: [meMock(writer), ...reportMocks({ ...report, content })] });

    const exceptions = await screen.findByRole('table', { name: 'Red and amber actions' });
    expect(
      within(within(exceptions).getByRole('row', { name: /^4\.1/ }))
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Ceri Morgan', '▲Red', 'Commentary on 4.1', 'None given', 'Mitigation for 4.1']);
    const scorecard = screen.getByRole('table', { name: 'Measures scorecard' });
    expect(
      within(within(scorecard).getByRole('row', { name: /^M4\.3/ }))
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Vacancy rate M4.3', '5%', '2026-27 Q3', 'No target', 'No target', 'Worsening']);
  });

  it('says so when no measure is tracked or off target', async () => {
    const report = aReport('ISSUED');
    const content = {
      ...report.content,
      measures: {
        ...report.content.measures,
        counts: { ...report.content.measures.counts, red: 0, noFigure: 0, total: 0 },
        measures: [],
        offTarget: [],
      },
    };
    renderApp({
      route,
      mocks: [meMock(writer), ...reportMocks({ ...report, content }), emptyReviewMock()],
    });
    expect(await screen.findByText('No measures are tracked.')).toBeInTheDocument();
    expect(screen.getByText('No measure is off target.')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Measures scorecard' })).not.toBeInTheDocument();
  });

  it('shows the risk section: bands, heat map, register, above appetite and movement', async () => {
    renderApp({
      route,
      mocks: [meMock(writer), ...reportMocks(aReport('ISSUED')), emptyReviewMock()],
    });

    const section = await screen.findByRole('region', { name: 'Risks and issues' });
    expect(
      within(section).getByText(
        'The risk register as at 31 December 2026: each risk’s score is from its latest review by then.',
      ),
    ).toBeInTheDocument();
    expect(within(section).getByTestId('risk-band-counts')).toHaveTextContent(
      'Open risks: 2 – 1 extreme, 0 high, 1 moderate, 0 low.',
    );
    const map = within(section).getByRole('figure', { name: 'Open risks by current score' });
    expect(map.querySelector('[data-likelihood="4"][data-consequence="4"]')?.textContent).toBe(
      '1Extreme',
    );

    const register = within(section).getByRole('table', {
      name: 'Open risks, highest score first',
    });
    expect(
      within(register)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual([
      'Risk',
      'Category',
      'Owner',
      'Current score',
      'Target score',
      'Appetite',
      'Above appetite',
      'Escalated',
      'Trend',
    ]);
    const supply = within(register).getByRole('row', { name: /^R3: Workforce supply R3/ });
    expect(
      within(supply)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      'Workforce',
      'Ceri Morgan',
      '16 Extreme',
      '4 Moderate',
      '12',
      'Yes',
      '20 November 2026',
      '↑ Up from 9',
    ]);
    expect(within(register).getByRole('row', { name: /^R7/ })).toHaveTextContent(/No\s*New$/);
    expect(within(register).queryByRole('row', { name: /^R1:/ })).not.toBeInTheDocument();

    const above = within(section).getByRole('table', { name: 'Risks above appetite' });
    expect(within(above).getAllByRole('row')).toHaveLength(2);
    expect(
      within(section).getByText('New, closed and changed since the report for 2026-27 Q2.'),
    ).toBeInTheDocument();
    expect(
      within(screen.getByTestId('risks-opened')).getByRole('row', { name: /^R7/ }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByTestId('risks-closed')).getByRole('row', { name: /^R1/ }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByTestId('risks-worsened')).getByRole('row', { name: /^R3/ }),
    ).toBeInTheDocument();
    expect(within(screen.getByTestId('risks-improved')).getByText('None.')).toBeInTheDocument();
  });

  it('shows the risk section in Welsh', async () => {
    renderApp({
      route,
      language: 'cy',
      mocks: [
        meMock(aUser({ preferredLanguage: 'cy' })),
        ...reportMocks(aReport('ISSUED')),
        emptyReviewMock(),
      ],
    });

    const section = await screen.findByRole('region', { name: 'Risgiau a phroblemau' });
    const register = within(section).getByRole('table', {
      name: 'Risgiau agored, y sgôr uchaf yn gyntaf',
    });
    const supply = within(register).getByRole('row', { name: /^R3: Cyflenwad y gweithlu R3/ });
    expect(supply).toHaveTextContent('Gweithlu');
    expect(supply).toHaveTextContent('16 Eithafol');
    expect(supply).toHaveTextContent('Ie');
    expect(within(register).getByRole('row', { name: /^R7/ })).toHaveTextContent(/Newydd$/);
    expect(
      within(section).getByRole('heading', { name: 'Risgiau uwchlaw’r archwaeth' }),
    ).toBeInTheDocument();
    expect(within(section).getByRole('heading', { name: 'Risgiau a gaewyd' })).toBeInTheDocument();
  });

  it('shows no risk section in a report issued before risks were reported', async () => {
    const report = aReport('ISSUED');
    renderApp({
      route,
      mocks: [
        meMock(writer),
        // As the API sends a snapshot without the section.
        ...reportMocks({ ...report, content: { ...report.content, risks: null } }),
        emptyReviewMock(),
      ],
    });
    expect(await screen.findByRole('region', { name: 'Outcome measures' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Risks and issues' })).not.toBeInTheDocument();
  });

  it('shows each well-being goal with its actions by status and its measures by figure', async () => {
    renderApp({
      route,
      mocks: [meMock(writer), ...reportMocks(aReport('ISSUED')), emptyReviewMock()],
    });

    const section = await screen.findByRole('region', {
      name: 'Well-being of Future Generations goals',
    });
    const actions = within(section).getByRole('table', {
      name: 'Actions by status for each well-being goal',
    });
    expect(within(actions).getAllByRole('row')).toHaveLength(8);
    const healthier = within(actions).getByRole('row', { name: /^A healthier Wales/ });
    expect(
      within(healthier)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['1', '0', '1', '0', '0', '0', '2']);
    const measures = within(section).getByRole('table', {
      name: 'Measures by their latest figure for each well-being goal',
    });
    expect(
      within(within(measures).getByRole('row', { name: /^A healthier Wales/ }))
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['1', '0', '0', '0', '1', '2']);
    expect(
      within(measures).getByRole('row', {
        name: /^A Wales of vibrant culture and thriving Welsh language/,
      }),
    ).toHaveTextContent(/000000$/);
  });

  it('shows the well-being goals in Welsh', async () => {
    renderApp({
      route,
      language: 'cy',
      mocks: [
        meMock(aUser({ preferredLanguage: 'cy' })),
        ...reportMocks(aReport('ISSUED')),
        emptyReviewMock(),
      ],
    });
    const section = await screen.findByRole('region', {
      name: 'Nodau Llesiant Cenedlaethau’r Dyfodol',
    });
    expect(within(section).getAllByRole('row', { name: /^Cymru iachach/ })).toHaveLength(2);
    expect(
      within(section).getAllByRole('rowheader', {
        name: "Cymru sy'n gyfrifol ar lefel fyd-eang",
      }),
    ).toHaveLength(2);
  });

  it('shows no well-being goals section in a report issued before goals were reported', async () => {
    const report = aReport('ISSUED');
    renderApp({
      route,
      mocks: [
        meMock(writer),
        ...reportMocks({ ...report, content: { ...report.content, goalContribution: [] } }),
        emptyReviewMock(),
      ],
    });
    expect(await screen.findByRole('region', { name: 'Outcome measures' })).toBeInTheDocument();
    expect(
      screen.queryByRole('region', { name: 'Well-being of Future Generations goals' }),
    ).not.toBeInTheDocument();
  });

  it('shows an issued report as frozen, with no way to issue or edit it', async () => {
    renderApp({
      route,
      mocks: [meMock(writer), ...reportMocks(aReport('ISSUED')), emptyReviewMock()],
    });

    const frozen = await screen.findByTestId('frozen-notice');
    expect(frozen).toHaveTextContent(
      'Issued on 20 January 2027 at 10:30 — this is what the oversight board saw; later updates do not change it.',
    );
    expect(screen.queryByRole('button', { name: 'Issue report' })).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Edit the executive summary' }),
    ).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start a new edition' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Welsh (Word document)' })).toHaveAttribute(
      'href',
      '/reports/report-1/export?format=docx&language=cy',
    );
    expect(screen.getByRole('link', { name: 'Bilingual (PDF)' })).toHaveAttribute(
      'href',
      '/reports/report-1/export?format=pdf&language=both',
    );
    expect(
      within(screen.getByTestId('report-cover')).getByText('Issued', { selector: 'strong' }),
    ).toBeInTheDocument();
  });

  it('offers a board member neither issuing nor editing, even on a draft they are sent', async () => {
    renderApp({
      route,
      mocks: [meMock(boardMember), ...reportMocks(aReport('DRAFT'))],
    });
    expect(await screen.findByTestId('executive-summary')).toHaveTextContent(
      'Delivery is broadly on track.',
    );
    expect(screen.queryByRole('button', { name: 'Issue report' })).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Edit the executive summary' }),
    ).not.toBeInTheDocument();
  });

  it('shows the other person’s executive summary when theirs was saved first', async () => {
    const user = userEvent.setup();
    renderApp({
      route,
      mocks: [
        meMock(writer),
        ...reportMocks(aReport('DRAFT')),
        {
          request: {
            query: UPDATE_REPORT,
            variables: {
              input: {
                id: 'report-1',
                expectedVersion: 2,
                executiveSummary: { en: 'My summary', cy: 'Mae’r cyflawni ar y trywydd iawn.' },
              },
            },
          },
          // As the API sends it: the report's fields and its executive summary.
          result: conflictResult(
            {
              id: 'report-1',
              version: 3,
              state: 'DRAFT',
              executiveSummary: { en: 'Their summary', cy: 'Mae’r cyflawni ar y trywydd iawn.' },
            },
            3,
          ),
        },
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Edit the executive summary' }));
    const english = screen.getByRole('textbox', { name: 'In English' });
    await user.clear(english);
    await user.type(english, 'My summary');
    await user.click(screen.getByRole('button', { name: 'Save the executive summary' }));

    const conflict = await screen.findByTestId('conflict-summary');
    const row = within(conflict).getByRole('row', { name: /Executive summary in English/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Their summary', 'My summary']);
    expect(
      within(conflict).queryByRole('row', { name: /Executive summary in Welsh/ }),
    ).not.toBeInTheDocument();
    expect(document.title).toMatch(/^Error:/);
  });
});

describe('the report’s long lists on screen', () => {
  const appendixCaption = 'Every action in the plan with its status';
  const dataRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);

  it('draws the appendix 50 actions a page, saying the downloads have every one', async () => {
    const user = userEvent.setup();
    renderApp({
      route,
      mocks: [meMock(writer), ...reportMocks(aLongReport({ actions: 120, measures: 60 }))],
    });

    const appendix = await screen.findByRole('region', { name: 'All actions' });
    const table = within(appendix).getByRole('table', { name: appendixCaption });
    expect(dataRows(table)).toHaveLength(50);
    // The rows are drawn as before: the action, lead, owners, due date, status and progress.
    const second = within(table).getByRole('row', { name: /^1\.2: Action 1\.2/ });
    expect(
      within(second)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['HEIW', 'Ceri Morgan', '31 March 2027', '●Green', '40%']);
    expect(
      within(appendix).getByText(
        'This list is shown 50 at a time. The report’s Word, PDF and Excel downloads have all 120.',
      ),
    ).toBeInTheDocument();
    expect(within(appendix).getByText('Showing 1 to 50 of 120')).toBeInTheDocument();

    const pages = within(appendix).getByRole('navigation', { name: `${appendixCaption}: pages` });
    await user.click(within(pages).getByRole('link', { name: 'Next page' }));
    expect(dataRows(table)[0]).toHaveAccessibleName(/^1\.51: Action 1\.51/);
    expect(within(appendix).getByText('Showing 51 to 100 of 120')).toBeInTheDocument();

    // The scorecard keeps its own page, and its links keep the appendix's.
    const scorecard = screen.getByRole('table', { name: 'Measures scorecard' });
    expect(dataRows(scorecard)[0]).toHaveAccessibleName(/^M1\.1\b/);
    const measurePages = screen.getByRole('navigation', { name: 'Measures scorecard: pages' });
    expect(within(measurePages).getByRole('link', { name: 'Next page' })).toHaveAttribute(
      'href',
      '/reports/report-1?page=2&measures-page=2',
    );
    await user.click(within(measurePages).getByRole('link', { name: 'Next page' }));
    expect(dataRows(scorecard)).toHaveLength(10);
    expect(dataRows(scorecard)[0]).toHaveAccessibleName(/^M1\.51\b/);
    expect(dataRows(table)[0]).toHaveAccessibleName(/^1\.51: Action 1\.51/);
  }, 20_000);

  it('draws the measures off target ten a page: each is a block with its own table', async () => {
    const user = userEvent.setup();
    renderApp({
      route,
      mocks: [
        meMock(writer),
        ...reportMocks(aLongReport({ actions: 2, measures: 2, offTarget: 12 })),
      ],
    });

    const offTarget = await screen.findByRole('region', { name: 'Measures off target' });
    const headings = () =>
      within(offTarget)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent);
    expect(headings()).toHaveLength(10);
    expect(headings()[0]).toBe('M2.1: Vacancy rate M2.1');
    expect(
      within(offTarget).getByText(
        'This list is shown 10 at a time. The report’s Word, PDF and Excel downloads have all 12.',
      ),
    ).toBeInTheDocument();
    expect(within(offTarget).getAllByText('Red: 7.9% against a target of 6%')).toHaveLength(10);
    expect(within(offTarget).getAllByRole('table', { name: /^Recent figures for/ })).toHaveLength(
      10,
    );

    await user.click(
      within(
        within(offTarget).getByRole('navigation', { name: 'Measures off target: pages' }),
      ).getByRole('link', { name: 'Next page' }),
    );
    expect(headings()).toEqual(['M2.11: Vacancy rate M2.11', 'M2.12: Vacancy rate M2.12']);
    expect(within(offTarget).getByText('Showing 11 to 12 of 12')).toBeInTheDocument();
  });

  it('shows the page the address asks for, in Welsh', async () => {
    renderApp({
      route: `${route}?page=3`,
      language: 'cy',
      mocks: [
        meMock(aUser({ preferredLanguage: 'cy' })),
        ...reportMocks(aLongReport({ actions: 120, measures: 0 })),
      ],
    });

    const appendix = await screen.findByRole('region', { name: 'Pob cam gweithredu' });
    const caption = 'Pob cam gweithredu yn y cynllun a’i statws';
    const table = within(appendix).getByRole('table', { name: caption });
    expect(dataRows(table)).toHaveLength(20);
    expect(dataRows(table)[0]).toHaveAccessibleName(/^1\.101: Cam 1\.101/);
    expect(
      within(appendix).getByText(
        'Mae’r rhestr hon yn cael ei dangos 50 ar y tro. Mae’r 120 i gyd yn fersiynau Word, PDF ac Excel yr adroddiad.',
      ),
    ).toBeInTheDocument();
    expect(
      within(appendix).getByRole('navigation', { name: `${caption}: tudalennau` }),
    ).toBeInTheDocument();
  });

  it('prints every row, with no pages', async () => {
    renderApp({
      route: `${route}?print=1&page=2`,
      mocks: [meMock(writer), ...reportMocks(aLongReport({ actions: 120, measures: 60 }))],
    });

    const table = await screen.findByRole('table', { name: appendixCaption });
    expect(dataRows(table)).toHaveLength(120);
    expect(dataRows(screen.getByRole('table', { name: 'Measures scorecard' }))).toHaveLength(60);
    expect(screen.queryByRole('navigation', { name: /: pages$/ })).not.toBeInTheDocument();
    expect(screen.queryByTestId('list-pages-note')).not.toBeInTheDocument();
  });

  it('draws a list of 50 or fewer whole, with no note and no pages', async () => {
    renderApp({
      route,
      mocks: [meMock(writer), ...reportMocks(aLongReport({ actions: 50, measures: 2 }))],
    });

    const table = await screen.findByRole('table', { name: appendixCaption });
    expect(dataRows(table)).toHaveLength(50);
    expect(screen.queryByRole('navigation', { name: /: pages$/ })).not.toBeInTheDocument();
    expect(screen.queryByTestId('list-pages-note')).not.toBeInTheDocument();
  });
});
