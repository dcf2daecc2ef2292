import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import type { i18n } from 'i18next';
import { StrictMode, useEffect, type ComponentType, type ReactNode } from 'react';

import { App } from './app';
import { TranslationProvider } from './ui/use-language';

/**
 * The dashboard with everything its pages read from context, under the router given: the
 * browser's, or the server's for a page drawn there first (`server/render-page.tsx`). Both sides
 * draw this one tree, so the browser's first render matches the server's markup.
 */
export function DashboardRoot({
  client,
  i18n,
  router: Router,
}: {
  client: ApolloClient;
  i18n: i18n;
  router: ComponentType<{ children: ReactNode }>;
}) {
  useEffect(() => {
    // Marks the page as answering clicks and typing: on a page drawn on the server, only once
    // React has taken it over. Browser tests and the benchmark wait for it.
    document.documentElement.dataset['interactive'] = 'true';
  }, []);
  return (
    <StrictMode>
      <ApolloProvider client={client}>
        <TranslationProvider i18n={i18n}>
          <Router>
            <App />
          </Router>
        </TranslationProvider>
      </ApolloProvider>
    </StrictMode>
  );
}
