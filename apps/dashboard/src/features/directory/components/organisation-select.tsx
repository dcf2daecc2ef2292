import { localise } from '@cynnydd/shared/domain';

import type { DirectoryOrganisationFragment } from '../../../gql/graphql';
import type { ErrorItem } from '../../../ui/error-summary';
import { SelectField } from '../../../ui/select-field';
import { useLanguage } from '../../../ui/use-language';

/** An organisation from the directory, by name in the interface language and code. */
export function OrganisationSelect({
  label,
  organisations,
  value,
  error,
  onChange,
}: {
  label: string;
  organisations: readonly DirectoryOrganisationFragment[];
  value: string;
  error?: ErrorItem;
  onChange: (organisationId: string) => void;
}) {
  const language = useLanguage();
  return (
    <SelectField
      id="organisation"
      label={label}
      value={value}
      error={error}
      onChange={(event) => onChange(event.target.value)}
    >
      {organisations.map((organisation) => (
        <option key={organisation.id} value={organisation.id}>
          {localise(organisation.name, language)?.text} ({organisation.code})
        </option>
      ))}
    </SelectField>
  );
}
