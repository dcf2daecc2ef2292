import { useTranslation } from 'react-i18next';

import { Role, ROLE_LABELS } from '@cynnydd/shared/domain';

import type { ErrorItem } from '../../../ui/error-summary';
import { SelectField } from '../../../ui/select-field';
import { useLanguage } from '../../../ui/use-language';

/** An account's role, by its name in the interface language. */
export function RoleSelect({
  value,
  error,
  onChange,
}: {
  value: Role;
  error?: ErrorItem;
  onChange: (role: Role) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <SelectField
      id="role"
      label={t('accounts.role')}
      value={value}
      error={error}
      onChange={(event) => onChange(event.target.value as Role)}
    >
      {Object.values(Role).map((role) => (
        <option key={role} value={role}>
          {ROLE_LABELS[role][language]}
        </option>
      ))}
    </SelectField>
  );
}
