import type { InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

import type { Language } from '@cynnydd/shared/domain';

interface TextFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  id: string;
  label: string;
  error?: string;
  /** Set when the error message is not in the interface language (the API answers in English). */
  errorLang?: Language;
}

/** A GOV.UK text input with its label and, when given, its error message. */
export function TextField({ id, label, error, errorLang, className, ...input }: TextFieldProps) {
  const { t } = useTranslation();
  const errorId = `${id}-error`;
  return (
    <div className={error ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      {error && (
        <p id={errorId} className="govuk-error-message">
          <span className="govuk-visually-hidden">{t('errors.prefix')}</span>{' '}
          <span lang={errorLang}>{error}</span>
        </p>
      )}
      <input
        id={id}
        name={id}
        className={['govuk-input', error && 'govuk-input--error', className]
          .filter(Boolean)
          .join(' ')}
        aria-describedby={error ? errorId : undefined}
        {...input}
      />
    </div>
  );
}
