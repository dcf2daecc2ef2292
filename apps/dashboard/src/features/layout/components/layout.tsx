import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';

import { Loading } from '../../../ui/loading';
import { useCurrentUser } from '../../auth/hooks/use-current-user';
import { LanguageSwitch } from '../../language/components/language-switch';
import { usePreferredLanguage } from '../../language/hooks/use-preferred-language';
import { FooterLinks } from '../../legal/components/footer-links';
import { Header } from './header';

/** The frame of every page: skip link, header, language switch, main content, footer with the statements' links. */
export function Layout() {
  const { t } = useTranslation();
  const account = useCurrentUser();
  const { user } = account;
  const chooseLanguage = usePreferredLanguage(account);

  return (
    <>
      <a href="#main-content" className="govuk-skip-link">
        {t('app.skipLink')}
      </a>
      <Header user={user} />
      <div className="govuk-width-container">
        <LanguageSwitch choose={chooseLanguage} />
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </main>
      </div>
      <footer className="govuk-footer">
        <div className="govuk-width-container">
          <div className="govuk-footer__meta">
            <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
              <FooterLinks />
              <p className="govuk-footer__meta-custom govuk-!-margin-0">{t('app.footer')}</p>
            </div>
          </div>
        </div>
      </footer>
    </>
  );
}
