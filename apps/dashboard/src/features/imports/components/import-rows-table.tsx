import { useTranslation } from 'react-i18next';

import type { PlanImportResultFragment } from '../../../gql/graphql';
import { ColumnHeaders } from '../../../ui/column-headers';
import { ScrollableTable } from '../../../ui/scrollable-table';

const TAGS = {
  NEW: 'govuk-tag--green',
  CHANGED: 'govuk-tag--blue',
  UNCHANGED: 'govuk-tag--grey',
  ERROR: 'govuk-tag--red',
} as const;

/** Every row of the file: what importing it does, or each cell that stops it and why. */
export function ImportRowsTable({ result }: { result: PlanImportResultFragment }) {
  const { t } = useTranslation();
  return (
    <ScrollableTable caption={t('imports.rowsCaption', { file: result.fileName })}>
      <ColumnHeaders
        columns={[
          { label: t('imports.columns.row'), numeric: true },
          { label: t('imports.columns.reference') },
          { label: t('imports.columns.status') },
          { label: t('imports.columns.details') },
        ]}
      />
      <tbody className="govuk-table__body">
        {result.rows.map((row) => (
          <tr key={row.row} className="govuk-table__row">
            <td className="govuk-table__cell govuk-table__cell--numeric">{row.row}</td>
            <th scope="row" className="govuk-table__header">
              {row.reference}
            </th>
            <td className="govuk-table__cell">
              <strong className={`govuk-tag ${TAGS[row.status]}`}>
                {t(`imports.status.${row.status}`)}
              </strong>
            </td>
            <td className="govuk-table__cell">
              {row.problems.length > 0 ? (
                <ul className="govuk-list govuk-!-margin-0">
                  {row.problems.map((problem) => (
                    <li key={`${problem.cell}${problem.message}`}>
                      <span className="govuk-!-font-weight-bold">{problem.cell}</span>:{' '}
                      <span lang="en">{problem.message}</span>
                    </li>
                  ))}
                </ul>
              ) : row.changes.length > 0 ? (
                t('imports.changes', { fields: row.changes.join(', ') })
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}
