import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';

import {
  BilingualInputField,
  BilingualLongTextInput,
  BilingualTitleInput,
  ExpectedVersionField,
} from '@cynnydd/server/core';

/** Rewording of an area; languages left out keep their text. */
@InputType()
export class UpdateStrategicAreaInput {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(7)
  number!: number;

  @ExpectedVersionField()
  expectedVersion!: number;

  @BilingualInputField(BilingualTitleInput, { optional: true })
  title?: BilingualTitleInput;

  @BilingualInputField(BilingualTitleInput, { optional: true })
  shortTitle?: BilingualTitleInput;

  @BilingualInputField(BilingualLongTextInput, { optional: true })
  description?: BilingualLongTextInput;
}
