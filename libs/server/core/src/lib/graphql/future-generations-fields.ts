import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayUnique, IsArray, IsEnum, IsOptional } from 'class-validator';

import { WayOfWorking, WellBeingGoal } from '@cynnydd/shared/domain';

function enumListField(
  type: typeof WellBeingGoal | typeof WayOfWorking,
  description: string,
): PropertyDecorator {
  return applyDecorators(
    Field(() => [type], { nullable: true, description }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(Object.values(type).length),
    ArrayUnique(),
    IsEnum(type, { each: true }),
  );
}

/** Well-being of Future Generations (Wales) Act goals on an input; replaces them when given. */
export function WellBeingGoalsField(
  description = 'Well-being goals it contributes to; replaces them when given.',
): PropertyDecorator {
  return enumListField(WellBeingGoal, description);
}

/** The Act's ways of working on an input; replaces them when given. */
export function WaysOfWorkingField(
  description = 'Ways of working it follows; replaces them when given.',
): PropertyDecorator {
  return enumListField(WayOfWorking, description);
}
