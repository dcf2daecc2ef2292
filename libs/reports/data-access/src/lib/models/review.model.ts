import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { BilingualTextModel, toBilingualModel } from '@cynnydd/server/core';
import { ReviewEntryKind } from '@cynnydd/shared/domain';

import type { FollowUp } from '../follow-up.entity';
import type { ReviewEntry } from '../review-entry.entity';

@ObjectType('ReviewEntry', {
  description: "A comment or decision: a board's on an issued report, a meeting's, or both.",
})
export class ReviewEntryModel {
  @Field(() => ID) id!: string;
  @Field(() => ReviewEntryKind) kind!: ReviewEntryKind;
  @Field(() => BilingualTextModel) text!: BilingualTextModel;
  @Field({ description: 'As recorded when written.' }) authorName!: string;
  @Field() createdAt!: Date;
  reportId!: string | null;
  meetingId!: string | null;
  agendaItemId!: string | null;
  actionId!: string | null;
}

@ObjectType('FollowUp', { description: 'Work a board decision set, tracked until done.' })
export class FollowUpModel {
  @Field(() => ID) id!: string;
  @Field(() => BilingualTextModel) title!: BilingualTextModel;
  @Field({ description: 'YYYY-MM-DD' }) dueDate!: string;
  @Field(() => String, { nullable: true }) completedOn!: string | null;
  @Field(() => Int) version!: number;
  ownerId!: string;
  decisionId!: string;
}

export function toReviewEntryModel(entity: ReviewEntry): ReviewEntryModel {
  return {
    id: entity.id,
    kind: entity.kind,
    text: toBilingualModel(entity.text),
    authorName: entity.authorName,
    createdAt: entity.createdAt,
    reportId: entity.reportId,
    meetingId: entity.meetingId,
    agendaItemId: entity.agendaItemId,
    actionId: entity.actionId,
  };
}

export function toFollowUpModel(entity: FollowUp): FollowUpModel {
  return {
    id: entity.id,
    title: toBilingualModel(entity.title),
    dueDate: entity.dueDate,
    completedOn: entity.completedOn,
    version: entity.version,
    ownerId: entity.ownerId,
    decisionId: entity.decisionId,
  };
}
