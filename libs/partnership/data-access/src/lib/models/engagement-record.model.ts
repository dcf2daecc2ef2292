import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { BilingualTextModel, toBilingualModel } from '@cynnydd/server/core';
import { EngagementOutcome } from '@cynnydd/shared/domain';

import type { EngagementRecord } from '../engagement-record.entity';
import { EngagementSubjectKind, subjectOf } from '../engagement-rules';

registerEnumType(EngagementSubjectKind, {
  name: 'EngagementSubjectKind',
  description: 'What an engagement record is about.',
});

@ObjectType('EngagementRecord', {
  description: 'How the social partners were engaged on an action, measure, risk or plan.',
})
export class EngagementRecordModel {
  @Field(() => ID)
  id!: string;

  @Field(() => EngagementSubjectKind)
  subjectKind!: EngagementSubjectKind;

  @Field(() => ID)
  subjectId!: string;

  @Field({ description: 'YYYY-MM-DD' })
  engagedOn!: string;

  @Field(() => ID, { nullable: true })
  forumId!: string | null;

  @Field(() => ID, { nullable: true })
  meetingId!: string | null;

  @Field(() => BilingualTextModel, { description: 'What the partners were consulted on.' })
  consultedOn!: BilingualTextModel;

  @Field(() => EngagementOutcome)
  outcome!: EngagementOutcome;

  @Field(() => BilingualTextModel, { description: 'For a compromise: what was agreed.' })
  agreed!: BilingualTextModel;

  @Field(() => BilingualTextModel, { description: 'For no agreement: why.' })
  disagreement!: BilingualTextModel;

  @Field(() => BilingualTextModel, { description: 'For no agreement: what happens next.' })
  nextSteps!: BilingualTextModel;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;

  @Field(() => Int)
  version!: number;
}

export function toEngagementRecordModel(entity: EngagementRecord): EngagementRecordModel {
  const subject = subjectOf(entity);
  return {
    id: entity.id,
    subjectKind: subject.kind,
    subjectId: subject.id,
    engagedOn: entity.engagedOn,
    forumId: entity.forumId,
    meetingId: entity.meetingId,
    consultedOn: toBilingualModel(entity.consultedOn),
    outcome: entity.outcome,
    agreed: toBilingualModel(entity.agreed),
    disagreement: toBilingualModel(entity.disagreement),
    nextSteps: toBilingualModel(entity.nextSteps),
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
    version: entity.version,
  };
}
