import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, ValidateNested } from 'class-validator';

import {
  BilingualInputField,
  BilingualLongTextInput,
  ExpectedVersionField,
  IsId,
} from '@cynnydd/server/core';
import { ReportAudience } from '@cynnydd/shared/domain';

import { CoverSheetInput } from '../cover-sheet/cover-sheet.inputs';

@InputType()
export class CreateReportInput {
  @Field(() => ID)
  @IsId()
  reportingPeriodId!: string;

  @Field(() => ReportAudience)
  @IsEnum(ReportAudience)
  audience!: ReportAudience;

  @BilingualInputField(BilingualLongTextInput, { optional: true })
  executiveSummary?: BilingualLongTextInput;
}

@InputType({ description: 'Identifies a report at the version you last loaded.' })
export class ReportVersionInput {
  @Field(() => ID)
  @IsId()
  id!: string;

  @ExpectedVersionField()
  expectedVersion!: number;
}

@InputType({ description: 'Changes to a draft; fields left out keep their value.' })
export class UpdateReportInput extends ReportVersionInput {
  @BilingualInputField(BilingualLongTextInput, {
    optional: true,
    description: 'Languages left out keep their text.',
  })
  executiveSummary?: BilingualLongTextInput;

  @Field(() => CoverSheetInput, { nullable: true, description: 'The board paper’s cover sheet.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CoverSheetInput)
  coverSheet?: CoverSheetInput;
}

@InputType()
export class ReportFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  reportingPeriodId?: string;

  @Field(() => ReportAudience, { nullable: true })
  @IsOptional()
  @IsEnum(ReportAudience)
  audience?: ReportAudience;
}
