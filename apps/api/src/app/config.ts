import { resolve } from 'node:path';

import type { OidcSettings } from '@cynnydd/access/data-access';
import type { MailSettings } from '@cynnydd/notifications/data-access';
import type { PublicSiteOptions } from '@cynnydd/publications/data-access';
import type { PdfSettings } from '@cynnydd/reports/data-access';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevelName = (typeof LOG_LEVELS)[number];

export interface AppConfig {
  production: boolean;
  host: string;
  port: number;
  /** API processes sharing the port (WEB_CONCURRENCY): one per core makes use of them all. */
  apiProcesses: number;
  /** External PostgreSQL; when absent an embedded server is started. */
  databaseUrl: string | null;
  embeddedDataDir: string;
  embeddedPort: number;
  seedDemoData: boolean;
  /** Session cookie only over HTTPS. */
  secureCookies: boolean;
  sessionHours: number;
  signInAttemptsPerMinute: number;
  logLevel: LogLevelName;
  /** Express "trust proxy": true/false or the number of proxies in front of the API. */
  trustProxy: boolean | number;
  /** The built dashboard, served by the API. */
  dashboardDir: string;
  /** Single sign-on; null when OIDC_ISSUER_URL is not set. */
  oidc: OidcSettings | null;
  /** E-mail copies of notices; SMTP_URL unset means in-app notices only. */
  mail: MailSettings;
  /** Report PDFs are printed with this Chromium. */
  pdf: PdfSettings;
  /** The public progress pages: their address and who may frame the area summary. */
  publicSite: Omit<PublicSiteOptions, 'stylesheet'>;
}

/** Reads the environment once at start-up; every problem is reported together, then it stops. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const problems: string[] = [];
  const production = env['NODE_ENV'] === 'production';

  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const value = env[name];
    if (value === undefined || value === '') return fallback;
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max}, got "${value}"`);
      return fallback;
    }
    return parsed;
  };
  const flag = (name: string, fallback: boolean): boolean => {
    const value = env[name];
    if (value === undefined || value === '') return fallback;
    if (value === 'true' || value === 'false') return value === 'true';
    problems.push(`${name} must be "true" or "false", got "${value}"`);
    return fallback;
  };

  const databaseUrl = env['DATABASE_URL']?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must be a postgres:// connection string');
  }
  if (production && !databaseUrl) {
    problems.push(
      'DATABASE_URL is required in production (the embedded database is for trying Cynnydd out)',
    );
  }
  const seedDemoData = flag('SEED_DEMO_DATA', !production);
  if (production && seedDemoData) {
    problems.push(
      'SEED_DEMO_DATA cannot be true in production: the demo accounts have published passwords',
    );
  }
  const logLevel = (env['LOG_LEVEL'] || (production ? 'info' : 'warn')) as LogLevelName;
  if (!LOG_LEVELS.includes(logLevel)) {
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  }
  const proxy = env['TRUST_PROXY'] ?? 'false';
  const trustProxy = /^\d+$/.test(proxy) ? Number(proxy) : flag('TRUST_PROXY', false);

  const oidcNames = [
    'OIDC_ISSUER_URL',
    'OIDC_CLIENT_ID',
    'OIDC_CLIENT_SECRET',
    'OIDC_REDIRECT_URI',
  ];
  const oidcGiven = oidcNames.filter((name) => env[name]);
  if (oidcGiven.length && oidcGiven.length < oidcNames.length) {
    problems.push(
      `single sign-on needs all of ${oidcNames.join(', ')}; missing ${oidcNames.filter((n) => !env[n]).join(', ')}`,
    );
  }
  for (const name of ['OIDC_ISSUER_URL', 'OIDC_REDIRECT_URI']) {
    if (env[name] && !/^https?:\/\//.test(env[name] ?? '')) problems.push(`${name} must be a URL`);
  }
  const oidc: OidcSettings | null =
    oidcGiven.length === oidcNames.length
      ? {
          issuerUrl: env['OIDC_ISSUER_URL'] as string,
          clientId: env['OIDC_CLIENT_ID'] as string,
          clientSecret: env['OIDC_CLIENT_SECRET'] as string,
          redirectUri: env['OIDC_REDIRECT_URI'] as string,
          scopes: env['OIDC_SCOPES'] || 'openid email profile',
          trustUnverifiedEmail: flag('OIDC_TRUST_EMAIL', false),
        }
      : null;

  const smtpUrl = env['SMTP_URL']?.trim() || null;
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) {
    problems.push('SMTP_URL must be an smtp:// or smtps:// URL');
  }
  const port = integer('PORT', 3000, 0, 65535);
  const host = env['HOST'] || '127.0.0.1';
  const publicUrl = env['PUBLIC_URL']?.trim() || `http://${host}:${port}`;
  if (!/^https?:\/\//.test(publicUrl)) problems.push('PUBLIC_URL must be a URL');
  const embedOrigins = (env['PUBLIC_EMBED_ORIGINS'] ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of embedOrigins) {
    if (!/^https?:\/\/[a-z0-9.-]+(:[0-9]{1,5})?$/i.test(origin)) {
      problems.push(
        `PUBLIC_EMBED_ORIGINS must list origins such as https://heiw.nhs.wales, comma-separated; "${origin}" is not one`,
      );
    }
  }
  const dashboardDir = resolve(env['DASHBOARD_DIR'] || 'dist/apps/dashboard');

  const config: AppConfig = {
    production,
    host,
    port,
    apiProcesses: integer('WEB_CONCURRENCY', 1, 1, 64),
    databaseUrl,
    embeddedDataDir: resolve(env['CYNNYDD_DATA_DIR'] || '.data/postgres'),
    embeddedPort: integer('EMBEDDED_PG_PORT', 54329, 1, 65535),
    seedDemoData,
    secureCookies: flag('COOKIE_SECURE', production),
    sessionHours: integer('SESSION_HOURS', 12, 1, 24 * 30),
    signInAttemptsPerMinute: integer('SIGN_IN_ATTEMPTS_PER_MINUTE', 10, 1, 1000),
    logLevel,
    trustProxy,
    dashboardDir,
    oidc,
    mail: {
      smtpUrl,
      from: env['MAIL_FROM'] || 'Cynnydd <no-reply@cynnydd.example.wales>',
      publicUrl,
    },
    pdf: { chromiumPath: env['CHROMIUM_PATH'] || '/usr/bin/chromium' },
    publicSite: { origin: publicUrl.replace(/\/$/, ''), embedOrigins },
  };
  if (problems.length) {
    throw new Error(`Cynnydd cannot start:\n  - ${problems.join('\n  - ')}`);
  }
  return config;
}
