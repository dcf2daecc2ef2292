import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';

import { BilingualLongTextInput, HasSomeLanguage } from '@cynnydd/server/core';
import { RagStatus } from '@cynnydd/shared/domain';

@InputType()
export class SubmitStatusUpdateInput {
  @Field(() => ID)
  @IsUUID()
  actionId!: string;

  @Field(() => ID)
  @IsUUID()
  reportingPeriodId!: string;

  @Field(() => RagStatus)
  @IsEnum(RagStatus)
  rag!: RagStatus;

  @Field(() => Int, { description: '0 to 100.' })
  @IsInt()
  @Min(0)
  @Max(100)
  percentComplete!: number;

  @Field(() => BilingualLongTextInput, { description: 'Progress commentary; required.' })
  @ValidateNested()
  @Type(() => BilingualLongTextInput)
  @HasSomeLanguage()
  commentary!: BilingualLongTextInput;

  @Field(() => BilingualLongTextInput, { nullable: true, description: 'Risks and issues.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => BilingualLongTextInput)
  risks?: BilingualLongTextInput;

  @Field(() => BilingualLongTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => BilingualLongTextInput)
  nextSteps?: BilingualLongTextInput;

  @Field(() => ID, { description: 'Who is reporting. Taken from the signed-in user later.' })
  @IsUUID()
  authorId!: string;
}
