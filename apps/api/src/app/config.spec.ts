import { resolve } from 'node:path';

import { loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to an embedded database with demo data on localhost:3000', () => {
    expect(loadConfig({})).toEqual({
      production: false,
      host: '127.0.0.1',
      port: 3000,
      apiProcesses: 1,
      databaseUrl: null,
      embeddedDataDir: resolve('.data/postgres'),
      embeddedPort: 54329,
      seedDemoData: true,
      secureCookies: false,
      sessionHours: 12,
      signInAttemptsPerMinute: 10,
      logLevel: 'warn',
      trustProxy: false,
      dashboardDir: resolve('dist/apps/dashboard'),
      oidc: null,
      mail: {
        smtpUrl: null,
        from: 'Cynnydd <no-reply@cynnydd.example.wales>',
        publicUrl: 'http://127.0.0.1:3000',
      },
      pdf: { chromiumPath: '/usr/bin/chromium' },
      publicSite: { origin: 'http://127.0.0.1:3000', embedOrigins: [] },
    });
  });

  it('lets the organisations’ websites named in PUBLIC_EMBED_ORIGINS frame the public area summary', () => {
    expect(
      loadConfig({
        PUBLIC_URL: 'https://cynnydd.example.wales/',
        PUBLIC_EMBED_ORIGINS: 'https://heiw.nhs.wales, https://socialcare.wales',
      }).publicSite,
    ).toEqual({
      origin: 'https://cynnydd.example.wales',
      embedOrigins: ['https://heiw.nhs.wales', 'https://socialcare.wales'],
    });
  });

  it('sends e-mail through SMTP_URL, linking to PUBLIC_URL', () => {
    expect(
      loadConfig({
        SMTP_URL: 'smtps://cynnydd:secret@smtp.example.wales:465',
        MAIL_FROM: 'Cynnydd <cynnydd@heiw.example.wales>',
        PUBLIC_URL: 'https://cynnydd.example.wales',
      }).mail,
    ).toEqual({
      smtpUrl: 'smtps://cynnydd:secret@smtp.example.wales:465',
      from: 'Cynnydd <cynnydd@heiw.example.wales>',
      publicUrl: 'https://cynnydd.example.wales',
    });
  });

  it('turns on single sign-on only when the provider is fully described', () => {
    const provider = {
      OIDC_ISSUER_URL: 'https://login.microsoftonline.com/tenant-id/v2.0',
      OIDC_CLIENT_ID: 'cynnydd',
      OIDC_CLIENT_SECRET: 'secret',
      OIDC_REDIRECT_URI: 'https://cynnydd.example.wales/auth/oidc/callback',
    };
    expect(loadConfig(provider).oidc).toEqual({
      issuerUrl: provider.OIDC_ISSUER_URL,
      clientId: 'cynnydd',
      clientSecret: 'secret',
      redirectUri: provider.OIDC_REDIRECT_URI,
      scopes: 'openid email profile',
      trustUnverifiedEmail: false,
    });
    expect(() => loadConfig({ OIDC_ISSUER_URL: provider.OIDC_ISSUER_URL })).toThrow(
      /single sign-on needs all of .*missing OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_REDIRECT_URI/,
    );
  });

  it('in production needs a database, keeps demo data out and sends cookies over HTTPS only', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://cynnydd@db.internal:5432/cynnydd',
      PORT: '8080',
      TRUST_PROXY: '1',
      WEB_CONCURRENCY: '2',
    });
    expect(config).toMatchObject({
      production: true,
      port: 8080,
      apiProcesses: 2,
      databaseUrl: 'postgres://cynnydd@db.internal:5432/cynnydd',
      seedDemoData: false,
      secureCookies: true,
      logLevel: 'info',
      trustProxy: 1,
    });
  });

  it('refuses to start production without a database or with demo accounts', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', SEED_DEMO_DATA: 'true' })).toThrow(
      /DATABASE_URL is required in production[\s\S]*SEED_DEMO_DATA cannot be true in production/,
    );
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT must be a whole number from 0 to 65535, got "eighty"'],
    [{ EMBEDDED_PG_PORT: '70000' }, 'EMBEDDED_PG_PORT must be a whole number'],
    [
      { DATABASE_URL: 'mysql://localhost/db' },
      'DATABASE_URL must be a postgres:// connection string',
    ],
    [{ SEED_DEMO_DATA: 'yes' }, 'SEED_DEMO_DATA must be "true" or "false"'],
    [{ SESSION_HOURS: '0' }, 'SESSION_HOURS must be a whole number from 1'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of'],
    [{ WEB_CONCURRENCY: '0' }, 'WEB_CONCURRENCY must be a whole number from 1 to 64, got "0"'],
    [{ SMTP_URL: 'mail.example.wales' }, 'SMTP_URL must be an smtp:// or smtps:// URL'],
    [{ PUBLIC_URL: 'cynnydd.example.wales' }, 'PUBLIC_URL must be a URL'],
    [
      { PUBLIC_EMBED_ORIGINS: 'https://heiw.nhs.wales/embed' },
      'PUBLIC_EMBED_ORIGINS must list origins',
    ],
  ])('refuses %j with a clear reason', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
