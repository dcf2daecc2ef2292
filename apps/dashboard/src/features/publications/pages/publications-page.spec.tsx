import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { aUser, meMock } from '../../../test/factories';
import { renderApp } from '../../../test/render-app';
import { CREATE_PUBLICATION, PUBLICATION, PUBLICATIONS } from '../graphql/publications';
import { aPublication, REPORT_CONTENT } from '../testing/publication-mocks';

const issued = (id: string, label: string, audience = 'OVERSIGHT_BOARD') => ({
  __typename: 'Report' as const,
  id,
  audience,
  edition: 1,
  state: 'ISSUED',
  reportingPeriod: { __typename: 'ReportingPeriod' as const, id: `period-${id}`, label },
});

const PUBLISHED = aPublication({
  id: 'publication-0',
  state: 'PUBLISHED',
  number: 4,
  publishedAt: '2026-08-20T12:00:00.000Z',
  addresses: {
    __typename: 'PublicAddresses',
    en: '/en/progress/publications/4',
    cy: '/cy/cynnydd/cyhoeddiadau/4',
  },
  report: {
    ...aPublication().report,
    id: 'report-q1',
    reportingPeriod: { __typename: 'ReportingPeriod', id: 'period-q1', label: '2026-27 Q1' },
  },
});

const listMock: MockLink.MockedResponse = {
  request: { query: PUBLICATIONS },
  result: {
    data: {
      publications: [aPublication(), PUBLISHED],
      reports: [
        issued('report-q2', '2026-27 Q2'),
        issued('report-q1', '2026-27 Q1'),
        issued('report-joint', '2026-27 Q2', 'JOINT_BOARD'),
        { ...issued('report-draft', '2026-27 Q3'), state: 'DRAFT' },
      ],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function renderPage(extra: MockLink.MockedResponse[] = [], language: 'en' | 'cy' = 'en') {
  return renderApp({
    route: '/publications',
    language,
    mocks: [meMock(aUser({ preferredLanguage: language })), listMock, ...extra],
  });
}

describe('the public progress page', () => {
  it('lists every publication with its state and pages, newest first', async () => {
    renderPage();
    const table = await screen.findByRole('table', { name: 'Publications, newest first' });
    const [, draft, published] = within(table).getAllByRole('row');
    expect(draft).toHaveTextContent('Draft');
    expect(within(draft).getByRole('link', { name: 'English' })).toHaveAttribute(
      'href',
      '/publications/publication-1/preview/en/progress',
    );
    expect(published).toHaveTextContent('Published 20 August 2026 at 13:00');
    expect(within(published).getByRole('link', { name: 'Cymraeg' })).toHaveAttribute(
      'href',
      '/cy/cynnydd/cyhoeddiadau/4',
    );
  });

  it('starts a publication only from an issued report that has none open, then opens it', async () => {
    const user = userEvent.setup();
    renderPage([
      {
        request: { query: CREATE_PUBLICATION, variables: { input: { reportId: 'report-joint' } } },
        result: { data: { createPublication: { __typename: 'Publication', id: 'publication-2' } } },
      },
      {
        request: { query: PUBLICATION, variables: { id: 'publication-2' } },
        result: {
          data: {
            publication: { ...aPublication({ id: 'publication-2' }), report: REPORT_CONTENT },
          },
        },
      },
    ]);
    const select = await screen.findByRole('combobox', { name: 'Issued report' });
    const offered = within(select)
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(offered).toEqual(['Choose a report', '2026-27 Q2 – Joint board, edition 1']);
    await user.selectOptions(select, 'report-joint');
    await user.click(screen.getByRole('button', { name: 'Start a publication' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Draft publication of 2026-27 Q2' }),
    ).toBeInTheDocument();
  });

  it('reads in Welsh', async () => {
    renderPage([], 'cy');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Cynnydd cyhoeddus' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('table', { name: 'Cyhoeddiadau, y diweddaraf yn gyntaf' }),
    ).toHaveTextContent('Ar gael i’r cyhoedd 20 Awst 2026 am 13:00');
  });
});
