import { Field, Int, ObjectType } from '@nestjs/graphql';

import { MeasureModel } from './measure.model';

@ObjectType('MeasureRagCounts', { description: 'Measures by the RAG of their latest figure.' })
export class MeasureRagCountsModel {
  @Field(() => Int) red = 0;
  @Field(() => Int) amber = 0;
  @Field(() => Int) green = 0;
  @Field(() => Int, { description: 'A figure, but no target for its year.' }) contextual = 0;
  @Field(() => Int, { description: 'No figure yet, or the latest is not available.' })
  noFigure = 0;
  @Field(() => Int) total = 0;
}

@ObjectType('MeasuresSummary')
export class MeasuresSummaryModel {
  @Field(() => MeasureRagCountsModel)
  counts!: MeasureRagCountsModel;

  @Field(() => [MeasureModel], {
    description: 'Measures whose latest RAG is worse than the one before, by reference.',
  })
  worsened!: MeasureModel[];
}
