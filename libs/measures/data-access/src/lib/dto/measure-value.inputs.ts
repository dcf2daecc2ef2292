import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, ValidateNested } from 'class-validator';

import {
  BilingualInputField,
  BilingualLongTextInput,
  BilingualTitleInput,
  IsId,
  IsIsoDate,
} from '@cynnydd/server/core';
import { ValueQuality } from '@cynnydd/shared/domain';

import { IsFigure } from './measure.inputs';

const MAX_BREAKDOWNS = 30;

@InputType()
export class ValueBreakdownInput {
  @BilingualInputField(BilingualTitleInput, {
    textRequired: true,
    description: 'e.g. an organisation, region or health board.',
  })
  label!: BilingualTitleInput;

  @Field(() => Float)
  @IsFigure()
  value!: number;
}

@InputType()
export class SubmitMeasureValueInput {
  @Field(() => ID)
  @IsId()
  measureId!: string;

  @Field({ description: 'YYYY-MM-DD: the first day of the month, quarter or year.' })
  @IsIsoDate()
  periodStart!: string;

  @Field(() => Float, { nullable: true, description: 'Left out only when not available.' })
  @IsOptional()
  @IsFigure()
  value?: number | null;

  @Field(() => ValueQuality)
  @IsEnum(ValueQuality)
  quality!: ValueQuality;

  @BilingualInputField(BilingualLongTextInput, {
    optional: true,
    description: 'Why there is no figure; required when not available.',
  })
  notAvailableReason?: BilingualLongTextInput;

  @BilingualInputField(BilingualLongTextInput, { optional: true })
  commentary?: BilingualLongTextInput;

  @Field(() => [ValueBreakdownInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_BREAKDOWNS)
  @ValidateNested({ each: true })
  @Type(() => ValueBreakdownInput)
  breakdowns?: ValueBreakdownInput[];

  @Field(() => ID, {
    nullable: true,
    description:
      "The figure this one revises: the period's current figure as you last saw it. " +
      'Needed when the period has a figure already; a different one means a conflict.',
  })
  @IsOptional()
  @IsId()
  revises?: string | null;
}
