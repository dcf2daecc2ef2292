import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { BilingualTextModel, toBilingualModel } from '@cynnydd/server/core';
import {
  financialYearEnd,
  financialYearLabel,
  financialYearStart,
  PlanState,
} from '@cynnydd/shared/domain';

import type { AnnualPlan } from '../annual-plan.entity';

@ObjectType('AnnualPlan', { description: 'The joint action plan for one financial year.' })
export class AnnualPlanModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Financial year label, e.g. "2025-26".' })
  financialYear!: string;

  @Field({ description: 'First day of the financial year (1 April).' })
  startDate!: string;

  @Field({ description: 'Last day of the financial year (31 March).' })
  endDate!: string;

  @Field(() => PlanState)
  state!: PlanState;

  @Field(() => BilingualTextModel)
  title!: BilingualTextModel;

  @Field(() => BilingualTextModel, {
    description:
      'Why it may be approved before the social partners were consulted on every tagged action.',
  })
  partnershipWaiver!: BilingualTextModel;

  @Field(() => Date, { nullable: true })
  approvedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;

  @Field(() => Int)
  version!: number;

  /** Start year, for field resolvers. */
  startYear!: number;
}

export function toAnnualPlanModel(entity: AnnualPlan): AnnualPlanModel {
  return {
    id: entity.id,
    financialYear: financialYearLabel(entity.financialYear),
    startDate: financialYearStart(entity.financialYear),
    endDate: financialYearEnd(entity.financialYear),
    state: entity.state,
    title: toBilingualModel(entity.title),
    partnershipWaiver: toBilingualModel(entity.partnershipWaiver),
    approvedAt: entity.approvedAt,
    closedAt: entity.closedAt,
    version: entity.version,
    startYear: entity.financialYear,
  };
}
