import { Field, Int, ObjectType } from '@nestjs/graphql';

import { ActionModel, AnnualPlanModel, MilestoneModel } from '@cynnydd/plans/data-access';
import { RagDirection, RagStatus, Theme } from '@cynnydd/shared/domain';
import { StrategicAreaModel } from '@cynnydd/strategy/data-access';

import { ReportingPeriodModel } from './reporting-period.model';

@ObjectType('RagCounts', { description: 'Actions by their status in a period.' })
export class RagCountsModel {
  @Field(() => Int) red = 0;
  @Field(() => Int) amber = 0;
  @Field(() => Int) green = 0;
  @Field(() => Int) complete = 0;
  @Field(() => Int) notStarted = 0;
  @Field(() => Int, { description: 'Actions with no update in the period.' }) noUpdate = 0;
  @Field(() => Int) total = 0;
}

@ObjectType('RagMovementCounts', {
  description: "Actions by how their status moved since the previous period's update.",
})
export class RagMovementCountsModel {
  @Field(() => Int) improved = 0;
  @Field(() => Int) worsened = 0;
  @Field(() => Int) unchanged = 0;
  @Field(() => Int, { description: 'Red now and not red (or not reported) before.' })
  newlyRed = 0;
  @Field(() => Int, { description: 'Complete now and not complete (or not reported) before.' })
  newlyComplete = 0;
  @Field(() => Int, { description: 'No update in one of the two periods, so not compared.' })
  notCompared = 0;
}

@ObjectType('ActionRagChange', { description: 'An action whose status moved between periods.' })
export class ActionRagChangeModel {
  @Field(() => ActionModel)
  action!: ActionModel;

  @Field(() => RagStatus)
  previous!: RagStatus;

  @Field(() => RagStatus)
  current!: RagStatus;

  @Field(() => RagDirection)
  direction!: RagDirection;
}

@ObjectType('RagMovement', {
  description:
    'Change since the previous reporting period. Carried-forward actions compare with the action they continue.',
})
export class RagMovementModel {
  @Field(() => ReportingPeriodModel, { nullable: true, description: 'None for the first period.' })
  previousPeriod!: ReportingPeriodModel | null;

  @Field(() => RagMovementCountsModel)
  counts!: RagMovementCountsModel;

  @Field(() => [ActionRagChangeModel], {
    description: 'Improved and worsened actions, by reference.',
  })
  changes!: ActionRagChangeModel[];
}

@ObjectType('AreaProgress')
export class AreaProgressModel {
  @Field(() => StrategicAreaModel)
  area!: StrategicAreaModel;

  @Field(() => RagCountsModel)
  counts!: RagCountsModel;

  @Field(() => RagMovementCountsModel)
  movement!: RagMovementCountsModel;
}

@ObjectType('ThemeProgress', { description: 'Progress of the actions tagged with a theme.' })
export class ThemeProgressModel {
  @Field(() => Theme)
  theme!: Theme;

  @Field(() => RagCountsModel)
  counts!: RagCountsModel;
}

@ObjectType('ProgressSummary', { description: "Where the year's plan stands in a period." })
export class ProgressSummaryModel {
  @Field(() => ReportingPeriodModel)
  reportingPeriod!: ReportingPeriodModel;

  @Field(() => AnnualPlanModel, { nullable: true, description: "The period's plan, if any." })
  plan!: AnnualPlanModel | null;

  @Field({ description: 'The day overdue is judged at: the period end, or today if earlier.' })
  asOf!: string;

  @Field(() => RagCountsModel)
  overall!: RagCountsModel;

  @Field(() => RagMovementModel)
  movement!: RagMovementModel;

  @Field(() => [AreaProgressModel], { description: 'All seven areas, in order.' })
  areas!: AreaProgressModel[];

  @Field(() => [ThemeProgressModel])
  themes!: ThemeProgressModel[];

  @Field(() => [MilestoneModel], { description: 'Due before asOf and not completed by then.' })
  overdueMilestones!: MilestoneModel[];

  @Field(() => [ActionModel], { description: 'Actions with no update in the period.' })
  actionsWithoutUpdate!: ActionModel[];
}
