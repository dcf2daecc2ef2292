import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { aUser, conflictResult, meMock } from '../../../test/factories';
import { renderApp } from '../../../test/render-app';
import { UPDATE_REPORT } from '../graphql/reports';
import { aReport, emptyReviewMock, reportMock } from '../testing/report-factory';

const route = '/reports/report-1';
const writer = aUser();
const boardMember = aUser({ role: 'BOARD_MEMBER', email: 'owain.davies@gov.example.wales' });

describe('the report page', () => {
  it('shows a draft with its exceptions, and lets the operational group issue it', async () => {
    const user = userEvent.setup();
    renderApp({
      route,
      mocks: [meMock(writer), reportMock(aReport('DRAFT'))],
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

    const exceptions = screen.getByRole('table', { name: 'Red and amber actions' });
    const row = within(exceptions).getByRole('row', { name: /4\.1: Action 4\.1/ });
    expect(row).toHaveTextContent('Ceri Morgan');
    expect(row).toHaveTextContent('Red');
    expect(row).toHaveTextContent('Mitigation for 4.1');

    await user.click(screen.getByRole('button', { name: 'Issue report' }));
    expect(screen.getByRole('heading', { name: 'Issue this report?' })).toHaveFocus();
    expect(screen.getByText(/Issuing freezes the report/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Yes, issue the report' })).toBeInTheDocument();
  });

  it('shows an issued report as frozen, with no way to issue or edit it', async () => {
    renderApp({
      route,
      mocks: [meMock(writer), reportMock(aReport('ISSUED')), emptyReviewMock()],
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
      mocks: [meMock(boardMember), reportMock(aReport('DRAFT'))],
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
        reportMock(aReport('DRAFT')),
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
