import { useTranslation } from 'react-i18next';

import type { AuditLogQuery } from '../../../gql/graphql';
import { formatDateTime } from '../../../i18n/format';
import { ColumnHeaders } from '../../../ui/column-headers';
import { ScrollableTable } from '../../../ui/scrollable-table';
import { useLanguage } from '../../../ui/use-language';

type AuditEntry = AuditLogQuery['auditLog']['edges'][number]['node'];

/** Each changed field with its value before and after; an empty value shows as a dash. */
function Changes({ changes }: { changes: AuditEntry['changes'] }) {
  const { t } = useTranslation();
  if (changes.length === 0) return <>{t('auditLog.noFields')}</>;
  const shown = (value: string | null) => value ?? '—';
  return (
    <dl className="app-audit-changes govuk-!-margin-0">
      {changes.map((change) => (
        <div key={change.field}>
          <dt className="govuk-!-font-weight-bold">{change.field}</dt>
          <dd className="govuk-!-margin-left-0 govuk-!-margin-bottom-1">
            {t('auditLog.beforeAfter', {
              before: shown(change.before),
              after: shown(change.after),
            })}
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function AuditEntriesTable({ entries }: { entries: AuditEntry[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <ScrollableTable caption={t('auditLog.tableCaption')}>
      <ColumnHeaders
        columns={[
          { label: t('auditLog.when') },
          { label: t('auditLog.who') },
          { label: t('auditLog.what') },
          { label: t('auditLog.changes') },
        ]}
      />
      <tbody className="govuk-table__body">
        {entries.map((entry) => (
          <tr key={entry.id} className="govuk-table__row">
            <td className="govuk-table__cell">{formatDateTime(entry.occurredAt, language)}</td>
            <td className="govuk-table__cell">{entry.actorEmail ?? t('auditLog.system')}</td>
            <td className="govuk-table__cell">
              {t(`auditLog.actions.${entry.action}`)}: {entry.entityType}
              <br />
              <span className="govuk-body-s app-audit-id">{entry.entityId}</span>
            </td>
            <td className="govuk-table__cell">
              <Changes changes={entry.changes} />
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}
