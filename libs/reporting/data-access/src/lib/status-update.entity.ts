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

import { Person } from '@cynnydd/directory/data-access';
import { Action } from '@cynnydd/plans/data-access';
import { BilingualColumns } from '@cynnydd/server/core';
import { RagStatus } from '@cynnydd/shared/domain';

import { ReportingPeriod } from './reporting-period.entity';

/**
 * One progress report on an action for a period. Rows are never changed or deleted (a database
 * trigger refuses it): a correction is a newer update, and an action's status is its latest.
 */
@Entity()
@Index('status_update_action_latest', ['actionId', 'submittedAt'])
@Index('status_update_period_action', ['reportingPeriodId', 'actionId'])
// An action's latest update in a period is the last entry for (action, period): no sort needed.
@Index('status_update_action_period_latest', ['actionId', 'reportingPeriodId', 'submittedAt', 'id'])
@Check('status_update_percent_range', '"percent_complete" BETWEEN 0 AND 100')
@Check('status_update_has_commentary', '"commentary_en" IS NOT NULL OR "commentary_cy" IS NOT NULL')
export class StatusUpdate {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  actionId!: string;

  @ManyToOne(() => Action, { onDelete: 'RESTRICT' })
  @JoinColumn()
  action?: Relation<Action>;

  @Column({ type: 'uuid' })
  reportingPeriodId!: string;

  @ManyToOne(() => ReportingPeriod, { onDelete: 'RESTRICT' })
  @JoinColumn()
  reportingPeriod?: Relation<ReportingPeriod>;

  @Column({ type: 'enum', enum: RagStatus, enumName: 'rag_status' })
  rag!: RagStatus;

  @Column({ type: 'smallint' })
  percentComplete!: number;

  @Column(() => BilingualColumns)
  commentary!: BilingualColumns;

  @Column(() => BilingualColumns)
  risks!: BilingualColumns;

  @Column(() => BilingualColumns)
  nextSteps!: BilingualColumns;

  @Index()
  @Column({ type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn()
  author?: Relation<Person>;

  /** clock_timestamp(), not now(): two updates in one transaction still get distinct times. */
  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  submittedAt!: Date;
}
