import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsString, Max, MaxLength, Min } from 'class-validator';

import { ExpectedVersionField, IsFinancialYear, IsId, IsIsoDate } from '@cynnydd/server/core';
import { TEXT_LIMITS } from '@cynnydd/shared/domain';

@InputType()
export class CreateReportingPeriodInput {
  @Field({ description: 'e.g. "2026-27".' })
  @IsFinancialYear()
  financialYear!: string;

  @Field(() => Int, { description: '1 (Apr–Jun) to 4 (Jan–Mar).' })
  @IsInt()
  @Min(1)
  @Max(4)
  quarter!: number;

  @Field({ description: 'YYYY-MM-DD, not before the quarter starts.' })
  @IsIsoDate()
  updateDeadline!: string;
}

@InputType({ description: 'Identifies a period at the version you last loaded.' })
export class ReportingPeriodVersionInput {
  @Field(() => ID)
  @IsId()
  id!: string;

  @ExpectedVersionField()
  expectedVersion!: number;
}

@InputType()
export class UpdateReportingPeriodInput extends ReportingPeriodVersionInput {
  @Field({ description: 'YYYY-MM-DD, not before the quarter starts.' })
  @IsIsoDate()
  updateDeadline!: string;
}

@InputType()
export class ReopenReportingPeriodInput extends ReportingPeriodVersionInput {
  @Field({ description: 'Why updates are being taken again; recorded in the audit trail.' })
  @IsString()
  @MaxLength(TEXT_LIMITS.commentary)
  reason!: string;
}
