import { applyDecorators } from '@nestjs/common';
import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsEnum,
  IsNumber,
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
  IsFinancialYear,
  IsId,
  IsIsoDate,
  WaysOfWorkingField,
  WellBeingGoalsField,
} from '@cynnydd/server/core';
import {
  MAX_MEASURE_VALUE,
  MEASURE_DECIMALS,
  MeasureDirection,
  MeasureFrequency,
  MeasureUnit,
  Theme,
  WayOfWorking,
  WellBeingGoal,
} from '@cynnydd/shared/domain';

export const MEASURE_REFERENCE_PATTERN = /^M\d{1,3}(\.\d{1,3})?$/;
const REFERENCE_RULE = { message: 'must be "M" and a number, e.g. "M4" or "M4.1"' };
const MAX_CONTRIBUTING_ACTIONS = 50;
const MAX_TARGET_YEARS = 20;

/** A figure in a measure's unit: finite, at most four decimals, within ±10 billion. */
export function IsFigure(options: { nonNegative?: boolean } = {}): PropertyDecorator {
  return applyDecorators(
    IsNumber(
      { allowNaN: false, allowInfinity: false, maxDecimalPlaces: MEASURE_DECIMALS },
      { message: `$property must be a number with at most ${MEASURE_DECIMALS} decimal places` },
    ),
    Min(options.nonNegative ? 0 : -MAX_MEASURE_VALUE),
    Max(MAX_MEASURE_VALUE),
  );
}

@InputType()
export class MeasureBaselineInput {
  @Field(() => Float)
  @IsFigure()
  value!: number;

  @Field({ description: 'YYYY-MM-DD: when the baseline figure was true.' })
  @IsIsoDate()
  date!: string;
}

@InputType()
export class MeasureTargetInput {
  @Field({ description: 'e.g. "2025-26".' })
  @IsFinancialYear()
  financialYear!: string;

  @Field(() => Float)
  @IsFigure()
  value!: number;
}

function TargetsField(): PropertyDecorator {
  return applyDecorators(
    Field(() => [MeasureTargetInput], {
      nullable: true,
      description: 'Targets per financial year; a year left out has none (contextual).',
    }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(MAX_TARGET_YEARS),
    ValidateNested({ each: true }),
    Type(() => MeasureTargetInput),
  );
}

function BaselineField(): PropertyDecorator {
  return applyDecorators(
    Field(() => MeasureBaselineInput, { nullable: true }),
    IsOptional(),
    ValidateNested(),
    Type(() => MeasureBaselineInput),
  );
}

function ActionIdsField(): PropertyDecorator {
  return IdListField({
    optional: true,
    max: MAX_CONTRIBUTING_ACTIONS,
    description: 'Actions that contribute to the measure; replaces them when given.',
  });
}

function ThemesField(): PropertyDecorator {
  return applyDecorators(
    Field(() => [Theme], { nullable: true }),
    IsOptional(),
    IsArray(),
    ArrayUnique(),
    IsEnum(Theme, { each: true }),
  );
}

@InputType()
export class CreateMeasureInput {
  @Field({ description: 'e.g. "M4.1".' })
  @Matches(MEASURE_REFERENCE_PATTERN, REFERENCE_RULE)
  reference!: string;

  @BilingualInputField(BilingualTitleInput, { textRequired: true })
  name!: BilingualTitleInput;

  @BilingualInputField(BilingualLongTextInput, { optional: true })
  definition?: BilingualLongTextInput;

  @BilingualInputField(BilingualLongTextInput, {
    optional: true,
    description: 'How the figure is calculated.',
  })
  calculation?: BilingualLongTextInput;

  @BilingualInputField(BilingualTitleInput, { optional: true })
  dataSource?: BilingualTitleInput;

  @Field(() => MeasureUnit)
  @IsEnum(MeasureUnit)
  unit!: MeasureUnit;

  @Field(() => MeasureDirection)
  @IsEnum(MeasureDirection)
  direction!: MeasureDirection;

  @Field(() => MeasureFrequency)
  @IsEnum(MeasureFrequency)
  frequency!: MeasureFrequency;

  @Field(() => ID, { description: 'The person who reports its figures.' })
  @IsId()
  ownerId!: string;

  @AreaIdsField({ optional: false })
  areaIds!: string[];

  @ThemesField()
  themes?: Theme[];

  @WellBeingGoalsField()
  wellBeingGoals?: WellBeingGoal[];

  @WaysOfWorkingField()
  waysOfWorking?: WayOfWorking[];

  @ActionIdsField()
  actionIds?: string[];

  @Field(() => Float, { nullable: true, description: 'Shortfall still green; 0 by default.' })
  @IsOptional()
  @IsFigure({ nonNegative: true })
  amberTolerance?: number;

  @Field(() => Float, { description: 'Shortfall beyond which the figure is red.' })
  @IsFigure({ nonNegative: true })
  redTolerance!: number;

  @BaselineField()
  baseline?: MeasureBaselineInput | null;

  @TargetsField()
  targets?: MeasureTargetInput[];
}

/** Changes to a measure; omitted fields stay as they are. */
@InputType()
export class UpdateMeasureInput {
  @Field(() => ID)
  @IsId()
  id!: string;

  @ExpectedVersionField()
  expectedVersion!: number;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(MEASURE_REFERENCE_PATTERN, REFERENCE_RULE)
  reference?: string;

  @BilingualInputField(BilingualTitleInput, { optional: true })
  name?: BilingualTitleInput;

  @BilingualInputField(BilingualLongTextInput, { optional: true })
  definition?: BilingualLongTextInput;

  @BilingualInputField(BilingualLongTextInput, { optional: true })
  calculation?: BilingualLongTextInput;

  @BilingualInputField(BilingualTitleInput, { optional: true })
  dataSource?: BilingualTitleInput;

  @Field(() => MeasureUnit, { nullable: true })
  @IsOptional()
  @IsEnum(MeasureUnit)
  unit?: MeasureUnit;

  @Field(() => MeasureDirection, { nullable: true })
  @IsOptional()
  @IsEnum(MeasureDirection)
  direction?: MeasureDirection;

  @Field(() => MeasureFrequency, { nullable: true })
  @IsOptional()
  @IsEnum(MeasureFrequency)
  frequency?: MeasureFrequency;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  ownerId?: string;

  @AreaIdsField({ optional: true })
  areaIds?: string[];

  @ThemesField()
  themes?: Theme[];

  @WellBeingGoalsField()
  wellBeingGoals?: WellBeingGoal[];

  @WaysOfWorkingField()
  waysOfWorking?: WayOfWorking[];

  @ActionIdsField()
  actionIds?: string[];

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsFigure({ nonNegative: true })
  amberTolerance?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsFigure({ nonNegative: true })
  redTolerance?: number;

  @BaselineField()
  baseline?: MeasureBaselineInput | null;

  @TargetsField()
  targets?: MeasureTargetInput[];
}
