import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';

import { DirectoryService, PersonModel, toPersonModel } from '@cynnydd/directory/data-access';
import { ActionModel, ActionsService, toActionModel } from '@cynnydd/plans/data-access';
import {
  CacheableQuery,
  Clock,
  Connection,
  CurrentActor,
  guaranteed,
  listComplexity,
  RequirePermission,
  UuidPipe,
  type GraphQLContext,
} from '@cynnydd/server/core';
import {
  isAboveAppetite,
  PAGE_SIZE,
  Permission,
  riskBandCounts,
  riskHeatMap,
  RiskState,
  type Actor,
} from '@cynnydd/shared/domain';
import {
  StrategicAreaModel,
  StrategyService,
  toStrategicAreaModel,
} from '@cynnydd/strategy/data-access';

import {
  CloseRiskInput,
  CreateRiskInput,
  EscalateRiskInput,
  ReviewRiskInput,
  RiskVersionInput,
  SetRiskAppetiteInput,
  UpdateRiskInput,
} from './dto/risk.inputs';
import { RiskListArgs, RisksFilterArgs } from './dto/risks.args';
import {
  RiskAppetiteModel,
  RiskMitigationModel,
  RiskModel,
  RiskProfileModel,
  RiskReviewModel,
  RiskScoreModel,
  toRiskMitigationModel,
  toRiskModel,
  toRiskReviewModel,
  toRiskScoreModel,
} from './models/risk.model';
import { RiskActionRole } from './risk.entity';
import { canEscalateRisk, canUpdateRisk, currentScoreOf, RisksService } from './risks.service';

@ObjectType('RiskConnection')
class RiskConnection extends Connection(RiskModel, 'Risk') {}

@Resolver(() => RiskModel)
export class RisksResolver {
  constructor(
    private readonly register: RisksService,
    private readonly directory: DirectoryService,
    private readonly strategy: StrategyService,
    private readonly actions: ActionsService,
    private readonly clock: Clock,
  ) {}

  @Query(() => RiskConnection, {
    description: 'The risk register: open risks first, highest current score first.',
    complexity: listComplexity(PAGE_SIZE.default),
  })
  @RequirePermission(Permission.READ)
  @CacheableQuery()
  async risks(@Args() args: RiskListArgs): Promise<RiskConnection> {
    const found = await this.register.page(args, args);
    return {
      ...found,
      edges: found.edges.map(({ cursor, node }) => ({ cursor, node: toRiskModel(node) })),
    };
  }

  @Query(() => RiskModel)
  @RequirePermission(Permission.READ)
  async risk(@Args('id', { type: () => ID }, UuidPipe) id: string): Promise<RiskModel> {
    return toRiskModel(await this.register.getRisk(id));
  }

  @Query(() => RiskProfileModel, {
    description: 'The heat map and counts of the risks the filters select.',
  })
  @RequirePermission(Permission.READ)
  @CacheableQuery()
  async riskProfile(@Args() filter: RisksFilterArgs): Promise<RiskProfileModel> {
    const counts = await this.register.counts(filter);
    const cells = riskHeatMap(counts.cells);
    return { ...counts, cells, bands: riskBandCounts(cells) };
  }

  @Query(() => [PersonModel], {
    description:
      'Everyone who owns a risk or issue, open or closed, by name: whom the register can be filtered by.',
  })
  @RequirePermission(Permission.READ)
  @CacheableQuery()
  async riskOwners(@Context() { loaders }: GraphQLContext): Promise<PersonModel[]> {
    const loader = this.directory.personLoader(loaders);
    const people = await Promise.all((await this.register.ownerIds()).map((id) => loader.load(id)));
    return people
      .map((person) => toPersonModel(guaranteed(person, 'Owner')))
      .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  }

  @Query(() => [RiskAppetiteModel], { description: 'The appetite of every category.' })
  @RequirePermission(Permission.READ)
  riskAppetites(): Promise<RiskAppetiteModel[]> {
    return this.register.listAppetites();
  }

  @Mutation(() => RiskModel, { description: 'Records a risk or issue, with its first score.' })
  @RequirePermission(Permission.MANAGE_PLANS)
  async createRisk(
    @Args('input') input: CreateRiskInput,
    @CurrentActor() actor: Actor,
  ): Promise<RiskModel> {
    return toRiskModel(await this.register.create(actor, input));
  }

  @Mutation(() => RiskModel)
  @RequirePermission(Permission.REPORT_ON_ANY_ACTION, Permission.REPORT_ON_OWN_ACTIONS)
  async updateRisk(
    @Args('input') input: UpdateRiskInput,
    @CurrentActor() actor: Actor,
  ): Promise<RiskModel> {
    return toRiskModel(await this.register.update(actor, input));
  }

  @Mutation(() => RiskModel, { description: 'Records a review: the new current score.' })
  @RequirePermission(Permission.REPORT_ON_ANY_ACTION, Permission.REPORT_ON_OWN_ACTIONS)
  async reviewRisk(
    @Args('input') input: ReviewRiskInput,
    @CurrentActor() actor: Actor,
  ): Promise<RiskModel> {
    return toRiskModel(await this.register.review(actor, input));
  }

  @Mutation(() => RiskModel)
  @RequirePermission(Permission.REPORT_ON_ANY_ACTION, Permission.REPORT_ON_OWN_ACTIONS)
  async closeRisk(
    @Args('input') input: CloseRiskInput,
    @CurrentActor() actor: Actor,
  ): Promise<RiskModel> {
    return toRiskModel(await this.register.close(actor, input));
  }

  @Mutation(() => RiskModel)
  @RequirePermission(Permission.REPORT_ON_ANY_ACTION, Permission.REPORT_ON_OWN_ACTIONS)
  async reopenRisk(
    @Args('input') input: RiskVersionInput,
    @CurrentActor() actor: Actor,
  ): Promise<RiskModel> {
    return toRiskModel(await this.register.reopen(actor, input));
  }

  @Mutation(() => RiskModel, { description: 'Takes a risk to the oversight board.' })
  @RequirePermission(Permission.MANAGE_PLANS)
  async escalateRisk(
    @Args('input') input: EscalateRiskInput,
    @CurrentActor() actor: Actor,
  ): Promise<RiskModel> {
    return toRiskModel(await this.register.escalate(actor, input));
  }

  @Mutation(() => RiskModel, { description: 'Hands an escalated risk back to the programme.' })
  @RequirePermission(Permission.MANAGE_PLANS)
  async deescalateRisk(
    @Args('input') input: RiskVersionInput,
    @CurrentActor() actor: Actor,
  ): Promise<RiskModel> {
    return toRiskModel(await this.register.deescalate(actor, input));
  }

  @Mutation(() => RiskAppetiteModel)
  @RequirePermission(Permission.MANAGE_PLANS)
  setRiskAppetite(
    @Args('input') input: SetRiskAppetiteInput,
    @CurrentActor() actor: Actor,
  ): Promise<RiskAppetiteModel> {
    return this.register.setAppetite(actor, input);
  }

  @ResolveField(() => PersonModel)
  async owner(@Parent() risk: RiskModel, @Context() { loaders }: GraphQLContext) {
    return toPersonModel(
      guaranteed(await this.directory.personLoader(loaders).load(risk.ownerId), 'Owner'),
    );
  }

  @ResolveField(() => PersonModel, { nullable: true, description: 'Who escalated it.' })
  async escalatedBy(@Parent() risk: RiskModel, @Context() { loaders }: GraphQLContext) {
    if (!risk.escalation) return null;
    return toPersonModel(
      guaranteed(await this.directory.personLoader(loaders).load(risk.escalation.byId), 'Person'),
    );
  }

  @ResolveField(() => [StrategicAreaModel], { description: 'By number.' })
  async areas(@Parent() risk: RiskModel, @Context() { loaders }: GraphQLContext) {
    const ids = await this.register.areaIdsLoader(loaders).load(risk.id);
    const areas = await this.strategy.areaLoader(loaders).loadMany(ids);
    return areas
      .map((area) => toStrategicAreaModel(guaranteed(area instanceof Error ? null : area, 'Area')))
      .sort((a, b) => a.number - b.number);
  }

  @ResolveField(() => [ActionModel], { description: 'Actions it could stop delivering.' })
  threatenedActions(@Parent() risk: RiskModel, @Context() { loaders }: GraphQLContext) {
    return this.linkedActions(risk, loaders, RiskActionRole.THREATENS);
  }

  @ResolveField(() => [ActionModel], { description: 'Actions whose delivery brings it down.' })
  mitigatingActions(@Parent() risk: RiskModel, @Context() { loaders }: GraphQLContext) {
    return this.linkedActions(risk, loaders, RiskActionRole.MITIGATES);
  }

  @ResolveField(() => [RiskMitigationModel], { description: 'Follow-ups, by due date.' })
  async mitigations(@Parent() risk: RiskModel, @Context() { loaders }: GraphQLContext) {
    return (await this.register.mitigationsLoader(loaders).load(risk.id)).map(
      toRiskMitigationModel,
    );
  }

  @ResolveField(() => [RiskReviewModel], { description: 'The score history, oldest first.' })
  async reviews(@Parent() risk: RiskModel, @Context() { loaders }: GraphQLContext) {
    return (await this.register.reviewsLoader(loaders).load(risk.id)).map(toRiskReviewModel);
  }

  @ResolveField(() => RiskScoreModel, {
    nullable: true,
    description: 'The score before the latest review: the movement the register shows.',
  })
  async previous(@Parent() risk: RiskModel, @Context() { loaders }: GraphQLContext) {
    const score = await this.register.previousScoreLoader(loaders).load(risk.id);
    return score && toRiskScoreModel(score.likelihood, score.consequence);
  }

  @ResolveField(() => Int, { description: "Its category's appetite." })
  appetite(@Parent() risk: RiskModel, @Context() { loaders }: GraphQLContext) {
    return this.register.appetiteLoader(loaders).load(risk.category);
  }

  @ResolveField(() => Boolean, { description: "Current score over its category's appetite." })
  async aboveAppetite(@Parent() risk: RiskModel, @Context() { loaders }: GraphQLContext) {
    return isAboveAppetite(
      risk.current.score,
      await this.register.appetiteLoader(loaders).load(risk.category),
    );
  }

  @ResolveField(() => Boolean, {
    description: 'Open, over appetite and not yet taken to the oversight board.',
  })
  async awaitingEscalation(@Parent() risk: RiskModel, @Context() { loaders }: GraphQLContext) {
    return (
      risk.state === RiskState.OPEN &&
      !risk.escalation &&
      (await this.aboveAppetite(risk, { loaders } as GraphQLContext))
    );
  }

  @ResolveField(() => Boolean, { description: 'Open and its next review date has passed.' })
  reviewOverdue(@Parent() risk: RiskModel): boolean {
    return risk.state === RiskState.OPEN && risk.nextReviewDue < this.clock.today();
  }

  @ResolveField(() => Boolean, { description: 'Whether you may change and review it.' })
  canUpdate(@Parent() risk: RiskModel, @CurrentActor() actor: Actor): boolean {
    return canUpdateRisk(actor, risk);
  }

  @ResolveField(() => Boolean, { description: 'Whether you may escalate it.' })
  canEscalate(@CurrentActor() actor: Actor): boolean {
    return canEscalateRisk(actor);
  }

  private async linkedActions(
    risk: RiskModel,
    loaders: GraphQLContext['loaders'],
    role: RiskActionRole,
  ): Promise<ActionModel[]> {
    const links = await this.register.actionLinksLoader(loaders).load(risk.id);
    const actions = await this.actions
      .actionLoader(loaders)
      .loadMany(links.filter((link) => link.role === role).map((link) => link.actionId));
    return actions
      .map((action) => toActionModel(guaranteed(action instanceof Error ? null : action, 'Action')))
      .sort((a, b) => a.reference.localeCompare(b.reference, 'en', { numeric: true }));
  }
}

@Resolver(() => RiskReviewModel)
export class RiskReviewResolver {
  constructor(private readonly directory: DirectoryService) {}

  @ResolveField(() => PersonModel)
  async reviewer(@Parent() review: RiskReviewModel, @Context() { loaders }: GraphQLContext) {
    return toPersonModel(
      guaranteed(await this.directory.personLoader(loaders).load(review.reviewerId), 'Reviewer'),
    );
  }
}

@Resolver(() => RiskMitigationModel)
export class RiskMitigationResolver {
  constructor(
    private readonly directory: DirectoryService,
    private readonly clock: Clock,
  ) {}

  @ResolveField(() => PersonModel)
  async owner(@Parent() mitigation: RiskMitigationModel, @Context() { loaders }: GraphQLContext) {
    return toPersonModel(
      guaranteed(await this.directory.personLoader(loaders).load(mitigation.ownerId), 'Owner'),
    );
  }

  @ResolveField(() => Boolean, { description: 'Not done and past its due date.' })
  overdue(@Parent() mitigation: RiskMitigationModel): boolean {
    return !mitigation.completedOn && mitigation.dueDate < this.clock.today();
  }
}

@Resolver(() => ActionModel)
export class ActionRisksResolver {
  constructor(private readonly register: RisksService) {}

  @ResolveField(() => [RiskModel], {
    description: 'Open risks that threaten or are mitigated by the action, highest score first.',
  })
  async risks(@Parent() action: ActionModel, @Context() { loaders }: GraphQLContext) {
    const linked = await this.register.risksOfActionLoader(loaders).load(action.id);
    return linked.sort((a, b) => currentScoreOf(b) - currentScoreOf(a)).map(toRiskModel);
  }
}
