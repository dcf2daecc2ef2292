import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsOptional,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

import {
  BilingualInputField,
  BilingualLongTextInput,
  BilingualTitleInput,
  ExpectedVersionField,
  IsId,
  IsIsoDate,
} from '@cynnydd/server/core';
import { ReviewEntryKind } from '@cynnydd/shared/domain';

export const MAX_FOLLOW_UPS = 20;

@InputType()
export class FollowUpDraftInput {
  @BilingualInputField(BilingualTitleInput, { textRequired: true })
  title!: BilingualTitleInput;

  @Field(() => ID, { description: 'The person who is to do it.' })
  @IsId()
  ownerId!: string;

  @Field({ description: 'YYYY-MM-DD, today or later.' })
  @IsIsoDate()
  dueDate!: string;
}

@InputType()
export class AddReviewEntryInput {
  @Field(() => ID, { description: 'An issued report.' })
  @IsId()
  reportId!: string;

  @Field(() => ID, { nullable: true, description: 'One of the report’s actions, if about one.' })
  @IsOptional()
  @IsId()
  actionId?: string;

  @Field(() => ReviewEntryKind)
  @IsEnum(ReviewEntryKind)
  kind!: ReviewEntryKind;

  @BilingualInputField(BilingualLongTextInput, { textRequired: true })
  text!: BilingualLongTextInput;

  @Field(() => [FollowUpDraftInput], {
    nullable: true,
    description: `Decisions only; up to ${MAX_FOLLOW_UPS}.`,
  })
  @IsOptional()
  @ArrayMaxSize(MAX_FOLLOW_UPS)
  @ValidateNested({ each: true })
  @Type(() => FollowUpDraftInput)
  followUps?: FollowUpDraftInput[];
}

@InputType()
export class CompleteFollowUpInput {
  @Field(() => ID)
  @IsId()
  id!: string;

  @ExpectedVersionField()
  expectedVersion!: number;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD, not in the future; null reopens.',
  })
  @ValidateIf((_, value) => value !== null)
  @IsIsoDate()
  completedOn!: string | null;
}

@InputType()
export class FollowUpFilter {
  @Field({ nullable: true, description: 'true: not done yet; false: done.' })
  @IsOptional()
  @IsBoolean()
  open?: boolean;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  ownerId?: string;
}
