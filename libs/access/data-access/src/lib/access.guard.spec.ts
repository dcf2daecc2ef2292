import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';

import { PERMISSIONS_KEY, PUBLIC_KEY } from '@cynnydd/server/core';
import { Permission, Role, type Actor } from '@cynnydd/shared/domain';

import { AccessGuard } from './access.guard';

/** An HTTP call to a handler carrying the given metadata, from the given actor. */
function call(metadata: Record<string, unknown>, actor?: Actor): ExecutionContext {
  const handler = () => undefined;
  for (const [key, value] of Object.entries(metadata)) Reflect.defineMetadata(key, value, handler);
  return {
    getType: () => 'http',
    getHandler: () => handler,
    getClass: () => class Controller {},
    switchToHttp: () => ({ getRequest: () => ({ actor }) }),
  } as unknown as ExecutionContext;
}

const lead: Actor = { userId: 'u', email: 'lead@example.wales', role: Role.LEAD, personId: 'p' };

describe('AccessGuard', () => {
  const guard = new AccessGuard(new Reflector());
  const code = (context: ExecutionContext) => {
    try {
      guard.canActivate(context);
      return 'ALLOWED';
    } catch (error) {
      return (error as { extensions: { code: string } }).extensions.code;
    }
  };

  it('lets anyone through to public operations', () => {
    expect(code(call({ [PUBLIC_KEY]: true }))).toBe('ALLOWED');
  });

  it('asks callers without a session to sign in', () => {
    expect(code(call({ [PERMISSIONS_KEY]: [Permission.READ] }))).toBe('UNAUTHENTICATED');
  });

  it('allows a role holding any one of the permissions named', () => {
    const either = [Permission.REPORT_ON_ANY_ACTION, Permission.REPORT_ON_OWN_ACTIONS];
    expect(code(call({ [PERMISSIONS_KEY]: either }, lead))).toBe('ALLOWED');
    expect(code(call({ [PERMISSIONS_KEY]: [Permission.MANAGE_PLANS] }, lead))).toBe('FORBIDDEN');
  });

  it('refuses an operation that names no permission at all (fails closed)', () => {
    expect(code(call({}, { ...lead, role: Role.ADMIN }))).toBe('FORBIDDEN');
  });
});
