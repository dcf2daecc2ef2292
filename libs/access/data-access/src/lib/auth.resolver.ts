import { Inject, UseGuards } from '@nestjs/common';
import { Args, Context, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { DirectoryService, PersonModel, toPersonModel } from '@cynnydd/directory/data-access';
import {
  CurrentActor,
  Public,
  RequirePermission,
  UuidPipe,
  type GraphQLContext,
  type RequestWithActor,
} from '@cynnydd/server/core';
import { Permission, type Actor, type Language } from '@cynnydd/shared/domain';

import { AuthService } from './auth.service';
import {
  AccountVersionInput,
  ChangePasswordInput,
  CreateUserInput,
  InviteUserInput,
  ResetPasswordInput,
  SignInInput,
  UpdateUserInput,
  UserFilterInput,
} from './dto/auth.inputs';
import { LanguageEnum, SignInResultModel, toUserModel, UserModel } from './models/user.model';
import {
  SESSION_COOKIE,
  SESSION_SETTINGS,
  sessionCookieOptions,
  type SessionSettings,
} from './session-cookie';
import { SignInThrottlerGuard, SkipPasswordResetThrottlers } from './sign-in-throttler.guard';
import { UsersService } from './users.service';

@Resolver(() => UserModel)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly accounts: UsersService,
    private readonly directory: DirectoryService,
    @Inject(SESSION_SETTINGS) private readonly settings: SessionSettings,
  ) {}

  @Mutation(() => SignInResultModel, { description: 'Signs in with a local account.' })
  @Public()
  @UseGuards(SignInThrottlerGuard)
  @SkipPasswordResetThrottlers()
  async signIn(
    @Args('input') input: SignInInput,
    @Context() { res }: GraphQLContext,
  ): Promise<SignInResultModel> {
    const { user, token, expiresAt } = await this.auth.signIn(
      input.email,
      input.password,
      this.settings,
    );
    res.cookie(SESSION_COOKIE, token, sessionCookieOptions(this.settings, expiresAt));
    return { user: toUserModel(user), expiresAt };
  }

  @Mutation(() => Boolean, { description: 'Ends this browser’s session.' })
  @Public()
  async signOut(@Context() { req, res }: GraphQLContext): Promise<boolean> {
    await this.auth.signOut((req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE]);
    res.clearCookie(SESSION_COOKIE, sessionCookieOptions(this.settings));
    return true;
  }

  @Query(() => UserModel, { nullable: true, description: 'The signed-in account, or null.' })
  @Public()
  async me(@Context() { req }: GraphQLContext): Promise<UserModel | null> {
    const actor = (req as RequestWithActor).actor;
    return actor ? toUserModel(await this.accounts.get(actor.userId)) : null;
  }

  @Mutation(() => Boolean, {
    description: 'Changes your password and signs out your other sessions.',
  })
  @RequirePermission(Permission.READ)
  async changePassword(
    @Args('input') input: ChangePasswordInput,
    @CurrentActor() actor: Actor,
    @Context() { req }: GraphQLContext,
  ): Promise<boolean> {
    const token = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    await this.auth.changePassword(actor, input.currentPassword, input.newPassword, token);
    return true;
  }

  @Mutation(() => UserModel, { description: 'Remembers your choice of English or Welsh.' })
  @RequirePermission(Permission.READ)
  async setPreferredLanguage(
    @Args('language', { type: () => LanguageEnum }) language: Language,
    @CurrentActor() actor: Actor,
  ): Promise<UserModel> {
    return toUserModel(await this.accounts.setPreferredLanguage(actor, language));
  }

  @Query(() => [UserModel], { description: 'Accounts matching every filter given, by email.' })
  @RequirePermission(Permission.MANAGE_USERS)
  async users(
    @Args('filter', { type: () => UserFilterInput, nullable: true }) filter?: UserFilterInput,
  ): Promise<UserModel[]> {
    return (await this.accounts.list(filter ?? {})).map(toUserModel);
  }

  @Query(() => UserModel)
  @RequirePermission(Permission.MANAGE_USERS)
  async user(@Args('id', { type: () => ID }, UuidPipe) id: string): Promise<UserModel> {
    return toUserModel(await this.accounts.get(id));
  }

  @Mutation(() => UserModel, {
    description: 'Makes an account and e-mails its holder a link to choose a password.',
  })
  @RequirePermission(Permission.MANAGE_USERS)
  async inviteUser(
    @Args('input') input: InviteUserInput,
    @CurrentActor() actor: Actor,
  ): Promise<UserModel> {
    return toUserModel(await this.accounts.invite(actor, input));
  }

  @Mutation(() => UserModel, { description: 'E-mails a new invitation link; the old one stops.' })
  @RequirePermission(Permission.MANAGE_USERS)
  async resendInvitation(
    @Args('input') input: AccountVersionInput,
    @CurrentActor() actor: Actor,
  ): Promise<UserModel> {
    return toUserModel(await this.accounts.resendInvitation(actor, input));
  }

  @Mutation(() => UserModel, { description: 'Lets a deactivated account sign in again.' })
  @RequirePermission(Permission.MANAGE_USERS)
  async reactivateUser(
    @Args('input') input: AccountVersionInput,
    @CurrentActor() actor: Actor,
  ): Promise<UserModel> {
    return toUserModel(await this.accounts.reactivate(actor, input));
  }

  @Mutation(() => UserModel)
  @RequirePermission(Permission.MANAGE_USERS)
  async createUser(
    @Args('input') input: CreateUserInput,
    @CurrentActor() actor: Actor,
  ): Promise<UserModel> {
    return toUserModel(await this.accounts.create(actor, input));
  }

  @Mutation(() => UserModel, { description: 'Changes role or linked person.' })
  @RequirePermission(Permission.MANAGE_USERS)
  async updateUser(
    @Args('input') input: UpdateUserInput,
    @CurrentActor() actor: Actor,
  ): Promise<UserModel> {
    return toUserModel(await this.accounts.update(actor, input));
  }

  @Mutation(() => UserModel, { description: 'Sets a new password and signs the account out.' })
  @RequirePermission(Permission.MANAGE_USERS)
  async resetUserPassword(
    @Args('input') input: ResetPasswordInput,
    @CurrentActor() actor: Actor,
  ): Promise<UserModel> {
    return toUserModel(await this.accounts.resetPassword(actor, input));
  }

  @ResolveField(() => PersonModel, { nullable: true })
  async person(user: UserModel, _args: unknown, { loaders }: GraphQLContext) {
    if (!user.personId) return null;
    const person = await this.directory.personLoader(loaders).load(user.personId);
    return person && toPersonModel(person);
  }
}
