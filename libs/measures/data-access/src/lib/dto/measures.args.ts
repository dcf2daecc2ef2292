import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  Max,
  Min,
} from 'class-validator';

import { IsId } from '@cynnydd/server/core';
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
  @Field(() => Int, { defaultValue: 0, description: 'How many measures to skip.' })
  @IsInt()
  @Min(0)
  offset = 0;

  @Field(() => Int, {
    defaultValue: PAGE_SIZE.default,
    description: `How many measures, at most ${PAGE_SIZE.max}.`,
  })
  @IsInt()
  @Min(1)
  @Max(PAGE_SIZE.max)
  limit: number = PAGE_SIZE.default;
}
