import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsString, Matches, MaxLength, MinLength } from 'class-validator';

import { BilingualInputField, BilingualTitleInput, IsId } from '@cynnydd/server/core';
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
