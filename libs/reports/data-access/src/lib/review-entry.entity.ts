import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';

import { Action } from '@cynnydd/plans/data-access';
import { BilingualColumns } from '@cynnydd/server/core';
import { ReviewEntryKind } from '@cynnydd/shared/domain';

import { Report } from './report.entity';

/**
 * A comment or decision: a board's on an issued report (or one action in it), a meeting's on an
 * agenda item, or both — a joint board meeting's decision on its report is one record. Meetings
 * are named by entity name: the meetings library builds on this one, not the other way round.
 */
@Entity()
@Index('review_entry_report', ['reportId', 'createdAt'])
@Index('review_entry_meeting', ['meetingId', 'createdAt'])
@Check('review_entry_has_subject', '"report_id" IS NOT NULL OR "meeting_id" IS NOT NULL')
export class ReviewEntry {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', nullable: true })
  reportId!: string | null;

  @ManyToOne(() => Report, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn()
  report?: Relation<Report> | null;

  @Column({ type: 'uuid', nullable: true })
  meetingId!: string | null;

  @ManyToOne('Meeting', { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn()
  meeting?: unknown;

  @Column({ type: 'uuid', nullable: true })
  agendaItemId!: string | null;

  @ManyToOne('AgendaItem', { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn()
  agendaItem?: unknown;

  @Column({ type: 'uuid', nullable: true })
  actionId!: string | null;

  @ManyToOne(() => Action, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn()
  action?: Relation<Action> | null;

  @Column({ type: 'enum', enum: ReviewEntryKind, enumName: 'review_entry_kind' })
  kind!: ReviewEntryKind;

  @Column(() => BilingualColumns)
  text!: BilingualColumns;

  @Column({ type: 'uuid' })
  authorUserId!: string;

  /** As the minutes record it: the author's name (or e-mail) when they wrote it. */
  @Column({ type: 'varchar', length: 254 })
  authorName!: string;

  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  createdAt!: Date;
}
