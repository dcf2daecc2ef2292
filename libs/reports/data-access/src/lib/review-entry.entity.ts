import {
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

/** A board's comment or decision on an issued report, or on one action in it. */
@Entity()
@Index('review_entry_report', ['reportId', 'createdAt'])
export class ReviewEntry {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  reportId!: string;

  @ManyToOne(() => Report, { onDelete: 'RESTRICT' })
  @JoinColumn()
  report?: Relation<Report>;

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
