import { resolve } from 'node:path';

export interface AppConfig {
  production: boolean;
  host: string;
  port: number;
  /** External PostgreSQL; when absent an embedded server is started. */
  databaseUrl: string | null;
  embeddedDataDir: string;
  embeddedPort: number;
  seedDemoData: boolean;
}

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535) {
    throw new Error(`${name} must be a port number, got "${value}"`);
  }
  return parsed;
}

function flag(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (value === 'true' || value === 'false') return value === 'true';
  throw new Error(`${name} must be "true" or "false", got "${value}"`);
}

/** Reads and checks the environment once at start-up; a bad value stops the process with a reason. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env['NODE_ENV'] === 'production';
  const databaseUrl = env['DATABASE_URL']?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('DATABASE_URL must be a postgres:// connection string');
  }
  return {
    production,
    host: env['HOST'] || '127.0.0.1',
    port: integer('PORT', env['PORT'], 3000),
    databaseUrl,
    embeddedDataDir: resolve(env['CYNNYDD_DATA_DIR'] || '.data/postgres'),
    embeddedPort: integer('EMBEDDED_PG_PORT', env['EMBEDDED_PG_PORT'], 54329),
    // Demo data is for trying the product out; production starts empty.
    seedDemoData: flag('SEED_DEMO_DATA', env['SEED_DEMO_DATA'], !production),
  };
}
