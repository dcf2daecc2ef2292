import type { i18n } from 'i18next';
import { useTranslation } from 'react-i18next';

import type { Language } from '@cynnydd/shared/domain';

/** A feature's messages in both languages, merged into the interface's own. */
export type FeatureTranslations = Record<Language, Record<string, unknown>>;

const added = new WeakMap<i18n, Set<FeatureTranslations>>();

/**
 * Adds a feature's messages, in both languages, to the interface's, once per i18next instance.
 * They travel in the feature's own code, loaded with its pages, so the first page a person opens
 * does not carry every feature's words (ADR 12). Called by the feature's pages before they render
 * anything that reads them.
 */
export function useFeatureTranslations(translations: FeatureTranslations): void {
  const { i18n } = useTranslation();
  const done = added.get(i18n) ?? new Set<FeatureTranslations>();
  if (done.has(translations)) return;
  for (const language of Object.keys(translations) as Language[]) {
    i18n.addResourceBundle(language, 'translation', translations[language], true, false);
  }
  done.add(translations);
  added.set(i18n, done);
}
