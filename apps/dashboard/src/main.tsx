import './styles.scss';

import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';

import { createApolloClient } from './apollo/client';
import { preloadPage, preloadPageCode } from './app';
import { DashboardRoot } from './dashboard-root';
import { readFirstRender, STARTED_BODY_CLASSES } from './first-render';
import { createI18n, loadMessages } from './i18n/i18n';
import { readLanguageCookie } from './i18n/language-cookie';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');
document.body.classList.add(...STARTED_BODY_CLASSES);
const client = createApolloClient();
// A page the server drew (ADR 20) comes with the answers it read: in the cache before the first
// render, that render draws what the server did and React takes over the markup as it is, at
// transition priority, yielding to the browser as it goes rather than in one long task.
const firstRender = readFirstRender(document);
if (firstRender) client.cache.restore(firstRender.cache);
const language = firstRender?.language ?? readLanguageCookie() ?? 'en';
// The first render waits for the page's code (ADR 19): a page drawn before its code has arrived
// suspends, React then shows it no sooner than 300 ms after the fallback (Suspense throttling),
// and the page asks for its data only then. The messages in the page's language come beside it.
// A page the server drew has its data in the cache already: only its code is to come.
const pageCode = firstRender
  ? preloadPageCode(window.location.pathname)
  : preloadPage(window.location, client).code;
void Promise.all([loadMessages(language), pageCode]).then(([messages]) => {
  const i18n = createI18n(language, { [language]: messages });
  const dashboard = <DashboardRoot client={client} i18n={i18n} router={BrowserRouter} />;
  if (firstRender) startTransition(() => void hydrateRoot(root, dashboard));
  else createRoot(root).render(dashboard);
});
