import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';

import type { Actor, Permission } from '@cynnydd/shared/domain';

import { unauthenticated } from '../errors/domain-error';

export const PUBLIC_KEY = 'cynnydd:public';
export const PERMISSIONS_KEY = 'cynnydd:permissions';

/** Opens an operation to callers who are not signed in. Everything else needs a session. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/**
 * The permissions (any one of them) an operation needs. Operations with neither this nor
 * @Public() are refused to everyone, so a forgotten decorator fails closed.
 */
export const RequirePermission = (...permissions: Permission[]) =>
  SetMetadata(PERMISSIONS_KEY, permissions);

/** The HTTP request behind a REST or GraphQL call; the session middleware puts `actor` on it. */
export type RequestWithActor = Request & { actor?: Actor };

export function requestOf(context: ExecutionContext): RequestWithActor {
  return context.getType<string>() === 'graphql'
    ? GqlExecutionContext.create(context).getContext<{ req: RequestWithActor }>().req
    : context.switchToHttp().getRequest<RequestWithActor>();
}

/** The signed-in actor of a guarded operation. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = requestOf(context).actor;
  if (!actor) throw unauthenticated();
  return actor;
});
