import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';

import type { Language } from '@cynnydd/shared/domain';

import { App } from '../app';
import { createI18n } from '../i18n/i18n';

interface Options {
  route?: string;
  mocks?: MockLink.MockedResponse[];
  language?: Language;
}

/** Renders a piece of the dashboard with mocked GraphQL, its own i18n instance and a router. */
export function renderWithProviders(
  ui: ReactElement,
  { route = '/', mocks = [], language = 'en' }: Options = {},
) {
  const i18n = createI18n(language);
  const result = render(
    <MockedProvider mocks={mocks}>
      <I18nextProvider i18n={i18n}>
        <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
      </I18nextProvider>
    </MockedProvider>,
  );
  return { ...result, i18n };
}

/** The whole dashboard at a route. */
export function renderApp(options: Options = {}) {
  return renderWithProviders(<App />, options);
}
