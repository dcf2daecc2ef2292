import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { BilingualTextModel, toBilingualModel } from '@cynnydd/server/core';

import type { Person } from '../person.entity';

@ObjectType('Person', { description: 'Someone who owns, leads or updates actions.' })
export class PersonModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  email!: string;

  @Field(() => BilingualTextModel)
  jobTitle!: BilingualTextModel;

  @Field(() => Int)
  version!: number;

  /** Resolved through a loader; carried for the field resolver. */
  organisationId!: string;
}

export function toPersonModel(entity: Person): PersonModel {
  return {
    id: entity.id,
    name: entity.name,
    email: entity.email,
    jobTitle: toBilingualModel(entity.jobTitle),
    organisationId: entity.organisationId,
    version: entity.version,
  };
}
