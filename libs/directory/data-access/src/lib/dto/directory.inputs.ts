import { Field, ID, InputType } from '@nestjs/graphql';
import {
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';

import {
  BilingualInputField,
  BilingualTitleInput,
  ExpectedVersionField,
  IsId,
} from '@cynnydd/server/core';
import { OrganisationType, TEXT_LIMITS } from '@cynnydd/shared/domain';

@InputType()
export class CreateOrganisationInput {
  @Field({ description: 'Short unique code in capitals, e.g. "BCUHB".' })
  @Matches(/^[A-Z][A-Z0-9_]{1,19}$/, { message: 'must be 2–20 capital letters, digits or _' })
  code!: string;

  @Field(() => OrganisationType)
  @IsEnum(OrganisationType)
  type!: OrganisationType;

  @BilingualInputField(BilingualTitleInput, { textRequired: true })
  name!: BilingualTitleInput;
}

@InputType()
export class CreatePersonInput {
  @Field()
  @IsString()
  @MinLength(2)
  @MaxLength(TEXT_LIMITS.name)
  name!: string;

  @Field()
  @IsEmail()
  @MaxLength(TEXT_LIMITS.email)
  email!: string;

  @Field(() => ID)
  @IsId()
  organisationId!: string;

  @BilingualInputField(BilingualTitleInput, { optional: true })
  jobTitle?: BilingualTitleInput;
}

@InputType()
export class UpdateOrganisationInput {
  @Field(() => ID)
  @IsId()
  id!: string;

  @ExpectedVersionField()
  expectedVersion!: number;

  @Field(() => OrganisationType, { nullable: true })
  @IsOptional()
  @IsEnum(OrganisationType)
  type?: OrganisationType;

  @BilingualInputField(BilingualTitleInput, { optional: true })
  name?: BilingualTitleInput;
}

@InputType()
export class UpdatePersonInput {
  @Field(() => ID)
  @IsId()
  id!: string;

  @ExpectedVersionField()
  expectedVersion!: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(TEXT_LIMITS.name)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(TEXT_LIMITS.email)
  email?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  organisationId?: string;

  @BilingualInputField(BilingualTitleInput, { optional: true })
  jobTitle?: BilingualTitleInput;
}

@InputType({ description: 'Two records of one person: the duplicate is folded into the one kept.' })
export class MergePeopleInput {
  @Field(() => ID, { description: 'The person kept, at the version you saw.' })
  @IsId()
  keepId!: string;

  @ExpectedVersionField()
  expectedVersion!: number;

  @Field(() => ID, { description: 'The duplicate, removed once everything of theirs is moved.' })
  @IsId()
  duplicateId!: string;
}
