import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Permission } from '@cynnydd/shared/domain';

import { Loading } from '../../../ui/loading';
import { LocalisedText } from '../../../ui/localised-text';
import { ScrollableTable } from '../../../ui/scrollable-table';
import { TextField } from '../../../ui/text-field';
import { usePageTitle } from '../../../ui/use-page-title';
import { LoadError } from '../../plans/components/notice';
import { RequirePermission } from '../../plans/components/require-permission';
import { DIRECTORY } from '../graphql/directory';

function People() {
  const { t } = useTranslation();
  usePageTitle(t('directory.people.title'));
  const { data, loading, error } = useQuery(DIRECTORY);
  const [search, setSearch] = useState('');
  const wanted = search.trim().toLowerCase();
  const people = (data?.people ?? []).filter(
    (person) =>
      !wanted || person.name.toLowerCase().includes(wanted) || person.email.includes(wanted),
  );

  return (
    <>
      <h1 className="govuk-heading-l">{t('directory.people.title')}</h1>
      <p className="govuk-body">{t('directory.people.intro')}</p>
      <Link className="govuk-button" to="/admin/people/new" role="button" draggable="false">
        {t('directory.people.add')}
      </Link>
      <TextField
        id="search"
        type="search"
        label={t('directory.people.search')}
        spellCheck={false}
        className="govuk-!-width-one-half"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      {error && <LoadError message={t('directory.loadError')} />}
      {loading && !data && <Loading />}
      {data && (
        <ScrollableTable caption={t('directory.people.title')}>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              {(['name', 'email', 'jobTitle', 'organisation'] as const).map((column) => (
                <th key={column} scope="col" className="govuk-table__header">
                  {t(`directory.people.columns.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {people.map((person) => (
              <tr key={person.id} className="govuk-table__row">
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/admin/people/${person.id}`}>
                    {person.name}
                  </Link>
                </td>
                <td className="govuk-table__cell">{person.email}</td>
                <td className="govuk-table__cell">
                  {(person.jobTitle.en || person.jobTitle.cy) && (
                    <LocalisedText value={person.jobTitle} />
                  )}
                </td>
                <td className="govuk-table__cell">
                  <LocalisedText value={person.organisation.name} />
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollableTable>
      )}
    </>
  );
}

export default function PeoplePage() {
  return (
    <RequirePermission permission={Permission.MANAGE_REFERENCE_DATA}>
      <People />
    </RequirePermission>
  );
}
