import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { AnnualPlan } from './annual-plan.entity';

/**
 * A condition another domain puts on approving a plan (e.g. the social partners consulted on
 * its tagged actions). It throws a domain error naming what is missing; it runs inside the
 * approval's transaction, with the plan locked, so it sees what the approval will commit.
 */
export interface PlanApprovalCheck {
  assertApprovable(manager: EntityManager, plan: AnnualPlan): Promise<void>;
}

/**
 * The checks approval runs, registered by the modules that own them at start-up. Plans sit below
 * those domains, so they cannot import them: the dependency is inverted through this registry,
 * which is itself the injection token.
 */
@Injectable()
export class PlanApprovalChecks {
  private readonly checks: PlanApprovalCheck[] = [];

  register(check: PlanApprovalCheck): void {
    this.checks.push(check);
  }

  async assertApprovable(manager: EntityManager, plan: AnnualPlan): Promise<void> {
    for (const check of this.checks) await check.assertApprovable(manager, plan);
  }
}
