import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayUnique, IsArray, IsEnum, IsOptional } from 'class-validator';

import { IsId, OffsetField, PageSizeField } from '@cynnydd/server/core';
import { PAGE_SIZE, WellBeingGoal } from '@cynnydd/shared/domain';

@ArgsType()
export class MeasuresFilterArgs {
  @Field(() => ID, { nullable: true, description: 'Only measures of this strategic area.' })
  @IsOptional()
  @IsId()
  areaId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only measures this person owns.' })
  @IsOptional()
  @IsId()
  ownerId?: string | null;

  @Field(() => [WellBeingGoal], {
    nullable: true,
    description: 'Only measures tagged with any of these well-being goals.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(7)
  @ArrayUnique()
  @IsEnum(WellBeingGoal, { each: true })
  wellBeingGoals?: WellBeingGoal[] | null;
}

/** A page of the measures a filter selects, by reference (`measurePage`). */
@ArgsType()
export class MeasurePageArgs extends MeasuresFilterArgs {
  @OffsetField('How many measures to skip.')
  offset = 0;

  @PageSizeField('How many measures')
  limit: number = PAGE_SIZE.default;
}
