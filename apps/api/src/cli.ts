import 'reflect-metadata';

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';

import { loadConfig } from './app/config';
import { createAppDataSource, provideDatabase } from './app/database';
import { createAdministrator } from './app/first-administrator';
import { exportProgramme, importProgramme, type ProgrammeBackup } from './backup/programme-backup';
import { seedDemoData } from './seed/demo-seed';
import { generateLargeData, parseLargeDataArgs } from './seed/large-data';

const USAGE = `Usage: node dist/apps/api/cli.js <command>
  migrate                 apply pending migrations
  revert                  undo the last migration
  seed                    migrate, then load the demo data into an empty database
  reset                   drop everything, migrate and seed again (demo/dev only)
  create-admin EMAIL      create an administrator; the password is read from CYNNYDD_ADMIN_PASSWORD
  data:large [OPTIONS]    migrate an empty database and load the large performance data set
                          (--database-url URL --seed N --today YYYY-MM-DD; docs/performance.md)
  migration:generate NAME write apps/api/src/migrations/<timestamp>-NAME.ts from entity changes
  backup FILE             write the whole programme to a JSON file (sessions left out)
  restore FILE            load a backup into a migrated, empty database`;

/** Writes a migration holding the SQL that brings the schema in line with the entities. */
async function generateMigration(dataSource: import('typeorm').DataSource, name: string) {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error('NAME must be kebab-case, e.g. add-audit-log');
  const sql = await dataSource.driver.createSchemaBuilder().log();
  if (!sql.upQueries.length) {
    console.log('Entities and migrations agree: nothing to generate.');
    return;
  }
  const timestamp = Date.now();
  const className = name.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()) + timestamp;
  const lines = (queries: { query: string }[]) =>
    queries
      .map(
        ({ query }) => `    await queryRunner.query(\`${query.replace(/[`\\]|\$\{/g, '\\$&')}\`);`,
      )
      .join('\n');
  const source = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(sql.upQueries)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines([...sql.downQueries].reverse())}
  }
}
`;
  const folder = join(process.cwd(), 'apps/api/src/migrations');
  mkdirSync(folder, { recursive: true });
  const file = join(folder, `${timestamp}-${name}.ts`);
  writeFileSync(file, source);
  console.log(`Wrote ${file}; add ${className} to apps/api/src/migrations/index.ts.`);
}

/** `data:large`: the large data set for performance work, into any migrated, empty database. */
async function loadLargeData(argv: string[]): Promise<void> {
  const { databaseUrl, ...options } = parseLargeDataArgs(argv);
  const url = databaseUrl ?? loadConfig().databaseUrl;
  if (!url) throw new Error('data:large needs --database-url URL (or DATABASE_URL)');
  const dataSource = createAppDataSource(url);
  await dataSource.initialize();
  try {
    const summary = await generateLargeData(dataSource, options, console.log);
    const rows = Object.entries(summary.rows).map(([table, count]) => `${table} ${count}`);
    console.log(
      `Loaded (seed ${summary.options.seed}, as at ${summary.options.today}): ${rows.join(', ')}`,
    );
    console.log(
      `Built in ${summary.seconds.build} s, inserted in ${summary.seconds.insert} s, analysed in ${summary.seconds.analyse} s.`,
    );
  } finally {
    await dataSource.destroy();
  }
}

async function main(): Promise<void> {
  // The demo seed runs the services in a Nest context: its start-up chatter is noise here.
  Logger.overrideLogger(['error', 'warn']);
  const [command, argument] = process.argv.slice(2);
  if (command === 'data:large') return loadLargeData(process.argv.slice(3));
  const config = loadConfig();
  const database = await provideDatabase(config, console.log);
  const dataSource = createAppDataSource(database.url);
  await dataSource.initialize();
  try {
    switch (command) {
      case 'migrate':
        await dataSource.runMigrations();
        break;
      case 'revert':
        await dataSource.undoLastMigration();
        break;
      case 'seed':
        await dataSource.runMigrations();
        console.log(
          (await seedDemoData(dataSource))
            ? 'Loaded the demo programme.'
            : 'The database already holds a programme: nothing loaded.',
        );
        break;
      case 'reset':
        if (config.production) throw new Error('reset is refused when NODE_ENV=production');
        await dataSource.dropDatabase();
        await dataSource.runMigrations();
        await seedDemoData(dataSource);
        break;
      case 'create-admin': {
        await dataSource.runMigrations();
        const password = process.env['CYNNYDD_ADMIN_PASSWORD'] ?? '';
        const admin = await createAdministrator(dataSource, argument ?? '', password);
        console.log(`Created administrator ${admin.email}.`);
        break;
      }
      case 'backup': {
        const backup = await exportProgramme(dataSource);
        writeFileSync(argument ?? '', JSON.stringify(backup));
        const rows = backup.tables.reduce((sum, table) => sum + table.rows.length, 0);
        console.log(`Wrote ${rows} rows from ${backup.tables.length} tables to ${argument}.`);
        break;
      }
      case 'restore': {
        await dataSource.runMigrations();
        const backup = JSON.parse(readFileSync(argument ?? '', 'utf8')) as ProgrammeBackup;
        const { rows, tables } = await importProgramme(dataSource, backup);
        console.log(`Restored ${rows} rows into ${tables} tables.`);
        break;
      }
      case 'migration:generate':
        await dataSource.runMigrations();
        await generateMigration(dataSource, argument ?? '');
        break;
      default:
        console.log(USAGE);
        process.exitCode = command ? 1 : 0;
    }
  } finally {
    await dataSource.destroy();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  const field = (error as { extensions?: { field?: string } }).extensions?.field;
  const message = error instanceof Error ? error.message : String(error);
  console.error(field ? `${field}: ${message}` : message);
  process.exit(1);
});
