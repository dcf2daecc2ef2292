import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { CurrentUserFragment } from '../../../gql/graphql';
import { AccountNavigation } from '../../auth/components/account-navigation';
import { NotificationsIndicator } from '../../notifications/components/notifications-indicator';
import { MainNavigation } from './main-navigation';

/** GOV.UK header, with the service name in place of the Crown logo. */
export function Header({ user }: { user: CurrentUserFragment | null }) {
  const { t } = useTranslation();
  return (
    <header className="govuk-header">
      <div className="govuk-header__container govuk-width-container">
        <div className="govuk-header__logo">
          <Link to="/" className="govuk-header__link govuk-header__link--homepage">
            <span className="govuk-header__logotype-text">{t('app.serviceName')}</span>
          </Link>
        </div>
        <div className="govuk-header__content">
          <span className="govuk-header__service-name">{t('app.serviceDescription')}</span>
          {user && <MainNavigation />}
          {user && <AccountNavigation user={user} />}
          {user && (
            <p className="govuk-body-s app-header__notifications">
              <NotificationsIndicator />
            </p>
          )}
        </div>
      </div>
    </header>
  );
}
