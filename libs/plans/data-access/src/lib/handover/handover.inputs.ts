import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, ValidateNested } from 'class-validator';

import { ExpectedVersionField, IsId } from '@cynnydd/server/core';

@InputType({
  description: 'Who owns an action instead of the person whose account is deactivated.',
})
export class ActionHandoverInput {
  @Field(() => ID)
  @IsId()
  actionId!: string;

  @Field(() => ID)
  @IsId()
  newOwnerId!: string;
}

@InputType()
export class DeactivateUserInput {
  @Field(() => ID)
  @IsId()
  id!: string;

  @ExpectedVersionField()
  expectedVersion!: number;

  @Field(() => [ActionHandoverInput], {
    description: 'A new owner for each action the account’s person owns in an open plan.',
  })
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => ActionHandoverInput)
  handovers!: ActionHandoverInput[];
}
