import { onServer, TEMPLATE_DATABASE_VARIABLE } from './databases';

export default async function globalTeardown(): Promise<void> {
  const template = process.env[TEMPLATE_DATABASE_VARIABLE];
  if (template && !globalThis.embeddedPostgres) {
    await onServer(process.env['DATABASE_URL'] as string, `DROP DATABASE IF EXISTS ${template}`);
  }
  await globalThis.embeddedPostgres?.stop();
}
