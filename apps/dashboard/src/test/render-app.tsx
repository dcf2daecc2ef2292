import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';

import type { Language } from '@cynnydd/shared/domain';

import { App } from '../app';
import { NOTIFICATION_COUNT } from '../features/notifications/graphql/notifications';
import { notificationCountMock } from '../features/notifications/testing/notification-mocks';
import { createI18n } from '../i18n/i18n';
import { TranslationProvider } from '../ui/use-language';

interface Options {
  route?: string;
  mocks?: MockLink.MockedResponse[];
  language?: Language;
}

/**
 * Renders a piece of the dashboard with mocked GraphQL, its own i18n instance and a router. The
 * header's unread count (asked on every signed-in page) is answered with none unless `mocks`
 * answer it.
 */
export function renderWithProviders(
  ui: ReactElement,
  { route = '/', mocks = [], language = 'en' }: Options = {},
) {
  const i18n = createI18n(language);
  const asksCount = mocks.some((mock) => mock.request.query === NOTIFICATION_COUNT);
  const result = render(
    <MockedProvider mocks={asksCount ? mocks : [...mocks, notificationCountMock()]}>
      <TranslationProvider i18n={i18n}>
        <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
      </TranslationProvider>
    </MockedProvider>,
  );
  return { ...result, i18n };
}

/** The whole dashboard at a route. */
export function renderApp(options: Options = {}) {
  return renderWithProviders(<App />, options);
}
