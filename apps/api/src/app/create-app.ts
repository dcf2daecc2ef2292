import type { INestApplication, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';

import { seedDemoData } from '../seed/demo-seed';
import { AppModule, type AppModuleOptions } from './app.module';

export interface CreateAppOptions extends AppModuleOptions {
  seedDemoData: boolean;
  logLevels: LogLevel[];
}

/** Builds the Nest application: migrated, and seeded when asked and the database is empty. */
export async function createApp(
  options: CreateAppOptions,
): Promise<{ app: INestApplication; seeded: boolean }> {
  const app = await NestFactory.create(AppModule.forRoot(options), { logger: options.logLevels });
  const seeded = options.seedDemoData && (await seedDemoData(app.get(DataSource)));
  return { app, seeded };
}
