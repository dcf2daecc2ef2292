import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { BilingualTextModel, toBilingualModel } from '@cynnydd/server/core';
import { RagStatus } from '@cynnydd/shared/domain';

import type { StatusUpdate } from '../status-update.entity';

@ObjectType('StatusUpdate', { description: 'A progress report on an action for a period.' })
export class StatusUpdateModel {
  @Field(() => ID)
  id!: string;

  @Field(() => RagStatus)
  rag!: RagStatus;

  @Field(() => Int)
  percentComplete!: number;

  @Field(() => BilingualTextModel)
  commentary!: BilingualTextModel;

  @Field(() => BilingualTextModel, { description: 'Risks and issues.' })
  risks!: BilingualTextModel;

  @Field(() => BilingualTextModel)
  nextSteps!: BilingualTextModel;

  @Field(() => Date)
  submittedAt!: Date;

  actionId!: string;
  reportingPeriodId!: string;
  authorId!: string;
}

export function toStatusUpdateModel(entity: StatusUpdate): StatusUpdateModel {
  return {
    id: entity.id,
    rag: entity.rag,
    percentComplete: entity.percentComplete,
    commentary: toBilingualModel(entity.commentary),
    risks: toBilingualModel(entity.risks),
    nextSteps: toBilingualModel(entity.nextSteps),
    submittedAt: entity.submittedAt,
    actionId: entity.actionId,
    reportingPeriodId: entity.reportingPeriodId,
    authorId: entity.authorId,
  };
}
