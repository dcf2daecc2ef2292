import { useTranslation } from 'react-i18next';

import type { Language } from '@cynnydd/shared/domain';

export type BilingualValue = Record<Language, string>;

interface BilingualFieldsProps {
  /** Ids of the textareas are `${id}-en` and `${id}-cy`; the error summary links to the first. */
  id: string;
  legend: string;
  hint?: string;
  value: BilingualValue;
  error?: string;
  /** Set when the error message is not in the interface language. */
  errorLang?: Language;
  onChange: (value: BilingualValue) => void;
}

const LANGUAGES: Language[] = ['en', 'cy'];

/** A GOV.UK fieldset with one textarea for English and one for Welsh. */
export function BilingualFields({
  id,
  legend,
  hint,
  value,
  error,
  errorLang,
  onChange,
}: BilingualFieldsProps) {
  const { t } = useTranslation();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint && (
          <div id={hintId} className="govuk-hint">
            {hint}
          </div>
        )}
        {error && (
          <p id={errorId} className="govuk-error-message">
            <span className="govuk-visually-hidden">{t('errors.prefix')}</span>{' '}
            <span lang={errorLang}>{error}</span>
          </p>
        )}
        {LANGUAGES.map((language) => {
          const fieldId = `${id}-${language}`;
          return (
            <div key={language} className="govuk-form-group">
              <label className="govuk-label" htmlFor={fieldId}>
                {t(`updateForm.inLanguage.${language}`)}
              </label>
              <textarea
                id={fieldId}
                name={fieldId}
                lang={language}
                rows={4}
                className={error ? 'govuk-textarea govuk-textarea--error' : 'govuk-textarea'}
                aria-describedby={error ? errorId : undefined}
                value={value[language]}
                onChange={(event) => onChange({ ...value, [language]: event.target.value })}
              />
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}
