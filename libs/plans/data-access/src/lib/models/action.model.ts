import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { BilingualTextModel, toBilingualModel } from '@cynnydd/server/core';
import { LeadOrganisation, Theme, WayOfWorking, WellBeingGoal } from '@cynnydd/shared/domain';

import type { Action } from '../action.entity';

@ObjectType('Action', { description: 'An action of an annual plan in one strategic area.' })
export class ActionModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Reference within the plan, e.g. "3.2".' })
  reference!: string;

  @Field(() => BilingualTextModel)
  title!: BilingualTextModel;

  @Field(() => BilingualTextModel)
  description!: BilingualTextModel;

  @Field(() => LeadOrganisation)
  leadOrganisation!: LeadOrganisation;

  @Field({ description: 'YYYY-MM-DD' })
  startDate!: string;

  @Field({ description: 'YYYY-MM-DD' })
  dueDate!: string;

  @Field(() => [Theme], { description: 'Principle and priority tags.' })
  themes!: Theme[];

  @Field(() => [WellBeingGoal], {
    description: 'Well-being of Future Generations (Wales) Act goals it contributes to.',
  })
  wellBeingGoals!: WellBeingGoal[];

  @Field(() => [WayOfWorking], { description: "The Act's ways of working it follows." })
  waysOfWorking!: WayOfWorking[];

  @Field({ description: 'The social partners must be consulted before its plan is approved.' })
  needsPartnershipConsultation!: boolean;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;

  @Field(() => Int)
  version!: number;

  planId!: string;
  areaId!: string;
  carriedForwardFromId!: string | null;
}

export function toActionModel(entity: Action): ActionModel {
  return {
    id: entity.id,
    reference: entity.reference,
    title: toBilingualModel(entity.title),
    description: toBilingualModel(entity.description),
    leadOrganisation: entity.leadOrganisation,
    startDate: entity.startDate,
    dueDate: entity.dueDate,
    themes: entity.themes,
    wellBeingGoals: entity.wellBeingGoals,
    waysOfWorking: entity.waysOfWorking,
    needsPartnershipConsultation: entity.needsPartnershipConsultation,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
    version: entity.version,
    planId: entity.planId,
    areaId: entity.areaId,
    carriedForwardFromId: entity.carriedForwardFromId,
  };
}
