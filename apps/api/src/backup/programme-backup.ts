import type { DataSource, EntityManager } from 'typeorm';

/** What a backup file says about itself; `format` changes only when the layout does. */
export interface ProgrammeBackup {
  format: 'cynnydd-programme-backup';
  version: 1;
  /** The last migration applied where it was taken; a restore needs the same schema. */
  schema: string;
  exportedAt: string;
  /** Rows of each table, parents before children. */
  tables: { name: string; rows: Record<string, unknown>[] }[];
}

/**
 * Left out: the migration bookkeeping (the target has its own), short-lived sign-in state
 * (sessions, pending single-sign-on logins, sign-in attempt counters, e-mailed invitation and
 * reset links), so a restore signs everyone out and such links stop working, and each action's status per period, which its trigger rebuilds as the status
 * updates go back in.
 */
const NOT_BACKED_UP = new Set([
  'migration',
  'session',
  'oidc_login',
  'throttle_counter',
  'account_link',
  'action_period_status',
]);
/**
 * Tables the migrations fill with starting values (the risk appetite per category, the
 * partnership behaviours statements, the board paper defaults): an empty database has them already, and a restore replaces
 * them with the backup's.
 */
const FILLED_BY_MIGRATIONS = new Set([
  'risk_appetite',
  'partnership_statement',
  'board_paper_settings',
]);
const INSERT_BATCH = 2_000;

interface Reference {
  child: string;
  parent: string;
  column: string;
}

function foreignKeys(manager: EntityManager): Promise<Reference[]> {
  return manager.query(
    `SELECT DISTINCT tc.table_name AS child, ccu.table_name AS parent, kcu.column_name AS column
     FROM information_schema.table_constraints tc
     JOIN information_schema.key_column_usage kcu
       ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
     JOIN information_schema.constraint_column_usage ccu
       ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema
     WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = 'public'`,
  );
}

/**
 * Rows of a table that references itself (an action carried forward from another), parents
 * first, so each insert finds the row it points to.
 */
function parentsFirst(rows: Record<string, unknown>[], column: string): Record<string, unknown>[] {
  const byId = new Map(rows.map((row) => [row['id'], row]));
  const ordered: Record<string, unknown>[] = [];
  const placed = new Set<unknown>();
  const place = (row: Record<string, unknown>) => {
    if (placed.has(row['id'])) return;
    placed.add(row['id']);
    const parent = byId.get(row[column]);
    if (parent) place(parent);
    ordered.push(row);
  };
  rows.forEach(place);
  return ordered;
}

/** The app's tables, ordered so that every table comes after the tables it references. */
async function tablesInDependencyOrder(manager: EntityManager): Promise<string[]> {
  const tables: { name: string }[] = await manager.query(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const references = await foreignKeys(manager);
  const names = tables.map((table) => table.name).filter((name) => !NOT_BACKED_UP.has(name));
  const ordered: string[] = [];
  const visit = (name: string, path: Set<string>) => {
    if (ordered.includes(name) || path.has(name)) return;
    path.add(name);
    for (const { parent } of references.filter((r) => r.child === name && r.parent !== name)) {
      if (names.includes(parent)) visit(parent, path);
    }
    ordered.push(name);
  };
  for (const name of names) visit(name, new Set());
  return ordered;
}

async function latestMigration(manager: EntityManager): Promise<string> {
  const [latest] = await manager.query(`SELECT name FROM migration ORDER BY id DESC LIMIT 1`);
  return latest?.name ?? '';
}

/**
 * The whole programme as one JSON document, read in a single REPEATABLE READ snapshot so the
 * tables agree with each other. Values go through PostgreSQL's own JSON conversion, so they
 * come back exactly as they were.
 */
export async function exportProgramme(dataSource: DataSource): Promise<ProgrammeBackup> {
  return dataSource.transaction('REPEATABLE READ', async (manager) => {
    const tables = [];
    for (const name of await tablesInDependencyOrder(manager)) {
      const [{ rows }] = await manager.query(
        `SELECT coalesce(json_agg(t ORDER BY t::text), '[]'::json) AS rows FROM "${name}" t`,
      );
      tables.push({ name, rows });
    }
    return {
      format: 'cynnydd-programme-backup',
      version: 1,
      schema: await latestMigration(manager),
      exportedAt: new Date().toISOString(),
      tables,
    };
  });
}

/**
 * Restores a backup into a migrated, empty database, all or nothing. Refuses files of another
 * format or schema, and databases that already hold data.
 */
export async function importProgramme(
  dataSource: DataSource,
  backup: ProgrammeBackup,
): Promise<{ tables: number; rows: number }> {
  if (backup?.format !== 'cynnydd-programme-backup' || backup.version !== 1) {
    throw new Error('This is not a Cynnydd programme backup (format version 1)');
  }
  return dataSource.transaction(async (manager) => {
    const schema = await latestMigration(manager);
    if (backup.schema !== schema) {
      throw new Error(
        `The backup was taken at schema ${backup.schema}; this database is at ${schema}. Restore it with the same version of Cynnydd.`,
      );
    }
    const known = await tablesInDependencyOrder(manager);
    for (const name of known.filter((table) => !FILLED_BY_MIGRATIONS.has(table))) {
      const [{ any }] = await manager.query(`SELECT EXISTS (SELECT 1 FROM "${name}") AS any`);
      if (any) throw new Error(`The database is not empty (table ${name} has rows)`);
    }
    // Approved minutes are frozen (migration 1796600000000), but for this transaction's inserts.
    await manager.query(`SELECT set_config('cynnydd.restoring', 'on', true)`);
    const selfReferences = (await foreignKeys(manager)).filter((r) => r.child === r.parent);
    let rows = 0;
    for (const table of backup.tables) {
      if (!known.includes(table.name)) throw new Error(`Unknown table in backup: ${table.name}`);
      const selfReference = selfReferences.find((r) => r.child === table.name);
      const tableRows = selfReference ? parentsFirst(table.rows, selfReference.column) : table.rows;
      if (FILLED_BY_MIGRATIONS.has(table.name)) await manager.query(`DELETE FROM "${table.name}"`);
      for (let start = 0; start < tableRows.length; start += INSERT_BATCH) {
        const batch = tableRows.slice(start, start + INSERT_BATCH);
        await manager.query(
          `INSERT INTO "${table.name}" SELECT * FROM json_populate_recordset(null::"${table.name}", $1)`,
          [JSON.stringify(batch)],
        );
        rows += batch.length;
      }
    }
    return { tables: backup.tables.length, rows };
  });
}
