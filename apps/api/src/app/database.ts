import { DataSource, type DataSourceOptions } from 'typeorm';

import {
  buildDataSourceOptions,
  startEmbeddedPostgres,
  type DatabaseConnectionOptions,
} from '@cynnydd/server/core';

import { MIGRATIONS } from '../migrations';
import type { AppConfig } from './config';
import { ALL_ENTITIES } from './entities';

export interface DatabaseHandle {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** DATABASE_URL when given; otherwise the embedded PostgreSQL whose data lives in .data/. */
export async function provideDatabase(
  config: AppConfig,
  log: (message: string) => void,
): Promise<DatabaseHandle> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, embedded: false, stop: async () => undefined };
  }
  log(`Starting embedded PostgreSQL (data in ${config.embeddedDataDir})`);
  const running = await startEmbeddedPostgres({
    dataDir: config.embeddedDataDir,
    port: config.embeddedPort,
    database: 'cynnydd',
  });
  return { url: running.url, embedded: true, stop: running.stop };
}

export function appDataSourceOptions(
  url: string,
  extra: Partial<DatabaseConnectionOptions> = {},
): DataSourceOptions {
  return buildDataSourceOptions({ url, entities: ALL_ENTITIES, migrations: MIGRATIONS, ...extra });
}

export function createAppDataSource(url: string): DataSource {
  return new DataSource(appDataSourceOptions(url));
}
