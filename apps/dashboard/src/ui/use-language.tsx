import type { i18n } from 'i18next';
import { createContext, useContext, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';

import type { Language } from '@cynnydd/shared/domain';

import { currentLanguage } from '../i18n/i18n';

const LanguageContext = createContext<Language | null>(null);

/** Passes the interface language down from the one subscription to i18next `LanguageProvider` holds. */
function LanguageProvider({ children }: { children: ReactNode }) {
  // Re-renders on every language change, and with it each component that reads the language.
  const { i18n } = useTranslation();
  return (
    <LanguageContext.Provider value={currentLanguage(i18n)}>{children}</LanguageContext.Provider>
  );
}

/**
 * i18next for everything below, with the interface language read from context: react-i18next's
 * `useTranslation` subscribes each component that calls it on its own, which in a table of
 * hundreds of cells cost more than drawing them.
 */
export function TranslationProvider({ i18n, children }: { i18n: i18n; children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <LanguageProvider>{children}</LanguageProvider>
    </I18nextProvider>
  );
}

/** The interface language; components using it re-render when it changes. */
export function useLanguage(): Language {
  const language = useContext(LanguageContext);
  if (!language) throw new Error('useLanguage is used outside a TranslationProvider');
  return language;
}
