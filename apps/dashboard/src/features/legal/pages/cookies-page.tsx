import { useTranslation } from 'react-i18next';

import { useFeatureTranslations } from '../../../i18n/feature-translations';
import { LANGUAGE_COOKIE } from '../../../i18n/language-cookie';
import { ColumnHeaders } from '../../../ui/column-headers';
import { LegalDocument } from '../components/legal-document';
import { LEGAL_TRANSLATIONS } from '../i18n/translations';

/** The API's session cookie (SESSION_COOKIE in libs/access/data-access, which the dashboard cannot import). */
const SESSION_COOKIE = 'cynnydd_session';

/** The two cookies the service sets, both essential, so there is no consent banner. */
export default function CookiesPage() {
  useFeatureTranslations(LEGAL_TRANSLATIONS);
  const { t } = useTranslation();
  const cookies = [
    { name: SESSION_COOKIE, key: 'session' },
    { name: LANGUAGE_COOKIE, key: 'language' },
  ] as const;
  return (
    <LegalDocument page="cookies">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">
          {t('legal.cookies.caption')}
        </caption>
        <ColumnHeaders
          columns={[
            { label: t('legal.cookies.columns.name') },
            { label: t('legal.cookies.columns.purpose') },
            { label: t('legal.cookies.columns.expires') },
          ]}
        />
        <tbody className="govuk-table__body">
          {cookies.map(({ name, key }) => (
            <tr key={name} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                <code>{name}</code>
              </th>
              <td className="govuk-table__cell">{t(`legal.cookies.${key}.purpose`)}</td>
              <td className="govuk-table__cell">{t(`legal.cookies.${key}.expires`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </LegalDocument>
  );
}
