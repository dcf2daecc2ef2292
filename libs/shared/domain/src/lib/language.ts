/** The two languages every user-facing text is held in (Welsh Language Standards). */
export const LANGUAGES = ['en', 'cy'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A text in English and Welsh. Either may be missing while a translation is pending. */
export interface BilingualText {
  en: string | null;
  cy: string | null;
}

export interface LocalisedText {
  text: string;
  language: Language;
  /** True when the requested language was missing and the other one is shown instead. */
  isFallback: boolean;
}

/** Picks the text in the requested language, falling back (visibly) to the other one. */
export function localise(text: BilingualText, language: Language): LocalisedText | null {
  const other: Language = language === 'en' ? 'cy' : 'en';
  const wanted = text[language]?.trim();
  if (wanted) return { text: wanted, language, isFallback: false };
  const fallback = text[other]?.trim();
  if (fallback) return { text: fallback, language: other, isFallback: true };
  return null;
}

/** A fixed label, always present in both languages. */
export type Label = { en: string; cy: string };
