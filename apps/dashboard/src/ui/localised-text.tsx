import { useTranslation } from 'react-i18next';

import { localise, type BilingualText, type Language } from '@cynnydd/shared/domain';

import { useLanguage } from './use-language';

/** The other language's text where the interface language's is missing, or a note that both are. */
function FallbackText({
  text,
  language,
}: {
  text: { text: string; language: Language } | null;
  language: Language;
}) {
  const { t } = useTranslation();
  if (!text) return <span className="app-fallback-marker">{t('language.missingText')}</span>;
  return (
    <span lang={text.language}>
      {text.text}{' '}
      <span className="app-fallback-marker">
        ({t(`language.names.${text.language}`)})
        <span className="govuk-visually-hidden" lang={language}>
          {' '}
          {t(`language.fallback.${text.language}`)}
        </span>
      </span>
    </span>
  );
}

/**
 * A bilingual API text in the interface language. When that translation is missing the other
 * language is shown, marked as such and with its own `lang` so it is read in the right voice.
 * Only then does it need the messages: long tables show hundreds of these.
 */
export function LocalisedText({ value }: { value: BilingualText }) {
  const language = useLanguage();
  const text = localise(value, language);
  if (text && !text.isFallback) return <>{text.text}</>;
  return <FallbackText text={text} language={language} />;
}
