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

import {
  DirectoryService,
  OrganisationModel,
  toOrganisationModel,
} from '@cynnydd/directory/data-access';
import { MeasureModel } from '@cynnydd/measures/data-access';
import { ActionModel, AnnualPlanModel } from '@cynnydd/plans/data-access';
import { RiskModel } from '@cynnydd/risks/data-access';
import {
  CurrentActor,
  guaranteed,
  RequirePermission,
  UuidPipe,
  type GraphQLContext,
} from '@cynnydd/server/core';
import { Permission, type Actor } from '@cynnydd/shared/domain';

import {
  CreateEngagementRecordInput,
  EngagementRecordsArgs,
  UpdateEngagementRecordInput,
} from './dto/engagement.inputs';
import { EngagementSubjectKind } from './engagement-rules';
import { EngagementsService } from './engagements.service';
import { EngagementRecordModel, toEngagementRecordModel } from './models/engagement-record.model';

@Resolver(() => EngagementRecordModel)
export class EngagementsResolver {
  constructor(
    private readonly engagements: EngagementsService,
    private readonly directory: DirectoryService,
  ) {}

  @Query(() => [EngagementRecordModel], {
    description: 'How the social partners were engaged, newest first.',
  })
  @RequirePermission(Permission.READ)
  async engagementRecords(@Args() filter: EngagementRecordsArgs): Promise<EngagementRecordModel[]> {
    return (await this.engagements.list(filter)).map(toEngagementRecordModel);
  }

  @Mutation(() => EngagementRecordModel)
  @RequirePermission(Permission.MANAGE_MEETINGS)
  async createEngagementRecord(
    @Args('input') input: CreateEngagementRecordInput,
    @CurrentActor() actor: Actor,
  ): Promise<EngagementRecordModel> {
    return toEngagementRecordModel(await this.engagements.create(actor, input));
  }

  @Mutation(() => EngagementRecordModel)
  @RequirePermission(Permission.MANAGE_MEETINGS)
  async updateEngagementRecord(
    @Args('input') input: UpdateEngagementRecordInput,
    @CurrentActor() actor: Actor,
  ): Promise<EngagementRecordModel> {
    return toEngagementRecordModel(await this.engagements.update(actor, input));
  }

  @Mutation(() => ID, { description: 'The id of the record removed.' })
  @RequirePermission(Permission.MANAGE_MEETINGS)
  async deleteEngagementRecord(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @CurrentActor() actor: Actor,
  ): Promise<string> {
    await this.engagements.delete(actor, id, expectedVersion);
    return id;
  }

  @ResolveField(() => [OrganisationModel], { description: 'The trade unions and other partners.' })
  async partners(@Parent() record: EngagementRecordModel, @Context() { loaders }: GraphQLContext) {
    const ids = await this.engagements.partnerIdsLoader(loaders).load(record.id);
    const found = await this.directory.organisationLoader(loaders).loadMany(ids);
    return found.map((organisation) =>
      toOrganisationModel(
        guaranteed(organisation instanceof Error ? null : organisation, 'Organisation'),
      ),
    );
  }
}

/** `engagements` on each kind of subject, through one loader per kind: no N+1. */
async function engagementsOf(
  service: EngagementsService,
  kind: EngagementSubjectKind,
  subjectId: string,
  loaders: GraphQLContext['loaders'],
): Promise<EngagementRecordModel[]> {
  return (await service.bySubjectLoader(loaders, kind).load(subjectId)).map(
    toEngagementRecordModel,
  );
}

const DESCRIPTION = 'How the social partners were engaged on it, newest first.';

@Resolver(() => ActionModel)
export class ActionEngagementsResolver {
  constructor(private readonly service: EngagementsService) {}

  @ResolveField(() => [EngagementRecordModel], { description: DESCRIPTION })
  engagements(@Parent() action: ActionModel, @Context() { loaders }: GraphQLContext) {
    return engagementsOf(this.service, EngagementSubjectKind.ACTION, action.id, loaders);
  }
}

@Resolver(() => MeasureModel)
export class MeasureEngagementsResolver {
  constructor(private readonly service: EngagementsService) {}

  @ResolveField(() => [EngagementRecordModel], { description: DESCRIPTION })
  engagements(@Parent() measure: MeasureModel, @Context() { loaders }: GraphQLContext) {
    return engagementsOf(this.service, EngagementSubjectKind.MEASURE, measure.id, loaders);
  }
}

@Resolver(() => RiskModel)
export class RiskEngagementsResolver {
  constructor(private readonly service: EngagementsService) {}

  @ResolveField(() => [EngagementRecordModel], { description: DESCRIPTION })
  engagements(@Parent() risk: RiskModel, @Context() { loaders }: GraphQLContext) {
    return engagementsOf(this.service, EngagementSubjectKind.RISK, risk.id, loaders);
  }
}

@Resolver(() => AnnualPlanModel)
export class PlanEngagementsResolver {
  constructor(private readonly service: EngagementsService) {}

  @ResolveField(() => [EngagementRecordModel], { description: DESCRIPTION })
  engagements(@Parent() plan: AnnualPlanModel, @Context() { loaders }: GraphQLContext) {
    return engagementsOf(this.service, EngagementSubjectKind.PLAN, plan.id, loaders);
  }
}
