import { Field, ObjectType } from '@nestjs/graphql';

import { MeasureTrend } from '@cynnydd/shared/domain';

@ObjectType('MeasureTrends', {
  description: 'Which way the latest figure moved, for the better or worse.',
})
export class MeasureTrendsModel {
  @Field(() => MeasureTrend, {
    nullable: true,
    description: 'Against the figure of the period before; null without two figures.',
  })
  sincePrevious!: MeasureTrend | null;

  @Field(() => MeasureTrend, { nullable: true, description: 'Against the baseline, if any.' })
  sinceBaseline!: MeasureTrend | null;
}
