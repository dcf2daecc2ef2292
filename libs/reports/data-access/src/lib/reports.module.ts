import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuditModule } from '@cynnydd/audit/data-access';
import { DirectoryModule } from '@cynnydd/directory/data-access';
import { PlansModule } from '@cynnydd/plans/data-access';
import { ReportingModule } from '@cynnydd/reporting/data-access';

import { FollowUp } from './follow-up.entity';
import { ReportContentBuilder } from './report-content.builder';
import { Report } from './report.entity';
import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';
import { ReviewEntry } from './review-entry.entity';
import { FollowUpResolver, ReportReviewResolver, ReviewEntryResolver } from './review.resolver';
import { ReviewService } from './review.service';

export const REPORTS_ENTITIES = [Report, ReviewEntry, FollowUp];

@Module({
  imports: [
    TypeOrmModule.forFeature(REPORTS_ENTITIES),
    ReportingModule,
    PlansModule,
    DirectoryModule,
    AuditModule,
  ],
  providers: [
    ReportContentBuilder,
    ReportsService,
    ReviewService,
    ReportsResolver,
    ReportReviewResolver,
    ReviewEntryResolver,
    FollowUpResolver,
  ],
  exports: [ReportsService],
})
export class ReportsModule {}
