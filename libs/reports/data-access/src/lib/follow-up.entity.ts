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
import { BilingualColumns, VersionedEntity } from '@cynnydd/server/core';

import { ReviewEntry } from './review-entry.entity';

/** Something a board decision asked someone to do by a date, tracked until done. */
@Entity()
@Index('follow_up_open', ['dueDate'], { where: '"completed_on" IS NULL' })
export class FollowUp extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  decisionId!: string;

  @ManyToOne(() => ReviewEntry, { onDelete: 'RESTRICT' })
  @JoinColumn()
  decision?: Relation<ReviewEntry>;

  @Column(() => BilingualColumns)
  title!: BilingualColumns;

  @Index()
  @Column({ type: 'uuid' })
  ownerId!: string;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn()
  owner?: Relation<Person>;

  @Column({ type: 'date' })
  dueDate!: string;

  @Column({ type: 'date', nullable: true })
  completedOn!: string | null;
}
