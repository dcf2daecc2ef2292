import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { Permission, Role, type Language } from '@cynnydd/shared/domain';

import { EmailField } from '../../../ui/email-field';
import { ErrorSummary } from '../../../ui/error-summary';
import { Radios } from '../../../ui/radios';
import { useLanguage } from '../../../ui/use-language';
import { usePageTitle } from '../../../ui/use-page-title';
import { useApiFormErrors } from '../../admin/hooks/use-api-form-errors';
import { RequirePermission } from '../../plans/components/require-permission';
import { PersonSelect } from '../components/person-select';
import { RoleSelect } from '../components/role-select';
import { ACCOUNT_CHOICES, ACCOUNTS, INVITE_USER } from '../graphql/accounts';

/** Where the account page says the invitation went. */
export interface InvitedState {
  invitedEmail: string;
}

const FIELD_IDS: Record<string, string> = { email: 'email', role: 'role', personId: 'person' };

function InviteAccount() {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const choices = useQuery(ACCOUNT_CHOICES);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>(Role.LEAD);
  const [personId, setPersonId] = useState('');
  const [preferredLanguage, setPreferredLanguage] = useState<Language>(language);
  const { errors, setErrors, fromFailure, errorFor } = useApiFormErrors(
    (field) => FIELD_IDS[field],
  );
  const [invite, { loading }] = useMutation(INVITE_USER, { refetchQueries: [ACCOUNTS] });
  usePageTitle(t('accounts.inviteTitle'), errors.length > 0);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!email.trim()) {
      setErrors([{ message: t('signIn.emailRequired'), fieldId: 'email' }]);
      return;
    }
    setErrors([]);
    try {
      const { data } = await invite({
        variables: {
          input: {
            email: email.trim(),
            role,
            personId: personId || null,
            preferredLanguage,
          },
        },
      });
      if (!data) return;
      const state: InvitedState = { invitedEmail: data.inviteUser.email };
      await navigate(`/admin/accounts/${data.inviteUser.id}`, { state });
    } catch (failure) {
      fromFailure(failure);
    }
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">{t('accounts.inviteTitle')}</h1>
        <p className="govuk-body">{t('accounts.inviteIntro')}</p>
        <form noValidate onSubmit={(event) => void submit(event)}>
          <EmailField
            id="email"
            label={t('accounts.email')}
            autoComplete="off"
            value={email}
            error={errorFor('email')}
            onChange={(event) => setEmail(event.target.value)}
          />
          <RoleSelect value={role} error={errorFor('role')} onChange={setRole} />
          <PersonSelect
            id="person"
            label={t('accounts.person')}
            people={choices.data?.people ?? []}
            value={personId}
            emptyLabel={t('accounts.noPerson')}
            error={errorFor('person')}
            onChange={setPersonId}
          />
          <Radios
            name="preferredLanguage"
            legend={t('accounts.language')}
            inline
            options={[
              { value: 'cy', label: t('language.names.cy') },
              { value: 'en', label: t('language.names.en') },
            ]}
            value={preferredLanguage}
            onChange={setPreferredLanguage}
          />
          <button type="submit" className="govuk-button" disabled={loading}>
            {t('accounts.sendInvitation')}
          </button>
        </form>
      </div>
    </div>
  );
}

export default function InviteAccountPage() {
  return (
    <RequirePermission permission={Permission.MANAGE_USERS}>
      <InviteAccount />
    </RequirePermission>
  );
}
