import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, Max, Min } from 'class-validator';

import { BilingualInputField, BilingualLongTextInput, IsId } from '@cynnydd/server/core';
import { RagStatus } from '@cynnydd/shared/domain';

@InputType()
export class SubmitStatusUpdateInput {
  @Field(() => ID)
  @IsId()
  actionId!: string;

  @Field(() => ID)
  @IsId()
  reportingPeriodId!: string;

  @Field(() => RagStatus)
  @IsEnum(RagStatus)
  rag!: RagStatus;

  @Field(() => Int, { description: '0 to 100.' })
  @IsInt()
  @Min(0)
  @Max(100)
  percentComplete!: number;

  @BilingualInputField(BilingualLongTextInput, {
    textRequired: true,
    description: 'Progress commentary; required.',
  })
  commentary!: BilingualLongTextInput;

  @BilingualInputField(BilingualLongTextInput, { optional: true, description: 'Risks and issues.' })
  risks?: BilingualLongTextInput;

  @BilingualInputField(BilingualLongTextInput, { optional: true })
  nextSteps?: BilingualLongTextInput;
}
