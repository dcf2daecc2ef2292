import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { toBilingualModel } from '@cynnydd/server/core';
import { ReportAudience, ReportState } from '@cynnydd/shared/domain';

import type { Report } from '../report.entity';

@ObjectType('Report', { description: 'A progress report for a period and audience.' })
export class ReportModel {
  @Field(() => ID) id!: string;
  @Field(() => ReportAudience) audience!: ReportAudience;
  @Field(() => Int, { description: '1 for the first issue, 2 for a reissue, and so on.' })
  edition!: number;
  @Field(() => ReportState) state!: ReportState;
  @Field(() => Date, { nullable: true }) issuedAt!: Date | null;
  @Field() createdAt!: Date;
  @Field(() => Int) version!: number;
  reportingPeriodId!: string;
  entity!: Report;
}

/** What a version conflict shows of a report: its fields and summary, not the frozen content. */
export function describeReport({ entity, ...report }: ReportModel) {
  return { ...report, executiveSummary: toBilingualModel(entity.executiveSummary) };
}

export function toReportModel(entity: Report): ReportModel {
  return {
    id: entity.id,
    audience: entity.audience,
    edition: entity.edition,
    state: entity.state,
    issuedAt: entity.issuedAt,
    createdAt: entity.createdAt,
    version: entity.version,
    reportingPeriodId: entity.reportingPeriodId,
    entity,
  };
}
