import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsUUID, ValidateNested } from 'class-validator';

import { BilingualTitleInput, HasSomeLanguage, IsFinancialYear } from '@cynnydd/server/core';

@InputType()
export class CreatePlanInput {
  @Field({ description: 'Financial year label, e.g. "2026-27".' })
  @IsFinancialYear()
  financialYear!: string;

  @Field(() => BilingualTitleInput, {
    nullable: true,
    description: 'Defaults to "Joint action plan <year>" in both languages.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => BilingualTitleInput)
  @HasSomeLanguage()
  title?: BilingualTitleInput;
}

@InputType()
export class UpdatePlanInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => BilingualTitleInput)
  @ValidateNested()
  @Type(() => BilingualTitleInput)
  @HasSomeLanguage()
  title!: BilingualTitleInput;
}
