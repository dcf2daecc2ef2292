import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';

import { Action } from '@cynnydd/plans/data-access';
import { RagStatus } from '@cynnydd/shared/domain';

import { ReportingPeriod } from './reporting-period.entity';
import { StatusUpdate } from './status-update.entity';

/**
 * An action's status in one reporting period: its latest update there. A read model kept by a
 * database trigger on `status_update` (migration 1795700000000), never written by the app, so the
 * overview, action list and reports look one row up per action instead of sorting its history.
 */
@Entity()
// An action's current status is its row for the latest period: the first entry of this index.
@Index('action_period_status_current', ['actionId', 'periodStartDate'])
// Every action's status in one period (a report's baseline).
@Index('action_period_status_period', ['reportingPeriodId'])
export class ActionPeriodStatus {
  @PrimaryColumn({ type: 'uuid' })
  actionId!: string;

  @ManyToOne(() => Action, { onDelete: 'RESTRICT' })
  @JoinColumn()
  action?: Relation<Action>;

  @PrimaryColumn({ type: 'uuid' })
  reportingPeriodId!: string;

  @ManyToOne(() => ReportingPeriod, { onDelete: 'RESTRICT' })
  @JoinColumn()
  reportingPeriod?: Relation<ReportingPeriod>;

  /** The period's start (fixed by its year and quarter), for "latest period first". */
  @Column({ type: 'date' })
  periodStartDate!: string;

  @Column({ type: 'uuid' })
  statusUpdateId!: string;

  @ManyToOne(() => StatusUpdate, { onDelete: 'RESTRICT' })
  @JoinColumn()
  statusUpdate?: Relation<StatusUpdate>;

  @Column({ type: 'enum', enum: RagStatus, enumName: 'rag_status' })
  rag!: RagStatus;

  @Column({ type: 'timestamptz' })
  submittedAt!: Date;
}
