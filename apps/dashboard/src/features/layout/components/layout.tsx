import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';

import { Loading } from '../../../ui/loading';
import { useCurrentUser } from '../../auth/hooks/use-current-user';
import { LanguageSwitch } from '../../language/components/language-switch';
import { usePreferredLanguage } from '../../language/hooks/use-preferred-language';
import { Header } from './header';

/** The frame of every page: skip link, header, language switch, main content, footer. */
export function Layout() {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  usePreferredLanguage(user);

  return (
    <>
      <a href="#main-content" className="govuk-skip-link">
        {t('app.skipLink')}
      </a>
      <Header user={user} />
      <div className="govuk-width-container">
        <LanguageSwitch signedIn={user !== null} />
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </main>
      </div>
      <footer className="govuk-footer">
        <div className="govuk-width-container">
          <p className="govuk-footer__meta-custom govuk-!-margin-0">{t('app.footer')}</p>
        </div>
      </footer>
    </>
  );
}
