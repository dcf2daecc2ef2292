import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { Language } from '@cynnydd/shared/domain';

import { aUser, meMock } from '../../../test/factories';
import { renderApp } from '../../../test/render-app';
import { IMPORT_MEASURE_VALUES, MEASURE_VALUE_IMPORT_PREVIEW } from '../graphql/plan-import';

const route = '/measures/import';
/** The file's bytes, "figures", as the API takes them. */
const input = {
  fileName: 'figures.xlsx',
  contentBase64: Buffer.from('figures').toString('base64'),
};

function aRow(row: number, reference: string, status: string, problems: [string, string][] = []) {
  return {
    __typename: 'ImportRow',
    row,
    reference,
    status,
    changes: status === 'CHANGED' ? ['value'] : [],
    problems: problems.map(([cell, message]) => ({ __typename: 'ImportProblem', cell, message })),
  };
}

function aResult({ errors = false, imported = false } = {}) {
  const rows = [
    aRow(2, 'M4.1', 'NEW'),
    aRow(3, 'M1.1', 'CHANGED'),
    errors
      ? aRow(4, 'M9.9', 'ERROR', [['Measure values!A4', 'no measure has the reference M9.9']])
      : aRow(4, 'M1.2', 'UNCHANGED'),
  ];
  return {
    __typename: 'PlanImport',
    fileName: input.fileName,
    newCount: 1,
    changedCount: 1,
    unchangedCount: errors ? 0 : 1,
    errorCount: errors ? 1 : 0,
    imported,
    rows,
  };
}

function previewMock(result = aResult()): MockLink.MockedResponse {
  return {
    request: { query: MEASURE_VALUE_IMPORT_PREVIEW, variables: { input } },
    result: { data: { preview: result } },
  };
}

function importMock(): MockLink.MockedResponse {
  return {
    request: { query: IMPORT_MEASURE_VALUES, variables: { input } },
    result: { data: { imported: aResult({ imported: true }) } },
  };
}

async function check(user: ReturnType<typeof userEvent.setup>, label: string, button: string) {
  await user.upload(
    await screen.findByLabelText(label),
    new File(['figures'], input.fileName, {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    }),
  );
  await user.click(screen.getByRole('button', { name: button }));
}

function render(mocks: MockLink.MockedResponse[], language: Language = 'en', role = 'LEAD') {
  return renderApp({
    route,
    language,
    mocks: [meMock(aUser({ role: role as 'LEAD', preferredLanguage: language })), ...mocks],
  });
}

describe('importing measures’ figures from the measure-values sheet', () => {
  it('offers the template, checks the file first, then imports every row and says so', async () => {
    const user = userEvent.setup();
    render([previewMock(), importMock()]);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Import measures’ figures' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Download the measure-values template (.xlsx)' }),
    ).toHaveAttribute('href', '/measures/values-template.xlsx');
    expect(screen.getByRole('link', { name: 'Back to measures' })).toHaveAttribute(
      'href',
      '/measures',
    );

    await check(user, 'Upload a file', 'Check the file');
    expect(await screen.findByRole('status')).toHaveTextContent(
      '1 new, 1 changed, 1 unchanged, 0 with errors',
    );
    const rows = screen.getByRole('table', { name: 'Rows of figures.xlsx' });
    expect(within(rows).getByRole('row', { name: /M4\.1/ })).toHaveTextContent('New');
    expect(within(rows).getByRole('row', { name: /M1\.1/ })).toHaveTextContent(
      'ChangedChanges: value',
    );
    expect(within(rows).getByRole('row', { name: /M1\.2/ })).toHaveTextContent('Unchanged');

    await user.click(screen.getByRole('button', { name: 'Import 2 figures' }));
    expect(await screen.findByText('Imported: 1 new and 1 revised figures')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Import/ })).not.toBeInTheDocument();
  });

  it('names each wrong cell and imports nothing until the file is right', async () => {
    const user = userEvent.setup();
    render([previewMock(aResult({ errors: true }))]);

    await check(user, 'Upload a file', 'Check the file');
    const bad = await screen.findByRole('row', { name: /M9\.9/ });
    expect(bad).toHaveTextContent('Error');
    expect(bad).toHaveTextContent('Measure values!A4: no measure has the reference M9.9');
    expect(within(bad).getByText('no measure has the reference M9.9')).toHaveAttribute(
      'lang',
      'en',
    );
    expect(
      screen.getByText(
        'Correct the rows with errors in your file, then upload it again. Nothing has been imported.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Import/ })).not.toBeInTheDocument();
  });

  it('works in Welsh', async () => {
    const user = userEvent.setup();
    render([previewMock(), importMock()], 'cy');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Mewnforio ffigurau mesurau' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Lawrlwytho templed y gwerthoedd mesurau (.xlsx)' }),
    ).toHaveAttribute('href', '/measures/values-template.xlsx');
    await check(user, 'Uwchlwytho ffeil', 'Gwirio’r ffeil');
    expect(await screen.findByRole('status')).toHaveTextContent(
      '1 newydd, 1 wedi newid, 1 heb newid, 0 gyda gwallau',
    );
    await user.click(screen.getByRole('button', { name: 'Mewnforio 2 o ffigurau' }));
    expect(
      await screen.findByText('Wedi mewnforio: 1 o ffigurau newydd a 1 wedi’u diwygio'),
    ).toBeInTheDocument();
  });

  it('is refused to roles that do not report figures', async () => {
    render([], 'en', 'BOARD_MEMBER');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'You do not have access to this page' }),
    ).toBeInTheDocument();
  });
});
