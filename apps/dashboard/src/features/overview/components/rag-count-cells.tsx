import type { RagCountFieldsFragment } from '../../../gql/graphql';
import { formatNumber } from '../../../i18n/format';
import { useLanguage } from '../../../ui/use-language';
import { COUNT_FIELDS, STATUS_COLUMNS } from './count-fields';
import { RagLabel } from './rag-label';

/** The column headers of a table of counts by status: its rows' header, each status, the total. */
export function RagCountHeaders({
  rowHeader,
  totalLabel,
}: {
  rowHeader: string;
  totalLabel: string;
}) {
  return (
    <>
      <th scope="col" className="govuk-table__header">
        {rowHeader}
      </th>
      {STATUS_COLUMNS.map((status) => (
        <th key={status} scope="col" className="govuk-table__header govuk-table__header--numeric">
          <RagLabel status={status} />
        </th>
      ))}
      <th scope="col" className="govuk-table__header govuk-table__header--numeric">
        {totalLabel}
      </th>
    </>
  );
}

/** One row's counts by status, in the order of `RagCountHeaders`, and its total in bold. */
export function RagCountCells({ counts }: { counts: RagCountFieldsFragment }) {
  const language = useLanguage();
  return (
    <>
      {STATUS_COLUMNS.map((status) => (
        <td key={status} className="govuk-table__cell govuk-table__cell--numeric">
          {formatNumber(counts[COUNT_FIELDS[status]], language)}
        </td>
      ))}
      <td className="govuk-table__cell govuk-table__cell--numeric">
        <strong>{formatNumber(counts.total, language)}</strong>
      </td>
    </>
  );
}
