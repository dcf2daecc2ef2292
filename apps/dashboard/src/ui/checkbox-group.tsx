import { describedBy, ErrorMessage, formGroupClass } from './error-message';
import type { ErrorItem } from './error-summary';

interface Props<T extends string> {
  /**
   * The checkboxes' name. The first checkbox's id is the name itself, so the error summary can
   * link to it; the others are `${name}-${value}`.
   */
  name: string;
  legend: string;
  hint?: string;
  options: { value: T; label: string }[];
  selected: T[];
  error?: ErrorItem;
  onChange: (selected: T[]) => void;
}

/** A GOV.UK fieldset of small checkboxes with its legend, hint and, when given, its error. */
export function CheckboxGroup<T extends string>({
  name,
  legend,
  hint,
  options,
  selected,
  error,
  onChange,
}: Props<T>) {
  const hintId = `${name}-hint`;
  const errorId = `${name}-error`;
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
        <div className="govuk-checkboxes govuk-checkboxes--small">
          {options.map((option, index) => {
            const id = index === 0 ? name : `${name}-${option.value}`;
            const checked = selected.includes(option.value);
            return (
              <div key={option.value} className="govuk-checkboxes__item">
                <input
                  id={id}
                  name={name}
                  type="checkbox"
                  className="govuk-checkboxes__input"
                  value={option.value}
                  checked={checked}
                  onChange={() =>
                    onChange(
                      checked
                        ? selected.filter((value) => value !== option.value)
                        : [...selected, option.value],
                    )
                  }
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
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
