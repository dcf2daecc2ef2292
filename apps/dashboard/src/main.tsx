import './styles.scss';

import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';

import { createApolloClient } from './apollo/client';
import { App, preloadPage } from './app';
import { createI18n } from './i18n/i18n';
import { readLanguageCookie } from './i18n/language-cookie';
import { TranslationProvider } from './ui/use-language';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');
document.body.classList.add('js-enabled', 'govuk-frontend-supported');
const client = createApolloClient();
// The first render waits for the page's code (ADR 19): a page drawn before its code has arrived
// suspends, React then shows it no sooner than 300 ms after the fallback (Suspense throttling),
// and the page asks for its data only then.
void preloadPage(window.location, client).then(() =>
  createRoot(root).render(
    <StrictMode>
      <ApolloProvider client={client}>
        <TranslationProvider i18n={createI18n(readLanguageCookie() ?? 'en')}>
          <BrowserRouter>
            <App />
          </BrowserRouter>
        </TranslationProvider>
      </ApolloProvider>
    </StrictMode>,
  ),
);
