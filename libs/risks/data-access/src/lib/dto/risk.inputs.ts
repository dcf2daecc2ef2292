import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

import {
  AreaIdsField,
  BilingualInputField,
  BilingualLongTextInput,
  BilingualTitleInput,
  ExpectedVersionField,
  IdListField,
  IsId,
  IsIsoDate,
} from '@cynnydd/server/core';
import { RISK_REVIEW_INTERVALS, RiskCategory, RiskKind } from '@cynnydd/shared/domain';

export const RISK_REFERENCE_PATTERN = /^R\d{1,4}$/;
const REFERENCE_RULE = { message: 'must be "R" and a number, e.g. "R12"' };
const MAX_LINKED_ACTIONS = 50;
const MAX_MITIGATIONS = 30;

function OnScale(): PropertyDecorator {
  return applyDecorators(IsInt(), Min(1), Max(5));
}

@InputType({ description: 'A point on the 5 × 5 matrix.' })
export class RiskScoreInput {
  @Field(() => Int, { description: '1 rare … 5 almost certain.' })
  @OnScale()
  likelihood!: number;

  @Field(() => Int, { description: '1 negligible … 5 catastrophic.' })
  @OnScale()
  consequence!: number;
}

@InputType()
export class RiskTargetInput extends RiskScoreInput {
  @Field({ description: 'YYYY-MM-DD: when the mitigations should have brought it there.' })
  @IsIsoDate()
  date!: string;
}

@InputType({ description: 'A follow-up that mitigates the risk; with its id it is kept.' })
export class RiskMitigationInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  id?: string;

  @BilingualInputField(BilingualTitleInput, { textRequired: true })
  description!: BilingualTitleInput;

  @Field(() => ID)
  @IsId()
  ownerId!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsIsoDate()
  dueDate!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, once done.' })
  @IsOptional()
  @IsIsoDate()
  completedOn?: string | null;
}

function ScoreField(type: typeof RiskScoreInput | typeof RiskTargetInput, optional: boolean) {
  return applyDecorators(
    Field(() => type, { nullable: optional }),
    ...(optional ? [IsOptional()] : []),
    ValidateNested(),
    Type(() => type),
  );
}

function LinkedActionsField(description: string): PropertyDecorator {
  return IdListField({ optional: true, max: MAX_LINKED_ACTIONS, description });
}

function MitigationsField(): PropertyDecorator {
  return applyDecorators(
    Field(() => [RiskMitigationInput], {
      nullable: true,
      description: 'Replaces the follow-ups when given; one left out is removed.',
    }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(MAX_MITIGATIONS),
    ValidateNested({ each: true }),
    Type(() => RiskMitigationInput),
  );
}

function ReviewIntervalField(): PropertyDecorator {
  return applyDecorators(
    Field(() => Int, { nullable: true, description: 'Months between reviews: 1, 3, 6 or 12.' }),
    IsOptional(),
    IsIn(RISK_REVIEW_INTERVALS, { message: '$property must be 1, 3, 6 or 12' }),
  );
}

/** What a risk is, shared by recording one and raising one from a status update. */
@InputType({ isAbstract: true })
export class RiskDetailsInput {
  @Field({ nullable: true, description: 'e.g. "R12"; the next free number when left out.' })
  @IsOptional()
  @Matches(RISK_REFERENCE_PATTERN, REFERENCE_RULE)
  reference?: string;

  @Field(() => RiskKind, { nullable: true, description: 'RISK unless it has already happened.' })
  @IsOptional()
  @IsEnum(RiskKind)
  kind?: RiskKind;

  @BilingualInputField(BilingualTitleInput, { textRequired: true })
  title!: BilingualTitleInput;

  @BilingualInputField(BilingualLongTextInput, {
    optional: true,
    description: 'Cause, event and effect.',
  })
  description?: BilingualLongTextInput;

  @Field(() => RiskCategory)
  @IsEnum(RiskCategory)
  category!: RiskCategory;

  @BilingualInputField(BilingualLongTextInput, { optional: true })
  controls?: BilingualLongTextInput;

  @BilingualInputField(BilingualLongTextInput, {
    optional: true,
    description: 'For an issue: what it has done to delivery.',
  })
  impact?: BilingualLongTextInput;

  @Field(() => RiskScoreInput, { description: 'The score now, with the controls in place.' })
  @ValidateNested()
  @Type(() => RiskScoreInput)
  current!: RiskScoreInput;

  @ScoreField(RiskScoreInput, true)
  inherent?: RiskScoreInput;

  @ScoreField(RiskTargetInput, true)
  target?: RiskTargetInput | null;

  @ReviewIntervalField()
  reviewEveryMonths?: number;

  @MitigationsField()
  mitigations?: RiskMitigationInput[];
}

@InputType()
export class CreateRiskInput extends RiskDetailsInput {
  @Field(() => ID, { description: 'Who answers for it.' })
  @IsId()
  ownerId!: string;

  @AreaIdsField({ optional: false })
  areaIds!: string[];

  @LinkedActionsField('Actions it could stop delivering.')
  threatenedActionIds?: string[];

  @LinkedActionsField('Actions whose delivery brings it down.')
  mitigatingActionIds?: string[];
}

/** Changes to a risk; omitted fields stay. The current score changes only by a review. */
@InputType()
export class UpdateRiskInput {
  @Field(() => ID)
  @IsId()
  id!: string;

  @ExpectedVersionField()
  expectedVersion!: number;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(RISK_REFERENCE_PATTERN, REFERENCE_RULE)
  reference?: string;

  @Field(() => RiskKind, { nullable: true })
  @IsOptional()
  @IsEnum(RiskKind)
  kind?: RiskKind;

  @BilingualInputField(BilingualTitleInput, { optional: true })
  title?: BilingualTitleInput;

  @BilingualInputField(BilingualLongTextInput, { optional: true })
  description?: BilingualLongTextInput;

  @Field(() => RiskCategory, { nullable: true })
  @IsOptional()
  @IsEnum(RiskCategory)
  category?: RiskCategory;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  ownerId?: string;

  @BilingualInputField(BilingualLongTextInput, { optional: true })
  controls?: BilingualLongTextInput;

  @BilingualInputField(BilingualLongTextInput, { optional: true })
  impact?: BilingualLongTextInput;

  @ScoreField(RiskScoreInput, true)
  inherent?: RiskScoreInput;

  @ScoreField(RiskTargetInput, true)
  target?: RiskTargetInput | null;

  @ReviewIntervalField()
  reviewEveryMonths?: number;

  @AreaIdsField({ optional: true })
  areaIds?: string[];

  @LinkedActionsField('Replaces the threatened actions when given.')
  threatenedActionIds?: string[];

  @LinkedActionsField('Replaces the mitigating actions when given.')
  mitigatingActionIds?: string[];

  @MitigationsField()
  mitigations?: RiskMitigationInput[];
}

@InputType({ description: 'A periodic review: the new current score and why it is what it is.' })
export class ReviewRiskInput {
  @Field(() => ID)
  @IsId()
  riskId!: string;

  @ExpectedVersionField()
  expectedVersion!: number;

  @Field(() => RiskScoreInput)
  @ValidateNested()
  @Type(() => RiskScoreInput)
  current!: RiskScoreInput;

  @BilingualInputField(BilingualLongTextInput, { textRequired: true })
  commentary!: BilingualLongTextInput;
}

@InputType()
export class CloseRiskInput {
  @Field(() => ID)
  @IsId()
  id!: string;

  @ExpectedVersionField()
  expectedVersion!: number;

  @BilingualInputField(BilingualLongTextInput, { textRequired: true })
  reason!: BilingualLongTextInput;

  @BilingualInputField(BilingualLongTextInput, {
    optional: true,
    description: 'For an issue: how it was resolved.',
  })
  resolution?: BilingualLongTextInput;
}

@InputType({ description: 'Takes a risk to the oversight board.' })
export class EscalateRiskInput {
  @Field(() => ID)
  @IsId()
  id!: string;

  @ExpectedVersionField()
  expectedVersion!: number;

  @BilingualInputField(BilingualLongTextInput, { textRequired: true })
  reason!: BilingualLongTextInput;
}

@InputType()
export class RiskVersionInput {
  @Field(() => ID)
  @IsId()
  id!: string;

  @ExpectedVersionField()
  expectedVersion!: number;
}

@InputType()
export class SetRiskAppetiteInput {
  @Field(() => RiskCategory)
  @IsEnum(RiskCategory)
  category!: RiskCategory;

  @ExpectedVersionField()
  expectedVersion!: number;

  @Field(() => Int, { description: 'The highest current score accepted: 1 to 25.' })
  @IsInt()
  @Min(1)
  @Max(25)
  appetite!: number;
}

@InputType({
  description: "A risk raised from a status update's risks text, linked to its action.",
})
export class RaiseRiskFromUpdateInput extends RiskDetailsInput {
  @Field(() => ID)
  @IsId()
  statusUpdateId!: string;
}
