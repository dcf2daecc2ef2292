import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { DirectoryPersonFragment } from '../../../gql/graphql';
import { ConfirmAction } from '../../../ui/confirm-action';
import { ErrorSummary } from '../../../ui/error-summary';
import { PersonSelect } from '../../accounts/components/person-select';
import { useApiFormErrors } from '../../admin/hooks/use-api-form-errors';
import type { NoticeText } from '../../admin/hooks/use-notice';
import { DIRECTORY, MERGE_PEOPLE } from '../graphql/directory';

/**
 * Folding a duplicate record into this person: everything of the duplicate's moves here and the
 * duplicate is deleted, after a confirmation that says so.
 */
export function MergePerson({
  person,
  people,
  onMerged,
}: {
  person: DirectoryPersonFragment;
  people: readonly DirectoryPersonFragment[];
  onMerged: (notice: NoticeText) => void;
}) {
  const { t } = useTranslation();
  const [duplicateId, setDuplicateId] = useState('');
  const [asking, setAsking] = useState(false);
  const { errors, setErrors, fromFailure, errorFor } = useApiFormErrors((field) =>
    field === 'duplicateId' ? 'duplicate' : undefined,
  );
  const [merge, { loading }] = useMutation(MERGE_PEOPLE, { refetchQueries: [DIRECTORY] });
  const duplicate = people.find((candidate) => candidate.id === duplicateId);

  function ask() {
    if (!duplicate) {
      setErrors([{ message: t('directory.merge.chooseDuplicate'), fieldId: 'duplicate' }]);
      return;
    }
    setErrors([]);
    setAsking(true);
  }

  async function confirm() {
    try {
      await merge({
        variables: {
          input: { keepId: person.id, expectedVersion: person.version, duplicateId },
        },
      });
      setAsking(false);
      setDuplicateId('');
      const { name, email } = duplicate as DirectoryPersonFragment;
      onMerged((translate) => translate('directory.merge.done', { name, email }));
    } catch (failure) {
      setAsking(false);
      fromFailure(failure);
    }
  }

  return (
    <>
      <h2 className="govuk-heading-m">{t('directory.merge.title')}</h2>
      <p className="govuk-body">{t('directory.merge.intro')}</p>
      <ErrorSummary errors={errors} />
      <PersonSelect
        id="duplicate"
        label={t('directory.merge.duplicate')}
        people={people.filter((candidate) => candidate.id !== person.id)}
        value={duplicateId}
        emptyLabel={t('accounts.deactivate.choose')}
        error={errorFor('duplicate')}
        onChange={setDuplicateId}
      />
      {asking && duplicate ? (
        <ConfirmAction
          id="merge-heading"
          heading={t('directory.merge.confirmHeading', { name: duplicate.name })}
          warning={t('directory.merge.warning', {
            duplicate: `${duplicate.name} (${duplicate.email})`,
            keep: `${person.name} (${person.email})`,
          })}
          confirmLabel={t('directory.merge.confirm')}
          cancelLabel={t('accounts.deactivate.cancel')}
          destructive
          busy={loading}
          onConfirm={() => void confirm()}
          onCancel={() => setAsking(false)}
        />
      ) : (
        <button type="button" className="govuk-button govuk-button--warning" onClick={ask}>
          {t('directory.merge.start')}
        </button>
      )}
    </>
  );
}
