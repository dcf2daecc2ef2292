import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { BilingualTextModel, toBilingualModel } from '@cynnydd/server/core';
import { PublicationState } from '@cynnydd/shared/domain';

import type { Publication } from '../publication.entity';

@ObjectType('PublicationAreaSummary')
export class PublicationAreaSummaryModel {
  @Field(() => Int) areaNumber!: number;
  @Field(() => BilingualTextModel) summary!: BilingualTextModel;
}

@ObjectType('PublicAddresses', { description: 'Where the public reads it, in each language.' })
export class PublicAddressesModel {
  @Field() en!: string;
  @Field() cy!: string;
}

@ObjectType('Publication', {
  description: 'What the public sees of an issued report, once published.',
})
export class PublicationModel {
  @Field(() => ID) id!: string;
  @Field(() => PublicationState) state!: PublicationState;
  @Field(() => Int, { nullable: true, description: 'Given when published: 1, 2, 3…' })
  number!: number | null;
  @Field(() => BilingualTextModel) introduction!: BilingualTextModel;
  @Field(() => [PublicationAreaSummaryModel]) areaSummaries!: PublicationAreaSummaryModel[];
  @Field(() => [ID]) excludedActionIds!: string[];
  @Field() showOwnerNames!: boolean;
  @Field() includeMeasures!: boolean;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => Date, { nullable: true }) withdrawnAt!: Date | null;
  @Field(() => BilingualTextModel) withdrawalReason!: BilingualTextModel;
  @Field(() => PublicAddressesModel, {
    description: 'Its public pages; for a draft, its preview (signed in only).',
  })
  addresses!: PublicAddressesModel;
  @Field() createdAt!: Date;
  @Field(() => Int) version!: number;
  reportId!: string;
}

export function toPublicationModel(
  entity: Publication,
  addresses: PublicAddressesModel,
): PublicationModel {
  return {
    id: entity.id,
    state: entity.state,
    number: entity.number,
    introduction: toBilingualModel(entity.introduction),
    areaSummaries: entity.areaSummaries.map(({ areaNumber, en, cy }) => ({
      areaNumber,
      summary: { en, cy },
    })),
    excludedActionIds: entity.excludedActionIds,
    showOwnerNames: entity.showOwnerNames,
    includeMeasures: entity.includeMeasures,
    publishedAt: entity.publishedAt,
    withdrawnAt: entity.withdrawnAt,
    withdrawalReason: toBilingualModel(entity.withdrawalReason),
    addresses,
    createdAt: entity.createdAt,
    version: entity.version,
    reportId: entity.reportId,
  };
}
