import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Permission, ROLE_LABELS } from '@cynnydd/shared/domain';

import { formatDateTime, formatNumber } from '../../../i18n/format';
import { Loading } from '../../../ui/loading';
import { LocalisedText } from '../../../ui/localised-text';
import { ScrollableTable } from '../../../ui/scrollable-table';
import { useLanguage } from '../../../ui/use-language';
import { usePageTitle } from '../../../ui/use-page-title';
import { LoadError } from '../../plans/components/notice';
import { RequirePermission } from '../../plans/components/require-permission';
import { AccountFiltersForm } from '../components/account-filters-form';
import { AccountStatus } from '../components/account-status';
import { ACCOUNT_CHOICES, ACCOUNTS } from '../graphql/accounts';
import { toUserFilter, useAccountFilters } from '../hooks/use-account-filters';

function Accounts() {
  const { t } = useTranslation();
  const language = useLanguage();
  usePageTitle(t('accounts.title'));
  const { filters, apply } = useAccountFilters();
  const choices = useQuery(ACCOUNT_CHOICES);
  const accounts = useQuery(ACCOUNTS, { variables: { filter: toUserFilter(filters) } });
  const list = accounts.data?.users;

  return (
    <>
      <h1 className="govuk-heading-l">{t('accounts.title')}</h1>
      <p className="govuk-body">{t('accounts.intro')}</p>
      <Link className="govuk-button" to="/admin/accounts/invite" role="button" draggable="false">
        {t('accounts.invite')}
      </Link>
      <AccountFiltersForm
        filters={filters}
        organisations={choices.data?.organisations ?? []}
        onApply={apply}
      />
      {accounts.error && <LoadError message={t('accounts.loadError')} />}
      {accounts.loading && !list && <Loading />}
      {list && (
        <>
          <p className="govuk-body" role="status">
            {t('accounts.count', { number: formatNumber(list.length, language) })}
          </p>
          {list.length > 0 && (
            <ScrollableTable caption={t('accounts.tableCaption')}>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  {(['email', 'person', 'role', 'status', 'lastSignIn'] as const).map((column) => (
                    <th key={column} scope="col" className="govuk-table__header">
                      {t(`accounts.columns.${column}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {list.map((account) => (
                  <tr key={account.id} className="govuk-table__row">
                    <td className="govuk-table__cell">
                      <Link className="govuk-link" to={`/admin/accounts/${account.id}`}>
                        {account.email}
                      </Link>
                    </td>
                    <td className="govuk-table__cell">
                      {account.person ? (
                        <>
                          {account.person.name}
                          <br />
                          <span className="govuk-body-s">
                            <LocalisedText value={account.person.organisation.name} />
                          </span>
                        </>
                      ) : (
                        t('accounts.noPerson')
                      )}
                    </td>
                    <td className="govuk-table__cell">{ROLE_LABELS[account.role][language]}</td>
                    <td className="govuk-table__cell">
                      <AccountStatus account={account} />
                    </td>
                    <td className="govuk-table__cell">
                      {account.lastSignedInAt
                        ? formatDateTime(account.lastSignedInAt, language)
                        : t('accounts.never')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </ScrollableTable>
          )}
        </>
      )}
    </>
  );
}

export default function AccountsPage() {
  return (
    <RequirePermission permission={Permission.MANAGE_USERS}>
      <Accounts />
    </RequirePermission>
  );
}
