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

import { BilingualColumns, VersionedEntity } from '@cynnydd/server/core';

import { Action } from './action.entity';

/** A deliverable or milestone of an action. */
@Entity()
@Check('milestone_has_title', '"title_en" IS NOT NULL OR "title_cy" IS NOT NULL')
// "Has this action a milestone past due?" (the overdue rule) probes only open milestones.
@Index('milestone_open_due', ['actionId', 'dueDate'], { where: '"completed_on" IS NULL' })
export class Milestone extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  actionId!: string;

  @ManyToOne(() => Action, { onDelete: 'CASCADE' })
  @JoinColumn()
  action?: Relation<Action>;

  @Column(() => BilingualColumns)
  title!: BilingualColumns;

  @Column({ type: 'date' })
  dueDate!: string;

  @Column({ type: 'date', nullable: true })
  completedOn!: string | null;
}
