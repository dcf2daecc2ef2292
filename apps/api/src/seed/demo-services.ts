import { Global, Module, type DynamicModule, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DataSourceOptions } from 'typeorm';

import { AccessModule } from '@cynnydd/access/data-access';
import { AuditModule } from '@cynnydd/audit/data-access';
import { DirectoryModule } from '@cynnydd/directory/data-access';
import { MeasuresModule } from '@cynnydd/measures/data-access';
import { MeetingsModule } from '@cynnydd/meetings/data-access';
import { NotificationsModule } from '@cynnydd/notifications/data-access';
import { PartnershipModule } from '@cynnydd/partnership/data-access';
import { PlansModule } from '@cynnydd/plans/data-access';
import { PublicationsModule } from '@cynnydd/publications/data-access';
import { ReportingModule } from '@cynnydd/reporting/data-access';
import { ReportsModule } from '@cynnydd/reports/data-access';
import { RisksModule } from '@cynnydd/risks/data-access';
import { Clock, DataChangeFeedModule, RequestsInFlight } from '@cynnydd/server/core';
import { StrategyModule } from '@cynnydd/strategy/data-access';

/**
 * The demo seed's "now": it plays the programme's past year through the product's services,
 * moving the clock forward to each day something happened.
 */
export class SeedClock extends Clock {
  private instant = new Date(0);

  setTo(instant: Date): void {
    this.instant = instant;
  }

  now(): Date {
    return this.instant;
  }
}

/** CoreModule's providers, with the seed's clock (the reports' export controller is loaded, never served). */
@Global()
@Module({
  providers: [SeedClock, { provide: Clock, useExisting: SeedClock }, RequestsInFlight],
  exports: [SeedClock, Clock, RequestsInFlight],
})
class SeedCoreModule {}

/** The domain modules the product runs on, with the seed's clock instead of the system's. */
@Module({})
class DemoServicesModule {
  static on(database: DataSourceOptions): DynamicModule {
    return {
      module: DemoServicesModule,
      imports: [
        SeedCoreModule,
        // Its own pool on the same database (one connection at a time), closed with the context.
        TypeOrmModule.forRoot({ ...database, migrationsRun: false }),
        AuditModule,
        DirectoryModule,
        // No e-mail: the demo's people are not real, and its notices are in-app only.
        NotificationsModule.forRoot({ smtpUrl: null, from: '', publicUrl: '' }),
        // Accounts, which plans hand actions over from; never signed in to while seeding (the
        // feed tells them of account changes).
        DataChangeFeedModule,
        AccessModule.forRoot({
          sessionHours: 1,
          secureCookies: false,
          signInAttemptsPerMinute: 1,
          oidc: null,
        }),
        StrategyModule,
        PlansModule,
        ReportingModule,
        MeasuresModule,
        RisksModule,
        MeetingsModule,
        PartnershipModule,
        // Reports are never exported to PDF while seeding.
        ReportsModule.forRoot({ chromiumPath: '' }),
        // Published through its service; the public pages are not served while seeding.
        PublicationsModule.forRoot({ origin: '', stylesheet: null, embedOrigins: [] }),
      ],
    };
  }
}

/**
 * The product's services on `database`, without HTTP or GraphQL; close it when done. It logs
 * through whatever logger the process has: Nest's logger option would replace it globally.
 */
export function openDemoServices(database: DataSourceOptions): Promise<INestApplicationContext> {
  return NestFactory.createApplicationContext(DemoServicesModule.on(database), {
    abortOnError: false,
  });
}
