import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { BilingualTextModel, toBilingualModel } from '@cynnydd/server/core';
import {
  riskBand,
  RiskBand,
  RiskCategory,
  RiskKind,
  riskScore,
  RiskState,
} from '@cynnydd/shared/domain';

import type { Risk, RiskMitigation, RiskReview } from '../risk.entity';

@ObjectType('RiskScore', { description: 'A point on the 5 × 5 matrix and its band.' })
export class RiskScoreModel {
  @Field(() => Int)
  likelihood!: number;

  @Field(() => Int)
  consequence!: number;

  @Field(() => Int, { description: 'Likelihood × consequence, 1 to 25.' })
  score!: number;

  @Field(() => RiskBand)
  band!: RiskBand;
}

@ObjectType('RiskTarget')
export class RiskTargetModel extends RiskScoreModel {
  @Field({ description: 'YYYY-MM-DD' })
  date!: string;
}

@ObjectType('RiskEscalation', { description: 'Taken to the oversight board.' })
export class RiskEscalationModel {
  @Field({ description: 'YYYY-MM-DD' })
  on!: string;

  @Field(() => BilingualTextModel)
  reason!: BilingualTextModel;

  byId!: string;
}

@ObjectType('RiskClosure')
export class RiskClosureModel {
  @Field({ description: 'YYYY-MM-DD' })
  on!: string;

  @Field(() => BilingualTextModel)
  reason!: BilingualTextModel;

  @Field(() => BilingualTextModel, { description: 'For an issue: how it was resolved.' })
  resolution!: BilingualTextModel;
}

@ObjectType('Risk', {
  description: 'Something that could stop delivery (or, as an issue, has), scored 5 × 5.',
})
export class RiskModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'e.g. "R12".' })
  reference!: string;

  @Field(() => RiskKind)
  kind!: RiskKind;

  @Field(() => RiskState)
  state!: RiskState;

  @Field(() => BilingualTextModel)
  title!: BilingualTextModel;

  @Field(() => BilingualTextModel, { description: 'Cause, event and effect.' })
  description!: BilingualTextModel;

  @Field(() => RiskCategory)
  category!: RiskCategory;

  @Field(() => BilingualTextModel, { description: 'What already keeps it down.' })
  controls!: BilingualTextModel;

  @Field(() => BilingualTextModel, { description: 'For an issue: what it has done.' })
  impact!: BilingualTextModel;

  @Field(() => RiskScoreModel, { description: 'Before any controls.' })
  inherent!: RiskScoreModel;

  @Field(() => RiskScoreModel, { description: 'As at the latest review.' })
  current!: RiskScoreModel;

  @Field(() => RiskTargetModel, { nullable: true })
  target!: RiskTargetModel | null;

  @Field(() => Int, { description: 'Months between reviews.' })
  reviewEveryMonths!: number;

  @Field({ description: 'YYYY-MM-DD' })
  nextReviewDue!: string;

  @Field(() => RiskEscalationModel, { nullable: true })
  escalation!: RiskEscalationModel | null;

  @Field(() => RiskClosureModel, { nullable: true })
  closure!: RiskClosureModel | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;

  @Field(() => Int)
  version!: number;

  ownerId!: string;
  raisedFromUpdateId!: string | null;
}

export function toRiskScoreModel(likelihood: number, consequence: number): RiskScoreModel {
  const score = riskScore({ likelihood, consequence });
  return { likelihood, consequence, score, band: riskBand(score) };
}

export function toRiskModel(risk: Risk): RiskModel {
  return {
    id: risk.id,
    reference: risk.reference,
    kind: risk.kind,
    state: risk.closedOn ? RiskState.CLOSED : RiskState.OPEN,
    title: toBilingualModel(risk.title),
    description: toBilingualModel(risk.description),
    category: risk.category,
    controls: toBilingualModel(risk.controls),
    impact: toBilingualModel(risk.impact),
    inherent: toRiskScoreModel(risk.inherentLikelihood, risk.inherentConsequence),
    current: toRiskScoreModel(risk.currentLikelihood, risk.currentConsequence),
    target:
      risk.targetLikelihood && risk.targetConsequence && risk.targetDate
        ? {
            ...toRiskScoreModel(risk.targetLikelihood, risk.targetConsequence),
            date: risk.targetDate,
          }
        : null,
    reviewEveryMonths: risk.reviewEveryMonths,
    nextReviewDue: risk.nextReviewDue,
    escalation:
      risk.escalatedOn && risk.escalatedById
        ? {
            on: risk.escalatedOn,
            reason: toBilingualModel(risk.escalationReason),
            byId: risk.escalatedById,
          }
        : null,
    closure: risk.closedOn
      ? {
          on: risk.closedOn,
          reason: toBilingualModel(risk.closedReason),
          resolution: toBilingualModel(risk.resolution),
        }
      : null,
    createdAt: risk.createdAt,
    updatedAt: risk.updatedAt,
    version: risk.version,
    ownerId: risk.ownerId,
    raisedFromUpdateId: risk.raisedFromUpdateId,
  };
}

@ObjectType('RiskReview', { description: 'A dated score with commentary; never changed.' })
export class RiskReviewModel {
  @Field(() => ID)
  id!: string;

  @Field(() => RiskScoreModel)
  score!: RiskScoreModel;

  @Field(() => BilingualTextModel)
  commentary!: BilingualTextModel;

  @Field({ description: 'YYYY-MM-DD: the day of the review.' })
  reviewedOn!: string;

  @Field(() => Date)
  reviewedAt!: Date;

  reviewerId!: string;
}

export function toRiskReviewModel(review: RiskReview): RiskReviewModel {
  return {
    id: review.id,
    score: toRiskScoreModel(review.likelihood, review.consequence),
    commentary: toBilingualModel(review.commentary),
    reviewedOn: review.reviewedOn,
    reviewedAt: review.reviewedAt,
    reviewerId: review.reviewerId,
  };
}

@ObjectType('RiskMitigation', { description: 'A follow-up that brings the risk down.' })
export class RiskMitigationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => BilingualTextModel)
  description!: BilingualTextModel;

  @Field({ description: 'YYYY-MM-DD' })
  dueDate!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  completedOn!: string | null;

  ownerId!: string;
}

export function toRiskMitigationModel(mitigation: RiskMitigation): RiskMitigationModel {
  return {
    id: mitigation.id,
    description: toBilingualModel(mitigation.description),
    dueDate: mitigation.dueDate,
    completedOn: mitigation.completedOn,
    ownerId: mitigation.ownerId,
  };
}

@ObjectType('RiskAppetite', { description: 'The highest current score accepted in a category.' })
export class RiskAppetiteModel {
  @Field(() => ID)
  id!: string;

  @Field(() => RiskCategory)
  category!: RiskCategory;

  @Field(() => Int)
  appetite!: number;

  @Field(() => Int)
  version!: number;
}

@ObjectType('RiskHeatMapCell')
export class RiskHeatMapCellModel {
  @Field(() => Int)
  likelihood!: number;

  @Field(() => Int)
  consequence!: number;

  @Field(() => Int)
  count!: number;
}

@ObjectType('RiskBandCount')
export class RiskBandCountModel {
  @Field(() => RiskBand)
  band!: RiskBand;

  @Field(() => Int)
  count!: number;
}

@ObjectType('RiskProfile', {
  description: 'The risks a filter selects, counted on the 5 × 5 matrix by current score.',
})
export class RiskProfileModel {
  @Field(() => Int)
  total!: number;

  @Field(() => [RiskHeatMapCellModel], {
    description: 'All 25 cells, likelihood then consequence.',
  })
  cells!: RiskHeatMapCellModel[];

  @Field(() => [RiskBandCountModel], { description: 'Every band, lowest first.' })
  bands!: RiskBandCountModel[];

  @Field(() => Int, { description: "Over their category's appetite." })
  aboveAppetite!: number;

  @Field(() => Int, { description: 'Over appetite and not yet escalated.' })
  awaitingEscalation!: number;

  @Field(() => Int)
  escalated!: number;

  @Field(() => Int)
  reviewOverdue!: number;
}
