export interface Column {
  label: string;
  /** Right-aligned, for figures. */
  numeric?: boolean;
}

/** A GOV.UK table head: one row of column headers. */
export function ColumnHeaders({ columns }: { columns: Column[] }) {
  return (
    <thead className="govuk-table__head">
      <tr className="govuk-table__row">
        {columns.map(({ label, numeric }) => (
          <th
            key={label}
            scope="col"
            className={`govuk-table__header${numeric ? ' govuk-table__header--numeric' : ''}`}
          >
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
