import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { MeasureDetailsQuery } from '../../../gql/graphql';
import { ColumnHeaders } from '../../../ui/column-headers';
import { LocalisedText } from '../../../ui/localised-text';
import { ScrollableTable } from '../../../ui/scrollable-table';
import { RagLabel, ragStatus } from '../../overview/components/rag-label';

type Measure = MeasureDetailsQuery['measure'];

/** The actions that contribute to the measure, each with its current status. */
export function ContributingActions({ measure }: { measure: Measure }) {
  const { t } = useTranslation();
  if (measure.actions.length === 0) {
    return (
      <>
        <h2 className="govuk-heading-m">{t('measures.actions.title')}</h2>
        <p className="govuk-body">{t('measures.actions.none')}</p>
      </>
    );
  }
  return (
    <ScrollableTable caption={t('measures.actions.caption')}>
      <ColumnHeaders
        columns={[{ label: t('measures.actions.action') }, { label: t('measures.actions.status') }]}
      />
      <tbody className="govuk-table__body">
        {measure.actions.map((action) => (
          <tr key={action.id} className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              <Link to={`/actions/${action.id}`} className="govuk-link">
                {action.reference}: <LocalisedText value={action.title} />
              </Link>
            </th>
            <td className="govuk-table__cell">
              <RagLabel
                status={action.currentStatus ? ragStatus(action.currentStatus.rag) : 'NO_UPDATE'}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}
