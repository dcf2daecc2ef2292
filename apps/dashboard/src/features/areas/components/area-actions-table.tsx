import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { LEAD_ORGANISATION_LABELS } from '@cynnydd/shared/domain';

import type { AreaActionsQuery } from '../../../gql/graphql';
import { formatDate } from '../../../i18n/format';
import { LocalisedText } from '../../../ui/localised-text';
import { ScrollableTable } from '../../../ui/scrollable-table';
import { useLanguage } from '../../../ui/use-language';
import { RagLabel, type StatusColumn } from '../../overview/components/rag-label';
import type { AreaSort, SortKey } from '../hooks/use-area-filters';

type AreaAction = AreaActionsQuery['actions']['edges'][number]['node'];

function SortableHeader({
  column,
  label,
  sort,
  onSort,
}: {
  column: SortKey;
  label: string;
  sort: AreaSort;
  onSort: (key: SortKey) => void;
}) {
  const active = sort.key === column;
  const ariaSort = active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none';
  return (
    <th scope="col" className="govuk-table__header" aria-sort={ariaSort}>
      <button type="button" className="app-sort-button" onClick={() => onSort(column)}>
        {label}
        <span className="app-sort-button__icon" aria-hidden="true">
          {active ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ' ⇅'}
        </span>
      </button>
    </th>
  );
}

/** An area's actions, with the columns that sort them as buttons in their headers. */
export function AreaActionsTable({
  actions,
  caption,
  sort,
  onSort,
}: {
  actions: AreaAction[];
  caption: string;
  sort: AreaSort;
  onSort: (key: SortKey) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <ScrollableTable caption={caption}>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <SortableHeader
            column="reference"
            label={t('area.columns.reference')}
            sort={sort}
            onSort={onSort}
          />
          <th scope="col" className="govuk-table__header">
            {t('area.columns.title')}
          </th>
          <th scope="col" className="govuk-table__header">
            {t('area.columns.lead')}
          </th>
          <th scope="col" className="govuk-table__header">
            {t('area.columns.owners')}
          </th>
          <SortableHeader column="rag" label={t('area.columns.rag')} sort={sort} onSort={onSort} />
          <SortableHeader column="due" label={t('area.columns.due')} sort={sort} onSort={onSort} />
          <th scope="col" className="govuk-table__header">
            {t('area.columns.overdue')}
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {actions.map((action) => (
          <tr key={action.id} className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              <Link to={`/actions/${action.id}`} className="govuk-link">
                {action.reference}
                <span className="govuk-visually-hidden"> {t('area.viewAction')}</span>
              </Link>
            </th>
            <td className="govuk-table__cell">
              <LocalisedText value={action.title} />
            </td>
            <td className="govuk-table__cell">
              {LEAD_ORGANISATION_LABELS[action.leadOrganisation][language]}
            </td>
            <td className="govuk-table__cell">
              {action.owners.map((owner) => owner.name).join(', ')}
            </td>
            <td className="govuk-table__cell">
              {/* The API's RAG values are the shared domain's, as strings. */}
              <RagLabel
                status={(action.currentStatus?.rag as StatusColumn | undefined) ?? 'NO_UPDATE'}
              />
            </td>
            <td className="govuk-table__cell">{formatDate(action.dueDate, language)}</td>
            <td className="govuk-table__cell">
              {action.isOverdue ? (
                <strong className="govuk-tag govuk-tag--red">{t('area.overdue')}</strong>
              ) : (
                t('area.notOverdue')
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}
