import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { ROLE_LABELS } from '@cynnydd/shared/domain';

import type { CurrentUserFragment } from '../../../gql/graphql';
import { useLanguage } from '../../../ui/use-language';
import { ME, SIGN_OUT } from '../graphql/auth';

/** Who is signed in, in what role, and the way out. */
export function AccountNavigation({ user }: { user: CurrentUserFragment }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signOut] = useMutation(SIGN_OUT);

  async function leave() {
    await signOut();
    // Nothing fetched for this account may outlive its session; then every page sees the
    // signed-out state at once, and the guarded ones send the browser to sign in.
    await client.clearStore();
    client.writeQuery({ query: ME, data: { me: null } });
    await navigate('/sign-in', { replace: true });
  }

  return (
    <nav aria-label={t('account.navigationLabel')} className="app-account-navigation">
      <ul className="app-account-navigation__list">
        <li>{t('account.signedInAs', { email: user.email })}</li>
        <li>{t('account.role', { role: ROLE_LABELS[user.role][language] })}</li>
        <li>
          <button type="button" className="app-link-button" onClick={() => void leave()}>
            {t('account.signOut')}
          </button>
        </li>
      </ul>
    </nav>
  );
}
