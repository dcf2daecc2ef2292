import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import {
  PlanApprovalChecks,
  type AnnualPlan,
  type PlanApprovalCheck,
} from '@cynnydd/plans/data-access';
import { badUserInput, hasSomeLanguage } from '@cynnydd/server/core';

import { EngagementsService } from './engagements.service';

/**
 * A plan is not approved while an action tagged for partnership consultation has no engagement
 * record, unless the programme office has recorded why (the plan's waiver).
 */
@Injectable()
export class PartnershipApprovalCheck implements PlanApprovalCheck, OnModuleInit {
  constructor(
    private readonly checks: PlanApprovalChecks,
    private readonly engagements: EngagementsService,
  ) {}

  onModuleInit(): void {
    this.checks.register(this);
  }

  async assertApprovable(manager: EntityManager, plan: AnnualPlan): Promise<void> {
    if (hasSomeLanguage(plan.partnershipWaiver)) return;
    const missing = await this.engagements.unconsultedActions(manager, plan.id);
    if (missing.length) {
      throw badUserInput(
        'partnershipWaiver',
        `The social partners have not been consulted on ${missing.length === 1 ? 'action' : 'actions'} ${missing
          .map((action) => action.reference)
          .join(', ')}: record the engagement, or say why the plan is approved without it`,
      );
    }
  }
}
