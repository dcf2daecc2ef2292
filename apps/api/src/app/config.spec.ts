import { resolve } from 'node:path';

import { loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to an embedded database with demo data on localhost:3000', () => {
    expect(loadConfig({})).toEqual({
      production: false,
      host: '127.0.0.1',
      port: 3000,
      databaseUrl: null,
      embeddedDataDir: resolve('.data/postgres'),
      embeddedPort: 54329,
      seedDemoData: true,
    });
  });

  it('uses DATABASE_URL and never seeds demo data in production unless asked', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://cynnydd@db.internal:5432/cynnydd',
      PORT: '8080',
    });
    expect(config).toMatchObject({
      production: true,
      port: 8080,
      databaseUrl: 'postgres://cynnydd@db.internal:5432/cynnydd',
      seedDemoData: false,
    });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT must be a port number, got "eighty"'],
    [{ EMBEDDED_PG_PORT: '70000' }, 'EMBEDDED_PG_PORT must be a port number'],
    [
      { DATABASE_URL: 'mysql://localhost/db' },
      'DATABASE_URL must be a postgres:// connection string',
    ],
    [{ SEED_DEMO_DATA: 'yes' }, 'SEED_DEMO_DATA must be "true" or "false"'],
  ])('refuses %j with a clear reason', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
