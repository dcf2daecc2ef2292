import type { EntityManager, EntityMetadata, ObjectLiteral, Repository } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

import { byKey } from '../graphql/request-loaders';
import { preparedStatement } from './prepared-statements';

/**
 * Column types `pg` already reads as the entity holds them (DATE stays 'YYYY-MM-DD', see
 * data-source-options), so TypeORM's per-value conversion can be skipped for them.
 */
const READ_AS_IS = new Set<unknown>([
  'uuid',
  'varchar',
  'character varying',
  'text',
  'char',
  'enum',
  'integer',
  'int',
  'smallint',
  'boolean',
  'jsonb',
  'json',
  'date',
  'timestamptz',
  'timestamp with time zone',
]);

interface ColumnReader {
  /** The column in SQL, cast where `pg` cannot parse its type by itself. */
  sql: string;
  databaseName: string;
  /** The embedded object holding it (`title` of `title.en`), if any. */
  embedded: { propertyName: string; create: () => ObjectLiteral } | null;
  propertyName: string;
  convert: ((value: unknown) => unknown) | null;
}

function columnReader(column: ColumnMetadata): ColumnReader {
  const driver = column.entityMetadata.connection.driver;
  const embedded = column.embeddedMetadata;
  if (embedded?.parentEmbeddedMetadata)
    throw new Error(`EntityRows reads one level of embedded columns, not ${column.propertyPath}`);
  // pg knows no array-of-enum type, so TypeORM would parse '{A,B}' itself: let PostgreSQL cast.
  const enumArray = column.type === 'enum' && column.isArray;
  const asIs = READ_AS_IS.has(column.type) && !column.transformer;
  return {
    sql: enumArray ? `::text[]` : '',
    databaseName: column.databaseName,
    embedded: embedded
      ? {
          propertyName: embedded.propertyName,
          create: () => embedded.create({ fromDeserializer: true }),
        }
      : null,
    propertyName: column.propertyName,
    convert: asIs ? null : (value) => driver.prepareHydratedValue(value, column),
  };
}

/**
 * Reads whole entities with plain SQL, building them with a reader made once per entity from
 * TypeORM's metadata, so they are the same objects `repository.find` returns (an integration
 * test checks every entity). Why: on lists of hundreds of rows, TypeORM's query building and
 * generic row transformer took about a quarter of a request’s CPU (docs/performance.md); hot read
 * paths (list pages, DataLoader batches) use this, everything else the repository.
 */
export class EntityRows<T extends ObjectLiteral> {
  private static readonly byMetadata = new WeakMap<EntityMetadata, EntityRows<ObjectLiteral>>();

  private readonly readers: ColumnReader[];
  /** Statements of `lookup` (and `byIds`) by their `rest`, marked as prepared. */
  private readonly lookups = new Map<string, string>();

  private constructor(private readonly metadata: EntityMetadata) {
    this.readers = metadata.columns
      .filter((column) => !column.isVirtual && column.isSelect)
      .map(columnReader);
  }

  static of<T extends ObjectLiteral>(repository: Repository<T>): EntityRows<T> {
    let rows = EntityRows.byMetadata.get(repository.metadata);
    if (!rows) {
      rows = new EntityRows(repository.metadata);
      EntityRows.byMetadata.set(repository.metadata, rows);
    }
    return rows as unknown as EntityRows<T>;
  }

  /** The select list for the table aliased `alias`, each column named `${prefix}${column}`. */
  columns(alias: string, prefix = ''): string {
    return this.readers
      .map((r) => `${alias}."${r.databaseName}"${r.sql} AS "${prefix}${r.databaseName}"`)
      .join(', ');
  }

  /** The entity from a row read with `columns(alias, prefix)`. */
  fromRow(row: Record<string, unknown>, prefix = ''): T {
    const entity = this.metadata.create(undefined, { fromDeserializer: true }) as ObjectLiteral;
    for (const reader of this.readers) {
      const raw = row[prefix + reader.databaseName];
      const value = reader.convert ? reader.convert(raw) : raw;
      if (!reader.embedded) {
        entity[reader.propertyName] = value;
        continue;
      }
      const holder = (entity[reader.embedded.propertyName] ??= reader.embedded.create());
      holder[reader.propertyName] = value;
    }
    return entity as T;
  }

  /**
   * `SELECT <every column> FROM <table> t <rest>`: `rest` filters and orders by alias `t`,
   * with positional parameters.
   */
  async find(
    rest: string,
    parameters: unknown[],
    manager: EntityManager = this.metadata.connection.manager,
  ): Promise<T[]> {
    return this.read(this.select(rest), parameters, manager);
  }

  /**
   * `find` for what a loader sends on every request: the rows of a batch of keys (`= ANY($1)` of
   * an indexed column). Its plan does not depend on the keys, so it is prepared once per
   * connection (see preparedStatement).
   */
  lookup(rest: string, parameters: unknown[]): Promise<T[]> {
    let sql = this.lookups.get(rest);
    if (!sql) {
      sql = preparedStatement(this.select(rest));
      this.lookups.set(rest, sql);
    }
    return this.read(sql, parameters, this.metadata.connection.manager);
  }

  /** The first entity `lookup` reads, or null. */
  async lookupOne(rest: string, parameters: unknown[]): Promise<T | null> {
    const [entity] = await this.lookup(rest, parameters);
    return entity ?? null;
  }

  /** The entities with these ids (an `id` primary key), in their order, null where none. */
  async byIds(ids: readonly string[]): Promise<(T | null)[]> {
    return byKey(ids, await this.lookup('WHERE t.id = ANY($1)', [ids]), (entity) => entity['id']);
  }

  private select(rest: string): string {
    return `SELECT ${this.columns('t')} FROM "${this.metadata.tableName}" t ${rest}`;
  }

  private async read(sql: string, parameters: unknown[], manager: EntityManager): Promise<T[]> {
    const rows: Record<string, unknown>[] = await manager.query(sql, parameters);
    return rows.map((row) => this.fromRow(row));
  }
}
