import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuditModule } from '@cynnydd/audit/data-access';
import { DirectoryModule } from '@cynnydd/directory/data-access';
import { PlansModule } from '@cynnydd/plans/data-access';
import { StrategyModule } from '@cynnydd/strategy/data-access';

import { RiskReviewsDueService } from './risk-reviews-due.service';
import {
  Risk,
  RiskAction,
  RiskAppetite,
  RiskArea,
  RiskMitigation,
  RiskReview,
} from './risk.entity';
import {
  ActionRisksResolver,
  RiskMitigationResolver,
  RiskReviewResolver,
  RisksResolver,
} from './risks.resolver';
import { RisksService } from './risks.service';

export const RISKS_ENTITIES = [
  Risk,
  RiskArea,
  RiskAction,
  RiskMitigation,
  RiskReview,
  RiskAppetite,
];

@Module({
  imports: [
    TypeOrmModule.forFeature(RISKS_ENTITIES),
    AuditModule,
    DirectoryModule,
    StrategyModule,
    PlansModule,
  ],
  providers: [
    RisksService,
    RiskReviewsDueService,
    RisksResolver,
    RiskReviewResolver,
    RiskMitigationResolver,
    ActionRisksResolver,
  ],
  exports: [RisksService, RiskReviewsDueService],
})
export class RisksModule {}
