import {
  formatDate,
  localise,
  type BilingualText,
  type Label,
  type Language,
} from '@cynnydd/shared/domain';

/** An export's language: English, Welsh, or both side by side (Welsh Language Standards). */
export type ExportLanguage = Language | 'both';
export const EXPORT_LANGUAGES: readonly ExportLanguage[] = ['en', 'cy', 'both'];

/** A text to print: both languages, each already resolved (with a visible fallback). */
export type Bi = Label;

const FALLBACK_NOTE: Label = { en: '(Welsh only)', cy: '(Saesneg yn unig)' };

/** Data text in both languages; a missing translation shows the other language, marked. */
export function bi(text: BilingualText | null | undefined): Bi {
  const side = (language: Language) => {
    if (!text) return '';
    const found = localise(text, language);
    if (!found) return '';
    return found.isFallback ? `${found.text} ${FALLBACK_NOTE[language]}` : found.text;
  };
  return { en: side('en'), cy: side('cy') };
}

/** The same text in both languages (numbers, references). */
export function same(text: string): Bi {
  return { en: text, cy: text };
}

/** One line of text for a language; "both" gives Welsh then English. */
export function inline(text: Bi, language: ExportLanguage, separator = ' / '): string {
  if (language !== 'both') return text[language];
  return text.cy === text.en ? text.en : `${text.cy}${separator}${text.en}`;
}

/** "31 March 2026" / "31 Mawrth 2026", as the dashboard and the public pages write dates. */
export { formatDate };

export function date(isoDate: string): Bi {
  return { en: formatDate(isoDate, 'en'), cy: formatDate(isoDate, 'cy') };
}
