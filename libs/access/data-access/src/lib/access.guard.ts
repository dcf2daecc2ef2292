import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';

import {
  forbidden,
  PERMISSIONS_KEY,
  PUBLIC_KEY,
  requestOf,
  unauthenticated,
} from '@cynnydd/server/core';
import { hasPermission, type Permission } from '@cynnydd/shared/domain';

/**
 * Applied to every operation. Public ones pass; everything else needs a session, and then one
 * of the permissions the operation names. An operation that names none is refused (fails closed).
 * Rules about particular records (a lead's own actions) are checked by the services.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const actor = requestOf(context).actor;
    if (!actor) throw unauthenticated();
    const needed = this.reflector.getAllAndOverride<Permission[]>(PERMISSIONS_KEY, targets) ?? [];
    if (!needed.some((permission) => hasPermission(actor.role, permission))) throw forbidden();
    return true;
  }
}
