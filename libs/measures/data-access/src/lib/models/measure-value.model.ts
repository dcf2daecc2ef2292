import { Field, Float, ID, ObjectType } from '@nestjs/graphql';

import { BilingualTextModel, toBilingualModel } from '@cynnydd/server/core';
import {
  MeasureFrequency,
  MeasureRag,
  ValueQuality,
  type RagExplanationInput,
} from '@cynnydd/shared/domain';

@ObjectType('ValueBreakdown', { description: 'Part of a figure: by organisation or region.' })
export class ValueBreakdownModel {
  @Field(() => BilingualTextModel)
  label!: BilingualTextModel;

  @Field(() => Float)
  value!: number;
}

@ObjectType('MeasureFigure', { description: "A period's current figure, and nothing else." })
export class MeasureFigureModel {
  @Field({ description: 'YYYY-MM-DD: first day of the period.' })
  periodStart!: string;

  @Field(() => Float, { nullable: true, description: 'Null when not available.' })
  value!: number | null;

  /** Its measure's: the `periodLabel` field is worked out from it (MeasureFigureResolver). */
  frequency!: MeasureFrequency;
}

@ObjectType('MeasureValue', {
  description:
    "A measure's figure for one period, with its RAG worked out from the target and tolerance.",
})
export class MeasureValueModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'YYYY-MM-DD: first day of the month, quarter or financial year.' })
  periodStart!: string;

  @Field({ description: 'YYYY-MM-DD: last day of the period.' })
  periodEnd!: string;

  @Field(() => Float, { nullable: true, description: 'Null when not available.' })
  value!: number | null;

  @Field(() => ValueQuality)
  quality!: ValueQuality;

  @Field(() => BilingualTextModel)
  notAvailableReason!: BilingualTextModel;

  @Field(() => BilingualTextModel)
  commentary!: BilingualTextModel;

  @Field(() => [ValueBreakdownModel])
  breakdowns!: ValueBreakdownModel[];

  @Field(() => Date)
  submittedAt!: Date;

  @Field({ description: 'True when it replaced an earlier figure for the same period.' })
  revised!: boolean;

  @Field(() => Float, {
    nullable: true,
    description: "The target for the period's financial year; null for a contextual measure.",
  })
  target!: number | null;

  @Field(() => MeasureRag, {
    nullable: true,
    description: 'Null without a figure or without a target.',
  })
  rag!: MeasureRag | null;

  /** Its measure's: the `periodLabel` field is worked out from it (MeasureValueResolver). */
  frequency!: MeasureFrequency;
  /** What the `ragExplanation` field puts in words (MeasureValueResolver). */
  reason!: RagExplanationInput | null;
  authorId!: string;
  measureId!: string;
}

/** The figures the RAG is worked out from, already decided by the caller. */
export interface ValueAssessment {
  frequency: MeasureFrequency;
  periodEnd: string;
  revised: boolean;
  target: number | null;
  rag: MeasureRag | null;
  reason: RagExplanationInput | null;
}

export function toMeasureValueModel(
  entity: {
    id: string;
    measureId: string;
    periodStart: string;
    value: number | null;
    quality: ValueQuality;
    notAvailableReason: { en: string | null; cy: string | null };
    commentary: { en: string | null; cy: string | null };
    breakdowns: { label: { en: string | null; cy: string | null }; value: number }[];
    authorId: string;
    submittedAt: Date;
  },
  assessment: ValueAssessment,
): MeasureValueModel {
  return {
    id: entity.id,
    measureId: entity.measureId,
    periodStart: entity.periodStart,
    value: entity.value,
    quality: entity.quality,
    notAvailableReason: toBilingualModel(entity.notAvailableReason),
    commentary: toBilingualModel(entity.commentary),
    breakdowns: entity.breakdowns.map((part) => ({
      label: toBilingualModel(part.label),
      value: part.value,
    })),
    authorId: entity.authorId,
    submittedAt: entity.submittedAt,
    ...assessment,
  };
}
