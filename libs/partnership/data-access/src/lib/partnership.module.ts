import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuditModule } from '@cynnydd/audit/data-access';
import { DirectoryModule } from '@cynnydd/directory/data-access';
import { MeetingsModule } from '@cynnydd/meetings/data-access';
import { PlansModule } from '@cynnydd/plans/data-access';

import { AssessmentsResolver, PartnershipScoreResolver } from './assessments.resolver';
import { AssessmentsService } from './assessments.service';
import { EngagementPartner, EngagementRecord } from './engagement-record.entity';
import {
  ActionEngagementsResolver,
  EngagementsResolver,
  MeasureEngagementsResolver,
  PlanEngagementsResolver,
  RiskEngagementsResolver,
} from './engagements.resolver';
import { EngagementsService } from './engagements.service';
import { PartnershipApprovalCheck } from './partnership-approval.check';
import {
  PartnershipAssessment,
  PartnershipScore,
  PartnershipStatement,
} from './partnership-assessment.entity';
import { PartnershipReportController } from './report/partnership-report.controller';
import { PartnershipReportResolver } from './report/partnership-report.resolver';
import { PartnershipReportService } from './report/partnership-report.service';

export const PARTNERSHIP_ENTITIES = [
  EngagementRecord,
  EngagementPartner,
  PartnershipStatement,
  PartnershipAssessment,
  PartnershipScore,
];

@Module({
  imports: [
    TypeOrmModule.forFeature(PARTNERSHIP_ENTITIES),
    AuditModule,
    DirectoryModule,
    PlansModule,
    MeetingsModule,
  ],
  providers: [
    EngagementsService,
    PartnershipApprovalCheck,
    EngagementsResolver,
    ActionEngagementsResolver,
    MeasureEngagementsResolver,
    RiskEngagementsResolver,
    PlanEngagementsResolver,
    AssessmentsService,
    AssessmentsResolver,
    PartnershipScoreResolver,
    PartnershipReportService,
    PartnershipReportResolver,
  ],
  controllers: [PartnershipReportController],
  exports: [EngagementsService],
})
export class PartnershipModule {}
