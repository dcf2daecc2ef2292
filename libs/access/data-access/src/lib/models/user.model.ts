import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { Permission, Role, ROLE_PERMISSIONS, type Language } from '@cynnydd/shared/domain';

import type { User } from '../user.entity';

export const LanguageEnum = { en: 'en', cy: 'cy' } as const;
registerEnumType(LanguageEnum, { name: 'Language', description: 'English or Welsh.' });
registerEnumType(Role, { name: 'Role' });
registerEnumType(Permission, { name: 'Permission' });

@ObjectType('User', { description: 'A sign-in account.' })
export class UserModel {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => [Permission], {
    description: 'What the role allows, for hiding what would be refused.',
  })
  permissions!: Permission[];

  @Field(() => LanguageEnum)
  preferredLanguage!: Language;

  @Field()
  disabled!: boolean;

  @Field(() => Date, { nullable: true })
  lastSignedInAt!: Date | null;

  @Field({ description: 'Invited and not yet set up: no password chosen, never signed in.' })
  invitationPending!: boolean;

  @Field(() => Int)
  version!: number;

  personId!: string | null;
}

export function isInvitationPending(user: User): boolean {
  return !user.passwordHash && !user.oidcSubject && !user.lastSignedInAt;
}

export function toUserModel(user: User): UserModel {
  return {
    id: user.id,
    email: user.email,
    role: user.role,
    permissions: [...ROLE_PERMISSIONS[user.role]],
    preferredLanguage: user.preferredLanguage,
    disabled: user.disabled,
    lastSignedInAt: user.lastSignedInAt,
    invitationPending: isInvitationPending(user),
    version: user.version,
    personId: user.personId,
  };
}

@ObjectType('SignInResult')
export class SignInResultModel {
  @Field(() => UserModel)
  user!: UserModel;

  @Field(() => Date)
  expiresAt!: Date;
}
