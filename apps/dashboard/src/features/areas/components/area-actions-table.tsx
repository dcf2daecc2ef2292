import { useTranslation } from 'react-i18next';

import type { AreaActionsQuery } from '../../../gql/graphql';
import { formatDate } from '../../../i18n/format';
import { ScrollableTable } from '../../../ui/scrollable-table';
import { useLanguage } from '../../../ui/use-language';
import { ActionCells } from '../../actions/components/action-cells';
import { OverdueLabel } from '../../actions/components/overdue-label';
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
            <ActionCells action={action} />
            <td className="govuk-table__cell">{formatDate(action.dueDate, language)}</td>
            <td className="govuk-table__cell">
              {action.isOverdue ? <OverdueLabel action={action} /> : t('area.notOverdue')}
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}
