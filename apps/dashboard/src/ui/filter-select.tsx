import { useTranslation } from 'react-i18next';

/**
 * One filter of a list: its choices, with "Any" first for no filter. Uncontrolled: the
 * filter form reads it when submitted.
 */
export function FilterSelect({
  id,
  label,
  value,
  options,
}: {
  id: string;
  label: string;
  value: string | null;
  options: readonly (readonly [value: string, text: string])[];
}) {
  const { t } = useTranslation();
  return (
    <div className="govuk-form-group app-filters__item">
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      <select id={id} name={id} className="govuk-select" defaultValue={value ?? ''}>
        <option value="">{t('form.any')}</option>
        {options.map(([option, text]) => (
          <option key={option} value={option}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
