import type { Language } from '@cynnydd/shared/domain';

import { isLanguage } from './i18n';

export const LANGUAGE_COOKIE = 'cynnydd_lang';
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/** The language chosen before signing in, if any. */
export function readLanguageCookie(): Language | null {
  for (const part of document.cookie.split(';')) {
    const [name, value] = part.trim().split('=');
    if (name === LANGUAGE_COOKIE && isLanguage(value)) return value;
  }
  return null;
}

export function writeLanguageCookie(language: Language): void {
  const secure = window.location.protocol === 'https:' ? '; Secure' : '';
  document.cookie = `${LANGUAGE_COOKIE}=${language}; Path=/; Max-Age=${ONE_YEAR_SECONDS}; SameSite=Lax${secure}`;
}
