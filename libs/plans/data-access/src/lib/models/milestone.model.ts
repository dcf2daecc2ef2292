import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { BilingualTextModel, toBilingualModel } from '@cynnydd/server/core';

import type { Milestone } from '../milestone.entity';

@ObjectType('Milestone', { description: 'A deliverable or milestone of an action.' })
export class MilestoneModel {
  @Field(() => ID)
  id!: string;

  @Field(() => BilingualTextModel)
  title!: BilingualTextModel;

  @Field({ description: 'YYYY-MM-DD' })
  dueDate!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, null while outstanding.' })
  completedOn!: string | null;

  @Field(() => Int)
  version!: number;

  actionId!: string;
}

export function toMilestoneModel(entity: Milestone): MilestoneModel {
  return {
    id: entity.id,
    title: toBilingualModel(entity.title),
    dueDate: entity.dueDate,
    completedOn: entity.completedOn,
    version: entity.version,
    actionId: entity.actionId,
  };
}
