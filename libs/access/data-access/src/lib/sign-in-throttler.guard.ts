import { createHash } from 'node:crypto';
import { Injectable, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import {
  SkipThrottle,
  ThrottlerGuard,
  type ThrottlerLimitDetail,
  type ThrottlerOptions,
} from '@nestjs/throttler';

import { DomainError, DomainErrorCode } from '@cynnydd/server/core';

/** The email address an operation is about (`input.email`), as accounts store it. */
function emailArgument(context: ExecutionContext): string {
  const args = GqlExecutionContext.create(context).getArgs<{ input?: { email?: string } }>();
  return String(args.input?.email ?? '')
    .trim()
    .toLowerCase();
}

const PASSWORD_RESET = 'passwordReset';
const HOUR = 3_600_000;

/** A counter key that fits the counters' table whatever the address's length. */
function counterKey(...parts: string[]): string {
  return `${PASSWORD_RESET}:${createHash('sha256').update(parts.join('\n')).digest('hex')}`;
}

/**
 * Password reset requests allowed per hour: for one address from anywhere (so nobody's inbox is
 * flooded), and from one client whatever addresses it tries.
 */
export const PASSWORD_RESET_THROTTLERS: ThrottlerOptions[] = [
  {
    name: `${PASSWORD_RESET}PerAddress`,
    ttl: HOUR,
    limit: 5,
    generateKey: (context, _tracker, name) => counterKey(name, emailArgument(context)),
  },
  {
    name: `${PASSWORD_RESET}PerClient`,
    ttl: HOUR,
    limit: 30,
    generateKey: (_context, tracker, name) => counterKey(name, tracker),
  },
];

/** On operations other than password resets: their throttlers do not count them. */
export const SkipPasswordResetThrottlers = () =>
  SkipThrottle(Object.fromEntries(PASSWORD_RESET_THROTTLERS.map(({ name }) => [name, true])));

/** On password resets: the sign-in throttler does not count them. */
export const SkipSignInThrottler = () => SkipThrottle({ default: true });

/**
 * Limits sign-in attempts per client address and email, so guessing one account's password
 * is slow while colleagues behind the same NHS or council network can still sign in; and
 * password reset requests (see PASSWORD_RESET_THROTTLERS).
 */
@Injectable()
export class SignInThrottlerGuard extends ThrottlerGuard {
  protected override getRequestResponse(context: ExecutionContext) {
    const { req, res } = GqlExecutionContext.create(context).getContext();
    return { req, res };
  }

  protected override generateKey(context: ExecutionContext, suffix: string, name: string): string {
    return super.generateKey(context, `${suffix}:${emailArgument(context)}`, name);
  }

  protected override async throwThrottlingException(
    _context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    throw new DomainError(
      DomainErrorCode.TOO_MANY_REQUESTS,
      detail.key.startsWith(PASSWORD_RESET)
        ? 'Too many password reset requests. Wait an hour and try again.'
        : 'Too many sign-in attempts. Wait a minute and try again.',
    );
  }
}
