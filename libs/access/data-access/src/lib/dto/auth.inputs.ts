import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';

import { ExpectedVersionField, IsId } from '@cynnydd/server/core';
import { PASSWORD_RULES, Role, TEXT_LIMITS } from '@cynnydd/shared/domain';

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
export class CreateUserInput {
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

  @Field({ description: `Initial password, at least ${PASSWORD_RULES.minLength} characters.` })
  @IsString()
  password!: string;
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

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  personId?: string;

  @Field({ nullable: true, description: 'Disabling signs the account out everywhere.' })
  @IsOptional()
  @IsBoolean()
  disabled?: boolean;
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
