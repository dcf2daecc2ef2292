import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuditModule } from '@cynnydd/audit/data-access';
import { DirectoryModule } from '@cynnydd/directory/data-access';
import { StrategyModule } from '@cynnydd/strategy/data-access';

import { ActionDelegate } from './action-delegate.entity';
import { ActionOwner } from './action-owner.entity';
import { Action } from './action.entity';
import { ActionResolver, AreaActionsResolver, MilestoneResolver } from './action.resolver';
import { ActionsService } from './actions.service';
import { AnnualPlan } from './annual-plan.entity';
import { AnnualPlanResolver } from './annual-plan.resolver';
import { ActionHandoverResolver } from './handover/action-handover.resolver';
import { ActionHandoverService } from './handover/action-handover.service';
import { PlanImportTemplateController } from './import/plan-import-template.controller';
import { PlanImportResolver } from './import/plan-import.resolver';
import { PlanImportService } from './import/plan-import.service';
import { Milestone } from './milestone.entity';
import { PlanApprovalChecks } from './plan-approval';
import { PlansService } from './plans.service';

export const PLANS_ENTITIES = [AnnualPlan, Action, ActionOwner, ActionDelegate, Milestone];

@Module({
  imports: [TypeOrmModule.forFeature(PLANS_ENTITIES), StrategyModule, DirectoryModule, AuditModule],
  controllers: [PlanImportTemplateController],
  providers: [
    PlanApprovalChecks,
    PlansService,
    PlanImportService,
    PlanImportResolver,
    ActionsService,
    AnnualPlanResolver,
    ActionResolver,
    AreaActionsResolver,
    MilestoneResolver,
    ActionHandoverService,
    ActionHandoverResolver,
  ],
  exports: [PlansService, ActionsService, PlanApprovalChecks],
})
export class PlansModule {}
