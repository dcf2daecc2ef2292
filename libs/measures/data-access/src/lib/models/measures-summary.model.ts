import { Field, Int, ObjectType } from '@nestjs/graphql';

import { MeasureRag } from '@cynnydd/shared/domain';

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

/** Counts a measure by its latest figure (`undefined` when it has none) and that figure's RAG. */
export function countMeasure(
  counts: MeasureRagCountsModel,
  latest: { value: number | null; rag: MeasureRag | null } | undefined,
): void {
  counts.total += 1;
  if (!latest || latest.value === null) counts.noFigure += 1;
  else if (!latest.rag) counts.contextual += 1;
  else if (latest.rag === MeasureRag.RED) counts.red += 1;
  else if (latest.rag === MeasureRag.AMBER) counts.amber += 1;
  else counts.green += 1;
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
