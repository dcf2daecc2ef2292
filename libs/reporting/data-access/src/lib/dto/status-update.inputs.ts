import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsUUID, Max, Min } from 'class-validator';

import { BilingualInputField, BilingualLongTextInput } from '@cynnydd/server/core';
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

  @BilingualInputField(BilingualLongTextInput, {
    textRequired: true,
    description: 'Progress commentary; required.',
  })
  commentary!: BilingualLongTextInput;

  @BilingualInputField(BilingualLongTextInput, { optional: true, description: 'Risks and issues.' })
  risks?: BilingualLongTextInput;

  @BilingualInputField(BilingualLongTextInput, { optional: true })
  nextSteps?: BilingualLongTextInput;

  @Field(() => ID, { description: 'Who is reporting. Taken from the signed-in user later.' })
  @IsUUID()
  authorId!: string;
}
