import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

import type { CurrentUserFragment } from '../../../gql/graphql';
import { AccountNavigation } from '../../auth/components/account-navigation';
import { useNarrowScreen } from '../hooks/use-narrow-screen';
import { MainNavigation } from './main-navigation';

const MENU_ID = 'app-service-menu';

/**
 * GOV.UK service navigation: the pages, notices and the account. On a phone they fold behind a
 * "Menu" button so the page itself fills the first screen; the button is React's, not GOV.UK
 * Frontend's script.
 */
export function ServiceNavigation({ user }: { user: CurrentUserFragment }) {
  const { t } = useTranslation();
  const narrow = useNarrowScreen();
  const { pathname } = useLocation();
  // The menu stays open only on the page it was opened on: following a link folds it again.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  return (
    <section aria-label={t('serviceNavigation.label')} className="govuk-service-navigation">
      <div className="govuk-width-container">
        <div className="govuk-service-navigation__container">
          <button
            type="button"
            className="govuk-service-navigation__toggle"
            aria-controls={MENU_ID}
            aria-expanded={open}
            hidden={narrow === false}
            onClick={() => setOpenOn(open ? null : pathname)}
          >
            {t('serviceNavigation.menuButton')}
          </button>
          <div
            id={MENU_ID}
            // Until the width is known, the stylesheet folds the menu on a phone: the page does
            // not move when the browser takes over a page drawn on the server.
            className={`app-service-menu${narrow === null ? ' app-service-menu--folded-on-phone' : ''}`}
            hidden={narrow === true && !open}
          >
            <MainNavigation />
            <AccountNavigation user={user} />
          </div>
        </div>
      </div>
    </section>
  );
}
