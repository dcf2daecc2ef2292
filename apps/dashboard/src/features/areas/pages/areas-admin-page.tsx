import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Permission } from '@cynnydd/shared/domain';

import { Loading } from '../../../ui/loading';
import { LocalisedText } from '../../../ui/localised-text';
import { usePageTitle } from '../../../ui/use-page-title';
import { LoadError } from '../../plans/components/notice';
import { RequirePermission } from '../../plans/components/require-permission';
import { AREAS_FOR_EDITING } from '../graphql/areas';

function AreasAdmin() {
  const { t } = useTranslation();
  usePageTitle(t('areasAdmin.title'));
  const { data, loading, error } = useQuery(AREAS_FOR_EDITING);
  return (
    <>
      <h1 className="govuk-heading-l">{t('areasAdmin.title')}</h1>
      <p className="govuk-body">{t('areasAdmin.intro')}</p>
      {error && <LoadError message={t('directory.loadError')} />}
      {loading && !data && <Loading />}
      {data && (
        <dl className="govuk-summary-list">
          {data.strategicAreas.map((area) => (
            <div key={area.id} className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">
                {t('areasAdmin.number', { number: area.number })}
              </dt>
              <dd className="govuk-summary-list__value">
                <LocalisedText value={area.title} />
              </dd>
              <dd className="govuk-summary-list__actions">
                <Link className="govuk-link" to={`/admin/areas/${area.number}`}>
                  {t('areasAdmin.edit')}
                  <span className="govuk-visually-hidden">
                    {' '}
                    {t('areasAdmin.number', { number: area.number })}
                  </span>
                </Link>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </>
  );
}

export default function AreasAdminPage() {
  return (
    <RequirePermission permission={Permission.MANAGE_REFERENCE_DATA}>
      <AreasAdmin />
    </RequirePermission>
  );
}
