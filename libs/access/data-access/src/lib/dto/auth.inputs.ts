import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsEnum, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

import { ExpectedVersionField, IsId } from '@cynnydd/server/core';
import { PASSWORD_RULES, Role, TEXT_LIMITS, type Language } from '@cynnydd/shared/domain';

import { LanguageEnum } from '../models/user.model';

@InputType()
export class SignInInput {
  @Field()
  @IsString()
  @MaxLength(TEXT_LIMITS.email)
  email!: string;

  @Field()
  @IsString()
  @MaxLength(PASSWORD_RULES.maxLength)
  password!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MaxLength(PASSWORD_RULES.maxLength)
  currentPassword!: string;

  @Field({ description: `At least ${PASSWORD_RULES.minLength} characters.` })
  @IsString()
  newPassword!: string;
}

@InputType()
export class UpdateUserInput {
  @Field(() => ID)
  @IsId()
  id!: string;

  @ExpectedVersionField()
  expectedVersion!: number;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @Field(() => ID, {
    nullable: true,
    description: 'The person the account reports for; null links it to nobody, left out keeps it.',
  })
  @IsOptional()
  @IsId()
  personId?: string | null;
}

@InputType({ description: 'An account at the version the administrator saw.' })
export class AccountVersionInput {
  @Field(() => ID)
  @IsId()
  id!: string;

  @ExpectedVersionField()
  expectedVersion!: number;
}

@InputType()
export class InviteUserInput {
  @Field()
  @IsEmail()
  @MaxLength(TEXT_LIMITS.email)
  email!: string;

  @Field(() => Role)
  @IsEnum(Role)
  role!: Role;

  @Field(() => ID, {
    nullable: true,
    description: 'The person whose actions the account reports on.',
  })
  @IsOptional()
  @IsId()
  personId?: string;

  @Field(() => LanguageEnum, {
    nullable: true,
    description: 'The language the dashboard opens in; English unless given.',
  })
  @IsOptional()
  @IsIn(Object.values(LanguageEnum))
  preferredLanguage?: Language;
}

/** An account with a password typed in (scripts and the first administrator); the dashboard invites. */
@InputType()
export class CreateUserInput extends InviteUserInput {
  @Field({ description: `Initial password, at least ${PASSWORD_RULES.minLength} characters.` })
  @IsString()
  password!: string;
}

/** How recently an account was used, for finding ones nobody uses. */
export enum SignInRecency {
  NEVER = 'NEVER',
  WITHIN_90_DAYS = 'WITHIN_90_DAYS',
  OVER_90_DAYS = 'OVER_90_DAYS',
}
registerEnumType(SignInRecency, { name: 'SignInRecency' });

@InputType()
export class UserFilterInput {
  @Field({ nullable: true, description: 'Part of the email address or the person’s name.' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.email)
  search?: string;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @Field(() => ID, { nullable: true, description: 'The linked person’s organisation.' })
  @IsOptional()
  @IsId()
  organisationId?: string;

  @Field({ nullable: true, description: 'True for active accounts, false for deactivated.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @Field(() => SignInRecency, { nullable: true })
  @IsOptional()
  @IsEnum(SignInRecency)
  lastSignIn?: SignInRecency;
}

@InputType()
export class RequestPasswordResetInput {
  @Field()
  @IsString()
  @MaxLength(TEXT_LIMITS.email)
  email!: string;
}

@InputType()
export class SetPasswordInput {
  @Field({ description: 'The token from the e-mailed link.' })
  @IsString()
  @MaxLength(100)
  token!: string;

  @Field({ description: `At least ${PASSWORD_RULES.minLength} characters.` })
  @IsString()
  newPassword!: string;
}

@InputType()
export class ResetPasswordInput {
  @Field(() => ID)
  @IsId()
  id!: string;

  @Field()
  @IsString()
  newPassword!: string;
}
