import type { ReactNode, SelectHTMLAttributes } from 'react';

import { describedBy, ErrorMessage, formGroupClass } from './error-message';
import type { ErrorItem } from './error-summary';

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  id: string;
  label: ReactNode;
  error?: ErrorItem;
}

/** A GOV.UK select with its label and, when given, its error message; the options are children. */
export function SelectField({ id, label, error, children, ...select }: SelectFieldProps) {
  const errorId = `${id}-error`;
  return (
    <div className={formGroupClass(error)}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      {error && <ErrorMessage id={errorId} error={error} />}
      <select
        id={id}
        name={id}
        className={error ? 'govuk-select govuk-select--error' : 'govuk-select'}
        aria-describedby={describedBy(error && errorId)}
        {...select}
      >
        {children}
      </select>
    </div>
  );
}
