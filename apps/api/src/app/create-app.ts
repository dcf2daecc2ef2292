import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';

import { seedDemoData } from '../seed/demo-seed';
import { AppModule, type AppModuleOptions } from './app.module';

export interface CreateAppOptions extends AppModuleOptions {
  seedDemoData: boolean;
}

/** Builds the Nest application (migrated, and seeded on an empty database when asked). */
export async function createApp(options: CreateAppOptions): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.forRoot(options), {
    logger: ['log', 'warn', 'error'],
  });
  if (options.seedDemoData) await seedDemoData(app.get(DataSource));
  return app;
}
