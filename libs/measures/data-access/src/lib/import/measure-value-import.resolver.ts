import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { ImportFileInput, PlanImportModel } from '@cynnydd/plans/data-access';
import { CurrentActor, RequirePermission } from '@cynnydd/server/core';
import { Permission, type Actor } from '@cynnydd/shared/domain';

import { MeasureValueImportService } from './measure-value-import.service';

@Resolver(() => PlanImportModel)
export class MeasureValueImportResolver {
  constructor(private readonly imports: MeasureValueImportService) {}

  @Query(() => PlanImportModel, {
    description:
      'Checks a measure-values sheet and says what importing it would do, row by row; writes nothing.',
  })
  @RequirePermission(Permission.REPORT_ON_ANY_ACTION, Permission.REPORT_ON_OWN_ACTIONS)
  measureValueImportPreview(
    @Args('input') input: ImportFileInput,
    @CurrentActor() actor: Actor,
  ): Promise<PlanImportModel> {
    return this.imports.preview(actor, input);
  }

  @Mutation(() => PlanImportModel, {
    description:
      'Imports a measure-values sheet in one transaction, or nothing if any row is wrong; a different figure for a period that has one is a revision.',
  })
  @RequirePermission(Permission.REPORT_ON_ANY_ACTION, Permission.REPORT_ON_OWN_ACTIONS)
  importMeasureValues(
    @Args('input') input: ImportFileInput,
    @CurrentActor() actor: Actor,
  ): Promise<PlanImportModel> {
    return this.imports.import(actor, input);
  }
}
