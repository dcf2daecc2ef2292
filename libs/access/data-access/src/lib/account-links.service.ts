import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, MoreThan, type EntityManager } from 'typeorm';

import { AuditService } from '@cynnydd/audit/data-access';
import { bilingualEmail, Mailer } from '@cynnydd/notifications/data-access';
import { Clock, DomainError, DomainErrorCode } from '@cynnydd/server/core';

import {
  invitationEmail,
  passwordResetEmail,
  singleSignOnInvitationEmail,
  singleSignOnReminderEmail,
} from './account-emails';
import { AccountLink, AccountLinkPurpose } from './account-link.entity';
import { AuthService, PASSWORD_CHANGE } from './auth.service';
import { OIDC_SETTINGS, type OidcSettings } from './oidc.service';
import { assertAcceptablePassword, hashPassword, setPasswordHash } from './passwords';
import { newSecretToken, secretTokenHash } from './secret-token';
import { Session } from './session.entity';
import { User } from './user.entity';

/** How long each kind of link works. */
export const ACCOUNT_LINK_HOURS: Record<AccountLinkPurpose, number> = {
  [AccountLinkPurpose.INVITATION]: 7 * 24,
  [AccountLinkPurpose.PASSWORD_RESET]: 1,
};

/** The dashboard page an e-mailed link opens. */
export const SET_PASSWORD_PATH = '/set-password';

function linkUnusable(): DomainError {
  return new DomainError(
    DomainErrorCode.NOT_FOUND,
    'This link has expired or has already been used',
    { field: 'token' },
  );
}

/**
 * Invitations and password resets: links e-mailed to the account holder, so nobody else ever
 * sees or types their password. With single sign-on configured, invitations point to the
 * organisation's sign-in instead.
 */
@Injectable()
export class AccountLinksService implements OnApplicationShutdown {
  private readonly logger = new Logger(AccountLinksService.name);
  private readonly pending = new Set<Promise<void>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    @Inject(OIDC_SETTINGS) private readonly singleSignOn: OidcSettings | null,
  ) {}

  /**
   * E-mails `user` their invitation, inside the caller's transaction: a mail that cannot be
   * sent leaves no account behind.
   */
  async sendInvitation(manager: EntityManager, user: User): Promise<void> {
    if (!this.mailer.enabled) {
      throw new DomainError(
        DomainErrorCode.SERVICE_UNAVAILABLE,
        'E-mail is not set up for this service (SMTP_URL), so invitations cannot be sent',
      );
    }
    const email = this.singleSignOn
      ? singleSignOnInvitationEmail(user.email)
      : invitationEmail(
          user.email,
          await this.issue(manager, user.id, AccountLinkPurpose.INVITATION),
          ACCOUNT_LINK_HOURS[AccountLinkPurpose.INVITATION] / 24,
        );
    await this.send(user.email, email);
  }

  /**
   * Starts a password reset and returns at once, whether or not the address has an account:
   * the answer and the time it takes say nothing about who has one.
   */
  requestPasswordReset(email: string): void {
    const work = this.resetByEmail(email.trim().toLowerCase()).catch((error: unknown) =>
      this.logger.error(`A password reset could not be sent: ${String(error)}`),
    );
    this.pending.add(work);
    void work.finally(() => this.pending.delete(work));
  }

  /** A usable link with its account, or NOT_FOUND on `token`. */
  async linkFor(token: string): Promise<AccountLink & { user: User }> {
    const link = await this.dataSource.getRepository(AccountLink).findOne({
      where: { tokenHash: secretTokenHash(token), expiresAt: MoreThan(this.clock.now()) },
      relations: { user: true },
    });
    if (!link?.user || link.user.disabled) throw linkUnusable();
    return link as AccountLink & { user: User };
  }

  /**
   * Sets the password a link was sent for. The link is spent by deleting it (so two uses at
   * once cannot both succeed), with every other link the account has, and every session it had
   * ends. A refused password spends nothing.
   */
  async setPassword(token: string, password: string): Promise<User> {
    const user = await this.dataSource.transaction(async (manager) => {
      const spent: { raw: { user_id: string }[] } = await manager
        .createQueryBuilder()
        .delete()
        .from(AccountLink)
        .where('token_hash = :hash AND expires_at > :now', {
          hash: secretTokenHash(token),
          now: this.clock.now(),
        })
        .returning('user_id')
        .execute();
      const [userId] = spent.raw.map((row) => row.user_id);
      const user =
        userId &&
        (await manager.findOne(User, {
          where: { id: userId },
          lock: { mode: 'pessimistic_write' },
        }));
      if (!user || user.disabled) throw linkUnusable();
      assertAcceptablePassword(password, user.email, 'newPassword');
      await setPasswordHash(manager, user.id, await hashPassword(password));
      await manager.delete(AccountLink, { userId: user.id });
      await manager.delete(Session, { userId: user.id });
      const actor = {
        userId: user.id,
        email: user.email,
        role: user.role,
        personId: user.personId,
      };
      await this.audit.record(manager, actor, PASSWORD_CHANGE(user.id));
      return user;
    });
    this.auth.sessionsChanged();
    return user;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.pending);
  }

  private async resetByEmail(email: string): Promise<void> {
    const user = await this.dataSource.getRepository(User).findOneBy({ email });
    if (!user || user.disabled) return;
    if (!this.mailer.enabled) {
      this.logger.warn('A password reset was asked for, but SMTP_URL is not set');
      return;
    }
    const mail =
      this.singleSignOn && user.oidcSubject && !user.passwordHash
        ? singleSignOnReminderEmail(user.email)
        : passwordResetEmail(
            user.email,
            await this.issue(this.dataSource.manager, user.id, AccountLinkPurpose.PASSWORD_RESET),
          );
    await this.send(user.email, mail);
  }

  /** A new link for `purpose`; the account's earlier ones for it stop working. */
  private async issue(
    manager: EntityManager,
    userId: string,
    purpose: AccountLinkPurpose,
  ): Promise<string> {
    const token = newSecretToken();
    const expiresAt = new Date(
      this.clock.now().getTime() + ACCOUNT_LINK_HOURS[purpose] * 3_600_000,
    );
    await manager.delete(AccountLink, { userId, purpose });
    await manager.insert(AccountLink, {
      tokenHash: secretTokenHash(token),
      userId,
      purpose,
      expiresAt,
    });
    return `${SET_PASSWORD_PATH}?token=${token}`;
  }

  private send(to: string, email: Parameters<typeof bilingualEmail>[0]): Promise<void> {
    return this.mailer.send({ to, ...bilingualEmail(email, this.mailer.settings.publicUrl) });
  }
}
