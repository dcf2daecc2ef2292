import type { InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

import type { FormError } from './form-errors';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  id: string;
  label: string;
  hint?: string;
  error?: FormError;
}

/** A GOV.UK text input with its label, an optional hint and, when given, its error. */
export function TextInput({ id, label, hint, error, className, ...input }: Props) {
  const { t } = useTranslation();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div id={hintId} className="govuk-hint">
          {hint}
        </div>
      )}
      {error && (
        <p id={errorId} className="govuk-error-message">
          <span className="govuk-visually-hidden">{t('errors.prefix')}</span>{' '}
          <span lang={error.lang}>{error.message}</span>
        </p>
      )}
      <input
        id={id}
        name={id}
        className={['govuk-input', error && 'govuk-input--error', className]
          .filter(Boolean)
          .join(' ')}
        aria-describedby={describedBy}
        {...input}
      />
    </div>
  );
}
