import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { RagCountsModel } from '@cynnydd/reporting/data-access';
import { BilingualTextModel } from '@cynnydd/server/core';
import { LeadOrganisation, RagStatus, ReportAudience, Theme } from '@cynnydd/shared/domain';

/*
 * What a report says. A draft's content is built from the live data on every read; issuing
 * stores exactly this shape as JSON, and an issued report is read back from that snapshot only.
 * Every field is therefore plain data (no entities, no resolvers).
 */

@ObjectType('ReportPeriod')
export class ReportPeriodModel {
  @Field({ description: 'e.g. "2026-27 Q2".' }) label!: string;
  @Field() financialYear!: string;
  @Field(() => Int) quarter!: number;
  @Field() startDate!: string;
  @Field() endDate!: string;
}

@ObjectType('ReportActionLine', { description: "An action and its status in the report's period." })
export class ReportActionLineModel {
  @Field(() => ID) actionId!: string;
  @Field() reference!: string;
  @Field(() => BilingualTextModel) title!: BilingualTextModel;
  @Field(() => Int) areaNumber!: number;
  @Field(() => LeadOrganisation) leadOrganisation!: LeadOrganisation;
  @Field(() => [String], { description: "Owners' names." }) owners!: string[];
  @Field(() => [Theme]) themes!: Theme[];
  @Field() dueDate!: string;
  @Field(() => RagStatus, { nullable: true, description: 'Null: no update in the period.' })
  rag!: RagStatus | null;
  @Field(() => Int, { nullable: true }) percentComplete!: number | null;
  @Field(() => BilingualTextModel) commentary!: BilingualTextModel;
  @Field(() => BilingualTextModel) risks!: BilingualTextModel;
  @Field(() => BilingualTextModel, { description: 'Next steps, the mitigation for exceptions.' })
  nextSteps!: BilingualTextModel;
  /** The action this one continues, for comparing across a year end. Not exposed. */
  carriedForwardFromId!: string | null;
}

@ObjectType('ReportAreaSummary')
export class ReportAreaSummaryModel {
  @Field(() => Int) number!: number;
  @Field(() => BilingualTextModel) title!: BilingualTextModel;
  @Field(() => RagCountsModel) counts!: RagCountsModel;
}

@ObjectType('ReportThemeCoverage', { description: 'Actions tagged with a principle or priority.' })
export class ReportThemeCoverageModel {
  @Field(() => Theme) theme!: Theme;
  @Field(() => RagCountsModel) counts!: RagCountsModel;
}

@ObjectType('ReportMove')
export class ReportMoveModel {
  @Field(() => ID) actionId!: string;
  @Field() reference!: string;
  @Field(() => BilingualTextModel) title!: BilingualTextModel;
  @Field(() => RagStatus, { nullable: true, description: 'Null: not reported then.' })
  previous!: RagStatus | null;
  @Field(() => RagStatus) current!: RagStatus;
}

@ObjectType('ReportMovement', {
  description:
    "Since the audience's previous issued report (for the joint board, its last meeting); without one, since the previous period.",
})
export class ReportMovementModel {
  @Field(() => ID, { nullable: true, description: 'The report compared with, if any.' })
  sinceReportId!: string | null;
  @Field(() => String, { nullable: true, description: 'Period compared with, e.g. "2026-27 Q1".' })
  sincePeriod!: string | null;
  @Field(() => [ReportMoveModel]) improved!: ReportMoveModel[];
  @Field(() => [ReportMoveModel]) worsened!: ReportMoveModel[];
  @Field(() => [ReportMoveModel]) completed!: ReportMoveModel[];
  @Field(() => [ReportMoveModel]) newlyRed!: ReportMoveModel[];
}

@ObjectType('ReportMilestone')
export class ReportMilestoneModel {
  @Field() actionReference!: string;
  @Field(() => BilingualTextModel) actionTitle!: BilingualTextModel;
  @Field(() => BilingualTextModel) title!: BilingualTextModel;
  @Field() dueDate!: string;
  @Field(() => String, { nullable: true }) completedOn!: string | null;
}

@ObjectType('ReportContent')
export class ReportContentModel {
  @Field(() => ReportAudience) audience!: ReportAudience;
  @Field(() => ReportPeriodModel) period!: ReportPeriodModel;
  @Field(() => BilingualTextModel, { nullable: true }) planTitle!: BilingualTextModel | null;
  @Field({ description: 'The day the data is as at: the period end, or the day built if earlier.' })
  asOf!: string;
  @Field(() => BilingualTextModel) executiveSummary!: BilingualTextModel;
  @Field(() => RagCountsModel) overall!: RagCountsModel;
  @Field(() => [ReportAreaSummaryModel]) areas!: ReportAreaSummaryModel[];
  @Field(() => ReportMovementModel) movement!: ReportMovementModel;
  @Field(() => [ReportActionLineModel], { description: 'Red and amber actions.' })
  exceptions!: ReportActionLineModel[];
  @Field(() => [ReportMilestoneModel], {
    description: 'Due by the period end, not completed then.',
  })
  milestonesMissed!: ReportMilestoneModel[];
  @Field(() => [ReportMilestoneModel], { description: 'Due in the following quarter.' })
  milestonesDueNext!: ReportMilestoneModel[];
  @Field(() => [ReportThemeCoverageModel]) themes!: ReportThemeCoverageModel[];
  @Field(() => [ReportActionLineModel], { description: 'Reported complete in the period.' })
  completed!: ReportActionLineModel[];
  @Field(() => [ReportActionLineModel], { description: 'Every action of the plan, by reference.' })
  actions!: ReportActionLineModel[];
}
