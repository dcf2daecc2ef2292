import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';

import { aUser, meMock } from '../../../test/factories';
import { renderApp } from '../../../test/render-app';
import { text } from '../../risks/testing/risk-mocks';
import {
  PUBLICATION,
  PUBLISH_PUBLICATION,
  UPDATE_PUBLICATION,
  WITHDRAW_PUBLICATION,
} from '../graphql/publications';
import { aPublication, REPORT_CONTENT } from '../testing/publication-mocks';

const withContent = (publication: ReturnType<typeof aPublication>) => ({
  ...publication,
  report: REPORT_CONTENT,
});

function pageMock(publication: ReturnType<typeof aPublication>): MockLink.MockedResponse {
  return {
    request: { query: PUBLICATION, variables: { id: 'publication-1' } },
    result: { data: { publication: withContent(publication) } },
  };
}

const refused = (field: string, message: string) => [
  new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', field, problems: [{ field, message }] },
  }),
];

function renderPage(mocks: MockLink.MockedResponse[]) {
  return renderApp({
    route: '/publications/publication-1',
    mocks: [meMock(aUser()), ...mocks],
  });
}

describe('a publication page', () => {
  it('saves a draft’s choices: introduction, area summaries, actions left out, owners and measures', async () => {
    const user = userEvent.setup();
    const saved = aPublication({ version: 4, excludedActionIds: ['a-2'] });
    renderPage([
      pageMock(aPublication()),
      {
        request: {
          query: UPDATE_PUBLICATION,
          variables: {
            input: {
              id: 'publication-1',
              expectedVersion: 3,
              introduction: {
                en: 'Progress in the second quarter.',
                cy: 'Cynnydd yn yr ail chwarter.',
              },
              areaSummaries: [
                {
                  areaNumber: 1,
                  summary: { en: 'Sharing what works.', cy: 'Rhannu’r hyn sy’n gweithio.' },
                },
                { areaNumber: 2, summary: { en: null, cy: null } },
              ],
              excludedActionIds: ['a-2'],
              showOwnerNames: true,
              includeMeasures: true,
            },
          },
        },
        result: { data: { updatePublication: withContent(saved) } },
      },
      pageMock(saved),
    ]);
    const introduction = await screen.findByRole('group', { name: 'Introduction for the public' });
    await user.type(
      within(introduction).getByRole('textbox', { name: /Cymraeg|Welsh/ }),
      'Cynnydd yn yr ail chwarter.',
    );
    const area1 = screen.getByRole('group', { name: 'Area 1' });
    await user.click(within(area1).getByRole('checkbox', { name: '1.2 Retention toolkit (Red)' }));
    await user.click(
      screen.getByRole('checkbox', {
        name: 'Name the owners (otherwise only their organisation is shown)',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Save the draft' }));
    expect(await screen.findByText('The draft was saved.')).toBeInTheDocument();
  });

  it('shows why the API refused to publish, at the field', async () => {
    const user = userEvent.setup();
    renderPage([
      pageMock(aPublication()),
      {
        request: {
          query: PUBLISH_PUBLICATION,
          variables: { input: { id: 'publication-1', expectedVersion: 3 } },
        },
        result: {
          errors: refused(
            'introduction.cy',
            'The public introduction needs both Welsh and English before publishing',
          ),
        },
      },
      pageMock(aPublication()),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Publish' }));
    expect(
      screen.getByText(/Publishing shows this to everyone, without signing in/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Yes, publish it to the public' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link')).toHaveAttribute('href', '#introduction-cy');
  });

  it('withdraws a published publication only with a reason, then says so', async () => {
    const user = userEvent.setup();
    const published = aPublication({
      state: 'PUBLISHED',
      number: 5,
      publishedAt: '2026-11-19T12:00:00.000Z',
    });
    const withdrawn = aPublication({
      state: 'WITHDRAWN',
      number: 5,
      version: 4,
      publishedAt: '2026-11-19T12:00:00.000Z',
      withdrawnAt: '2026-12-01T09:00:00.000Z',
      withdrawalReason: text('A figure was wrong.', 'Roedd ffigur yn anghywir.'),
    });
    renderPage([
      pageMock(published),
      {
        request: {
          query: WITHDRAW_PUBLICATION,
          variables: {
            input: { id: 'publication-1', expectedVersion: 3, reason: { en: null, cy: null } },
          },
        },
        result: { errors: refused('reason', 'needs text in English or Welsh') },
      },
      pageMock(published),
      {
        request: {
          query: WITHDRAW_PUBLICATION,
          variables: {
            input: {
              id: 'publication-1',
              expectedVersion: 3,
              reason: { en: 'A figure was wrong.', cy: null },
            },
          },
        },
        result: { data: { withdrawPublication: withContent(withdrawn) } },
      },
      pageMock(withdrawn),
    ]);
    expect(
      await screen.findByRole('link', { name: 'JSON (the whole publication)' }),
    ).toHaveAttribute('href', '/open-data/publications/5.json');
    await user.click(screen.getByRole('button', { name: 'Withdraw this publication' }));
    await user.click(screen.getByRole('button', { name: 'Yes, withdraw it' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('needs text in English or Welsh');
    const reason = screen.getByRole('group', { name: 'Reason, for the public' });
    await user.type(within(reason).getAllByRole('textbox')[0], 'A figure was wrong.');
    await user.click(screen.getByRole('button', { name: 'Yes, withdraw it' }));
    expect(await screen.findByText('The publication was withdrawn.')).toBeInTheDocument();
    // The record of the withdrawal, with the reason given (no longer the form's text).
    expect((await screen.findByText('A figure was wrong.')).closest('dd')).not.toBeNull();
    expect(screen.queryByRole('button', { name: 'Withdraw this publication' })).toBeNull();
  });

  it('is offered in the menu only to those who may publish', async () => {
    const office = renderApp({ route: '/', mocks: [meMock(aUser())] });
    const menu = await screen.findByRole('navigation', { name: 'Menu' });
    expect(await within(menu).findByRole('link', { name: 'Public progress' })).toHaveAttribute(
      'href',
      '/publications',
    );
    office.unmount();
    renderApp({ route: '/', mocks: [meMock(aUser({ role: 'VIEWER' }))] });
    const viewerMenu = await screen.findByRole('navigation', { name: 'Menu' });
    expect(
      await within(viewerMenu).findByRole('link', { name: 'Social partnership' }),
    ).toBeVisible();
    expect(within(viewerMenu).queryByRole('link', { name: 'Public progress' })).toBeNull();
  });
});
