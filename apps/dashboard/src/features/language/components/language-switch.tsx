import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';

import { LANGUAGES, type Language } from '@cynnydd/shared/domain';

import { writeLanguageCookie } from '../../../i18n/language-cookie';
import { useLanguage } from '../../../ui/use-language';
import { SET_PREFERRED_LANGUAGE } from '../graphql/language';

/**
 * English | Cymraeg. The choice is saved with the account when signed in, and in a cookie in
 * any case so the next visit starts in it even before the account is loaded.
 */
export function LanguageSwitch({ signedIn }: { signedIn: boolean }) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const [savePreference] = useMutation(SET_PREFERRED_LANGUAGE);

  async function choose(next: Language) {
    writeLanguageCookie(next);
    await i18n.changeLanguage(next);
    if (signedIn) {
      // The page has switched already; if saving fails the account keeps its old choice,
      // which is harmless, so there is nothing to tell the user.
      await savePreference({ variables: { language: next } }).catch(() => undefined);
    }
  }

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
