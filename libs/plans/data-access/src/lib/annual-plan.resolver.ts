import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';

import { UuidPipe, type GraphQLContext } from '@cynnydd/server/core';
import { PlanState } from '@cynnydd/shared/domain';

import { ActionsService } from './actions.service';
import { CreatePlanInput, UpdatePlanInput } from './dto/plan.inputs';
import { AnnualPlanModel, toAnnualPlanModel } from './models/annual-plan.model';
import { PlansService } from './plans.service';

@Resolver(() => AnnualPlanModel)
export class AnnualPlanResolver {
  constructor(
    private readonly plans: PlansService,
    private readonly actions: ActionsService,
  ) {}

  @Query(() => [AnnualPlanModel], { description: 'Annual plans, newest first.' })
  async annualPlans(): Promise<AnnualPlanModel[]> {
    return (await this.plans.listPlans()).map(toAnnualPlanModel);
  }

  @Query(() => AnnualPlanModel, { description: 'A plan by id or by financial year ("2025-26").' })
  async annualPlan(
    @Args('id', { type: () => ID, nullable: true }, UuidPipe) id?: string,
    @Args('financialYear', { nullable: true }) financialYear?: string,
  ): Promise<AnnualPlanModel> {
    if (id) return toAnnualPlanModel(await this.plans.getPlan(id));
    return toAnnualPlanModel(await this.plans.getPlanByYear(financialYear ?? ''));
  }

  @Mutation(() => AnnualPlanModel, { description: 'Starts a draft plan for a financial year.' })
  async createPlan(@Args('input') input: CreatePlanInput): Promise<AnnualPlanModel> {
    return toAnnualPlanModel(await this.plans.createPlan(input));
  }

  @Mutation(() => AnnualPlanModel)
  async updatePlan(@Args('input') input: UpdatePlanInput): Promise<AnnualPlanModel> {
    return toAnnualPlanModel(await this.plans.updatePlan(input));
  }

  @Mutation(() => AnnualPlanModel, { description: 'Draft → approved.' })
  async approvePlan(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<AnnualPlanModel> {
    return toAnnualPlanModel(await this.plans.transition(id, PlanState.APPROVED));
  }

  @Mutation(() => AnnualPlanModel, { description: 'Approved → closed; a closed plan is frozen.' })
  async closePlan(@Args('id', { type: () => ID }, UuidPipe) id: string): Promise<AnnualPlanModel> {
    return toAnnualPlanModel(await this.plans.transition(id, PlanState.CLOSED));
  }

  @ResolveField(() => Int)
  actionCount(@Parent() plan: AnnualPlanModel, @Context() { loaders }: GraphQLContext) {
    return this.actions.actionCountLoader(loaders).load(plan.id);
  }
}
