import { useTranslation } from 'react-i18next';

import { localise, type BilingualText } from '@cynnydd/shared/domain';

import { useLanguage } from './use-language';

/**
 * A bilingual API text in the interface language. When that translation is missing the other
 * language is shown, marked as such and with its own `lang` so it is read in the right voice.
 */
export function LocalisedText({ value }: { value: BilingualText }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const text = localise(value, language);

  if (!text) return <span className="app-fallback-marker">{t('language.missingText')}</span>;
  if (!text.isFallback) return <>{text.text}</>;
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
