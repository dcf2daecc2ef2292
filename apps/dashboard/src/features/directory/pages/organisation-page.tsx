import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { ORGANISATION_TYPE_LABELS, OrganisationType, Permission } from '@cynnydd/shared/domain';

import type { DirectoryOrganisationFragment } from '../../../gql/graphql';
import {
  BilingualInput,
  bilingualInput,
  bilingualValue,
  EMPTY_BILINGUAL,
} from '../../../ui/bilingual-input';
import { ErrorSummary } from '../../../ui/error-summary';
import { Loading } from '../../../ui/loading';
import { LocalisedText } from '../../../ui/localised-text';
import { SelectField } from '../../../ui/select-field';
import { TextField } from '../../../ui/text-field';
import { useLanguage } from '../../../ui/use-language';
import { usePageTitle } from '../../../ui/use-page-title';
import { useApiFormErrors } from '../../admin/hooks/use-api-form-errors';
import { LoadError } from '../../plans/components/notice';
import { RequirePermission } from '../../plans/components/require-permission';
import { RecordFrame, useSavedNotice } from '../components/record-frame';
import { CREATE_ORGANISATION, DIRECTORY, UPDATE_ORGANISATION } from '../graphql/directory';

const FIELD_IDS: Record<string, string> = {
  code: 'code',
  type: 'type',
  name: 'name-en',
  'name.en': 'name-en',
  'name.cy': 'name-en',
};

/** An organisation's details: a new one when `organisation` is null (only then has it a code). */
function OrganisationForm({
  organisation,
  onSaved,
}: {
  organisation: DirectoryOrganisationFragment | null;
  onSaved: (saved: DirectoryOrganisationFragment) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [code, setCode] = useState('');
  const [type, setType] = useState<OrganisationType>(
    (organisation?.type as OrganisationType | undefined) ?? OrganisationType.OTHER,
  );
  const [name, setName] = useState(
    organisation ? bilingualValue(organisation.name) : EMPTY_BILINGUAL,
  );
  const { errors, setErrors, fromFailure, errorFor } = useApiFormErrors(
    (field) => FIELD_IDS[field],
  );
  const refetchQueries = [DIRECTORY];
  const [create, creating] = useMutation(CREATE_ORGANISATION, { refetchQueries });
  const [update, updating] = useMutation(UPDATE_ORGANISATION, { refetchQueries });
  usePageTitle(t('directory.organisations.title'), errors.length > 0);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors([]);
    try {
      const saved = organisation
        ? (
            await update({
              variables: {
                input: {
                  id: organisation.id,
                  expectedVersion: organisation.version,
                  type,
                  name: bilingualInput(name),
                },
              },
            })
          ).data?.updateOrganisation
        : (
            await create({
              variables: { input: { code: code.trim(), type, name: bilingualInput(name) } },
            })
          ).data?.createOrganisation;
      if (saved) onSaved(saved);
    } catch (failure) {
      fromFailure(failure);
    }
  }

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary errors={errors} />
      {!organisation && (
        <TextField
          id="code"
          label={t('directory.organisations.columns.code')}
          hint={t('directory.organisations.codeHint')}
          className="govuk-input--width-10"
          spellCheck={false}
          value={code}
          error={errorFor('code')}
          onChange={(event) => setCode(event.target.value.toUpperCase())}
        />
      )}
      <BilingualInput
        id="name"
        legend={t('directory.organisations.columns.name')}
        value={name}
        error={errorFor('name-en')}
        onChange={setName}
      />
      <SelectField
        id="type"
        label={t('directory.organisations.columns.type')}
        value={type}
        error={errorFor('type')}
        onChange={(event) => setType(event.target.value as OrganisationType)}
      >
        {Object.values(OrganisationType).map((value) => (
          <option key={value} value={value}>
            {ORGANISATION_TYPE_LABELS[value][language]}
          </option>
        ))}
      </SelectField>
      <button
        type="submit"
        className="govuk-button"
        disabled={creating.loading || updating.loading}
      >
        {organisation ? t('accounts.save') : t('directory.organisations.create')}
      </button>
    </form>
  );
}

function Organisation({ id }: { id: string | null }) {
  const { t } = useTranslation();
  const { notice, saved } = useSavedNotice('/admin/organisations');
  const { data, loading, error } = useQuery(DIRECTORY);
  if (loading && !data) return <Loading />;
  if (error || !data) return <LoadError message={t('directory.loadError')} />;
  const organisation = id ? (data.organisations.find((o) => o.id === id) ?? null) : null;
  if (id && !organisation) return <LoadError message={t('directory.organisations.notFound')} />;

  return (
    <RecordFrame
      notice={notice}
      listPath="/admin/organisations"
      backLabel={t('directory.organisations.back')}
      heading={
        organisation ? (
          <>
            {organisation.code}: <LocalisedText value={organisation.name} />
          </>
        ) : (
          t('directory.organisations.add')
        )
      }
    >
      <OrganisationForm
        key={organisation ? `${organisation.id}-${organisation.version}` : 'new'}
        organisation={organisation}
        onSaved={(record) => saved(!organisation, record.id)}
      />
    </RecordFrame>
  );
}

function OrganisationFromAddress() {
  const { id } = useParams();
  return <Organisation key={id ?? 'new'} id={id ?? null} />;
}

export default function OrganisationPage() {
  return (
    <RequirePermission permission={Permission.MANAGE_REFERENCE_DATA}>
      <OrganisationFromAddress />
    </RequirePermission>
  );
}
