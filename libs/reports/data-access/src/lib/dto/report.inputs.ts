import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';

import {
  BilingualInputField,
  BilingualLongTextInput,
  ExpectedVersionField,
  IsId,
} from '@cynnydd/server/core';
import { ReportAudience } from '@cynnydd/shared/domain';

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

@InputType()
export class UpdateReportInput extends ReportVersionInput {
  @BilingualInputField(BilingualLongTextInput, {
    description: 'Languages left out keep their text.',
  })
  executiveSummary!: BilingualLongTextInput;
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
