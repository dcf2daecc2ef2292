import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

import { AuditAction, AuditService } from '@cynnydd/audit/data-access';
import { DirectoryService } from '@cynnydd/directory/data-access';
import { badUserInput, isUniqueViolation, notFound, updateVersioned } from '@cynnydd/server/core';
import type { Actor, Language } from '@cynnydd/shared/domain';

import { AuthService, PASSWORD_CHANGE } from './auth.service';
import type { CreateUserInput, ResetPasswordInput, UpdateUserInput } from './dto/auth.inputs';
import { toUserModel } from './models/user.model';
import { assertAcceptablePassword, hashPassword, setPasswordHash } from './passwords';
import { Session } from './session.entity';
import { User } from './user.entity';

/** What the audit trail keeps of an account: never the password hash. */
function auditable(user: User) {
  const { passwordHash, person, lastSignedInAt, ...rest } = user;
  return rest;
}

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly directory: DirectoryService,
    private readonly auth: AuthService,
  ) {}

  list(): Promise<User[]> {
    return this.dataSource.getRepository(User).find({ order: { email: 'ASC' } });
  }

  /** Inside a transaction (`manager`), the account is locked until it commits. */
  async get(id: string, field = 'id', manager?: EntityManager): Promise<User> {
    const user = manager
      ? await manager.findOne(User, { where: { id }, lock: { mode: 'pessimistic_write' } })
      : await this.dataSource.getRepository(User).findOneBy({ id });
    if (!user) throw notFound('User', id, field);
    return user;
  }

  async create(actor: Actor, input: CreateUserInput): Promise<User> {
    const email = input.email.trim().toLowerCase();
    assertAcceptablePassword(input.password, email, 'password');
    if (input.personId) await this.directory.getPerson(input.personId, 'personId');
    return this.write(async (manager) => {
      const user = await manager.save(
        manager.create(User, {
          email,
          role: input.role,
          personId: input.personId ?? null,
          passwordHash: await hashPassword(input.password),
        }),
      );
      await this.audit.created(manager, actor, 'User', auditable(user));
      return user;
    });
  }

  async update(actor: Actor, input: UpdateUserInput): Promise<User> {
    if (input.personId) await this.directory.getPerson(input.personId, 'personId');
    return this.write(async (manager) => {
      const before = await this.get(input.id, 'id', manager);
      if (
        before.id === actor.userId &&
        (input.disabled || (input.role && input.role !== before.role))
      ) {
        throw badUserInput('id', 'You cannot disable your own account or change your own role');
      }
      const after = await updateVersioned(
        manager,
        User,
        before.id,
        input.expectedVersion,
        {
          role: input.role ?? before.role,
          personId: input.personId ?? before.personId,
          disabled: input.disabled ?? before.disabled,
        },
        toUserModel,
      );
      if (after.disabled) await manager.delete(Session, { userId: after.id });
      await this.audit.changed(manager, actor, 'User', auditable(before), auditable(after));
      return after;
    });
  }

  async resetPassword(actor: Actor, input: ResetPasswordInput): Promise<User> {
    return this.write(async (manager) => {
      const user = await this.get(input.id, 'id', manager);
      assertAcceptablePassword(input.newPassword, user.email, 'newPassword');
      await setPasswordHash(manager, user.id, await hashPassword(input.newPassword));
      await manager.delete(Session, { userId: user.id });
      await this.audit.record(manager, actor, PASSWORD_CHANGE(user.id));
      return user;
    });
  }

  async setPreferredLanguage(actor: Actor, language: Language): Promise<User> {
    return this.write(async (manager) => {
      const before = await this.get(actor.userId, 'id', manager);
      // A personal preference, not an edit an administrator could conflict with: no new version.
      await manager.query('UPDATE app_user SET preferred_language = $1 WHERE id = $2', [
        language,
        before.id,
      ]);
      const after = await this.get(actor.userId, 'id', manager);
      await this.audit.record(manager, actor, {
        action: AuditAction.UPDATE,
        entityType: 'User',
        entityId: after.id,
        before: { preferredLanguage: before.preferredLanguage },
        after: { preferredLanguage: after.preferredLanguage },
      });
      return after;
    });
  }

  /** An account's change, committed; sessions remembered with its old state are forgotten. */
  private async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      const result = await this.dataSource.transaction(work);
      this.auth.sessionsChanged();
      return result;
    } catch (error) {
      if (isUniqueViolation(error, 'app_user_email')) {
        throw badUserInput('email', 'Another account already uses this email address');
      }
      if (isUniqueViolation(error, 'app_user_person')) {
        throw badUserInput('personId', 'That person already has an account');
      }
      throw error;
    }
  }
}
