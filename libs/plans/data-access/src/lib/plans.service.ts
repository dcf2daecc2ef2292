import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';

import {
  badUserInput,
  byKey,
  Clock,
  isUniqueViolation,
  notFound,
  toBilingualColumns,
  type RequestLoaders,
} from '@cynnydd/server/core';
import {
  canTransitionPlan,
  financialYearLabel,
  isPlanEditable,
  parseFinancialYear,
  PLAN_STATE_LABELS,
  PlanState,
} from '@cynnydd/shared/domain';

import { AnnualPlan } from './annual-plan.entity';
import type { CreatePlanInput, UpdatePlanInput } from './dto/plan.inputs';

@Injectable()
export class PlansService {
  constructor(
    @InjectRepository(AnnualPlan) private readonly plans: Repository<AnnualPlan>,
    private readonly clock: Clock,
  ) {}

  listPlans(): Promise<AnnualPlan[]> {
    return this.plans.find({ order: { financialYear: 'DESC' } });
  }

  async getPlan(id: string, field = 'id', manager?: EntityManager): Promise<AnnualPlan> {
    const plan = await (manager?.getRepository(AnnualPlan) ?? this.plans).findOneBy({ id });
    if (!plan) throw notFound('AnnualPlan', id, field);
    return plan;
  }

  async getPlanByYear(label: string, field = 'financialYear'): Promise<AnnualPlan> {
    const plan = await this.plans.findOneBy({ financialYear: this.parseYear(label, field) });
    if (!plan) throw notFound('AnnualPlan', label, field);
    return plan;
  }

  findPlanByStartYear(startYear: number): Promise<AnnualPlan | null> {
    return this.plans.findOneBy({ financialYear: startYear });
  }

  /** Loads a plan that may still change (not closed), for writes to it or its actions. */
  async getEditablePlan(id: string, field: string, manager?: EntityManager): Promise<AnnualPlan> {
    const plan = await this.getPlan(id, field, manager);
    if (!isPlanEditable(plan.state)) {
      throw badUserInput(field, `The ${financialYearLabel(plan.financialYear)} plan is closed`);
    }
    return plan;
  }

  async createPlan(input: CreatePlanInput): Promise<AnnualPlan> {
    const year = this.parseYear(input.financialYear, 'financialYear');
    const label = financialYearLabel(year);
    const title = input.title ?? {
      en: `Joint action plan ${label}`,
      cy: `Cynllun gweithredu ar y cyd ${label}`,
    };
    try {
      return await this.plans.save(
        this.plans.create({ financialYear: year, title: toBilingualColumns(title) }),
      );
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw badUserInput('financialYear', `A plan for ${label} already exists`);
      }
      throw error;
    }
  }

  async updatePlan(input: UpdatePlanInput): Promise<AnnualPlan> {
    const plan = await this.getEditablePlan(input.id, 'id');
    plan.title = toBilingualColumns(input.title);
    return this.plans.save(plan);
  }

  async transition(id: string, to: PlanState.APPROVED | PlanState.CLOSED): Promise<AnnualPlan> {
    const plan = await this.getPlan(id);
    if (!canTransitionPlan(plan.state, to)) {
      throw badUserInput(
        'id',
        `A ${PLAN_STATE_LABELS[plan.state].en.toLowerCase()} plan cannot be ${PLAN_STATE_LABELS[to].en.toLowerCase()}`,
      );
    }
    plan.state = to;
    if (to === PlanState.APPROVED) plan.approvedAt = this.clock.now();
    if (to === PlanState.CLOSED) plan.closedAt = this.clock.now();
    return this.plans.save(plan);
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
