import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { PlanImportInput, PlanImportModel } from '@cynnydd/plans/data-access';
import { CurrentActor, RequirePermission } from '@cynnydd/server/core';
import { Permission, type Actor } from '@cynnydd/shared/domain';

import { StatusUpdateImportService } from './status-update-import.service';

@Resolver(() => PlanImportModel)
export class StatusUpdateImportResolver {
  constructor(private readonly imports: StatusUpdateImportService) {}

  @Query(() => PlanImportModel, {
    description:
      "Checks a file of a plan's past status updates and says what importing it would do; writes nothing.",
  })
  @RequirePermission(Permission.MANAGE_PLANS)
  statusUpdateImportPreview(@Args('input') input: PlanImportInput): Promise<PlanImportModel> {
    return this.imports.preview(input);
  }

  @Mutation(() => PlanImportModel, {
    description:
      "Imports a plan's past status updates in one transaction, or nothing if any row is wrong.",
  })
  @RequirePermission(Permission.MANAGE_PLANS)
  importStatusUpdates(
    @Args('input') input: PlanImportInput,
    @CurrentActor() actor: Actor,
  ): Promise<PlanImportModel> {
    return this.imports.import(actor, input);
  }
}
