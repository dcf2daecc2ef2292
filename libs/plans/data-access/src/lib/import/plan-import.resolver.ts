import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { CurrentActor, RequirePermission } from '@cynnydd/server/core';
import { Permission, type Actor } from '@cynnydd/shared/domain';

import { PlanImportInput } from './plan-import.input';
import { PlanImportModel } from './plan-import.model';
import { PlanImportService } from './plan-import.service';

@Resolver(() => PlanImportModel)
export class PlanImportResolver {
  constructor(private readonly imports: PlanImportService) {}

  @Query(() => PlanImportModel, {
    description: "Checks a plan file's rows and says what importing it would do; writes nothing.",
  })
  @RequirePermission(Permission.MANAGE_PLANS)
  planImportPreview(
    @Args('input') input: PlanImportInput,
    @CurrentActor() actor: Actor,
  ): Promise<PlanImportModel> {
    return this.imports.preview(actor, input);
  }

  @Mutation(() => PlanImportModel, {
    description:
      'Imports every row of a plan file in one transaction, or nothing if any row is wrong.',
  })
  @RequirePermission(Permission.MANAGE_PLANS)
  importPlan(
    @Args('input') input: PlanImportInput,
    @CurrentActor() actor: Actor,
  ): Promise<PlanImportModel> {
    return this.imports.import(actor, input);
  }
}
