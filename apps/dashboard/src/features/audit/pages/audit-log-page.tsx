import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';

import { Permission } from '@cynnydd/shared/domain';

import { formatNumber } from '../../../i18n/format';
import { Loading } from '../../../ui/loading';
import { useLanguage } from '../../../ui/use-language';
import { usePageTitle } from '../../../ui/use-page-title';
import { LoadError } from '../../plans/components/notice';
import { RequirePermission } from '../../plans/components/require-permission';
import { AuditEntriesTable } from '../components/audit-entries-table';
import { AuditFiltersForm } from '../components/audit-filters-form';
import { AUDIT_LOG, AUDIT_LOG_CHOICES } from '../graphql/audit-log';
import { exportParameters, toAuditLogFilter, useAuditFilters } from '../hooks/use-audit-filters';

function AuditLog() {
  const { t } = useTranslation();
  const language = useLanguage();
  usePageTitle(t('auditLog.title'));
  const { filters, apply } = useAuditFilters();
  const choices = useQuery(AUDIT_LOG_CHOICES);
  const log = useQuery(AUDIT_LOG, { variables: { filter: toAuditLogFilter(filters) } });
  const page = log.data?.auditLog;

  function loadMore() {
    void log.fetchMore({
      variables: { after: page?.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        auditLog: {
          ...fetchMoreResult.auditLog,
          edges: [...previous.auditLog.edges, ...fetchMoreResult.auditLog.edges],
        },
      }),
    });
  }

  return (
    <>
      <h1 className="govuk-heading-l">{t('auditLog.title')}</h1>
      <p className="govuk-body">{t('auditLog.intro')}</p>
      <AuditFiltersForm
        filters={filters}
        accounts={choices.data?.users ?? []}
        recordTypes={choices.data?.auditRecordTypes ?? []}
        onApply={apply}
      />
      {log.error && <LoadError message={t('auditLog.loadError')} />}
      {log.loading && !page && <Loading />}
      {page && (
        <>
          <p className="govuk-body" role="status">
            {t('auditLog.count', {
              shown: formatNumber(page.edges.length, language),
              total: formatNumber(page.totalCount, language),
            })}
          </p>
          <p className="govuk-body">
            <a
              className="govuk-link"
              href={`/audit/export.csv?${exportParameters(filters, language)}`}
              download
            >
              {t('auditLog.downloadCsv')}
            </a>
          </p>
          {page.edges.length > 0 && (
            <AuditEntriesTable entries={page.edges.map((edge) => edge.node)} />
          )}
          {page.pageInfo.hasNextPage && (
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              disabled={log.loading}
              onClick={loadMore}
            >
              {t('auditLog.loadMore')}
            </button>
          )}
        </>
      )}
    </>
  );
}

export default function AuditLogPage() {
  return (
    <RequirePermission permission={Permission.READ_AUDIT_LOG}>
      <AuditLog />
    </RequirePermission>
  );
}
