import { useTranslation } from 'react-i18next';

import { LANGUAGES, type Language } from '@cynnydd/shared/domain';

import { useLanguage } from '../../../ui/use-language';

/**
 * English | Cymraeg. `choose` (from `usePreferredLanguage`) saves the choice with the account
 * when signed in, and in a cookie in any case so the next visit starts in it even before the
 * account is loaded.
 */
export function LanguageSwitch({ choose }: { choose: (next: Language) => Promise<void> }) {
  const { t } = useTranslation();
  const language = useLanguage();

  return (
    <nav className="app-language-switch" aria-label={t('language.switchLabel')}>
      <ul className="app-language-switch__list">
        {LANGUAGES.map((option) =>
          option === language ? (
            <li
              key={option}
              className="app-language-switch__item app-language-switch__item--current"
              aria-current="true"
              lang={option}
            >
              {t(`language.names.${option}`)}
            </li>
          ) : (
            <li key={option} className="app-language-switch__item">
              <button
                type="button"
                className="govuk-link app-link-button app-language-switch__link"
                onClick={() => void choose(option)}
              >
                <span aria-hidden="true" lang={option}>
                  {t(`language.names.${option}`)}
                </span>
                <span className="govuk-visually-hidden">{t(`language.changeTo.${option}`)}</span>
              </button>
            </li>
          ),
        )}
      </ul>
    </nav>
  );
}
