import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';

import { AuditAction, AuditService } from '@cynnydd/audit/data-access';
import {
  assertVersion,
  badUserInput,
  byKey,
  Clock,
  EntityRows,
  isUniqueViolation,
  mergeBilingual,
  notFound,
  toBilingualColumns,
  updateVersioned,
  type RequestLoaders,
} from '@cynnydd/server/core';
import {
  canTransitionPlan,
  financialYearLabel,
  isPlanEditable,
  parseFinancialYear,
  PLAN_STATE_LABELS,
  PlanState,
  type Actor,
  type BilingualText,
} from '@cynnydd/shared/domain';

import { AnnualPlan } from './annual-plan.entity';
import type { CreatePlanInput, UpdatePlanInput } from './dto/plan.inputs';
import { toAnnualPlanModel } from './models/annual-plan.model';
import { PlanApprovalChecks } from './plan-approval';

@Injectable()
export class PlansService {
  constructor(
    @InjectRepository(AnnualPlan) private readonly plans: Repository<AnnualPlan>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly approvalChecks: PlanApprovalChecks,
  ) {}

  listPlans(): Promise<AnnualPlan[]> {
    return this.plans.find({ order: { financialYear: 'DESC' } });
  }

  /** With a transaction's manager the row is locked: FOR SHARE, or FOR UPDATE when `forUpdate`. */
  async getPlan(
    id: string,
    field = 'id',
    manager?: EntityManager,
    forUpdate = false,
  ): Promise<AnnualPlan> {
    const plan = manager
      ? await manager.findOne(AnnualPlan, {
          where: { id },
          lock: { mode: forUpdate ? 'pessimistic_write' : 'pessimistic_read' },
        })
      : await this.plans.findOneBy({ id });
    if (!plan) throw notFound('AnnualPlan', id, field);
    return plan;
  }

  async getPlanByYear(label: string, field = 'financialYear'): Promise<AnnualPlan> {
    const plan = await this.plans.findOneBy({ financialYear: this.parseYear(label, field) });
    if (!plan) throw notFound('AnnualPlan', label, field);
    return plan;
  }

  findPlanByStartYear(startYear: number): Promise<AnnualPlan | null> {
    return EntityRows.of(this.plans).lookupOne('WHERE t.financial_year = $1', [startYear]);
  }

  /**
   * Loads a plan that may still change (not closed), for writes to it or its actions. Inside a
   * transaction the plan stays locked against closing until the write commits.
   */
  async getEditablePlan(
    id: string,
    field: string,
    manager?: EntityManager,
    forUpdate = false,
  ): Promise<AnnualPlan> {
    const plan = await this.getPlan(id, field, manager, forUpdate);
    if (!isPlanEditable(plan.state)) {
      throw badUserInput(field, `The ${financialYearLabel(plan.financialYear)} plan is closed`);
    }
    return plan;
  }

  async createPlan(actor: Actor, input: CreatePlanInput): Promise<AnnualPlan> {
    const year = this.parseYear(input.financialYear, 'financialYear');
    const label = financialYearLabel(year);
    const title = input.title ?? {
      en: `Joint action plan ${label}`,
      cy: `Cynllun gweithredu ar y cyd ${label}`,
    };
    try {
      return await this.plans.manager.transaction(async (manager) => {
        const plan = await manager.save(
          manager.create(AnnualPlan, {
            financialYear: year,
            title: toBilingualColumns(title),
            partnershipWaiver: toBilingualColumns({}),
          }),
        );
        await this.audit.created(manager, actor, 'AnnualPlan', plan);
        return plan;
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw badUserInput('financialYear', `A plan for ${label} already exists`);
      }
      throw error;
    }
  }

  async updatePlan(actor: Actor, input: UpdatePlanInput): Promise<AnnualPlan> {
    return this.plans.manager.transaction(async (manager) => {
      const before = await this.getEditablePlan(input.id, 'id', manager, true);
      assertVersion(before.version, input.expectedVersion, () => toAnnualPlanModel(before));
      const after = await updateVersioned(
        manager,
        AnnualPlan,
        before.id,
        input.expectedVersion,
        { title: mergeBilingual(before.title, input.title, 'title') },
        toAnnualPlanModel,
      );
      await this.audit.changed(manager, actor, 'AnnualPlan', before, after);
      return after;
    });
  }

  /**
   * Records why the plan may be approved before the social partners were consulted on every
   * action tagged for it (the programme office's waiver); blank text removes the waiver.
   */
  async waivePartnershipConsultation(
    actor: Actor,
    id: string,
    reason: Partial<BilingualText>,
    expectedVersion: number | null = null,
  ): Promise<AnnualPlan> {
    return this.plans.manager.transaction(async (manager) => {
      const before = await this.getEditablePlan(id, 'planId', manager, true);
      if (expectedVersion !== null) {
        assertVersion(before.version, expectedVersion, () => toAnnualPlanModel(before));
      }
      const after = await updateVersioned(
        manager,
        AnnualPlan,
        before.id,
        before.version,
        { partnershipWaiver: toBilingualColumns(reason) },
        toAnnualPlanModel,
      );
      await this.audit.changed(manager, actor, 'AnnualPlan', before, after);
      return after;
    });
  }

  /**
   * Approves or closes a plan. With `expectedVersion`, a plan changed since the caller loaded it
   * is a CONFLICT: nobody approves a title or year they have not seen. Approval runs the other
   * domains' checks (PlanApprovalChecks); a waiver given with it is recorded first.
   */
  async transition(
    actor: Actor,
    id: string,
    to: PlanState.APPROVED | PlanState.CLOSED,
    expectedVersion: number | null = null,
    partnershipWaiver: Partial<BilingualText> | null = null,
  ): Promise<AnnualPlan> {
    return this.plans.manager.transaction(async (manager) => {
      const before = await this.getPlan(id, 'id', manager, true);
      if (expectedVersion !== null) {
        assertVersion(before.version, expectedVersion, () => toAnnualPlanModel(before));
      }
      if (!canTransitionPlan(before.state, to)) {
        throw badUserInput(
          'id',
          `A ${PLAN_STATE_LABELS[before.state].en.toLowerCase()} plan cannot be ${PLAN_STATE_LABELS[to].en.toLowerCase()}`,
        );
      }
      const waiver = partnershipWaiver
        ? toBilingualColumns(partnershipWaiver)
        : before.partnershipWaiver;
      if (to === PlanState.APPROVED) {
        await this.approvalChecks.assertApprovable(manager, {
          ...before,
          partnershipWaiver: waiver,
        });
      }
      const now = this.clock.now();
      const after = await manager.save(AnnualPlan, {
        ...before,
        partnershipWaiver: waiver,
        state: to,
        approvedAt: to === PlanState.APPROVED ? now : before.approvedAt,
        closedAt: to === PlanState.CLOSED ? now : before.closedAt,
      });
      await this.audit.changed(
        manager,
        actor,
        'AnnualPlan',
        before,
        after,
        AuditAction.STATE_CHANGE,
      );
      return after;
    });
  }

  planLoader(loaders: RequestLoaders) {
    return loaders.get<string, AnnualPlan | null>('plans.planById', async (ids) =>
      byKey(ids, await this.plans.findBy({ id: In([...ids]) }), (plan) => plan.id),
    );
  }

  private parseYear(label: string, field: string): number {
    const year = parseFinancialYear(label);
    if (year === null) throw badUserInput(field, 'must be a financial year such as "2025-26"');
    return year;
  }
}
