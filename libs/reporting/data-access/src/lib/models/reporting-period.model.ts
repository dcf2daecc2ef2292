import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import {
  financialYearLabel,
  reportingPeriodLabel,
  ReportingPeriodState,
  type Quarter,
} from '@cynnydd/shared/domain';

import type { ReportingPeriod } from '../reporting-period.entity';

@ObjectType('ReportingPeriod', { description: 'A quarter in which leads report progress.' })
export class ReportingPeriodModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'e.g. "2025-26".' })
  financialYear!: string;

  @Field(() => Int, { description: '1 (Apr–Jun) to 4 (Jan–Mar).' })
  quarter!: number;

  @Field({ description: 'e.g. "2025-26 Q2".' })
  label!: string;

  @Field()
  startDate!: string;

  @Field()
  endDate!: string;

  @Field()
  updateDeadline!: string;

  @Field(() => ReportingPeriodState)
  state!: ReportingPeriodState;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was last reopened after closing.' })
  reopenReason!: string | null;

  @Field(() => Int)
  version!: number;

  startYear!: number;
}

export function toReportingPeriodModel(entity: ReportingPeriod): ReportingPeriodModel {
  return {
    id: entity.id,
    financialYear: financialYearLabel(entity.financialYear),
    quarter: entity.quarter,
    label: reportingPeriodLabel(entity.financialYear, entity.quarter as Quarter),
    startDate: entity.startDate,
    endDate: entity.endDate,
    updateDeadline: entity.updateDeadline,
    state: entity.closedAt ? ReportingPeriodState.CLOSED : ReportingPeriodState.OPEN,
    closedAt: entity.closedAt,
    reopenReason: entity.reopenReason,
    version: entity.version,
    startYear: entity.financialYear,
  };
}
