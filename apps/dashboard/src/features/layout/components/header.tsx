import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { CurrentUserFragment } from '../../../gql/graphql';
import { ServiceNavigation } from './service-navigation';

/**
 * GOV.UK header, with the service name in place of the Crown logo, and for a signed-in user the
 * service navigation under it.
 */
export function Header({ user }: { user: CurrentUserFragment | null }) {
  const { t } = useTranslation();
  return (
    <>
      {/* A full-width blue rule, as GOV.UK draws it above a service navigation. */}
      <header className="govuk-header govuk-header--full-width-border">
        <div className="govuk-header__container govuk-width-container">
          <div className="govuk-header__logo">
            <Link to="/" className="govuk-header__link govuk-header__link--homepage">
              <span className="govuk-header__logotype-text">{t('app.serviceName')}</span>
            </Link>
          </div>
          <div className="govuk-header__content">
            <span className="govuk-header__service-name">{t('app.serviceDescription')}</span>
          </div>
        </div>
      </header>
      {user && <ServiceNavigation user={user} />}
    </>
  );
}
