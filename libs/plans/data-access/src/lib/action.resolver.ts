import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';

import { PersonModel, toPersonModel } from '@cynnydd/directory/data-access';
import {
  badUserInput,
  CurrentActor,
  guaranteed,
  listComplexity,
  RequirePermission,
  UuidPipe,
  type GraphQLContext,
} from '@cynnydd/server/core';
import { parseFinancialYear, Permission, type Actor } from '@cynnydd/shared/domain';
import {
  StrategicAreaModel,
  StrategyService,
  toStrategicAreaModel,
} from '@cynnydd/strategy/data-access';

import { ActionsService } from './actions.service';
import { CreateActionInput, UpdateActionInput } from './dto/action.inputs';
import { AddMilestoneInput, UpdateMilestoneInput } from './dto/milestone.inputs';
import { ActionModel, toActionModel } from './models/action.model';
import { AnnualPlanModel, toAnnualPlanModel } from './models/annual-plan.model';
import { MilestoneModel, toMilestoneModel } from './models/milestone.model';
import { PlansService } from './plans.service';

@Resolver(() => ActionModel)
export class ActionResolver {
  constructor(
    private readonly actions: ActionsService,
    private readonly plans: PlansService,
    private readonly strategy: StrategyService,
  ) {}

  @Query(() => ActionModel)
  @RequirePermission(Permission.READ)
  async action(@Args('id', { type: () => ID }, UuidPipe) id: string): Promise<ActionModel> {
    return toActionModel(await this.actions.getAction(id));
  }

  @Mutation(() => ActionModel, { description: 'Adds an action, with owners and milestones.' })
  @RequirePermission(Permission.MANAGE_PLANS)
  async createAction(
    @Args('input') input: CreateActionInput,
    @CurrentActor() actor: Actor,
  ): Promise<ActionModel> {
    return toActionModel(await this.actions.createAction(actor, input));
  }

  @Mutation(() => ActionModel)
  @RequirePermission(Permission.MANAGE_PLANS)
  async updateAction(
    @Args('input') input: UpdateActionInput,
    @CurrentActor() actor: Actor,
  ): Promise<ActionModel> {
    return toActionModel(await this.actions.updateAction(actor, input));
  }

  @Mutation(() => ActionModel, { description: 'Lets someone report on the action for its owners.' })
  @RequirePermission(Permission.MANAGE_PLANS, Permission.DELEGATE_OWN_ACTIONS)
  async addDelegate(
    @Args('actionId', { type: () => ID }, UuidPipe) actionId: string,
    @Args('personId', { type: () => ID }, UuidPipe) personId: string,
    @CurrentActor() actor: Actor,
  ): Promise<ActionModel> {
    return toActionModel(await this.actions.addDelegate(actor, actionId, personId));
  }

  @Mutation(() => ActionModel)
  @RequirePermission(Permission.MANAGE_PLANS, Permission.DELEGATE_OWN_ACTIONS)
  async removeDelegate(
    @Args('actionId', { type: () => ID }, UuidPipe) actionId: string,
    @Args('personId', { type: () => ID }, UuidPipe) personId: string,
    @CurrentActor() actor: Actor,
  ): Promise<ActionModel> {
    return toActionModel(await this.actions.removeDelegate(actor, actionId, personId));
  }

  @ResolveField(() => AnnualPlanModel)
  async plan(action: ActionModel, _args: unknown, { loaders }: GraphQLContext) {
    return toAnnualPlanModel(
      guaranteed(await this.plans.planLoader(loaders).load(action.planId), 'Plan'),
    );
  }

  @ResolveField(() => StrategicAreaModel)
  async area(action: ActionModel, _args: unknown, { loaders }: GraphQLContext) {
    return toStrategicAreaModel(
      guaranteed(await this.strategy.areaLoader(loaders).load(action.areaId), 'Area'),
    );
  }

  @ResolveField(() => [PersonModel])
  async owners(action: ActionModel, _args: unknown, { loaders }: GraphQLContext) {
    return (await this.actions.ownersLoader(loaders).load(action.id)).map(toPersonModel);
  }

  @ResolveField(() => [PersonModel], { description: 'People the owners asked to report for them.' })
  async delegates(action: ActionModel, _args: unknown, { loaders }: GraphQLContext) {
    return (await this.actions.delegatesLoader(loaders).load(action.id)).map(toPersonModel);
  }

  @ResolveField(() => [MilestoneModel], { description: 'By due date.' })
  async milestones(action: ActionModel, _args: unknown, { loaders }: GraphQLContext) {
    return (await this.actions.milestonesLoader(loaders).load(action.id)).map(toMilestoneModel);
  }

  @ResolveField(() => ActionModel, {
    nullable: true,
    description: "The previous year's action this one continues.",
  })
  async carriedForwardFrom(action: ActionModel, _args: unknown, { loaders }: GraphQLContext) {
    if (!action.carriedForwardFromId) return null;
    const source = await this.actions.actionLoader(loaders).load(action.carriedForwardFromId);
    return source && toActionModel(source);
  }

  @ResolveField(() => ActionModel, {
    nullable: true,
    description: "The following year's action that continues this one.",
  })
  async carriedForwardTo(action: ActionModel, _args: unknown, { loaders }: GraphQLContext) {
    const next = await this.actions.carriedForwardToLoader(loaders).load(action.id);
    return next && toActionModel(next);
  }
}

@Resolver(() => StrategicAreaModel)
export class AreaActionsResolver {
  constructor(private readonly actionsService: ActionsService) {}

  @ResolveField(() => [ActionModel], {
    description: 'The actions of this area in the plan for a financial year, by reference.',
    // An area has a dozen or so actions a year.
    complexity: listComplexity(20),
  })
  async actions(
    @Parent() area: StrategicAreaModel,
    @Args('financialYear') financialYear: string,
    @Context() { loaders }: GraphQLContext,
  ): Promise<ActionModel[]> {
    const year = parseFinancialYear(financialYear);
    if (year === null)
      throw badUserInput('financialYear', 'must be a financial year such as "2025-26"');
    return (await this.actionsService.areaYearLoader(loaders).load(`${area.id}:${year}`)).map(
      toActionModel,
    );
  }
}

@Resolver(() => MilestoneModel)
export class MilestoneResolver {
  constructor(private readonly actions: ActionsService) {}

  @Mutation(() => MilestoneModel)
  @RequirePermission(Permission.MANAGE_PLANS)
  async addMilestone(
    @Args('input') input: AddMilestoneInput,
    @CurrentActor() actor: Actor,
  ): Promise<MilestoneModel> {
    return toMilestoneModel(await this.actions.addMilestone(actor, input));
  }

  @Mutation(() => MilestoneModel)
  @RequirePermission(Permission.REPORT_ON_ANY_ACTION, Permission.REPORT_ON_OWN_ACTIONS)
  async updateMilestone(
    @Args('input') input: UpdateMilestoneInput,
    @CurrentActor() actor: Actor,
  ): Promise<MilestoneModel> {
    return toMilestoneModel(await this.actions.updateMilestone(actor, input));
  }

  @ResolveField(() => ActionModel)
  async action(milestone: MilestoneModel, _args: unknown, { loaders }: GraphQLContext) {
    return toActionModel(
      guaranteed(await this.actions.actionLoader(loaders).load(milestone.actionId), 'Action'),
    );
  }
}
