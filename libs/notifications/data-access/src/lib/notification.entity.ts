import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';

import { Person } from '@cynnydd/directory/data-access';
import { BilingualColumns } from '@cynnydd/server/core';
import { NotificationKind } from '@cynnydd/shared/domain';

/** Where the e-mail copy of a notification has got to. */
export enum EmailStatus {
  /** Written with the notification; sent once the change that raised it has committed. */
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
  /** No SMTP server is configured: the notice is in-app only. */
  NOT_CONFIGURED = 'NOT_CONFIGURED',
}

/**
 * A notice to one person, shown in the dashboard and e-mailed. Text is held in both languages,
 * written when raised, so it reads the same later whatever has changed since.
 */
@Entity()
@Index('notification_recipient_latest', ['recipientId', 'createdAt'])
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  recipientId!: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn()
  recipient?: Relation<Person>;

  @Column({ type: 'enum', enum: NotificationKind, enumName: 'notification_kind' })
  kind!: NotificationKind;

  @Column(() => BilingualColumns)
  subject!: BilingualColumns;

  @Column(() => BilingualColumns)
  body!: BilingualColumns;

  /** Dashboard path the notice points to, e.g. "/my-actions". */
  @Column({ type: 'varchar', length: 500 })
  link!: string;

  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  @Column({ type: 'enum', enum: EmailStatus, enumName: 'email_status' })
  emailStatus!: EmailStatus;

  @Column({ type: 'timestamptz', nullable: true })
  emailedAt!: Date | null;

  /** The SMTP server's answer when sending failed (no message content). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  emailError!: string | null;
}
