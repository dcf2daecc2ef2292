import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { Permission } from '@cynnydd/shared/domain';

import type { DirectoryPersonFragment, DirectoryQuery } from '../../../gql/graphql';
import {
  BilingualInput,
  bilingualInput,
  bilingualValue,
  EMPTY_BILINGUAL,
} from '../../../ui/bilingual-input';
import { EmailField } from '../../../ui/email-field';
import { ErrorSummary } from '../../../ui/error-summary';
import { Loading } from '../../../ui/loading';
import { TextField } from '../../../ui/text-field';
import { usePageTitle } from '../../../ui/use-page-title';
import { useApiFormErrors } from '../../admin/hooks/use-api-form-errors';
import { LoadError } from '../../plans/components/notice';
import { RequirePermission } from '../../plans/components/require-permission';
import { MergePerson } from '../components/merge-person';
import { OrganisationSelect } from '../components/organisation-select';
import { RecordFrame, useSavedNotice } from '../components/record-frame';
import { CREATE_PERSON, DIRECTORY, UPDATE_PERSON } from '../graphql/directory';

/** Where each input field of the API is shown. */
const FIELD_IDS: Record<string, string> = {
  name: 'name',
  email: 'email',
  organisationId: 'organisation',
  jobTitle: 'job-title-en',
  'jobTitle.en': 'job-title-en',
  'jobTitle.cy': 'job-title-en',
};

/** A person's details: a new person when `person` is null. */
function PersonForm({
  person,
  directory,
  onSaved,
}: {
  person: DirectoryPersonFragment | null;
  directory: DirectoryQuery;
  onSaved: (saved: DirectoryPersonFragment) => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(person?.name ?? '');
  const [email, setEmail] = useState(person?.email ?? '');
  const [organisationId, setOrganisationId] = useState(
    person?.organisation.id ?? directory.organisations[0]?.id ?? '',
  );
  const [jobTitle, setJobTitle] = useState(
    person ? bilingualValue(person.jobTitle) : EMPTY_BILINGUAL,
  );
  const { errors, setErrors, fromFailure, errorFor } = useApiFormErrors(
    (field) => FIELD_IDS[field],
  );
  const refetchQueries = [DIRECTORY];
  const [create, creating] = useMutation(CREATE_PERSON, { refetchQueries });
  const [update, updating] = useMutation(UPDATE_PERSON, { refetchQueries });
  usePageTitle(person ? person.name : t('directory.people.add'), errors.length > 0);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors([]);
    const fields = {
      name: name.trim(),
      email: email.trim(),
      organisationId,
      jobTitle: bilingualInput(jobTitle),
    };
    try {
      const saved = person
        ? (
            await update({
              variables: { input: { id: person.id, expectedVersion: person.version, ...fields } },
            })
          ).data?.updatePerson
        : (await create({ variables: { input: fields } })).data?.createPerson;
      if (saved) onSaved(saved);
    } catch (failure) {
      fromFailure(failure);
    }
  }

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary errors={errors} />
      <TextField
        id="name"
        label={t('directory.people.columns.name')}
        autoComplete="off"
        value={name}
        error={errorFor('name')}
        onChange={(event) => setName(event.target.value)}
      />
      <EmailField
        id="email"
        label={t('directory.people.columns.email')}
        autoComplete="off"
        value={email}
        error={errorFor('email')}
        onChange={(event) => setEmail(event.target.value)}
      />
      <OrganisationSelect
        label={t('directory.people.columns.organisation')}
        organisations={directory.organisations}
        value={organisationId}
        error={errorFor('organisation')}
        onChange={setOrganisationId}
      />
      <BilingualInput
        id="job-title"
        legend={t('directory.people.columns.jobTitle')}
        value={jobTitle}
        error={errorFor('job-title-en')}
        onChange={setJobTitle}
      />
      <button
        type="submit"
        className="govuk-button"
        disabled={creating.loading || updating.loading}
      >
        {person ? t('accounts.save') : t('directory.people.create')}
      </button>
    </form>
  );
}

function Person({ id }: { id: string | null }) {
  const { t } = useTranslation();
  const { notice, show, saved } = useSavedNotice('/admin/people');
  const { data, loading, error } = useQuery(DIRECTORY);
  if (loading && !data) return <Loading />;
  if (error || !data) return <LoadError message={t('directory.loadError')} />;
  const person = id ? (data.people.find((candidate) => candidate.id === id) ?? null) : null;
  if (id && !person) return <LoadError message={t('directory.people.notFound')} />;

  return (
    <RecordFrame
      notice={notice}
      listPath="/admin/people"
      backLabel={t('directory.people.back')}
      heading={person ? person.name : t('directory.people.add')}
    >
      {/* Keyed by version: after a save or a merge the form starts from what was saved. */}
      <PersonForm
        key={person ? `${person.id}-${person.version}` : 'new'}
        person={person}
        directory={data}
        onSaved={(record) => saved(!person, record.id)}
      />
      {person && <MergePerson person={person} people={data.people} onMerged={show} />}
    </RecordFrame>
  );
}

function PersonFromAddress() {
  const { id } = useParams();
  return <Person key={id ?? 'new'} id={id ?? null} />;
}

export default function PersonPage() {
  return (
    <RequirePermission permission={Permission.MANAGE_REFERENCE_DATA}>
      <PersonFromAddress />
    </RequirePermission>
  );
}
