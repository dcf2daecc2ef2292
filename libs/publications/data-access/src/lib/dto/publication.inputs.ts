import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import {
  BilingualInputField,
  BilingualLongTextInput,
  ExpectedVersionField,
  IdListField,
  IsId,
} from '@cynnydd/server/core';
import { PUBLICATION_TEXT_LIMIT } from '@cynnydd/shared/domain';

@InputType({
  description: `A public summary in both languages (up to ${PUBLICATION_TEXT_LIMIT} characters each).`,
})
export class PublicTextInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(PUBLICATION_TEXT_LIMIT)
  en?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(PUBLICATION_TEXT_LIMIT)
  cy?: string | null;
}

@InputType()
export class AreaSummaryInput {
  @Field(() => Int, { description: 'The strategic area’s number (1–7).' })
  @IsInt()
  @Min(1)
  @Max(99)
  areaNumber!: number;

  @Field(() => PublicTextInput)
  @ValidateNested()
  @Type(() => PublicTextInput)
  summary!: PublicTextInput;
}

@InputType()
export class CreatePublicationInput {
  @Field(() => ID, { description: 'An issued report.' })
  @IsId()
  reportId!: string;
}

@InputType({ description: 'Identifies a publication at the version you last loaded.' })
export class PublicationVersionInput {
  @Field(() => ID)
  @IsId()
  id!: string;

  @ExpectedVersionField()
  expectedVersion!: number;
}

@InputType({ description: 'Changes a draft; fields left out keep their value.' })
export class UpdatePublicationInput extends PublicationVersionInput {
  @Field(() => PublicTextInput, {
    nullable: true,
    description: 'Languages left out keep their text.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => PublicTextInput)
  introduction?: PublicTextInput;

  @Field(() => [AreaSummaryInput], {
    nullable: true,
    description: 'Replaces every area summary: one per area at most.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => AreaSummaryInput)
  areaSummaries?: AreaSummaryInput[];

  @IdListField({
    optional: true,
    max: 2000,
    description: 'Actions of the report left off the public pages (replaces the list).',
  })
  excludedActionIds?: string[];

  @Field({ nullable: true, description: 'Name owners rather than only their organisation.' })
  @IsOptional()
  @IsBoolean()
  showOwnerNames?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  includeMeasures?: boolean;
}

@InputType()
export class WithdrawPublicationInput extends PublicationVersionInput {
  @BilingualInputField(BilingualLongTextInput, {
    textRequired: true,
    description: 'Why it was withdrawn, said on its public pages.',
  })
  reason!: BilingualLongTextInput;
}
