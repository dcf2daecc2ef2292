import type { Language } from '@cynnydd/shared/domain';

/**
 * The public pages' addresses. Each language has its own words in the address (`/cy/cynnydd/…`,
 * `/en/progress/…`), so a Welsh reader never meets an English address; every page has its
 * counterpart at the same place in the other language, which the language switch and `hreflang`
 * point at.
 */
export type PublicPage =
  | { kind: 'overview' }
  | { kind: 'area'; number: number }
  | { kind: 'action'; id: string }
  /** The published measures, a page at a time (page 1 when absent). */
  | { kind: 'measures'; page?: number }
  | { kind: 'archive' }
  | { kind: 'feed' }
  /** An area's summary for the organisations' own websites (always the current publication). */
  | { kind: 'embed'; number: number };

/** The newest publication still published, or a numbered one. */
export type PublicationScope = 'current' | number;

export interface PublicRoute {
  language: Language;
  scope: PublicationScope;
  page: PublicPage;
}

const WORDS = {
  en: {
    root: 'progress',
    area: 'areas',
    action: 'actions',
    measures: 'measures',
    publications: 'publications',
    feed: 'feed.atom',
    embed: 'embed',
  },
  cy: {
    root: 'cynnydd',
    area: 'meysydd',
    action: 'camau-gweithredu',
    measures: 'mesurau',
    publications: 'cyhoeddiadau',
    feed: 'ffrwd.atom',
    embed: 'mewnosod',
  },
} as const;

export const PUBLIC_LANGUAGES: readonly Language[] = ['cy', 'en'];

/** The first segments of every public address, for the server's routing. */
export const PUBLIC_ROOTS = PUBLIC_LANGUAGES.map(
  (language) => `/${language}/${WORDS[language].root}`,
);

/** `route`'s address, under `base` (empty for the public site, the preview's prefix otherwise). */
export function publicPath({ language, scope, page }: PublicRoute, base = ''): string {
  const words = WORDS[language];
  const root = `${base}/${language}/${words.root}`;
  if (page.kind === 'archive') return `${root}/${words.publications}`;
  if (page.kind === 'feed') return `${root}/${words.feed}`;
  if (page.kind === 'embed') return `${root}/${words.embed}/${words.area}/${page.number}`;
  const publication = scope === 'current' ? root : `${root}/${words.publications}/${scope}`;
  switch (page.kind) {
    case 'overview':
      return publication;
    case 'area':
      return `${publication}/${words.area}/${page.number}`;
    case 'action':
      return `${publication}/${words.action}/${page.id}`;
    case 'measures':
      return (page.page ?? 1) > 1
        ? `${publication}/${words.measures}/${page.page}`
        : `${publication}/${words.measures}`;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const NUMBER = /^[1-9][0-9]{0,8}$/;

/** The route an address names (after `base`), or null when it names no public page. */
export function parsePublicPath(path: string, base = ''): PublicRoute | null {
  if (!path.startsWith(`${base}/`)) return null;
  const [language, root, ...rest] = path
    .slice(base.length + 1)
    .replace(/\/$/, '')
    .split('/');
  if (language !== 'en' && language !== 'cy') return null;
  const words = WORDS[language];
  if (root !== words.root) return null;
  let scope: PublicationScope = 'current';
  let tail = rest;
  if (tail[0] === words.publications) {
    if (tail.length === 1) return { language, scope, page: { kind: 'archive' } };
    if (!NUMBER.test(tail[1])) return null;
    scope = Number(tail[1]);
    tail = tail.slice(2);
  } else if (tail.length === 1 && tail[0] === words.feed) {
    return { language, scope, page: { kind: 'feed' } };
  } else if (tail.length === 3 && tail[0] === words.embed && tail[1] === words.area) {
    return /^[1-7]$/.test(tail[2])
      ? { language, scope, page: { kind: 'embed', number: Number(tail[2]) } }
      : null;
  }
  if (tail.length === 0) return { language, scope, page: { kind: 'overview' } };
  if (tail.length === 1 && tail[0] === words.measures) {
    return { language, scope, page: { kind: 'measures' } };
  }
  // Page 1 has one address, without its number.
  if (tail.length === 2 && tail[0] === words.measures && NUMBER.test(tail[1]) && tail[1] !== '1') {
    return { language, scope, page: { kind: 'measures', page: Number(tail[1]) } };
  }
  if (tail.length === 2 && tail[0] === words.area && /^[1-7]$/.test(tail[1])) {
    return { language, scope, page: { kind: 'area', number: Number(tail[1]) } };
  }
  if (tail.length === 2 && tail[0] === words.action && UUID.test(tail[1])) {
    return { language, scope, page: { kind: 'action', id: tail[1] } };
  }
  return null;
}

/** The same page in the other language. */
export function otherLanguage(route: PublicRoute): PublicRoute {
  return { ...route, language: route.language === 'en' ? 'cy' : 'en' };
}

/** Where a draft's preview lives: the same pages, for signed-in publishers only. */
export const PREVIEW_BASE = (publicationId: string) => `/publications/${publicationId}/preview`;
