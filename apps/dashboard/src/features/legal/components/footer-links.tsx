import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { LegalPage } from './legal-document';

const PAGES: LegalPage[] = ['accessibility', 'privacy', 'cookies'];

/** The footer's links to the statements, open to everyone, signed in or not. */
export function FooterLinks() {
  const { t } = useTranslation();
  return (
    <>
      <h2 className="govuk-visually-hidden">{t('legal.footerLabel')}</h2>
      <ul className="govuk-footer__inline-list">
        {PAGES.map((page) => (
          <li key={page} className="govuk-footer__inline-list-item">
            <Link to={`/${page}`} className="govuk-footer__link">
              {t(`legal.${page}.link`)}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
