import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  Max,
  Min,
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
import { PARTNERSHIP_SCORE_SCALE } from '@cynnydd/shared/domain';

const MAX_STATEMENTS = 50;

@InputType()
export class CreatePartnershipStatementInput {
  @BilingualInputField(BilingualTitleInput, { textRequired: true })
  text!: BilingualTitleInput;

  @Field(() => Int, { nullable: true, description: 'After the last one when left out.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_STATEMENTS)
  position?: number;
}

@InputType()
export class UpdatePartnershipStatementInput {
  @Field(() => ID)
  @IsId()
  id!: string;

  @ExpectedVersionField()
  expectedVersion!: number;

  @BilingualInputField(BilingualTitleInput, { optional: true })
  text?: BilingualTitleInput;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_STATEMENTS)
  position?: number;

  @Field({ nullable: true, description: 'A retired statement is no longer scored.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

@InputType()
export class PartnershipScoreInput {
  @Field(() => ID)
  @IsId()
  statementId!: string;

  @Field(() => Int, { description: '1 (not at all) to 5 (fully).' })
  @IsInt()
  @IsIn(PARTNERSHIP_SCORE_SCALE, { message: '$property must be 1 to 5' })
  score!: number;

  @BilingualInputField(BilingualLongTextInput, { optional: true })
  comment?: BilingualLongTextInput | null;
}

function ScoresField(optional: boolean): PropertyDecorator {
  return applyDecorators(
    Field(() => [PartnershipScoreInput], {
      nullable: optional,
      description: 'One score for each active statement.',
    }),
    ...(optional ? [IsOptional()] : []),
    IsArray(),
    ArrayMinSize(1),
    ArrayMaxSize(MAX_STATEMENTS),
    ValidateNested({ each: true }),
    Type(() => PartnershipScoreInput),
  );
}

@InputType()
export class RecordPartnershipAssessmentInput {
  @Field(() => ID)
  @IsId()
  forumId!: string;

  @Field(() => ID, { nullable: true, description: 'The meeting it was done at, if any.' })
  @IsOptional()
  @IsId()
  meetingId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "YYYY-MM-DD; the meeting's date when left out.",
  })
  @IsOptional()
  @IsIsoDate()
  assessedOn?: string | null;

  @ScoresField(false)
  scores!: PartnershipScoreInput[];
}

@InputType()
export class UpdatePartnershipAssessmentInput {
  @Field(() => ID)
  @IsId()
  id!: string;

  @ExpectedVersionField()
  expectedVersion!: number;

  @Field({ nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsIsoDate()
  assessedOn?: string;

  @ScoresField(true)
  scores?: PartnershipScoreInput[];
}
