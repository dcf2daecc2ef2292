import { useTranslation } from 'react-i18next';

import type { RiskDetailsFragment } from '../../../gql/graphql';
import { formatDate } from '../../../i18n/format';
import { ColumnHeaders } from '../../../ui/column-headers';
import { LocalisedText } from '../../../ui/localised-text';
import { ScrollableTable } from '../../../ui/scrollable-table';
import { useLanguage } from '../../../ui/use-language';

/** The follow-ups that bring the risk down: who, by when, and whether done or overdue. */
export function RiskMitigationsTable({
  mitigations,
}: {
  mitigations: RiskDetailsFragment['mitigations'];
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (mitigations.length === 0) {
    return (
      <>
        <h2 className="govuk-heading-m">{t('risks.mitigations.title')}</h2>
        <p className="govuk-body">{t('risks.mitigations.none')}</p>
      </>
    );
  }
  return (
    <ScrollableTable caption={t('risks.mitigations.title')}>
      <ColumnHeaders
        columns={[
          { label: t('risks.mitigations.description') },
          { label: t('risks.mitigations.owner') },
          { label: t('risks.mitigations.due') },
          { label: t('risks.mitigations.status') },
        ]}
      />
      <tbody className="govuk-table__body">
        {mitigations.map((mitigation) => (
          <tr key={mitigation.id} className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              <LocalisedText value={mitigation.description} />
            </th>
            <td className="govuk-table__cell">{mitigation.owner.name}</td>
            <td className="govuk-table__cell">{formatDate(mitigation.dueDate, language)}</td>
            <td className="govuk-table__cell">
              {mitigation.completedOn ? (
                t('risks.mitigations.doneOn', {
                  date: formatDate(mitigation.completedOn, language),
                })
              ) : mitigation.overdue ? (
                <strong className="govuk-tag govuk-tag--red">{t('risks.overdue')}</strong>
              ) : (
                t('risks.mitigations.notDone')
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}
