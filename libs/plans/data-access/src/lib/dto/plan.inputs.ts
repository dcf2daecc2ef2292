import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

import { BilingualInputField, BilingualTitleInput, IsFinancialYear } from '@cynnydd/server/core';

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
  @IsUUID()
  id!: string;

  @BilingualInputField(BilingualTitleInput, { textRequired: true })
  title!: BilingualTitleInput;
}
