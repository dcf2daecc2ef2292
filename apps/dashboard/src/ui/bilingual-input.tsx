import { useTranslation } from 'react-i18next';

import type { Language } from '@cynnydd/shared/domain';

import { describedBy, ErrorMessage, formGroupClass } from './error-message';
import type { ErrorItem } from './error-summary';

export type BilingualValue = Record<Language, string>;

export const EMPTY_BILINGUAL: BilingualValue = { en: '', cy: '' };

const LANGUAGES: Language[] = ['en', 'cy'];

interface Props {
  /** The controls' ids are `${id}-en` and `${id}-cy`; the error summary links to the first. */
  id: string;
  legend: string;
  hint?: string;
  value: BilingualValue;
  /** The first error about either language, shown for the group. */
  error?: ErrorItem;
  /** Text areas for long texts; one-line inputs otherwise. */
  multiline?: boolean;
  onChange: (value: BilingualValue) => void;
}

/** A GOV.UK fieldset with one control for English and one for Welsh. */
export function BilingualInput({ id, legend, hint, value, error, multiline, onChange }: Props) {
  const { t } = useTranslation();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={formGroupClass(error)}>
      <fieldset
        className="govuk-fieldset"
        aria-describedby={describedBy(hint && hintId, error && errorId)}
      >
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint && (
          <div id={hintId} className="govuk-hint">
            {hint}
          </div>
        )}
        {error && <ErrorMessage id={errorId} error={error} />}
        {LANGUAGES.map((language) => {
          const fieldId = `${id}-${language}`;
          const common = {
            id: fieldId,
            name: fieldId,
            lang: language,
            'aria-describedby': error ? errorId : undefined,
            value: value[language],
          };
          return (
            <div key={language} className="govuk-form-group">
              <label className="govuk-label" htmlFor={fieldId}>
                {t(`form.inLanguage.${language}`)}
              </label>
              {multiline ? (
                <textarea
                  {...common}
                  rows={4}
                  className={error ? 'govuk-textarea govuk-textarea--error' : 'govuk-textarea'}
                  onChange={(event) => onChange({ ...value, [language]: event.target.value })}
                />
              ) : (
                <input
                  {...common}
                  type="text"
                  className={error ? 'govuk-input govuk-input--error' : 'govuk-input'}
                  onChange={(event) => onChange({ ...value, [language]: event.target.value })}
                />
              )}
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}

/** The value as the API takes it: blank languages as null. */
export function bilingualInput(value: BilingualValue) {
  return { en: value.en.trim() || null, cy: value.cy.trim() || null };
}

/**
 * Maps an API error's input path ("title.cy", "title") to the control of the BilingualInput for
 * that field ("title-cy", "title-en", after `prefix` when the form's ids have one); null for
 * other fields.
 */
export function bilingualFieldId(
  names: string | readonly string[],
  prefix = '',
): (path: string) => string | null {
  const fields: readonly string[] = typeof names === 'string' ? [names] : names;
  return (path) => {
    const [name, part] = path.split('.');
    return fields.includes(name) ? `${prefix}${name}-${part === 'cy' ? 'cy' : 'en'}` : null;
  };
}

/** A bilingual API text as form values. */
export function bilingualValue(text: { en?: string | null; cy?: string | null }): BilingualValue {
  return { en: text.en ?? '', cy: text.cy ?? '' };
}
