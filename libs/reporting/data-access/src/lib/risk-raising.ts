import { Injectable } from '@nestjs/common';
import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';

import { ActionsService } from '@cynnydd/plans/data-access';
import {
  RaiseRiskFromUpdateInput,
  RiskModel,
  RisksService,
  toRiskModel,
  type Risk,
} from '@cynnydd/risks/data-access';
import {
  CurrentActor,
  EntityRows,
  forbidden,
  groupByKey,
  notFound,
  RequirePermission,
  type GraphQLContext,
} from '@cynnydd/server/core';
import { canReportOn, Permission, type Actor } from '@cynnydd/shared/domain';

import { StatusUpdateModel, toStatusUpdateModel } from './models/status-update.model';
import { StatusUpdate } from './status-update.entity';

/**
 * Raising a risk from what a lead wrote under "risks" in a status update: one step, the risk
 * linked to the update's action (as threatened) and its area, owned by whoever raised it.
 */
@Injectable()
export class RiskRaisingService {
  constructor(
    @InjectRepository(StatusUpdate) private readonly updates: Repository<StatusUpdate>,
    private readonly actions: ActionsService,
    private readonly risks: RisksService,
  ) {}

  async raise(actor: Actor, input: RaiseRiskFromUpdateInput): Promise<Risk> {
    const update = await this.updates.findOneBy({ id: input.statusUpdateId });
    if (!update) throw notFound('StatusUpdate', input.statusUpdateId, 'statusUpdateId');
    const action = await this.actions.getAction(update.actionId);
    const responsibility = await this.actions.responsibility(action.id);
    if (!canReportOn(actor, responsibility)) {
      throw forbidden(
        'Only the action’s owners, their delegates and the operational group can raise its risks',
      );
    }
    return this.risks.create(
      actor,
      {
        ...input,
        ownerId: actor.personId ?? responsibility.ownerIds[0],
        areaIds: [action.areaId],
        threatenedActionIds: [action.id],
      },
      update.id,
    );
  }

  /** Status updates by id. */
  updateLoader(loaders: GraphQLContext['loaders']) {
    return loaders.get<string, StatusUpdate | null>('reporting.updateById', (ids) =>
      EntityRows.of(this.updates).byIds(ids),
    );
  }

  /** The risks raised from each update. */
  raisedLoader(loaders: GraphQLContext['loaders']) {
    return loaders.get<string, Risk[]>('reporting.raisedRisks', async (updateIds) => {
      const rows = await this.risks.raisedFrom(updateIds);
      return groupByKey(updateIds, rows, (risk) => risk.raisedFromUpdateId as string);
    });
  }
}

@Resolver(() => StatusUpdateModel)
export class StatusUpdateRisksResolver {
  constructor(private readonly raising: RiskRaisingService) {}

  @Mutation(() => RiskModel, {
    description: "Raises a risk from a status update's risks text, linked to its action.",
  })
  @RequirePermission(Permission.REPORT_ON_ANY_ACTION, Permission.REPORT_ON_OWN_ACTIONS)
  async raiseRiskFromUpdate(
    @Args('input') input: RaiseRiskFromUpdateInput,
    @CurrentActor() actor: Actor,
  ): Promise<RiskModel> {
    return toRiskModel(await this.raising.raise(actor, input));
  }

  @ResolveField(() => [RiskModel], { description: 'Risks raised from this update.' })
  async raisedRisks(@Parent() update: StatusUpdateModel, @Context() { loaders }: GraphQLContext) {
    return (await this.raising.raisedLoader(loaders).load(update.id)).map(toRiskModel);
  }
}

@Resolver(() => RiskModel)
export class RiskRaisedFromResolver {
  constructor(private readonly raising: RiskRaisingService) {}

  @ResolveField(() => StatusUpdateModel, {
    nullable: true,
    description: 'The status update it was raised from, if any.',
  })
  async raisedFromUpdate(@Parent() risk: RiskModel, @Context() { loaders }: GraphQLContext) {
    if (!risk.raisedFromUpdateId) return null;
    const update = await this.raising.updateLoader(loaders).load(risk.raisedFromUpdateId);
    return update && toStatusUpdateModel(update);
  }
}
