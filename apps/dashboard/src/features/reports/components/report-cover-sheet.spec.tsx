import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { aUser, conflictResult, meMock } from '../../../test/factories';
import { renderApp } from '../../../test/render-app';
import { UPDATE_REPORT } from '../graphql/reports';
import {
  aCoverSheet,
  aReport,
  emptyReviewMock,
  PAPER_IMPACTS_IN_ORDER,
  reportMocks,
} from '../testing/report-factory';

const route = '/reports/report-1';
const writer = aUser();
const boardMember = aUser({ role: 'BOARD_MEMBER', email: 'owain.davies@gov.example.wales' });

/** The whole cover sheet the form sends for the factory's, with `changes`. */
function sentCoverSheet(changes: Record<string, unknown>) {
  return {
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
          ? { en: 'Published in both languages.', cy: 'Wedi’i gyhoeddi yn y ddwy iaith.' }
          : { en: 'None identified.', cy: 'Dim wedi’u nodi.' },
    })),
    ...changes,
  };
}

function updateMock(
  coverSheet: Record<string, unknown>,
  result: MockLink.MockedResponse['result'],
): MockLink.MockedResponse {
  return {
    request: {
      query: UPDATE_REPORT,
      variables: { input: { id: 'report-1', expectedVersion: 2, coverSheet } },
    },
    result,
  };
}

async function openForm() {
  const user = userEvent.setup();
  const section = await screen.findByRole('region', { name: 'Cover sheet' });
  await user.click(within(section).getByRole('button', { name: 'Edit the cover sheet' }));
  return { user, section };
}

describe('a report’s cover sheet', () => {
  it('sends the whole cover sheet with the changes against the version loaded', async () => {
    renderApp({
      route,
      mocks: [
        meMock(writer),
        ...reportMocks(aReport('DRAFT')),
        updateMock(
          sentCoverSheet({
            presenter: 'Owain Davies',
            purpose: 'APPROVAL',
            strategicObjectives: {
              en: 'Objective 3: a sustainable workforce.',
              cy: 'Amcan 3: gweithlu cynaliadwy.',
            },
          }),
          { data: { updateReport: { __typename: 'Report', id: 'report-1', version: 3 } } },
        ),
      ],
    });
    const { user, section } = await openForm();
    await user.type(within(section).getByRole('textbox', { name: 'Presented by' }), 'Owain Davies');
    await user.click(within(section).getByRole('radio', { name: 'For approval' }));
    const objectives = within(section).getByRole('group', {
      name: 'Link to strategic objectives',
    });
    await user.type(
      within(objectives).getByRole('textbox', { name: 'In Welsh' }),
      'Amcan 3: gweithlu cynaliadwy.',
    );
    await user.click(within(section).getByRole('button', { name: 'Save the cover sheet' }));

    expect(await screen.findByText('The cover sheet has been saved.')).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Cover sheet' })).queryByRole('button', {
        name: 'Save the cover sheet',
      }),
    ).not.toBeInTheDocument();
  }, 20_000);

  it('shows the API’s field errors at their fields and in the error summary', async () => {
    renderApp({
      route,
      mocks: [
        meMock(writer),
        ...reportMocks(aReport('DRAFT')),
        updateMock(sentCoverSheet({ meetingDate: '28/01/2027' }), {
          errors: [
            {
              message: 'meetingDate must be a date (YYYY-MM-DD)',
              extensions: { code: 'BAD_USER_INPUT', field: 'coverSheet.meetingDate' },
            },
            {
              message: 'The Welsh impact statement is too long',
              extensions: { code: 'BAD_USER_INPUT', field: 'coverSheet.impacts.5.text.cy' },
            },
          ],
        }),
      ],
    });
    const { user, section } = await openForm();
    const date = within(section).getByRole('textbox', { name: 'Date of the meeting' });
    await user.clear(date);
    await user.type(date, '28/01/2027');
    await user.click(within(section).getByRole('button', { name: 'Save the cover sheet' }));

    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'meetingDate must be a date (YYYY-MM-DD)' }),
    ).toHaveAttribute('href', '#cover-meetingDate');
    expect(
      within(summary).getByRole('link', { name: 'The Welsh impact statement is too long' }),
    ).toHaveAttribute('href', '#cover-impact-WELSH_LANGUAGE-cy');
    expect(date).toHaveAccessibleDescription(/meetingDate must be a date/);
    expect(
      within(section).getByRole('group', { name: 'Welsh language' }),
    ).toHaveAccessibleDescription(/The Welsh impact statement is too long/);
    await waitFor(() => expect(document.title).toMatch(/^Error:/));
  }, 20_000);

  it('shows the other person’s cover sheet beside this user’s when theirs was saved first', async () => {
    renderApp({
      route,
      mocks: [
        meMock(writer),
        ...reportMocks(aReport('DRAFT')),
        updateMock(
          sentCoverSheet({ presenter: 'Owain Davies' }),
          conflictResult(
            {
              id: 'report-1',
              version: 3,
              state: 'DRAFT',
              coverSheet: { ...aCoverSheet(), presenter: 'Siân Evans', purpose: 'DISCUSSION' },
            },
            3,
          ),
        ),
      ],
    });
    const { user, section } = await openForm();
    await user.type(within(section).getByRole('textbox', { name: 'Presented by' }), 'Owain Davies');
    await user.click(within(section).getByRole('button', { name: 'Save the cover sheet' }));

    const conflict = await screen.findByTestId('conflict-summary');
    const cells = (name: string) =>
      within(within(conflict).getByRole('row', { name: new RegExp(name) }))
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    expect(cells('Presented by')).toEqual(['Siân Evans', 'Owain Davies']);
    expect(cells('Purpose of the paper')).toEqual(['For discussion', 'For assurance']);
    expect(within(conflict).queryByRole('row', { name: /Agenda item/ })).not.toBeInTheDocument();

    await user.click(within(conflict).getByRole('button', { name: /Use their/ }));
    expect(within(section).getByRole('textbox', { name: 'Presented by' })).toHaveValue(
      'Siân Evans',
    );
    expect(within(section).getByRole('radio', { name: 'For discussion' })).toBeChecked();
  }, 20_000);

  it('is read-only on an issued report, and absent from one issued before cover sheets', async () => {
    const { unmount } = renderApp({
      route,
      mocks: [meMock(writer), ...reportMocks(aReport('ISSUED')), emptyReviewMock()],
    });
    const section = await screen.findByRole('region', { name: 'Cover sheet' });
    expect(within(section).getByTestId('cover-sheet')).toHaveTextContent('For assurance');
    expect(within(section).getByText('Published in both languages.')).toBeInTheDocument();
    expect(within(section).queryByRole('button')).not.toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Bilingual (PowerPoint slides for the joint board)' }),
    ).toHaveAttribute('href', '/reports/report-1/export?format=pptx&language=both');
    unmount();

    renderApp({
      route,
      mocks: [
        meMock(writer),
        ...reportMocks(aReport('ISSUED', { coverSheet: null })),
        emptyReviewMock(),
      ],
    });
    expect(await screen.findByTestId('frozen-notice')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Cover sheet' })).not.toBeInTheDocument();
  });

  it('is not offered to a board member on a draft', async () => {
    renderApp({ route, mocks: [meMock(boardMember), ...reportMocks(aReport('DRAFT'))] });
    expect(await screen.findByTestId('executive-summary')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Cover sheet' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit the cover sheet' })).not.toBeInTheDocument();
  });
});
