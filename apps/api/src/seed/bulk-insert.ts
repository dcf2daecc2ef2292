import type { EntityManager } from 'typeorm';

import type { BilingualSeedText } from './demo-catalogue';

interface ColumnSpec<T> {
  name: string;
  /** The array type the column's values are sent as, e.g. 'uuid[]'; `cast` for the column. */
  type: string;
  cast?: string;
  value: (row: T) => unknown;
}

const BATCH = 5_000;

/** `INSERT INTO table (…) SELECT … FROM unnest($1::type[], …)`: one statement per batch. */
export async function bulkInsert<T>(
  manager: EntityManager,
  table: string,
  rows: readonly T[],
  define: (columns: ReturnType<typeof columnsOf<T>>) => ColumnSpec<T>[],
) {
  const columns = define(columnsOf<T>());
  const names = columns.map((c) => `"${c.name}"`).join(', ');
  const selects = columns.map((c, i) => (c.cast ? `c${i}::${c.cast}` : `c${i}`)).join(', ');
  const unnest = columns.map((c, i) => `$${i + 1}::${c.type}`).join(', ');
  const aliases = columns.map((_, i) => `c${i}`).join(', ');
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    await manager.query(
      `INSERT INTO "${table}" (${names}) SELECT ${selects} FROM unnest(${unnest}) AS t(${aliases})`,
      columns.map((c) => batch.map(c.value)),
    );
  }
}

/** Column helpers typed by the row, so each value function knows its row's shape. */
function columnsOf<T>() {
  const typed = (
    name: string,
    type: string,
    value: (row: T) => unknown,
    cast?: string,
  ): ColumnSpec<T> => ({ name, type, value, cast });
  const text = (name: string, value: (row: T) => unknown) => typed(name, 'text[]', value);
  return {
    typed,
    text,
    uuid: (name: string, value: (row: T) => unknown) => typed(name, 'uuid[]', value),
    bilingual: (name: string, value: (row: T) => BilingualSeedText | null) => [
      text(`${name}_en`, (row) => value(row)?.en ?? null),
      text(`${name}_cy`, (row) => value(row)?.cy ?? null),
    ],
  };
}
