import { Injectable, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard } from '@nestjs/throttler';

import { DomainError, DomainErrorCode } from '@cynnydd/server/core';

/**
 * Limits sign-in attempts per client address and email, so guessing one account's password
 * is slow while colleagues behind the same NHS or council network can still sign in.
 */
@Injectable()
export class SignInThrottlerGuard extends ThrottlerGuard {
  protected override getRequestResponse(context: ExecutionContext) {
    const { req, res } = GqlExecutionContext.create(context).getContext();
    return { req, res };
  }

  protected override generateKey(context: ExecutionContext, suffix: string, name: string): string {
    const args = GqlExecutionContext.create(context).getArgs<{ input?: { email?: string } }>();
    const email = String(args.input?.email ?? '')
      .trim()
      .toLowerCase();
    return super.generateKey(context, `${suffix}:${email}`, name);
  }

  protected override async throwThrottlingException(): Promise<void> {
    throw new DomainError(
      DomainErrorCode.TOO_MANY_REQUESTS,
      'Too many sign-in attempts. Wait a minute and try again.',
    );
  }
}
