import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { EngagementPartner, EngagementRecord } from './engagement-record.entity';
import {
  PartnershipAssessment,
  PartnershipScore,
  PartnershipStatement,
} from './partnership-assessment.entity';

export const PARTNERSHIP_ENTITIES = [
  EngagementRecord,
  EngagementPartner,
  PartnershipStatement,
  PartnershipAssessment,
  PartnershipScore,
];

@Module({
  imports: [TypeOrmModule.forFeature(PARTNERSHIP_ENTITIES)],
})
export class PartnershipModule {}
