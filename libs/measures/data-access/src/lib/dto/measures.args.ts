import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';

import { IsId } from '@cynnydd/server/core';

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
}
