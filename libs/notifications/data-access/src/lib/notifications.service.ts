import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Repository, type EntityManager, type SelectQueryBuilder } from 'typeorm';

import { Person } from '@cynnydd/directory/data-access';
import type { Label, NotificationKind } from '@cynnydd/shared/domain';

import { bilingualEmail } from './bilingual-email';
import { Mailer, type MailExtras } from './mailer';
import { EmailStatus, Notification } from './notification.entity';

/** A notice to raise: its text in both languages and the dashboard page it points to. */
export interface NotificationDraft {
  recipientId: string;
  kind: NotificationKind;
  subject: Label;
  body: Label;
  link: string;
}

const ERROR_LENGTH = 500;
const STRAGGLER_BATCH = 100;
const STRAGGLER_SWEEP_MS = 60_000;

/**
 * In-app notices with an e-mail copy. Notices are written in the caller's transaction (so they
 * exist exactly when the change that raised them does); e-mail goes out after it commits.
 */
@Injectable()
export class NotificationsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(NotificationsService.name);
  private readonly deliveries = new Set<Promise<unknown>>();
  private sweep: NodeJS.Timeout | null = null;

  constructor(
    @InjectRepository(Notification) private readonly notifications: Repository<Notification>,
    private readonly mailer: Mailer,
  ) {}

  async raise(manager: EntityManager, drafts: NotificationDraft[]): Promise<string[]> {
    if (!drafts.length) return [];
    const emailStatus = this.mailer.enabled ? EmailStatus.PENDING : EmailStatus.NOT_CONFIGURED;
    const rows = await manager.save(
      drafts.map((draft) => manager.create(Notification, { ...draft, emailStatus })),
    );
    return rows.map((row) => row.id);
  }

  /** Sends the e-mail copies without holding up the request; shutdown waits for them. */
  deliverInBackground(ids: string[]): void {
    if (!ids.length || !this.mailer.enabled) return;
    this.track(this.deliver(ids));
  }

  onApplicationBootstrap(): void {
    if (!this.mailer.enabled) return;
    const sweep = () => this.track(this.deliverStragglers());
    sweep();
    this.sweep = setInterval(sweep, STRAGGLER_SWEEP_MS).unref();
  }

  private track(delivery: Promise<unknown>): void {
    const tracked = delivery.catch((error: unknown) =>
      this.logger.error(`E-mail delivery stopped: ${String(error)}`),
    );
    this.deliveries.add(tracked);
    void tracked.finally(() => this.deliveries.delete(tracked));
  }

  /**
   * Sends the e-mail of each of these notices still pending; `extras` adds what is not kept with
   * the notice (an attachment, a calendar invitation). Should the sending instance stop first,
   * the sweep sends the plain notice a minute later.
   */
  deliver(ids: string[], extras: MailExtras = {}): Promise<number> {
    if (!ids.length) return Promise.resolve(0);
    return this.deliverClaimed(
      (query) => query.andWhere('notification.id IN (:...ids)', { ids }),
      extras,
    );
  }

  /**
   * Sends e-mails left pending by an instance that stopped before sending them. Run at start-up
   * and every minute; notices younger than a minute are left to the request that raised them.
   */
  deliverStragglers(): Promise<number> {
    return this.deliverClaimed((query) =>
      query
        .andWhere("notification.createdAt < clock_timestamp() - interval '1 minute'")
        .orderBy('notification.createdAt', 'ASC')
        .take(STRAGGLER_BATCH),
    );
  }

  /**
   * Claims pending notices with FOR UPDATE SKIP LOCKED, so two instances never send the same
   * e-mail, sends each and records the outcome on the notice. Returns how many were sent.
   */
  private deliverClaimed(
    select: (query: SelectQueryBuilder<Notification>) => SelectQueryBuilder<Notification>,
    extras: MailExtras = {},
  ): Promise<number> {
    return this.notifications.manager.transaction(async (manager) => {
      const claimed = await select(
        manager
          .createQueryBuilder(Notification, 'notification')
          .where('notification.emailStatus = :pending', { pending: EmailStatus.PENDING })
          .setLock('pessimistic_write')
          .setOnLocked('skip_locked'),
      ).getMany();
      const recipients = await manager.findBy(Person, {
        id: In(claimed.map((notification) => notification.recipientId)),
      });
      let sent = 0;
      for (const notification of claimed) {
        const recipient = recipients.find((person) => person.id === notification.recipientId);
        try {
          if (!recipient) throw new Error('recipient no longer exists');
          await this.mailer.send({
            to: recipient.email,
            ...bilingualEmail(notification, this.mailer.settings.publicUrl),
            ...extras,
          });
          await manager.update(Notification, notification.id, {
            emailStatus: EmailStatus.SENT,
            emailedAt: new Date(),
          });
          sent += 1;
        } catch (error) {
          await manager.update(Notification, notification.id, {
            emailStatus: EmailStatus.FAILED,
            emailError: (error instanceof Error ? error.message : String(error)).slice(
              0,
              ERROR_LENGTH,
            ),
          });
        }
      }
      return sent;
    });
  }

  latestFor(personId: string, first: number): Promise<Notification[]> {
    return this.notifications.find({
      where: { recipientId: personId },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: first,
    });
  }

  unreadCount(personId: string): Promise<number> {
    return this.notifications.countBy({ recipientId: personId, readAt: IsNull() });
  }

  /** Marks the person's own notices read; others' are left alone. Returns how many changed. */
  async markRead(personId: string, ids: string[]): Promise<number> {
    const result = await this.notifications.update(
      { id: In(ids), recipientId: personId, readAt: IsNull() },
      { readAt: new Date() },
    );
    return result.affected ?? 0;
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.sweep) clearInterval(this.sweep);
    await Promise.allSettled([...this.deliveries]);
  }
}
