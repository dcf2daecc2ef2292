import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { RagCountFieldsFragment, RagMovementCountFieldsFragment } from '../../../gql/graphql';
import { formatNumber } from '../../../i18n/format';
import { LocalisedText } from '../../../ui/localised-text';
import { ScrollableTable } from '../../../ui/scrollable-table';
import { useLanguage } from '../../../ui/use-language';
import type { ProgressSummary } from '../graphql/overview';
import { RagCountCells, RagCountHeaders } from './rag-count-cells';

function NumberCell({ value }: { value: number }) {
  const language = useLanguage();
  return (
    <td className="govuk-table__cell govuk-table__cell--numeric">
      {formatNumber(value, language)}
    </td>
  );
}

function CountCells({
  counts,
  movement,
}: {
  counts: RagCountFieldsFragment;
  /** Improved and worsened since the previous period, when there is one. */
  movement: RagMovementCountFieldsFragment | null;
}) {
  return (
    <>
      <RagCountCells counts={counts} />
      {movement && (
        <>
          <NumberCell value={movement.improved} />
          <NumberCell value={movement.worsened} />
        </>
      )}
    </>
  );
}

/**
 * The seven areas as rows, a column per status, and the totals for all areas; with a previous
 * period, how many actions improved and worsened since then. The overview's chart shows the same
 * counts, so this table is also the chart's text alternative.
 */
export function ProgressTable({ summary }: { summary: ProgressSummary }) {
  const { t } = useTranslation();
  const previous = summary.movement.previousPeriod;
  const movementHeader = (label: string) => (
    <th scope="col" className="govuk-table__header govuk-table__header--numeric">
      {label}
      {previous && (
        <span className="govuk-visually-hidden">
          {' '}
          {t('overview.movement.sincePeriod', { label: previous.label })}
        </span>
      )}
    </th>
  );
  return (
    <ScrollableTable caption={t('overview.tableCaption')}>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <RagCountHeaders rowHeader={t('overview.area')} totalLabel={t('overview.total')} />
          {previous && (
            <>
              {movementHeader(t('overview.movement.improved'))}
              {movementHeader(t('overview.movement.worsened'))}
            </>
          )}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {summary.areas.map(({ area, counts, movement }) => (
          <tr key={area.id} className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              <Link to={`/areas/${area.number}`} className="govuk-link">
                {t('overview.areaNumber', { number: area.number })}:{' '}
                <LocalisedText value={area.shortTitle} />
              </Link>
            </th>
            <CountCells counts={counts} movement={previous ? movement : null} />
          </tr>
        ))}
        <tr className="govuk-table__row">
          <th scope="row" className="govuk-table__header">
            {t('overview.allAreas')}
          </th>
          <CountCells
            counts={summary.overall}
            movement={previous ? summary.movement.counts : null}
          />
        </tr>
      </tbody>
    </ScrollableTable>
  );
}
