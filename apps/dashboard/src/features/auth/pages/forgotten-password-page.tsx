import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { apiErrorMessage } from '../../../ui/api-error';
import { EmailField } from '../../../ui/email-field';
import { ErrorSummary, type ErrorItem } from '../../../ui/error-summary';
import { usePageTitle } from '../../../ui/use-page-title';
import { REQUEST_PASSWORD_RESET } from '../graphql/auth';

/**
 * Asks for a reset link. The answer is the same whether or not the address has an account, so
 * the page cannot be used to find out who has one.
 */
export default function ForgottenPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [error, setError] = useState<ErrorItem | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [request, { loading }] = useMutation(REQUEST_PASSWORD_RESET);
  usePageTitle(sentTo ? t('passwordReset.sentTitle') : t('passwordReset.title'), !!error);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!email.trim()) {
      setError({ message: t('signIn.emailRequired'), fieldId: 'email' });
      return;
    }
    setError(null);
    try {
      await request({ variables: { input: { email: email.trim() } } });
      setSentTo(email.trim());
    } catch (failure) {
      const message = apiErrorMessage(failure);
      setError(message ? { message, lang: 'en' } : { message: t('errors.serviceProblem') });
    }
  }

  if (sentTo) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{t('passwordReset.sentTitle')}</h1>
          <p className="govuk-body">{t('passwordReset.sent', { email: sentTo })}</p>
          <p className="govuk-body">{t('passwordReset.sentHelp')}</p>
          <p className="govuk-body">
            <Link className="govuk-link" to="/sign-in">
              {t('passwordReset.backToSignIn')}
            </Link>
          </p>
        </div>
      </div>
    );
  }
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={error ? [error] : []} />
        <h1 className="govuk-heading-l">{t('passwordReset.title')}</h1>
        <p className="govuk-body">{t('passwordReset.intro')}</p>
        <form noValidate onSubmit={(event) => void submit(event)}>
          <EmailField
            id="email"
            label={t('signIn.email')}
            value={email}
            error={error?.fieldId ? error : undefined}
            onChange={(event) => setEmail(event.target.value)}
          />
          <button type="submit" className="govuk-button" disabled={loading}>
            {t('passwordReset.submit')}
          </button>
        </form>
      </div>
    </div>
  );
}
