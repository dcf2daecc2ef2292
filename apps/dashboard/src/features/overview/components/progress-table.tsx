import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { RagStatus } from '@cynnydd/shared/domain';

import type { ProgressSummaryQuery, RagCountFieldsFragment } from '../../../gql/graphql';
import { formatNumber } from '../../../i18n/format';
import { LocalisedText } from '../../../ui/localised-text';
import { ScrollableTable } from '../../../ui/scrollable-table';
import { useLanguage } from '../../../ui/use-language';
import { RagLabel, type StatusColumn } from './rag-label';

type CountField = Exclude<keyof RagCountFieldsFragment, 'total' | '__typename'>;

/** Columns in the shared RAG order: most in need of attention first. */
const COLUMNS: { status: StatusColumn; field: CountField }[] = [
  { status: RagStatus.RED, field: 'red' },
  { status: RagStatus.AMBER, field: 'amber' },
  { status: RagStatus.GREEN, field: 'green' },
  { status: RagStatus.NOT_STARTED, field: 'notStarted' },
  { status: RagStatus.COMPLETE, field: 'complete' },
  { status: 'NO_UPDATE', field: 'noUpdate' },
];

type Summary = ProgressSummaryQuery['progressSummary'];

function CountCells({ counts }: { counts: RagCountFieldsFragment }) {
  const language = useLanguage();
  return (
    <>
      {COLUMNS.map(({ field }) => (
        <td key={field} className="govuk-table__cell govuk-table__cell--numeric">
          {formatNumber(counts[field], language)}
        </td>
      ))}
      <td className="govuk-table__cell govuk-table__cell--numeric">
        <strong>{formatNumber(counts.total, language)}</strong>
      </td>
    </>
  );
}

/** The seven areas as rows, a column per status, and the totals for all areas. */
export function ProgressTable({ summary }: { summary: Summary }) {
  const { t } = useTranslation();
  return (
    <ScrollableTable caption={t('overview.tableCaption')}>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            {t('overview.area')}
          </th>
          {COLUMNS.map(({ status }) => (
            <th
              key={status}
              scope="col"
              className="govuk-table__header govuk-table__header--numeric"
            >
              <RagLabel status={status} />
            </th>
          ))}
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            {t('overview.total')}
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {summary.areas.map(({ area, counts }) => (
          <tr key={area.id} className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              <Link to={`/areas/${area.number}`} className="govuk-link">
                {t('overview.areaNumber', { number: area.number })}:{' '}
                <LocalisedText value={area.title} />
              </Link>
            </th>
            <CountCells counts={counts} />
          </tr>
        ))}
        <tr className="govuk-table__row">
          <th scope="row" className="govuk-table__header">
            {t('overview.allAreas')}
          </th>
          <CountCells counts={summary.overall} />
        </tr>
      </tbody>
    </ScrollableTable>
  );
}
