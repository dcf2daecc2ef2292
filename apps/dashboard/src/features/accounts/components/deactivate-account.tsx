import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { AccountQuery } from '../../../gql/graphql';
import { formatNumber } from '../../../i18n/format';
import { ConfirmAction } from '../../../ui/confirm-action';
import { ErrorSummary } from '../../../ui/error-summary';
import { LocalisedText } from '../../../ui/localised-text';
import { useLanguage } from '../../../ui/use-language';
import { useApiFormErrors } from '../../admin/hooks/use-api-form-errors';
import { ACCOUNTS, DEACTIVATE_USER } from '../graphql/accounts';
import { PersonSelect, type PersonChoice } from './person-select';

type Account = AccountQuery['user'];

const HANDOVER = /^handovers\.(\d+)\./;

/**
 * Deactivating an account: each action its person owns in an open plan needs a new owner,
 * chosen here one by one or one for all, and all of it happens together or not at all.
 */
export function DeactivateAccount({
  account,
  people,
  onDone,
}: {
  account: Account;
  people: readonly PersonChoice[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [asking, setAsking] = useState(false);
  const actions = account.openActionsOwned;
  const [newOwners, setNewOwners] = useState<Record<string, string>>({});
  const [ownerForAll, setOwnerForAll] = useState('');
  const candidates = people.filter((person) => person.id !== account.person?.id);
  const { errors, setErrors, fromFailure, errorFor } = useApiFormErrors((field) => {
    const index = HANDOVER.exec(field)?.[1];
    return index === undefined ? undefined : `new-owner-${actions[Number(index)]?.id}`;
  });
  const [deactivate, { loading }] = useMutation(DEACTIVATE_USER, { refetchQueries: [ACCOUNTS] });

  function forAll(personId: string) {
    setOwnerForAll(personId);
    setNewOwners(Object.fromEntries(actions.map((action) => [action.id, personId])));
  }

  async function confirm() {
    const missing = actions.filter((action) => !newOwners[action.id]);
    if (missing.length) {
      setErrors(
        missing.map((action) => ({
          message: t('accounts.deactivate.chooseOwner', { reference: action.reference }),
          fieldId: `new-owner-${action.id}`,
        })),
      );
      return;
    }
    setErrors([]);
    try {
      await deactivate({
        variables: {
          input: {
            id: account.id,
            expectedVersion: account.version,
            handovers: actions.map((action) => ({
              actionId: action.id,
              newOwnerId: newOwners[action.id],
            })),
          },
        },
      });
      setAsking(false);
      onDone();
    } catch (failure) {
      fromFailure(failure);
    }
  }

  if (!asking) {
    return (
      <button
        type="button"
        className="govuk-button govuk-button--warning"
        onClick={() => setAsking(true)}
      >
        {t('accounts.deactivate.start')}
      </button>
    );
  }
  return (
    <ConfirmAction
      id="deactivate-heading"
      heading={t('accounts.deactivate.heading', { email: account.email })}
      warning={t('accounts.deactivate.warning')}
      confirmLabel={t('accounts.deactivate.confirm')}
      cancelLabel={t('accounts.deactivate.cancel')}
      destructive
      busy={loading}
      onConfirm={() => void confirm()}
      onCancel={() => setAsking(false)}
    >
      <ErrorSummary errors={errors} />
      {actions.length === 0 ? (
        <p className="govuk-body">{t('accounts.deactivate.noActions')}</p>
      ) : (
        <>
          <p className="govuk-body">
            {t('accounts.deactivate.actions', { number: formatNumber(actions.length, language) })}
          </p>
          <PersonSelect
            id="new-owner-all"
            label={t('accounts.deactivate.forAll')}
            people={candidates}
            value={ownerForAll}
            emptyLabel={t('accounts.deactivate.choose')}
            onChange={forAll}
          />
          {actions.map((action) => (
            <PersonSelect
              key={action.id}
              id={`new-owner-${action.id}`}
              label={
                <>
                  {action.reference}: <LocalisedText value={action.title} />
                </>
              }
              people={candidates}
              value={newOwners[action.id] ?? ''}
              emptyLabel={t('accounts.deactivate.choose')}
              error={errorFor(`new-owner-${action.id}`)}
              onChange={(personId) => setNewOwners({ ...newOwners, [action.id]: personId })}
            />
          ))}
        </>
      )}
    </ConfirmAction>
  );
}
