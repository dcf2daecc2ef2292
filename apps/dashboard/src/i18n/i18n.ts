import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

import { LANGUAGES, type Language } from '@cynnydd/shared/domain';

import cy from './cy.json';
import en from './en.json';

export const resources = { en: { translation: en }, cy: { translation: cy } } as const;

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}

/** The language the interface is in now; i18next may hold a region variant, which we never use. */
export function currentLanguage(instance: i18n): Language {
  const language = instance.resolvedLanguage ?? instance.language;
  return isLanguage(language) ? language : 'en';
}

/**
 * A fresh i18next instance in the given language. Keeps `<html lang>` in step with it, which
 * screen readers use to pick a voice (Welsh Language Standards, WCAG 3.1.1).
 */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  // Not on the server (a page drawn there has its lang written into the HTML).
  if (typeof document !== 'undefined')
    instance.on('languageChanged', (lng) => {
      document.documentElement.lang = lng;
    });
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}
