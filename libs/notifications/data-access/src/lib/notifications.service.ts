import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Repository, type EntityManager } from 'typeorm';

import type { Label, NotificationKind } from '@cynnydd/shared/domain';

import { bilingualEmail } from './bilingual-email';
import { Mailer } from './mailer';
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

/**
 * In-app notices with an e-mail copy. Notices are written in the caller's transaction (so they
 * exist exactly when the change that raised them does); e-mail goes out after it commits.
 */
@Injectable()
export class NotificationsService implements OnApplicationShutdown {
  private readonly logger = new Logger(NotificationsService.name);
  private readonly deliveries = new Set<Promise<void>>();

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
    const delivery = this.deliver(ids).catch((error: unknown) =>
      this.logger.error(`E-mail delivery stopped: ${String(error)}`),
    );
    this.deliveries.add(delivery);
    void delivery.finally(() => this.deliveries.delete(delivery));
  }

  /** Sends each pending notice's e-mail and records the outcome on the notice. */
  async deliver(ids: string[]): Promise<void> {
    const pending = await this.notifications.find({
      where: { id: In(ids), emailStatus: EmailStatus.PENDING },
      relations: { recipient: true },
    });
    for (const notification of pending) {
      const recipient = notification.recipient;
      try {
        if (!recipient) throw new Error('recipient no longer exists');
        await this.mailer.send({
          to: recipient.email,
          ...bilingualEmail(notification, this.mailer.settings.publicUrl),
        });
        await this.notifications.update(notification.id, {
          emailStatus: EmailStatus.SENT,
          emailedAt: new Date(),
        });
      } catch (error) {
        await this.notifications.update(notification.id, {
          emailStatus: EmailStatus.FAILED,
          emailError: (error instanceof Error ? error.message : String(error)).slice(
            0,
            ERROR_LENGTH,
          ),
        });
      }
    }
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
    await Promise.allSettled([...this.deliveries]);
  }
}
