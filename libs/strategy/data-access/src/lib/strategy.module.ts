import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuditModule } from '@cynnydd/audit/data-access';

import { StrategicArea } from './strategic-area.entity';
import { StrategyTheme } from './strategy-theme.entity';
import { Strategy } from './strategy.entity';
import { StrategyResolver } from './strategy.resolver';
import { StrategyService } from './strategy.service';

export const STRATEGY_ENTITIES = [Strategy, StrategyTheme, StrategicArea];

@Module({
  imports: [TypeOrmModule.forFeature(STRATEGY_ENTITIES), AuditModule],
  providers: [StrategyService, StrategyResolver],
  exports: [StrategyService],
})
export class StrategyModule {}
