import { Field, ID, InputType } from '@nestjs/graphql';

import 'class-validator';

import {
  BilingualInputField,
  BilingualTitleInput,
  ExpectedVersionField,
  IsFinancialYear,
  IsId,
} from '@cynnydd/server/core';

@InputType()
export class CreatePlanInput {
  @Field({ description: 'Financial year label, e.g. "2026-27".' })
  @IsFinancialYear()
  financialYear!: string;

  @BilingualInputField(BilingualTitleInput, {
    optional: true,
    textRequired: true,
    description: 'Defaults to "Joint action plan <year>" in both languages.',
  })
  title?: BilingualTitleInput;
}

@InputType()
export class UpdatePlanInput {
  @Field(() => ID)
  @IsId()
  id!: string;

  @ExpectedVersionField()
  expectedVersion!: number;

  /** Languages left out keep their text. */
  @BilingualInputField(BilingualTitleInput)
  title!: BilingualTitleInput;
}
