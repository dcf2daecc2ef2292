import type { InputHTMLAttributes } from 'react';

import { describedBy, ErrorMessage, formGroupClass } from './error-message';
import type { ErrorItem } from './error-summary';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  id: string;
  label: string;
  hint?: string;
  error?: ErrorItem;
}

/** A GOV.UK text input with its label, an optional hint and, when given, its error message. */
export function TextField({ id, label, hint, error, className, ...input }: TextFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={formGroupClass(error)}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div id={hintId} className="govuk-hint">
          {hint}
        </div>
      )}
      {error && <ErrorMessage id={errorId} error={error} />}
      <input
        id={id}
        name={id}
        className={['govuk-input', error && 'govuk-input--error', className]
          .filter(Boolean)
          .join(' ')}
        aria-describedby={describedBy(hint && hintId, error && errorId)}
        {...input}
      />
    </div>
  );
}
