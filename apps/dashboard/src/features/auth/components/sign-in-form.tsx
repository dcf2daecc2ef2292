import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { apiErrorMessage } from '../../../ui/api-error';
import { EmailField } from '../../../ui/email-field';
import { ErrorSummary, type ErrorItem } from '../../../ui/error-summary';
import { TextField } from '../../../ui/text-field';
import { usePageTitle } from '../../../ui/use-page-title';
import { ME, SIGN_IN } from '../graphql/auth';

interface FieldErrors {
  email?: ErrorItem;
  password?: ErrorItem;
}

/** Email and password sign-in; the API's refusal is shown in the error summary. */
export function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [apiError, setApiError] = useState<ErrorItem | null>(null);
  const [signIn, { loading }] = useMutation(SIGN_IN, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: ME, data: { me: data.signIn.user } });
    },
  });

  const errors: ErrorItem[] = [
    ...(fieldErrors.email ? [fieldErrors.email] : []),
    ...(fieldErrors.password ? [fieldErrors.password] : []),
    ...(apiError ? [apiError] : []),
  ];
  usePageTitle(t('signIn.title'), errors.length > 0);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems: FieldErrors = {
      email: email.trim() ? undefined : { message: t('signIn.emailRequired'), fieldId: 'email' },
      password: password
        ? undefined
        : { message: t('signIn.passwordRequired'), fieldId: 'password' },
    };
    setFieldErrors(problems);
    setApiError(null);
    if (problems.email || problems.password) return;
    try {
      await signIn({ variables: { input: { email: email.trim(), password } } });
      onSignedIn();
    } catch (error) {
      const message = apiErrorMessage(error);
      // The API words its errors in English; mark them so they are read in an English voice.
      setApiError(message ? { message, lang: 'en' } : { message: t('errors.serviceProblem') });
    }
  }

  return (
    <>
      <ErrorSummary errors={errors} />
      <h1 className="govuk-heading-l">{t('signIn.title')}</h1>
      <p className="govuk-body">{t('signIn.intro')}</p>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <EmailField
          id="email"
          label={t('signIn.email')}
          value={email}
          error={fieldErrors.email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <TextField
          id="password"
          label={t('signIn.password')}
          type="password"
          autoComplete="current-password"
          className="govuk-!-width-two-thirds"
          value={password}
          error={fieldErrors.password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <button type="submit" className="govuk-button" disabled={loading} aria-disabled={loading}>
          {loading ? t('signIn.submitting') : t('signIn.submit')}
        </button>
      </form>
      <p className="govuk-body">
        <Link className="govuk-link" to="/forgotten-password">
          {t('signIn.forgotten')}
        </Link>
      </p>
    </>
  );
}
