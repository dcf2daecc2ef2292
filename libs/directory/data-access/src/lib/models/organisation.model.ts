import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { BilingualTextModel, toBilingualModel } from '@cynnydd/server/core';
import { OrganisationType } from '@cynnydd/shared/domain';

import type { Organisation } from '../organisation.entity';

@ObjectType('Organisation', {
  description: 'A delivery body (HEIW, Social Care Wales) or a partner.',
})
export class OrganisationModel {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field(() => OrganisationType)
  type!: OrganisationType;

  @Field(() => BilingualTextModel)
  name!: BilingualTextModel;

  @Field(() => Int)
  version!: number;
}

export function toOrganisationModel(entity: Organisation): OrganisationModel {
  return {
    id: entity.id,
    code: entity.code,
    type: entity.type,
    name: toBilingualModel(entity.name),
    version: entity.version,
  };
}
