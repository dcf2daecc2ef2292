import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuditModule } from '@cynnydd/audit/data-access';
import { DirectoryModule } from '@cynnydd/directory/data-access';
import { MeasuresModule } from '@cynnydd/measures/data-access';
import { PlansModule } from '@cynnydd/plans/data-access';
import { RisksModule } from '@cynnydd/risks/data-access';
import { StrategyModule } from '@cynnydd/strategy/data-access';

import { ActionPeriodStatus } from './action-period-status.entity';
import { ActionSearchService } from './action-search.service';
import { ExpectedUpdatesService } from './expected-updates.service';
import { StatusUpdateImportTemplateController } from './import/status-update-import-template.controller';
import { StatusUpdateImportResolver } from './import/status-update-import.resolver';
import { StatusUpdateImportService } from './import/status-update-import.service';
import { ProgressSummaryService } from './progress-summary.service';
import { ReportingPeriod } from './reporting-period.entity';
import { ReportingPeriodsService } from './reporting-periods.service';
import {
  ActionStatusResolver,
  ReportingPeriodResolver,
  StatusUpdateResolver,
} from './reporting.resolver';
import {
  RiskRaisedFromResolver,
  RiskRaisingService,
  StatusUpdateRisksResolver,
} from './risk-raising';
import { StatusUpdate } from './status-update.entity';
import { StatusUpdatesService } from './status-updates.service';
import { UpdateRoundService } from './update-round.service';

export const REPORTING_ENTITIES = [ReportingPeriod, StatusUpdate, ActionPeriodStatus];

@Module({
  imports: [
    TypeOrmModule.forFeature(REPORTING_ENTITIES),
    PlansModule,
    MeasuresModule,
    RisksModule,
    StrategyModule,
    DirectoryModule,
    AuditModule,
  ],
  controllers: [StatusUpdateImportTemplateController],
  providers: [
    RiskRaisingService,
    StatusUpdateRisksResolver,
    RiskRaisedFromResolver,
    ReportingPeriodsService,
    StatusUpdateImportService,
    StatusUpdateImportResolver,
    StatusUpdatesService,
    ActionSearchService,
    ProgressSummaryService,
    ExpectedUpdatesService,
    UpdateRoundService,
    ReportingPeriodResolver,
    StatusUpdateResolver,
    ActionStatusResolver,
  ],
  exports: [
    ReportingPeriodsService,
    StatusUpdatesService,
    UpdateRoundService,
    RiskRaisingService,
    ProgressSummaryService,
  ],
})
export class ReportingModule {}
