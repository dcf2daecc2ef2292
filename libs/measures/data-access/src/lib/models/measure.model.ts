import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

import { BilingualTextModel, toBilingualModel } from '@cynnydd/server/core';
import {
  financialYearLabel,
  MeasureDirection,
  MeasureFrequency,
  MeasureUnit,
  Theme,
  WayOfWorking,
  WellBeingGoal,
} from '@cynnydd/shared/domain';

import type { Measure, MeasureTarget } from '../measure.entity';

@ObjectType('MeasureBaseline')
export class MeasureBaselineModel {
  @Field(() => Float)
  value!: number;

  @Field({ description: 'YYYY-MM-DD' })
  date!: string;
}

@ObjectType('MeasureTarget')
export class MeasureTargetModel {
  @Field({ description: 'e.g. "2025-26".' })
  financialYear!: string;

  @Field(() => Float)
  value!: number;
}

@ObjectType('MeasureTolerance', {
  description:
    'How far short of the target a figure may fall: up to `amber` it is green, beyond `red` red.',
})
export class MeasureToleranceModel {
  @Field(() => Float)
  amber!: number;

  @Field(() => Float)
  red!: number;
}

@ObjectType('Measure', {
  description: 'An outcome indicator with targets, followed beside the actions.',
})
export class MeasureModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'e.g. "M4.1".' })
  reference!: string;

  @Field(() => BilingualTextModel)
  name!: BilingualTextModel;

  @Field(() => BilingualTextModel)
  definition!: BilingualTextModel;

  @Field(() => BilingualTextModel, { description: 'How the figure is calculated.' })
  calculation!: BilingualTextModel;

  @Field(() => BilingualTextModel)
  dataSource!: BilingualTextModel;

  @Field(() => MeasureUnit)
  unit!: MeasureUnit;

  @Field(() => MeasureDirection)
  direction!: MeasureDirection;

  @Field(() => MeasureFrequency)
  frequency!: MeasureFrequency;

  @Field(() => [Theme], { description: 'Principle and priority tags.' })
  themes!: Theme[];

  @Field(() => [WellBeingGoal], {
    description: 'Well-being of Future Generations (Wales) Act goals it contributes to.',
  })
  wellBeingGoals!: WellBeingGoal[];

  @Field(() => [WayOfWorking], { description: "The Act's ways of working it follows." })
  waysOfWorking!: WayOfWorking[];

  @Field(() => MeasureToleranceModel)
  tolerance!: MeasureToleranceModel;

  @Field(() => MeasureBaselineModel, { nullable: true })
  baseline!: MeasureBaselineModel | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;

  @Field(() => Int)
  version!: number;

  ownerId!: string;
}

@ObjectType('MeasurePage', { description: 'A page of measures, by reference.' })
export class MeasurePageModel {
  @Field(() => [MeasureModel])
  measures!: MeasureModel[];

  @Field(() => Int, { description: 'How many measures the filter selects, on every page.' })
  totalCount!: number;
}

export function toMeasureModel(entity: Measure): MeasureModel {
  return {
    id: entity.id,
    reference: entity.reference,
    name: toBilingualModel(entity.name),
    definition: toBilingualModel(entity.definition),
    calculation: toBilingualModel(entity.calculation),
    dataSource: toBilingualModel(entity.dataSource),
    unit: entity.unit,
    direction: entity.direction,
    frequency: entity.frequency,
    themes: entity.themes,
    wellBeingGoals: entity.wellBeingGoals,
    waysOfWorking: entity.waysOfWorking,
    tolerance: { amber: entity.amberTolerance, red: entity.redTolerance },
    baseline:
      entity.baselineValue === null || entity.baselineDate === null
        ? null
        : { value: entity.baselineValue, date: entity.baselineDate },
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
    version: entity.version,
    ownerId: entity.ownerId,
  };
}

export function toMeasureTargetModel(target: MeasureTarget): MeasureTargetModel {
  return { financialYear: financialYearLabel(target.financialYear), value: target.value };
}
