import { ApolloClient, ApolloLink } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';

import type { Language } from '@cynnydd/shared/domain';

import { createCache } from '../apollo/client';
import { App, preloadPage } from '../app';
import { NOTIFICATION_COUNT } from '../features/notifications/graphql/notifications';
import { notificationCountMock } from '../features/notifications/testing/notification-mocks';
import { ALL_MESSAGES } from '../i18n/all-messages';
import { createI18n } from '../i18n/i18n';
import { TranslationProvider } from '../ui/use-language';

interface Options {
  route?: string;
  mocks?: MockLink.MockedResponse[];
  language?: Language;
  /** A client of the test's own (a first visit's preloads already started), instead of `mocks`. */
  client?: ApolloClient;
}

/**
 * Renders a piece of the dashboard with mocked GraphQL, its own i18n instance and a router. The
 * header's unread count (asked on every signed-in page) is answered with none unless `mocks`
 * answer it.
 */
export function renderWithProviders(
  ui: ReactElement,
  { route = '/', mocks = [], language = 'en', client }: Options = {},
) {
  const i18n = createI18n(language, ALL_MESSAGES);
  const page = (
    <TranslationProvider i18n={i18n}>
      <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
    </TranslationProvider>
  );
  const result = render(
    client ? (
      <ApolloProvider client={client}>{page}</ApolloProvider>
    ) : (
      <MockedProvider mocks={withNotificationCount(mocks)} cache={createCache()}>
        {page}
      </MockedProvider>
    ),
  );
  return { ...result, i18n };
}

/** `mocks`, answering the header's unread count with none unless they answer it. */
export function withNotificationCount(mocks: MockLink.MockedResponse[]): MockLink.MockedResponse[] {
  const asksCount = mocks.some((mock) => mock.request.query === NOTIFICATION_COUNT);
  return asksCount ? mocks : [...mocks, notificationCountMock()];
}

/** The whole dashboard at a route. */
export function renderApp(options: Options = {}) {
  return renderWithProviders(<App />, options);
}

/**
 * A first visit as `main.tsx` makes it: the route's preloads started with a client of its own,
 * then, once `preloaded` operations have been asked for, the whole dashboard drawn with that
 * client. Each mock answers once (whatever its `maxUsageCount`), so a page asking again for
 * what was preloaded fails; `asked` lists the operations in the order they were sent.
 */
export async function renderPreloadedVisit(
  route: string,
  mocks: MockLink.MockedResponse[],
  preloaded: string[],
) {
  const asked: string[] = [];
  const client = new ApolloClient({
    link: new ApolloLink((operation, forward) => {
      asked.push(operation.operationName ?? '');
      return forward(operation);
    }).concat(
      new MockLink(withNotificationCount(mocks.map(({ maxUsageCount: _, ...mock }) => mock))),
    ),
    cache: createCache(),
  });
  const url = new URL(route, 'http://localhost');
  void preloadPage({ pathname: url.pathname, search: url.search }, client).data;
  await waitFor(() => expect(asked).toEqual(expect.arrayContaining(preloaded)));
  const preloads = [...asked];
  return { ...renderWithProviders(<App />, { route, client }), asked, preloads };
}
