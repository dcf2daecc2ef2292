import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

import { AuditAction, AuditService } from '@cynnydd/audit/data-access';
import { DirectoryService } from '@cynnydd/directory/data-access';
import {
  assertVersion,
  badUserInput,
  Clock,
  escapeLike,
  isUniqueViolation,
  notFound,
  updateVersioned,
} from '@cynnydd/server/core';
import type { Actor, Language } from '@cynnydd/shared/domain';

import { AccountLinksService } from './account-links.service';
import { AuthService, PASSWORD_CHANGE } from './auth.service';
import {
  SignInRecency,
  type AccountVersionInput,
  type CreateUserInput,
  type InviteUserInput,
  type ResetPasswordInput,
  type UpdateUserInput,
  type UserFilterInput,
} from './dto/auth.inputs';
import { isInvitationPending, toUserModel } from './models/user.model';
import { assertAcceptablePassword, hashPassword, setPasswordHash } from './passwords';
import { Session } from './session.entity';
import { User } from './user.entity';

/** "Signed in within 90 days" and its opposite, in the accounts list's filter. */
const RECENT_SIGN_IN_DAYS = 90;

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
    private readonly links: AccountLinksService,
    private readonly clock: Clock,
  ) {}

  /** Accounts matching every filter given, by email. */
  list(filter: UserFilterInput = {}): Promise<User[]> {
    const query = this.dataSource
      .getRepository(User)
      .createQueryBuilder('user')
      .leftJoin('user.person', 'person')
      .orderBy('user.email', 'ASC');
    if (filter.search?.trim()) {
      query.andWhere('(user.email ILIKE :search OR person.name ILIKE :search)', {
        search: `%${escapeLike(filter.search.trim())}%`,
      });
    }
    if (filter.role) query.andWhere('user.role = :role', { role: filter.role });
    if (filter.organisationId) {
      query.andWhere('person.organisationId = :organisationId', {
        organisationId: filter.organisationId,
      });
    }
    if (filter.active !== undefined && filter.active !== null) {
      query.andWhere('user.disabled = :disabled', { disabled: !filter.active });
    }
    if (filter.lastSignIn) {
      const since = new Date(this.clock.now().getTime() - RECENT_SIGN_IN_DAYS * 86_400_000);
      query.andWhere(
        {
          [SignInRecency.NEVER]: 'user.lastSignedInAt IS NULL',
          [SignInRecency.WITHIN_90_DAYS]: 'user.lastSignedInAt >= :since',
          [SignInRecency.OVER_90_DAYS]: 'user.lastSignedInAt < :since',
        }[filter.lastSignIn],
        { since },
      );
    }
    return query.getMany();
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
          preferredLanguage: input.preferredLanguage ?? 'en',
        }),
      );
      await this.audit.created(manager, actor, 'User', auditable(user));
      return user;
    });
  }

  /**
   * Makes an account without a password and e-mails its holder a link to choose one, all in
   * one step: if the mail cannot be sent, no account is left behind.
   */
  async invite(actor: Actor, input: InviteUserInput): Promise<User> {
    if (input.personId) await this.directory.getPerson(input.personId, 'personId');
    return this.write(async (manager) => {
      const user = await manager.save(
        manager.create(User, {
          email: input.email.trim().toLowerCase(),
          role: input.role,
          personId: input.personId ?? null,
          passwordHash: null,
          preferredLanguage: input.preferredLanguage ?? 'en',
        }),
      );
      await this.audit.created(manager, actor, 'User', auditable(user));
      await this.links.sendInvitation(manager, user);
      return user;
    });
  }

  /** A new invitation for an account not yet set up; the earlier link stops working. */
  async resendInvitation(actor: Actor, input: AccountVersionInput): Promise<User> {
    return this.write(async (manager) => {
      const user = await this.get(input.id, 'id', manager);
      assertVersion(user.version, input.expectedVersion, () => toUserModel(user));
      if (!isInvitationPending(user)) {
        throw badUserInput('id', 'This account has already been set up');
      }
      await this.audit.record(manager, actor, {
        action: AuditAction.UPDATE,
        entityType: 'User',
        entityId: user.id,
        before: { invitation: '(sent before)' },
        after: { invitation: '(sent again)' },
      });
      await this.links.sendInvitation(manager, user);
      return user;
    });
  }

  async update(actor: Actor, input: UpdateUserInput): Promise<User> {
    if (input.personId) await this.directory.getPerson(input.personId, 'personId');
    return this.write((manager) =>
      this.change(manager, actor, input, (before) => {
        if (before.id === actor.userId && input.role && input.role !== before.role) {
          throw badUserInput('role', 'You cannot change your own role');
        }
        return {
          role: input.role ?? before.role,
          // Left out, the link stays; null unlinks the account from its person.
          personId: input.personId === undefined ? before.personId : input.personId,
        };
      }),
    );
  }

  /**
   * Deactivates an account and signs it out everywhere. Inside the caller's transaction, which
   * hands the account's actions over first (see ActionHandoverService); the caller calls
   * `auth.sessionsChanged()` once it commits.
   */
  deactivate(manager: EntityManager, actor: Actor, input: AccountVersionInput): Promise<User> {
    if (input.id === actor.userId) {
      throw badUserInput('id', 'You cannot deactivate your own account');
    }
    return this.change(manager, actor, input, () => ({ disabled: true }));
  }

  async reactivate(actor: Actor, input: AccountVersionInput): Promise<User> {
    return this.write((manager) => this.change(manager, actor, input, () => ({ disabled: false })));
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

  /** A versioned, audited change of an account; a disabled one loses its sessions. */
  private async change(
    manager: EntityManager,
    actor: Actor,
    input: AccountVersionInput,
    changes: (before: User) => Partial<Pick<User, 'role' | 'personId' | 'disabled'>>,
  ): Promise<User> {
    const before = await this.get(input.id, 'id', manager);
    const after = await updateVersioned(
      manager,
      User,
      before.id,
      input.expectedVersion,
      changes(before),
      toUserModel,
    );
    if (after.disabled) await manager.delete(Session, { userId: after.id });
    await this.audit.changed(manager, actor, 'User', auditable(before), auditable(after));
    return after;
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
