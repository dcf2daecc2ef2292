import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';

import { Permission, type Role } from '@cynnydd/shared/domain';

import type { AccountQuery } from '../../../gql/graphql';
import { formatDateTime } from '../../../i18n/format';
import { ErrorSummary } from '../../../ui/error-summary';
import { Loading } from '../../../ui/loading';
import { LocalisedText } from '../../../ui/localised-text';
import { useLanguage } from '../../../ui/use-language';
import { usePageTitle } from '../../../ui/use-page-title';
import { useApiFormErrors } from '../../admin/hooks/use-api-form-errors';
import { useNotice, type NoticeText } from '../../admin/hooks/use-notice';
import { LoadError, SuccessNotice } from '../../plans/components/notice';
import { RequirePermission } from '../../plans/components/require-permission';
import { AccountStatus } from '../components/account-status';
import { DeactivateAccount } from '../components/deactivate-account';
import { PersonSelect, type PersonChoice } from '../components/person-select';
import { RoleSelect } from '../components/role-select';
import {
  ACCOUNT,
  ACCOUNT_CHOICES,
  ACCOUNTS,
  REACTIVATE_USER,
  RESEND_INVITATION,
  UPDATE_USER,
} from '../graphql/accounts';
import type { InvitedState } from './invite-account-page';

type Account = AccountQuery['user'];

const FIELD_IDS: Record<string, string> = { role: 'role', personId: 'person' };

/** Role and linked person, saved together against the version loaded. */
function AccountDetailsForm({
  account,
  people,
  onSaved,
}: {
  account: Account;
  people: readonly PersonChoice[];
  onSaved: (notice: NoticeText) => void;
}) {
  const { t } = useTranslation();
  const [role, setRole] = useState<Role>(account.role as Role);
  const [personId, setPersonId] = useState(account.person?.id ?? '');
  const { errors, setErrors, fromFailure, errorFor } = useApiFormErrors(
    (field) => FIELD_IDS[field],
  );
  const [update, { loading }] = useMutation(UPDATE_USER, { refetchQueries: [ACCOUNTS, ACCOUNT] });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors([]);
    try {
      await update({
        variables: {
          input: {
            id: account.id,
            expectedVersion: account.version,
            role,
            personId: personId || null,
          },
        },
      });
      onSaved((translate) => translate('accounts.saved'));
    } catch (failure) {
      fromFailure(failure);
    }
  }

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary errors={errors} />
      <h2 className="govuk-heading-m">{t('accounts.details')}</h2>
      <RoleSelect value={role} error={errorFor('role')} onChange={setRole} />
      <PersonSelect
        id="person"
        label={t('accounts.person')}
        people={people}
        value={personId}
        emptyLabel={t('accounts.noPerson')}
        error={errorFor('person')}
        onChange={setPersonId}
      />
      <button type="submit" className="govuk-button" disabled={loading}>
        {t('accounts.save')}
      </button>
    </form>
  );
}

/** An account's access: the holder can no longer, or again, sign in; an invitation resent. */
function AccountAccess({
  account,
  people,
  onDone,
}: {
  account: Account;
  people: readonly PersonChoice[];
  onDone: (notice: NoticeText) => void;
}) {
  const { t } = useTranslation();
  const input = { id: account.id, expectedVersion: account.version };
  const { errors, fromFailure } = useApiFormErrors(() => undefined);
  const refetchQueries = [ACCOUNTS, ACCOUNT];
  const [resend, resending] = useMutation(RESEND_INVITATION, { refetchQueries });
  const [reactivate, reactivating] = useMutation(REACTIVATE_USER, { refetchQueries });

  async function run(mutation: () => Promise<unknown>, notice: NoticeText) {
    try {
      await mutation();
      onDone(notice);
    } catch (failure) {
      fromFailure(failure);
    }
  }

  return (
    <>
      <h2 className="govuk-heading-m">{t('accounts.access')}</h2>
      <ErrorSummary errors={errors} />
      {account.invitationPending && !account.disabled && (
        <p className="govuk-body">
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            disabled={resending.loading}
            onClick={() =>
              void run(
                () => resend({ variables: { input } }),
                (translate) => translate('accounts.invitationSent', { email: account.email }),
              )
            }
          >
            {t('accounts.resendInvitation')}
          </button>
        </p>
      )}
      {account.disabled ? (
        <button
          type="button"
          className="govuk-button"
          disabled={reactivating.loading}
          onClick={() =>
            void run(
              () => reactivate({ variables: { input } }),
              (translate) => translate('accounts.reactivated'),
            )
          }
        >
          {t('accounts.reactivate')}
        </button>
      ) : (
        <DeactivateAccount
          account={account}
          people={people}
          onDone={() => onDone((translate) => translate('accounts.deactivated'))}
        />
      )}
    </>
  );
}

function AccountDetails({ id }: { id: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const invited = (useLocation().state as InvitedState | null)?.invitedEmail;
  const { notice, show } = useNotice(
    invited ? (translate) => translate('accounts.invitationSent', { email: invited }) : null,
  );
  const { data, loading, error } = useQuery(ACCOUNT, { variables: { id } });
  const choices = useQuery(ACCOUNT_CHOICES);
  const account = data?.user;
  usePageTitle(account?.email ?? t('accounts.title'));
  if (loading && !account) return <Loading />;
  if (error || !account) return <LoadError message={t('accounts.loadError')} />;
  const people = choices.data?.people ?? [];

  return (
    <>
      {notice && <SuccessNotice>{notice}</SuccessNotice>}
      <Link className="govuk-back-link" to="/admin/accounts">
        {t('accounts.back')}
      </Link>
      <h1 className="govuk-heading-l">{account.email}</h1>
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t('accounts.columns.status')}</dt>
          <dd className="govuk-summary-list__value">
            <AccountStatus account={account} />
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t('accounts.columns.person')}</dt>
          <dd className="govuk-summary-list__value">
            {account.person ? (
              <>
                {account.person.name}, <LocalisedText value={account.person.organisation.name} />
              </>
            ) : (
              t('accounts.noPerson')
            )}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t('accounts.columns.lastSignIn')}</dt>
          <dd className="govuk-summary-list__value">
            {account.lastSignedInAt
              ? formatDateTime(account.lastSignedInAt, language)
              : t('accounts.never')}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t('accounts.ownedActions')}</dt>
          <dd className="govuk-summary-list__value">
            {account.openActionsOwned.length === 0 ? (
              t('accounts.none')
            ) : (
              <ul className="govuk-list">
                {account.openActionsOwned.map((action) => (
                  <li key={action.id}>
                    <Link className="govuk-link" to={`/actions/${action.id}`}>
                      {action.reference}: <LocalisedText value={action.title} />
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
      {/* Keyed by version: after any change the forms start again from what was saved. */}
      <AccountDetailsForm
        key={`details-${account.version}`}
        account={account}
        people={people}
        onSaved={show}
      />
      <AccountAccess
        key={`access-${account.version}`}
        account={account}
        people={people}
        onDone={show}
      />
    </>
  );
}

function AccountFromAddress() {
  const { id = '' } = useParams();
  return <AccountDetails key={id} id={id} />;
}

export default function AccountPage() {
  return (
    <RequirePermission permission={Permission.MANAGE_USERS}>
      <AccountFromAddress />
    </RequirePermission>
  );
}
