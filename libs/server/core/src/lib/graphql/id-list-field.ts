import { applyDecorators } from '@nestjs/common';
import { Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsOptional } from 'class-validator';

import { IsIds } from '../validation/validators';

/** A list of distinct ids, e.g. the areas or actions a record is linked to. */
export function IdListField(options: {
  optional: boolean;
  min?: number;
  max: number;
  description: string;
}): PropertyDecorator {
  return applyDecorators(
    Field(() => [ID], { nullable: options.optional, description: options.description }),
    ...(options.optional ? [IsOptional()] : []),
    IsArray(),
    ...(options.min ? [ArrayMinSize(options.min)] : []),
    ArrayMaxSize(options.max),
    ArrayUnique(),
    IsIds(),
  );
}

/** One or more of the seven strategic areas. */
export function AreaIdsField(options: { optional: boolean }): PropertyDecorator {
  return IdListField({ ...options, min: 1, max: 7, description: 'One or more strategic areas.' });
}
