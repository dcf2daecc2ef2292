import { Args, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';

import {
  BilingualLongTextInput,
  CurrentActor,
  RequirePermission,
  UuidPipe,
  type GraphQLContext,
} from '@cynnydd/server/core';
import { Permission, PlanState, type Actor } from '@cynnydd/shared/domain';

import { ActionsService } from './actions.service';
import { CreatePlanInput, UpdatePlanInput } from './dto/plan.inputs';
import { AnnualPlanModel, toAnnualPlanModel } from './models/annual-plan.model';
import { PlansService } from './plans.service';

/** Optional, so older clients keep working; the dashboard always sends it. */
const ExpectedPlanVersion = () =>
  Args('expectedVersion', {
    type: () => Int,
    nullable: true,
    defaultValue: null,
    description: 'The version you last loaded; when given, a newer one means a conflict.',
  });

@Resolver(() => AnnualPlanModel)
export class AnnualPlanResolver {
  constructor(
    private readonly plans: PlansService,
    private readonly actions: ActionsService,
  ) {}

  @Query(() => [AnnualPlanModel], { description: 'Annual plans, newest first.' })
  @RequirePermission(Permission.READ)
  async annualPlans(): Promise<AnnualPlanModel[]> {
    return (await this.plans.listPlans()).map(toAnnualPlanModel);
  }

  @Query(() => AnnualPlanModel, { description: 'A plan by id or by financial year ("2025-26").' })
  @RequirePermission(Permission.READ)
  async annualPlan(
    @Args('id', { type: () => ID, nullable: true }, UuidPipe) id?: string,
    @Args('financialYear', { nullable: true }) financialYear?: string,
  ): Promise<AnnualPlanModel> {
    if (id) return toAnnualPlanModel(await this.plans.getPlan(id));
    return toAnnualPlanModel(await this.plans.getPlanByYear(financialYear ?? ''));
  }

  @Mutation(() => AnnualPlanModel, { description: 'Starts a draft plan for a financial year.' })
  @RequirePermission(Permission.MANAGE_PLANS)
  async createPlan(
    @Args('input') input: CreatePlanInput,
    @CurrentActor() actor: Actor,
  ): Promise<AnnualPlanModel> {
    return toAnnualPlanModel(await this.plans.createPlan(actor, input));
  }

  @Mutation(() => AnnualPlanModel)
  @RequirePermission(Permission.MANAGE_PLANS)
  async updatePlan(
    @Args('input') input: UpdatePlanInput,
    @CurrentActor() actor: Actor,
  ): Promise<AnnualPlanModel> {
    return toAnnualPlanModel(await this.plans.updatePlan(actor, input));
  }

  @Mutation(() => AnnualPlanModel, {
    description:
      'Draft → approved. Refused while an action tagged for partnership consultation has no engagement record, unless a waiver says why.',
  })
  @RequirePermission(Permission.MANAGE_PLANS)
  async approvePlan(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @ExpectedPlanVersion() expectedVersion: number | null,
    @CurrentActor() actor: Actor,
    @Args('partnershipWaiver', {
      type: () => BilingualLongTextInput,
      nullable: true,
      description: 'Why it is approved before the social partners were consulted; recorded.',
    })
    partnershipWaiver?: BilingualLongTextInput | null,
  ): Promise<AnnualPlanModel> {
    return toAnnualPlanModel(
      await this.plans.transition(
        actor,
        id,
        PlanState.APPROVED,
        expectedVersion,
        partnershipWaiver ?? null,
      ),
    );
  }

  @Mutation(() => AnnualPlanModel, {
    description:
      'Records why the plan may be approved before the social partners were consulted on every tagged action; blank removes it.',
  })
  @RequirePermission(Permission.MANAGE_MEETINGS)
  async waivePartnershipConsultation(
    @Args('planId', { type: () => ID }, UuidPipe) planId: string,
    @Args('reason', { type: () => BilingualLongTextInput }) reason: BilingualLongTextInput,
    @ExpectedPlanVersion() expectedVersion: number | null,
    @CurrentActor() actor: Actor,
  ): Promise<AnnualPlanModel> {
    return toAnnualPlanModel(
      await this.plans.waivePartnershipConsultation(actor, planId, reason, expectedVersion),
    );
  }

  @Mutation(() => AnnualPlanModel, { description: 'Approved → closed; a closed plan is frozen.' })
  @RequirePermission(Permission.MANAGE_PLANS)
  async closePlan(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @ExpectedPlanVersion() expectedVersion: number | null,
    @CurrentActor() actor: Actor,
  ): Promise<AnnualPlanModel> {
    return toAnnualPlanModel(
      await this.plans.transition(actor, id, PlanState.CLOSED, expectedVersion),
    );
  }

  @ResolveField(() => Int)
  actionCount(plan: AnnualPlanModel, _args: unknown, { loaders }: GraphQLContext) {
    return this.actions.actionCountLoader(loaders).load(plan.id);
  }
}
