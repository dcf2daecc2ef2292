import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

import { LANGUAGES, type Language } from '@cynnydd/shared/domain';

import type en from './en.json';

/** The interface's own messages in one language (src/i18n/en.json and cy.json). */
export type Messages = typeof en;

/** Each language's messages an instance was given or has loaded since. */
const withMessages = new WeakMap<i18n, Set<Language>>();

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}

/** The language the interface is in now; i18next may hold a region variant, which we never use. */
export function currentLanguage(instance: i18n): Language {
  const language = instance.resolvedLanguage ?? instance.language;
  return isLanguage(language) ? language : 'en';
}

/**
 * The interface's messages in one language, a chunk of their own: the browser loads the language
 * a person reads in, not both (ADR 22). What draws both at once has them all (`all-messages.ts`).
 */
export function loadMessages(language: Language): Promise<Messages> {
  return (language === 'cy' ? import('./cy.json') : import('./en.json')).then(
    (module) => module.default,
  );
}

/**
 * A fresh i18next instance in the given language, with the messages it is given (at least that
 * language's). Keeps `<html lang>` in step with it, which screen readers use to pick a voice
 * (Welsh Language Standards, WCAG 3.1.1).
 */
export function createI18n(
  language: Language,
  messages: Partial<Record<Language, Messages>>,
): i18n {
  const instance = i18next.createInstance();
  // Not on the server (a page drawn there has its lang written into the HTML).
  if (typeof document !== 'undefined')
    instance.on('languageChanged', (lng) => {
      document.documentElement.lang = lng;
    });
  const given = Object.entries(messages) as [Language, Messages][];
  void instance.use(initReactI18next).init({
    resources: Object.fromEntries(given.map(([lng, bundle]) => [lng, { translation: bundle }])),
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  withMessages.set(instance, new Set(given.map(([lng]) => lng)));
  return instance;
}

/** Switches the interface to `language`, loading its messages first if this instance lacks them. */
export async function switchLanguage(instance: i18n, language: Language): Promise<void> {
  const loaded = withMessages.get(instance) ?? new Set<Language>();
  if (!loaded.has(language)) {
    // Merged under what features have added in that language already (useFeatureTranslations).
    instance.addResourceBundle(language, 'translation', await loadMessages(language), true, false);
    loaded.add(language);
    withMessages.set(instance, loaded);
  }
  await instance.changeLanguage(language);
}
