import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

import { MeasureRagCountsModel } from '@cynnydd/measures/data-access';
import { RagCountsModel } from '@cynnydd/reporting/data-access';
import {
  RiskBandCountModel,
  RiskHeatMapCellModel,
  RiskScoreModel,
} from '@cynnydd/risks/data-access';
import { BilingualTextModel } from '@cynnydd/server/core';
import {
  LeadOrganisation,
  MeasureDirection,
  MeasureFrequency,
  MeasureRag,
  MeasureTrend,
  MeasureUnit,
  RagStatus,
  ReportAudience,
  RiskCategory,
  RiskKind,
  Theme,
  ValueQuality,
  WellBeingGoal,
} from '@cynnydd/shared/domain';

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
  @Field(() => [WellBeingGoal], {
    description: 'Well-being goals; empty in reports issued before actions were tagged with them.',
  })
  wellBeingGoals!: WellBeingGoal[];
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
  @Field(() => BilingualTextModel, {
    nullable: true,
    description:
      'The short name charts use; null in reports issued before it was recorded (use the title).',
  })
  shortTitle?: BilingualTextModel | null;
  @Field(() => RagCountsModel) counts!: RagCountsModel;
}

@ObjectType('ReportThemeCoverage', { description: 'Actions tagged with a principle or priority.' })
export class ReportThemeCoverageModel {
  @Field(() => Theme) theme!: Theme;
  @Field(() => RagCountsModel) counts!: RagCountsModel;
}

@ObjectType('ReportGoalContribution', {
  description:
    'What the actions and measures tagged with a well-being goal of the Well-being of Future Generations (Wales) Act show.',
})
export class ReportGoalContributionModel {
  @Field(() => WellBeingGoal) goal!: WellBeingGoal;
  @Field(() => RagCountsModel, { description: 'Its actions by their status in the period.' })
  actions!: RagCountsModel;
  @Field(() => MeasureRagCountsModel, { description: "Its measures by their latest figure's RAG." })
  measures!: MeasureRagCountsModel;
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

@ObjectType('ReportMeasureFigure', {
  description: "A period's figure, for a measure's trend chart.",
})
export class ReportMeasureFigureModel {
  @Field(() => BilingualTextModel, { description: '"Apr 2025", "2025-26 Q1", "2025-26".' })
  periodLabel!: BilingualTextModel;
  @Field() periodEnd!: string;
  @Field(() => Float, { nullable: true, description: 'Null when not available.' })
  value!: number | null;
  @Field(() => Float, { nullable: true, description: 'Null: no target for its year.' })
  target!: number | null;
}

@ObjectType('ReportMeasureLatest', {
  description: "A measure's current figure for its latest period ended by the period end.",
})
export class ReportMeasureLatestModel extends ReportMeasureFigureModel {
  @Field(() => ValueQuality) quality!: ValueQuality;
  @Field({ description: 'True when it replaced an earlier figure for the same period.' })
  revised!: boolean;
  @Field(() => MeasureRag, { nullable: true, description: 'Null without a figure or target.' })
  rag!: MeasureRag | null;
  @Field(() => BilingualTextModel, { nullable: true, description: 'Why the RAG is what it is.' })
  ragExplanation!: BilingualTextModel | null;
  @Field(() => BilingualTextModel) commentary!: BilingualTextModel;
  @Field(() => BilingualTextModel) notAvailableReason!: BilingualTextModel;
}

@ObjectType('ReportMeasureTrends', { description: 'Which way the latest figure moved.' })
export class ReportMeasureTrendsModel {
  @Field(() => MeasureTrend, { nullable: true, description: 'Against the period before.' })
  sincePrevious!: MeasureTrend | null;
  @Field(() => MeasureTrend, { nullable: true, description: 'Against the baseline, if any.' })
  sinceBaseline!: MeasureTrend | null;
}

@ObjectType('ReportMeasure', { description: 'A measure as at the period end.' })
export class ReportMeasureModel {
  @Field(() => ID) measureId!: string;
  @Field({ description: 'e.g. "M4.1".' }) reference!: string;
  @Field(() => BilingualTextModel) name!: BilingualTextModel;
  @Field(() => MeasureUnit) unit!: MeasureUnit;
  @Field(() => MeasureDirection) direction!: MeasureDirection;
  @Field(() => MeasureFrequency) frequency!: MeasureFrequency;
  @Field(() => [Int], { description: 'Numbers of its strategic areas.' }) areaNumbers!: number[];
  @Field(() => [WellBeingGoal], {
    description: 'Well-being goals; empty in reports issued before measures were tagged with them.',
  })
  wellBeingGoals!: WellBeingGoal[];
  @Field(() => ReportMeasureLatestModel, {
    nullable: true,
    description: 'Null: no figure for any period ended by then.',
  })
  latest!: ReportMeasureLatestModel | null;
  @Field(() => ReportMeasureTrendsModel) trend!: ReportMeasureTrendsModel;
  @Field(() => [ReportMeasureFigureModel], {
    description: 'Current figures of the last periods (up to 8), oldest first, for charts.',
  })
  recent!: ReportMeasureFigureModel[];
}

@ObjectType('ReportMeasures', {
  description: 'Outcome measures as at the period end: figures for periods ended by then.',
})
export class ReportMeasuresModel {
  @Field({ description: 'Figures are for periods ended by this day (the period end).' })
  endedBy!: string;
  @Field(() => MeasureRagCountsModel) counts!: MeasureRagCountsModel;
  @Field(() => [ReportMeasureModel], { description: 'Every measure, by reference.' })
  measures!: ReportMeasureModel[];
  @Field(() => [ReportMeasureModel], {
    description: 'Measures whose latest figure is red or amber, by reference.',
  })
  offTarget!: ReportMeasureModel[];
}

@ObjectType('ReportRisk', { description: 'A risk as it stood at the period end.' })
export class ReportRiskModel {
  @Field(() => ID) riskId!: string;
  @Field({ description: 'e.g. "R12".' }) reference!: string;
  @Field(() => RiskKind) kind!: RiskKind;
  @Field(() => BilingualTextModel) title!: BilingualTextModel;
  @Field(() => RiskCategory) category!: RiskCategory;
  @Field({ description: "The owner's name." }) owner!: string;
  @Field(() => RiskScoreModel, { description: 'From its latest review by the period end.' })
  current!: RiskScoreModel;
  @Field(() => RiskScoreModel, { nullable: true }) target!: RiskScoreModel | null;
  @Field(() => Int, { description: "Its category's appetite when the report was built." })
  appetite!: number;
  @Field() aboveAppetite!: boolean;
  @Field(() => String, { nullable: true, description: 'Escalated by the period end, if so.' })
  escalatedOn!: string | null;
  @Field(() => String, { nullable: true, description: 'Closed by the period end, if so.' })
  closedOn!: string | null;
  @Field({ description: 'The day of its first review.' }) recordedOn!: string;
  @Field(() => RiskScoreModel, {
    nullable: true,
    description: 'Its score when compared with (see ReportRisks.since); null: recorded since.',
  })
  previous!: RiskScoreModel | null;
  @Field(() => MeasureTrend, { nullable: true, description: 'Null: recorded since.' })
  trend!: MeasureTrend | null;
}

@ObjectType('ReportRisks', {
  description:
    'The risk register as at the period end, compared with the audience’s previous issued report (or, without one, the start of the period).',
})
export class ReportRisksModel {
  @Field({ description: 'Scores are from reviews dated by this day (the period end).' })
  asAt!: string;
  @Field({ description: 'New and closed risks are those after this day, up to asAt.' })
  since!: string;
  @Field(() => ID, { nullable: true, description: 'The report compared with, if any.' })
  sinceReportId!: string | null;
  @Field(() => String, { nullable: true, description: 'Its period, e.g. "2026-27 Q1".' })
  sincePeriod!: string | null;
  @Field(() => [RiskBandCountModel], { description: 'Open risks per band, lowest first.' })
  bands!: RiskBandCountModel[];
  @Field(() => [RiskHeatMapCellModel], {
    description: 'Open risks on the 5 × 5 matrix by current score: all 25 cells.',
  })
  heatMap!: RiskHeatMapCellModel[];
  @Field(() => [ReportRiskModel], { description: 'Open risks, highest current score first.' })
  risks!: ReportRiskModel[];
  @Field(() => [ReportRiskModel], { description: "Open risks over their category's appetite." })
  aboveAppetite!: ReportRiskModel[];
  @Field(() => [ReportRiskModel], { description: 'Recorded since.' })
  opened!: ReportRiskModel[];
  @Field(() => [ReportRiskModel], { description: 'Closed since.' })
  closed!: ReportRiskModel[];
  @Field(() => [ReportRiskModel], { description: 'Open risks whose score rose since.' })
  worsened!: ReportRiskModel[];
  @Field(() => [ReportRiskModel], { description: 'Open risks whose score fell since.' })
  improved!: ReportRiskModel[];
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
  @Field(() => ReportMeasuresModel, {
    description: 'Outcome measures; empty in reports issued before measures were reported.',
  })
  measures!: ReportMeasuresModel;
  @Field(() => ReportRisksModel, {
    nullable: true,
    description: 'Null only in reports issued before risks were reported.',
  })
  risks!: ReportRisksModel | null;
  @Field(() => [ReportMilestoneModel], {
    description: 'Due by the period end, not completed then.',
  })
  milestonesMissed!: ReportMilestoneModel[];
  @Field(() => [ReportMilestoneModel], { description: 'Due in the following quarter.' })
  milestonesDueNext!: ReportMilestoneModel[];
  @Field(() => [ReportThemeCoverageModel]) themes!: ReportThemeCoverageModel[];
  @Field(() => [ReportGoalContributionModel], {
    description:
      'Each well-being goal, in the order of the Act; empty in reports issued before goals were reported.',
  })
  goalContribution!: ReportGoalContributionModel[];
  @Field(() => [ReportActionLineModel], { description: 'Reported complete in the period.' })
  completed!: ReportActionLineModel[];
  @Field(() => [ReportActionLineModel], { description: 'Every action of the plan, by reference.' })
  actions!: ReportActionLineModel[];
}

/** The measures section of a report issued before it had one. */
export function noMeasures(endedBy: string): ReportMeasuresModel {
  return { endedBy, counts: new MeasureRagCountsModel(), measures: [], offTarget: [] };
}

/** Marks `K` of `T` as possibly missing, as in snapshots issued before they were added. */
type AddedLater<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;

type StoredActionLine = AddedLater<ReportActionLineModel, 'wellBeingGoals'>;
type StoredMeasure = AddedLater<ReportMeasureModel, 'wellBeingGoals'>;
type StoredMeasures = Omit<ReportMeasuresModel, 'measures' | 'offTarget'> & {
  measures: StoredMeasure[];
  offTarget: StoredMeasure[];
};

/**
 * An issued report's content as stored. Snapshots are plain JSON written by the version of the
 * builder that issued them: sections and fields added since are missing from older ones and read
 * as empty.
 */
export type StoredReportContent = Omit<
  ReportContentModel,
  'measures' | 'risks' | 'goalContribution' | 'exceptions' | 'completed' | 'actions'
> & {
  measures?: StoredMeasures;
  risks?: ReportRisksModel | null;
  goalContribution?: ReportGoalContributionModel[];
  exceptions: StoredActionLine[];
  completed: StoredActionLine[];
  actions: StoredActionLine[];
};

const withGoals = <T extends { wellBeingGoals?: WellBeingGoal[] }>(line: T) => ({
  ...line,
  wellBeingGoals: line.wellBeingGoals ?? [],
});

/**
 * Measures read as empty; risks as absent, as a board that saw no risk section saw none; goals
 * (on lines and per goal) as none, as the report was issued before anything was tagged with them.
 */
export function readSnapshot(snapshot: StoredReportContent): ReportContentModel {
  return {
    ...snapshot,
    exceptions: snapshot.exceptions.map(withGoals),
    completed: snapshot.completed.map(withGoals),
    actions: snapshot.actions.map(withGoals),
    measures: snapshot.measures
      ? {
          ...snapshot.measures,
          measures: snapshot.measures.measures.map(withGoals),
          offTarget: snapshot.measures.offTarget.map(withGoals),
        }
      : noMeasures(snapshot.period.endDate),
    risks: snapshot.risks ?? null,
    goalContribution: snapshot.goalContribution ?? [],
  };
}
