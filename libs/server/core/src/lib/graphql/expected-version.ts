import { applyDecorators } from '@nestjs/common';
import { Field, Int } from '@nestjs/graphql';
import { IsInt, Min } from 'class-validator';

/** The `version` the client last loaded; an update against an older one is a CONFLICT. */
export function ExpectedVersionField(): PropertyDecorator {
  return applyDecorators(
    Field(() => Int, { description: 'The version you last loaded; a newer one means a conflict.' }),
    IsInt(),
    Min(1),
  ) as PropertyDecorator;
}
