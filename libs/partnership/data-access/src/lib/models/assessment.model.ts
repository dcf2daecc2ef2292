import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

import { BilingualTextModel, toBilingualModel } from '@cynnydd/server/core';

import type {
  PartnershipAssessment,
  PartnershipScore,
  PartnershipStatement,
} from '../partnership-assessment.entity';

@ObjectType('PartnershipStatement', {
  description: 'A statement of the partnership behaviours self-assessment.',
})
export class PartnershipStatementModel {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => BilingualTextModel)
  text!: BilingualTextModel;

  @Field({ description: 'Scored in new assessments.' })
  active!: boolean;

  @Field(() => Int)
  version!: number;
}

@ObjectType('PartnershipScore')
export class PartnershipScoreModel {
  @Field(() => ID)
  statementId!: string;

  @Field(() => Int, { description: '1 (not at all) to 5 (fully).' })
  score!: number;

  @Field(() => BilingualTextModel)
  comment!: BilingualTextModel;
}

@ObjectType('PartnershipAssessment', {
  description: "A forum's partnership behaviours self-assessment.",
})
export class PartnershipAssessmentModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  forumId!: string;

  @Field(() => ID, { nullable: true })
  meetingId!: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  assessedOn!: string;

  @Field(() => Int)
  version!: number;
}

@ObjectType('PartnershipAssessmentSummary')
export class AssessmentSummaryModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'YYYY-MM-DD' })
  assessedOn!: string;

  @Field(() => Float, { nullable: true, description: 'Mean of its scores, to two places.' })
  average!: number | null;
}

@ObjectType('PartnershipStatementScoreAt')
export class StatementScoreAtModel {
  @Field(() => ID)
  assessmentId!: string;

  @Field()
  assessedOn!: string;

  @Field(() => Int)
  score!: number;
}

@ObjectType('PartnershipStatementTrend')
export class StatementTrendModel {
  @Field(() => PartnershipStatementModel)
  statement!: PartnershipStatementModel;

  @Field(() => [StatementScoreAtModel], { description: 'Oldest first.' })
  scores!: StatementScoreAtModel[];

  @Field(() => Int, { nullable: true })
  latest!: number | null;

  @Field(() => Int, { nullable: true, description: 'Latest minus the previous score.' })
  change!: number | null;
}

@ObjectType('PartnershipAssessmentComparison', {
  description: "A forum's self-assessments over time.",
})
export class AssessmentComparisonModel {
  @Field(() => [AssessmentSummaryModel], { description: 'Oldest first.' })
  assessments!: AssessmentSummaryModel[];

  @Field(() => [StatementTrendModel], { description: 'By position.' })
  statements!: StatementTrendModel[];
}

export function toStatementModel(entity: PartnershipStatement): PartnershipStatementModel {
  return {
    id: entity.id,
    position: entity.position,
    text: toBilingualModel(entity.text),
    active: entity.active,
    version: entity.version,
  };
}

export function toAssessmentModel(entity: PartnershipAssessment): PartnershipAssessmentModel {
  return {
    id: entity.id,
    forumId: entity.forumId,
    meetingId: entity.meetingId,
    assessedOn: entity.assessedOn,
    version: entity.version,
  };
}

export function toScoreModel(entity: PartnershipScore): PartnershipScoreModel {
  return {
    statementId: entity.statementId,
    score: entity.score,
    comment: toBilingualModel(entity.comment),
  };
}
