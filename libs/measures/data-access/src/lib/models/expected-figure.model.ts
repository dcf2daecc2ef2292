import { Field, ObjectType } from '@nestjs/graphql';

import { BilingualTextModel } from '@cynnydd/server/core';
import { measurePeriodLabel } from '@cynnydd/shared/domain';

import type { ExpectedFigure } from '../expected-figures.service';
import { MeasureModel } from './measure.model';

@ObjectType('ExpectedFigure', { description: 'A figure an update round asks for.' })
export class ExpectedFigureModel {
  @Field(() => MeasureModel)
  measure!: MeasureModel;

  @Field({ description: 'YYYY-MM-DD: first day of the period.' })
  periodStart!: string;

  @Field(() => BilingualTextModel)
  periodLabel!: BilingualTextModel;

  @Field({ description: 'Whether the period has a figure.' })
  given!: boolean;
}

export function toExpectedFigureModel(
  figure: ExpectedFigure,
  measure: MeasureModel,
): ExpectedFigureModel {
  return {
    measure,
    periodStart: figure.periodStart,
    periodLabel: {
      en: measurePeriodLabel(figure.frequency, figure.periodStart, 'en'),
      cy: measurePeriodLabel(figure.frequency, figure.periodStart, 'cy'),
    },
    given: figure.given,
  };
}
