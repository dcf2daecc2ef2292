import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ORGANISATION_TYPE_LABELS, Permission } from '@cynnydd/shared/domain';

import { Loading } from '../../../ui/loading';
import { LocalisedText } from '../../../ui/localised-text';
import { ScrollableTable } from '../../../ui/scrollable-table';
import { useLanguage } from '../../../ui/use-language';
import { usePageTitle } from '../../../ui/use-page-title';
import { LoadError } from '../../plans/components/notice';
import { RequirePermission } from '../../plans/components/require-permission';
import { DIRECTORY } from '../graphql/directory';

function Organisations() {
  const { t } = useTranslation();
  const language = useLanguage();
  usePageTitle(t('directory.organisations.title'));
  const { data, loading, error } = useQuery(DIRECTORY);

  return (
    <>
      <h1 className="govuk-heading-l">{t('directory.organisations.title')}</h1>
      <p className="govuk-body">{t('directory.organisations.intro')}</p>
      <Link className="govuk-button" to="/admin/organisations/new" role="button" draggable="false">
        {t('directory.organisations.add')}
      </Link>
      {error && <LoadError message={t('directory.loadError')} />}
      {loading && !data && <Loading />}
      {data && (
        <ScrollableTable caption={t('directory.organisations.title')}>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              {(['code', 'name', 'type'] as const).map((column) => (
                <th key={column} scope="col" className="govuk-table__header">
                  {t(`directory.organisations.columns.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {data.organisations.map((organisation) => (
              <tr key={organisation.id} className="govuk-table__row">
                <td className="govuk-table__cell">{organisation.code}</td>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/admin/organisations/${organisation.id}`}>
                    <LocalisedText value={organisation.name} />
                  </Link>
                </td>
                <td className="govuk-table__cell">
                  {ORGANISATION_TYPE_LABELS[organisation.type][language]}
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollableTable>
      )}
    </>
  );
}

export default function OrganisationsPage() {
  return (
    <RequirePermission permission={Permission.MANAGE_REFERENCE_DATA}>
      <Organisations />
    </RequirePermission>
  );
}
