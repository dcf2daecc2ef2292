import { UseGuards } from '@nestjs/common';
import {
  Args,
  Field,
  Mutation,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
} from '@nestjs/graphql';

import { Public } from '@cynnydd/server/core';

import { AccountLinkPurpose } from './account-link.entity';
import { AccountLinksService } from './account-links.service';
import { RequestPasswordResetInput, SetPasswordInput } from './dto/auth.inputs';
import { SignInThrottlerGuard, SkipSignInThrottler } from './sign-in-throttler.guard';

registerEnumType(AccountLinkPurpose, { name: 'AccountLinkPurpose' });

@ObjectType('AccountLink', { description: 'What an e-mailed link is for, before it is used.' })
export class AccountLinkModel {
  @Field()
  email!: string;

  @Field(() => AccountLinkPurpose)
  purpose!: AccountLinkPurpose;
}

/** The signed-out side of invitations and password resets. */
@Resolver()
export class AccountLinksResolver {
  constructor(private readonly links: AccountLinksService) {}

  @Query(() => AccountLinkModel, { description: 'The account an e-mailed link is for.' })
  @Public()
  async accountLink(@Args('token') token: string): Promise<AccountLinkModel> {
    const { user, purpose } = await this.links.linkFor(token);
    return { email: user.email, purpose };
  }

  @Mutation(() => Boolean, {
    description:
      'E-mails a password reset link if the address has an account. Always true: the answer does not say whether it has.',
  })
  @Public()
  @UseGuards(SignInThrottlerGuard)
  @SkipSignInThrottler()
  requestPasswordReset(@Args('input') input: RequestPasswordResetInput): boolean {
    this.links.requestPasswordReset(input.email);
    return true;
  }

  @Mutation(() => Boolean, {
    description:
      'Chooses a password with an e-mailed link, which is then spent; signs the account out everywhere.',
  })
  @Public()
  async setPassword(@Args('input') input: SetPasswordInput): Promise<boolean> {
    await this.links.setPassword(input.token, input.newPassword);
    return true;
  }
}
