import { Feed } from 'feed';

import { localise, type BilingualText, type Language } from '@cynnydd/shared/domain';

import { PUBLIC_LABELS as L } from '../public-site/public-labels';
import { publicPath } from '../public-site/public-routes';

export interface FeedEntry {
  number: number;
  periodLabel: string;
  publishedAt: Date;
  withdrawnAt: Date | null;
  introduction: BilingualText;
}

/** The latest publishing or withdrawal: when the archive and the feed last changed. */
export function lastChange(entries: Pick<FeedEntry, 'publishedAt' | 'withdrawnAt'>[]): Date | null {
  return entries.reduce<Date | null>((latest, entry) => {
    const changed = entry.withdrawnAt ?? entry.publishedAt;
    return !latest || changed > latest ? changed : latest;
  }, null);
}

const WITHDRAWN: Record<Language, string> = { en: 'withdrawn', cy: 'wedi’i dynnu’n ôl' };

/** An Atom feed of the publications, newest first, in one language (Atom, via `feed`). */
export function publicationsFeed(entries: FeedEntry[], language: Language, origin: string): string {
  const address = (page: Parameters<typeof publicPath>[0]) => `${origin}${publicPath(page)}`;
  const latest = lastChange(entries);
  const feed = new Feed({
    id: address({ language, scope: 'current', page: { kind: 'archive' } }),
    title: L.siteName[language],
    description: L.strategy[language],
    link: address({ language, scope: 'current', page: { kind: 'overview' } }),
    language: language === 'cy' ? 'cy-GB' : 'en-GB',
    updated: latest ?? new Date(0),
    feedLinks: { atom: address({ language, scope: 'current', page: { kind: 'feed' } }) },
    copyright: L.licence[language],
    author: { name: L.publishers[language] },
  });
  for (const entry of entries) {
    const title = `${L.publication[language]} ${entry.number}: ${entry.periodLabel}`;
    feed.addItem({
      id: `${origin}/open-data/publications/${entry.number}.json`,
      title: entry.withdrawnAt ? `${title} (${WITHDRAWN[language]})` : title,
      link: address({ language, scope: entry.number, page: { kind: 'overview' } }),
      date: entry.withdrawnAt ?? entry.publishedAt,
      published: entry.publishedAt,
      description: localise(entry.introduction, language)?.text ?? '',
    });
  }
  return feed.atom1();
}
