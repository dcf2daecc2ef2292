import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { PASSWORD_RULES } from '@cynnydd/shared/domain';

import { ErrorSummary, type ErrorItem } from '../../../ui/error-summary';
import { Loading } from '../../../ui/loading';
import { TextField } from '../../../ui/text-field';
import { usePageTitle } from '../../../ui/use-page-title';
import { readApiError } from '../../plans/graphql/errors';
import { ACCOUNT_LINK, SET_PASSWORD } from '../graphql/auth';

interface FieldErrors {
  password?: ErrorItem;
  confirmation?: ErrorItem;
}

/** Where an invitation or reset link lands: the account holder chooses their password. */
export default function SetPasswordPage() {
  const { t } = useTranslation();
  const token = useSearchParams()[0].get('token') ?? '';
  const link = useQuery(ACCOUNT_LINK, { variables: { token }, skip: !token });
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [apiError, setApiError] = useState<ErrorItem | null>(null);
  const [done, setDone] = useState(false);
  const [save, { loading }] = useMutation(SET_PASSWORD);
  const invited = link.data?.accountLink.purpose === 'INVITATION';
  const title = done
    ? t('setPassword.doneTitle')
    : invited
      ? t('setPassword.invitationTitle')
      : t('setPassword.title');
  const summary = [errors.password, errors.confirmation, apiError].filter(
    (error): error is ErrorItem => !!error,
  );
  usePageTitle(title, summary.length > 0);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems: FieldErrors = {
      password:
        password.length < PASSWORD_RULES.minLength
          ? {
              message: t('setPassword.tooShort', { min: PASSWORD_RULES.minLength }),
              fieldId: 'password',
            }
          : undefined,
      confirmation:
        confirmation !== password
          ? { message: t('setPassword.mismatch'), fieldId: 'confirmation' }
          : undefined,
    };
    setErrors(problems);
    setApiError(null);
    if (problems.password || problems.confirmation) return;
    try {
      await save({ variables: { input: { token, newPassword: password } } });
      setDone(true);
    } catch (failure) {
      const problem = readApiError(failure);
      const [first] = problem.kind === 'refused' ? problem.errors : [];
      setApiError(
        first
          ? { message: first.message, lang: 'en', fieldId: first.field ? 'password' : undefined }
          : { message: t('errors.serviceProblem') },
      );
    }
  }

  if (link.loading) return <Loading />;
  const signInLink = (
    <p className="govuk-body">
      <Link className="govuk-link" to="/sign-in">
        {t('passwordReset.backToSignIn')}
      </Link>
    </p>
  );
  if (!token || link.error) {
    return (
      <>
        <h1 className="govuk-heading-l">{t('setPassword.unusableTitle')}</h1>
        <p className="govuk-body">{t('setPassword.unusable')}</p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/forgotten-password">
            {t('setPassword.askAgain')}
          </Link>
        </p>
      </>
    );
  }
  if (done) {
    return (
      <>
        <h1 className="govuk-heading-l">{title}</h1>
        <p className="govuk-body">{t('setPassword.done')}</p>
        {signInLink}
      </>
    );
  }
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={summary} />
        <h1 className="govuk-heading-l">{title}</h1>
        <p className="govuk-body">
          {t('setPassword.forAccount', { email: link.data?.accountLink.email })}
        </p>
        <form noValidate onSubmit={(event) => void submit(event)}>
          {/* Lets password managers file the new password under the right account. */}
          <input
            type="hidden"
            name="username"
            autoComplete="username"
            value={link.data?.accountLink.email ?? ''}
          />
          <TextField
            id="password"
            label={t('setPassword.password')}
            hint={t('setPassword.hint', { min: PASSWORD_RULES.minLength })}
            type="password"
            autoComplete="new-password"
            className="govuk-!-width-two-thirds"
            value={password}
            error={errors.password ?? (apiError?.fieldId ? apiError : undefined)}
            onChange={(event) => setPassword(event.target.value)}
          />
          <TextField
            id="confirmation"
            label={t('setPassword.confirmation')}
            type="password"
            autoComplete="new-password"
            className="govuk-!-width-two-thirds"
            value={confirmation}
            error={errors.confirmation}
            onChange={(event) => setConfirmation(event.target.value)}
          />
          <button type="submit" className="govuk-button" disabled={loading}>
            {t('setPassword.submit')}
          </button>
        </form>
      </div>
    </div>
  );
}
