import { types } from 'pg';
import type { DataSourceOptions, Logger } from 'typeorm';

import { namingStrategy } from './naming';
import { PreparingClient } from './prepared-statements';
import { parseTimestamptz } from './timestamp-parser';

export interface DatabaseConnectionOptions {
  url: string;
  entities: DataSourceOptions['entities'];
  migrations: DataSourceOptions['migrations'];
  /** Receives every statement; tests use it to count queries. */
  logger?: Logger;
  poolSize?: number;
  onPoolError?: (error: Error) => void;
}

/**
 * The one place TypeORM is configured, shared by the app, the CLI and the tests.
 * Migrations are the only way the schema changes: synchronize stays off.
 */
export function buildDataSourceOptions(options: DatabaseConnectionOptions): DataSourceOptions {
  // DATE columns are calendar days: keep them as 'YYYY-MM-DD' rather than local-midnight Dates.
  types.setTypeParser(types.builtins.DATE, (value) => value);
  types.setTypeParser(types.builtins.TIMESTAMPTZ, parseTimestamptz);
  return {
    type: 'postgres',
    url: options.url,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+, so no extension has to be installed.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    namingStrategy,
    logger: options.logger,
    logging: options.logger ? ['query', 'error'] : ['error'],
    poolSize: options.poolSize ?? 10,
    // Without a handler, a dropped idle connection emits an unhandled 'error' and kills the process.
    poolErrorHandler: options.onPoolError ?? (() => undefined),
    // PreparingClient: statements marked with preparedStatement are planned once per connection.
    extra: { Client: PreparingClient, connectionTimeoutMillis: 5000, application_name: 'cynnydd' },
  };
}
