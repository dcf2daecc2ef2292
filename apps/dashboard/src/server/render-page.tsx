import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloClient, HttpLink } from '@apollo/client';
import type { i18n } from 'i18next';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';

import type { Language } from '@cynnydd/shared/domain';

import { createCache } from '../apollo/client';
import { matchPage, preloadPage } from '../app';
import { DashboardRoot } from '../dashboard-root';
import { ME } from '../features/auth/graphql/auth';
import { ALL_MESSAGES } from '../i18n/all-messages';
import { createI18n } from '../i18n/i18n';
import type { PageHandle } from '../ui/page-data';
import { pageDocument, type BuiltDocument } from './page-document';

// This file is built as CommonJS (vite.config.mts) into dist/apps/dashboard/server/.
declare const __dirname: string;

export interface PageRequest {
  /** The path and query asked for, as the browser sent them. */
  url: string;
  /** Where this API answers GraphQL; the page's queries go there as the visitor's own. */
  graphqlUrl: string;
  /** The visitor's Cookie header: their session. */
  cookie: string;
  /** Gives up on the page (the browser then draws it as for any other page). */
  signal: AbortSignal;
}

let built: BuiltDocument | undefined;

/** index.html and the manifest of the browser's build, beside this one. */
function builtDocument(): BuiltDocument {
  const directory = join(__dirname, '..');
  const manifest = JSON.parse(
    readFileSync(join(directory, '.vite', 'manifest.json'), 'utf8'),
  ) as Record<string, { file: string }>;
  return {
    template: readFileSync(join(directory, 'index.html'), 'utf8'),
    startAfterPaint: `/${manifest['src/start-after-paint.ts'].file}`,
  };
}

// One i18next a language: a page is drawn in one synchronous pass, and what pages add to it
// (their features' messages) is the same for every visitor.
const translations = new Map<Language, i18n>();
function translationsIn(language: Language): i18n {
  let instance = translations.get(language);
  if (!instance) translations.set(language, (instance = createI18n(language, ALL_MESSAGES)));
  return instance;
}

/**
 * A signed-in visitor's first view of a page whose route's handle says so (`drawnOnServer`),
 * drawn on the server: the page's data fetched as the browser would (`preloadPage`),
 * the page drawn once from it, and the document made (`pageDocument`). Null for every other
 * visit (another page, nobody signed in, `signal` aborted): the browser then draws
 * the page itself. See docs/adr/0020-signed-in-pages-drawn-on-the-server.md.
 */
export async function renderPageDocument(request: PageRequest): Promise<string | null> {
  const location = new URL(request.url, 'http://dashboard.invalid');
  if (!(matchPage(location.pathname)?.route.handle as PageHandle | undefined)?.drawnOnServer)
    return null;
  const cache = createCache();
  const client = new ApolloClient({
    ssrMode: true,
    link: new HttpLink({
      uri: request.graphqlUrl,
      headers: { cookie: request.cookie },
      fetchOptions: { signal: request.signal },
    }),
    cache,
  });
  const preload = preloadPage(location, client);
  await Promise.all([preload.code, preload.data]);
  const user = client.readQuery({ query: ME })?.me;
  if (!user || request.signal.aborted) return null;

  // Everything the page asks for is in the cache: one pass draws it (a query the page asks
  // beyond its preload is drawn loading, as the browser's first render then draws it too).
  const markup = renderToString(
    <DashboardRoot
      client={client}
      i18n={translationsIn(user.preferredLanguage)}
      router={({ children }) => <StaticRouter location={request.url}>{children}</StaticRouter>}
    />,
  );
  built ??= builtDocument();
  return pageDocument(built, markup, {
    language: user.preferredLanguage,
    cache: cache.extract(),
  });
}
