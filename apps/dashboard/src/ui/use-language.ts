import { useTranslation } from 'react-i18next';

import type { Language } from '@cynnydd/shared/domain';

import { currentLanguage } from '../i18n/i18n';

/** The interface language; components using it re-render when it changes. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return currentLanguage(i18n);
}
