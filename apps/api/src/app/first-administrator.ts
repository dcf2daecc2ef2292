import { isEmail } from 'class-validator';
import type { DataSource } from 'typeorm';

import { assertAcceptablePassword, hashPassword, User } from '@cynnydd/access/data-access';
import { AuditAction, AuditEntry, AuditService } from '@cynnydd/audit/data-access';
import { badUserInput } from '@cynnydd/server/core';
import { Role } from '@cynnydd/shared/domain';

/**
 * Creates an administrator account from the command line, for a production database that
 * starts empty; everyone else is then invited through the API. Audited as a system change.
 */
export async function createAdministrator(
  dataSource: DataSource,
  email: string,
  password: string,
): Promise<User> {
  const address = email.trim().toLowerCase();
  if (!isEmail(address)) throw badUserInput('email', 'is not an email address');
  assertAcceptablePassword(password, address, 'password');
  if (await dataSource.getRepository(User).existsBy({ email: address })) {
    throw badUserInput('email', 'Another account already uses this email address');
  }
  const audit = new AuditService(dataSource.getRepository(AuditEntry));
  return dataSource.transaction(async (manager) => {
    const user = await manager.save(
      manager.create(User, {
        email: address,
        role: Role.ADMIN,
        passwordHash: await hashPassword(password),
      }),
    );
    await audit.record(manager, null, {
      action: AuditAction.CREATE,
      entityType: 'User',
      entityId: user.id,
      after: { email: user.email, role: user.role },
    });
    return user;
  });
}
