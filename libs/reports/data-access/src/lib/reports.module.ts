import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuditModule } from '@cynnydd/audit/data-access';
import { ReportingModule } from '@cynnydd/reporting/data-access';

import { ReportContentBuilder } from './report-content.builder';
import { Report } from './report.entity';
import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';

export const REPORTS_ENTITIES = [Report];

@Module({
  imports: [TypeOrmModule.forFeature(REPORTS_ENTITIES), ReportingModule, AuditModule],
  providers: [ReportContentBuilder, ReportsService, ReportsResolver],
  exports: [ReportsService],
})
export class ReportsModule {}
