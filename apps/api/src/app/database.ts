import { DataSource, type DataSourceOptions } from 'typeorm';

import {
  buildDataSourceOptions,
  EmbeddedPostgresError,
  startEmbeddedPostgres,
  type DatabaseConnectionOptions,
} from '@cynnydd/server/core';

import { MIGRATIONS } from '../migrations';
import type { AppConfig } from './config';
import { ALL_ENTITIES } from './entities';

export interface DatabaseHandle {
  url: string;
  /** Where the embedded cluster keeps its data; null with DATABASE_URL. */
  embeddedDataDir: string | null;
  stop(): Promise<void>;
}

/**
 * DATABASE_URL when given; otherwise the embedded PostgreSQL whose data lives in .data/ (or, as
 * root in a folder its OS user cannot enter, under /var/lib/cynnydd). Failures become one sentence.
 */
export async function provideDatabase(
  config: AppConfig,
  log: (message: string) => void,
): Promise<DatabaseHandle> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, embeddedDataDir: null, stop: async () => undefined };
  }
  log('Starting embedded PostgreSQL');
  try {
    const running = await startEmbeddedPostgres({
      dataDir: config.embeddedDataDir,
      port: config.embeddedPort,
      database: 'cynnydd',
    });
    return { url: running.url, embeddedDataDir: running.dataDir, stop: running.stop };
  } catch (error) {
    if (!(error instanceof EmbeddedPostgresError)) throw error;
    throw new Error(`${error.message}: ${WHAT_TO_DO[error.reason]}.`);
  }
}

/** The way out of each start-up failure, in the settings this app reads. */
const WHAT_TO_DO: Record<EmbeddedPostgresError['reason'], string> = {
  unreachable:
    'set CYNNYDD_DATA_DIR to a folder every user can enter, or DATABASE_URL to a PostgreSQL server of your own',
  'port-in-use':
    'stop whatever uses it, set EMBEDDED_PG_PORT to a free port, or set DATABASE_URL to a PostgreSQL server of your own',
  failed:
    'move that data folder aside to start afresh (or set CYNNYDD_DATA_DIR to another folder), or set DATABASE_URL to a PostgreSQL server of your own',
};

export function appDataSourceOptions(
  url: string,
  extra: Partial<DatabaseConnectionOptions> = {},
): DataSourceOptions {
  return buildDataSourceOptions({ url, entities: ALL_ENTITIES, migrations: MIGRATIONS, ...extra });
}

export function createAppDataSource(url: string): DataSource {
  return new DataSource(appDataSourceOptions(url));
}
