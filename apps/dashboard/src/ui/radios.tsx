import { describedBy, ErrorMessage, formGroupClass } from './error-message';
import type { ErrorItem } from './error-summary';

interface Props<T extends string | number> {
  /**
   * The radios' name. The first radio's id is the name itself, so the error summary can link to
   * it; the others are `${name}-${value}`.
   */
  name: string;
  legend: string;
  options: { value: T; label: string }[];
  value: T | null;
  error?: ErrorItem;
  /** Side by side, for two or three short choices. */
  inline?: boolean;
  onChange: (value: T) => void;
}

/** A GOV.UK fieldset of small radios with its legend and, when given, its error message. */
export function Radios<T extends string | number>({
  name,
  legend,
  options,
  value,
  error,
  inline,
  onChange,
}: Props<T>) {
  const errorId = `${name}-error`;
  return (
    <div className={formGroupClass(error)}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(error && errorId)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {error && <ErrorMessage id={errorId} error={error} />}
        <div
          className={
            inline
              ? 'govuk-radios govuk-radios--small govuk-radios--inline'
              : 'govuk-radios govuk-radios--small'
          }
        >
          {options.map((option, index) => {
            const id = index === 0 ? name : `${name}-${option.value}`;
            return (
              <div key={option.value} className="govuk-radios__item">
                <input
                  id={id}
                  name={name}
                  type="radio"
                  className="govuk-radios__input"
                  value={option.value}
                  checked={value === option.value}
                  onChange={() => onChange(option.value)}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={id}>
                  {option.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
