import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { ErrorItem } from '../../../ui/error-summary';
import { SelectField } from '../../../ui/select-field';

export interface PersonChoice {
  id: string;
  name: string;
  email: string;
}

/** A person from the directory, by name and email; `emptyLabel` is the choice of no one. */
export function PersonSelect({
  id,
  label,
  people,
  value,
  emptyLabel,
  error,
  onChange,
}: {
  id: string;
  label: ReactNode;
  people: readonly PersonChoice[];
  value: string;
  emptyLabel: string;
  error?: ErrorItem;
  onChange: (personId: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <SelectField
      id={id}
      label={label}
      value={value}
      error={error}
      onChange={(event) => onChange(event.target.value)}
    >
      <option value="">{emptyLabel}</option>
      {people.map((person) => (
        <option key={person.id} value={person.id}>
          {t('accounts.personChoice', { name: person.name, email: person.email })}
        </option>
      ))}
    </SelectField>
  );
}
