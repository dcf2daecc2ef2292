import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';

import { IsFinancialYear, IsIsoDate } from '@cynnydd/server/core';

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
