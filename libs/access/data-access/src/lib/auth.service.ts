import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, LessThan } from 'typeorm';

import { AuditAction, AuditService } from '@cynnydd/audit/data-access';
import {
  ChangeChannel,
  Clock,
  DataChangeFeed,
  DomainError,
  DomainErrorCode,
  preparedStatement,
  RevisionCache,
} from '@cynnydd/server/core';
import type { Actor, Role } from '@cynnydd/shared/domain';

import {
  assertAcceptablePassword,
  hashPassword,
  passwordMatches,
  setPasswordHash,
} from './passwords';
import { newSecretToken, secretTokenHash as tokenHash } from './secret-token';
import type { SessionSettings } from './session-cookie';
import { Session } from './session.entity';
import { User } from './user.entity';

const WRONG_CREDENTIALS = 'Email or password is incorrect';

const ACTOR_FOR_TOKEN = preparedStatement(
  `SELECT u.id, u.email, u.role, u.person_id, s.expires_at FROM session s
   JOIN app_user u ON u.id = s.user_id
   WHERE s.token_hash = $1 AND s.expires_at > $2 AND NOT u.disabled`,
);

/** Sessions looked up recently, by token hash: a few per person signed in. */
const REMEMBERED_SESSIONS = 10_000;

interface RememberedSession {
  actor: Actor;
  expiresAt: number;
}

@Injectable()
export class AuthService {
  /**
   * The actor of each session looked up while no session ended and no account changed, on any
   * instance (the feed's access revision): most requests then need no statement to know who
   * asks. A sign-out or a disabled account reaches other instances as soon as their feed hears
   * of it, within milliseconds; while the feed is down every request looks its session up.
   */
  private readonly sessions: RevisionCache<RememberedSession>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly feed: DataChangeFeed,
  ) {
    this.sessions = new RevisionCache(feed, ChangeChannel.Access, { max: REMEMBERED_SESSIONS });
  }

  /** Checks a local account's password and opens a session; the token goes in the cookie. */
  async signIn(
    email: string,
    password: string,
    settings: Pick<SessionSettings, 'sessionHours'>,
  ): Promise<{ user: User; token: string; expiresAt: Date }> {
    const users = this.dataSource.getRepository(User);
    const user = await users.findOneBy({ email: email.trim().toLowerCase() });
    if (!(await passwordMatches(user?.passwordHash ?? null, password)) || !user) {
      throw new DomainError(DomainErrorCode.UNAUTHENTICATED, WRONG_CREDENTIALS);
    }
    if (user.disabled) {
      throw new DomainError(DomainErrorCode.UNAUTHENTICATED, 'This account has been disabled');
    }
    return this.openSession(user, settings);
  }

  /** Opens a session for an account already identified (by password or an identity provider). */
  async openSession(
    user: User,
    settings: Pick<SessionSettings, 'sessionHours'>,
  ): Promise<{ user: User; token: string; expiresAt: Date }> {
    const now = this.clock.now();
    const token = newSecretToken();
    const expiresAt = new Date(now.getTime() + settings.sessionHours * 3_600_000);
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(Session, { userId: user.id, expiresAt: LessThan(now) });
      await manager.insert(Session, { tokenHash: tokenHash(token), userId: user.id, expiresAt });
      // Plain SQL: signing in is not an edit of the account, so its version stays the same.
      await manager.query('UPDATE app_user SET last_signed_in_at = $1 WHERE id = $2', [
        now,
        user.id,
      ]);
    });
    return { user, token, expiresAt };
  }

  async signOut(token: string | undefined): Promise<void> {
    if (!token) return;
    await this.dataSource.getRepository(Session).delete({ tokenHash: tokenHash(token) });
    this.sessionsChanged();
  }

  /**
   * Sessions ended or an account changed here (committed): forget remembered sessions now,
   * before this instance's own notice arrives.
   */
  sessionsChanged(): void {
    this.feed.markChanged(ChangeChannel.Access);
  }

  /**
   * The actor behind a session cookie, or null if the session is unknown, expired or disabled.
   * Runs on every request: remembered (see `sessions`), else one prepared statement reading
   * only what an Actor needs.
   */
  async actorForToken(token: string): Promise<Actor | null> {
    const hash = tokenHash(token);
    const now = this.clock.now();
    const revision = this.sessions.revision();
    const remembered = this.sessions.get(revision, hash);
    if (remembered && remembered.expiresAt > now.getTime()) return remembered.actor;
    const [row]: {
      id: string;
      email: string;
      role: Role;
      person_id: string | null;
      expires_at: Date;
    }[] = await this.dataSource.query(ACTOR_FOR_TOKEN, [hash, now]);
    if (!row) return null;
    const actor: Actor = {
      userId: row.id,
      email: row.email,
      role: row.role,
      personId: row.person_id,
    };
    this.sessions.set(revision, hash, { actor, expiresAt: row.expires_at.getTime() });
    return actor;
  }

  async changePassword(actor: Actor, current: string, next: string, token?: string) {
    await this.dataSource.transaction(async (manager) => {
      const user = await manager.findOneByOrFail(User, { id: actor.userId });
      if (!(await passwordMatches(user.passwordHash, current))) {
        throw new DomainError(
          DomainErrorCode.BAD_USER_INPUT,
          'Your current password is not right',
          {
            field: 'currentPassword',
          },
        );
      }
      assertAcceptablePassword(next, user.email, 'newPassword');
      await setPasswordHash(manager, user.id, await hashPassword(next));
      // Other browsers signed in with the old password are signed out.
      await manager
        .createQueryBuilder()
        .delete()
        .from(Session)
        .where('user_id = :id AND token_hash <> :keep', {
          id: user.id,
          keep: token ? tokenHash(token) : '',
        })
        .execute();
      await this.audit.record(manager, actor, PASSWORD_CHANGE(user.id));
    });
    this.sessionsChanged();
  }
}

/** Passwords never enter the audit trail; only the fact that one changed. */
export const PASSWORD_CHANGE = (userId: string) => ({
  action: AuditAction.UPDATE,
  entityType: 'User',
  entityId: userId,
  before: { password: '(previous)' },
  after: { password: '(changed)' },
});
