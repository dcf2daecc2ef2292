import { applyDecorators } from '@nestjs/common';
import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsEnum,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';

import {
  BilingualInputField,
  BilingualLongTextInput,
  BilingualTitleInput,
  ExpectedVersionField,
  IsIsoDate,
} from '@cynnydd/server/core';
import { BilingualLayout, PaperImpact, PaperPurpose, TEXT_LIMITS } from '@cynnydd/shared/domain';

/** A person's name and role as the cover sheet prints it; null clears it. */
const PersonField = (description: string) =>
  applyDecorators(
    Field(() => String, { nullable: true, description }),
    IsOptional(),
    IsString(),
    MaxLength(TEXT_LIMITS.name),
  );

@InputType()
export class CoverSheetImpactInput {
  @Field(() => PaperImpact)
  @IsEnum(PaperImpact)
  impact!: PaperImpact;

  @BilingualInputField(BilingualLongTextInput)
  text!: BilingualLongTextInput;
}

@InputType({ description: 'Changes to a cover sheet; fields left out keep their value.' })
export class CoverSheetInput {
  @BilingualInputField(BilingualTitleInput, {
    optional: true,
    description: 'Used when no meeting has the report on its agenda.',
  })
  meetingName?: BilingualTitleInput;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null clears it.' })
  @IsOptional()
  @IsIsoDate()
  meetingDate?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. "4.2"; null clears it.' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  agendaItem?: string | null;

  @PersonField('The report’s author, with their role.')
  author?: string | null;

  @PersonField('The executive sponsor, with their role.')
  executiveSponsor?: string | null;

  @PersonField('Who presents it at the meeting.')
  presenter?: string | null;

  @Field(() => PaperPurpose, { nullable: true })
  @IsOptional()
  @IsEnum(PaperPurpose)
  purpose?: PaperPurpose;

  @BilingualInputField(BilingualLongTextInput, {
    optional: true,
    description: 'What the board is asked to do ("The Board is asked to: …").',
  })
  recommendation?: BilingualLongTextInput;

  @BilingualInputField(BilingualLongTextInput, {
    optional: true,
    description: 'The situation and the assessment, in a few sentences.',
  })
  summary?: BilingualLongTextInput;

  @BilingualInputField(BilingualLongTextInput, { optional: true })
  strategicObjectives?: BilingualLongTextInput;

  @Field(() => [CoverSheetImpactInput], {
    nullable: true,
    description: 'Impact statements to change; impacts left out keep theirs.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(Object.keys(PaperImpact).length)
  @ArrayUnique((item: CoverSheetImpactInput) => item.impact)
  @ValidateNested({ each: true })
  @Type(() => CoverSheetImpactInput)
  impacts?: CoverSheetImpactInput[];
}

@InputType()
export class UpdateBoardPaperSettingsInput {
  @ExpectedVersionField()
  expectedVersion!: number;

  @Field(() => CoverSheetInput, {
    nullable: true,
    description: 'The defaults new drafts start from.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => CoverSheetInput)
  coverSheet?: CoverSheetInput;

  @BilingualInputField(BilingualTitleInput, { optional: true })
  classification?: BilingualTitleInput;

  @Field(() => BilingualLayout, { nullable: true })
  @IsOptional()
  @IsEnum(BilingualLayout)
  layout?: BilingualLayout;
}
