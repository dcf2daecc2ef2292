import { Check, Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

import { VersionedEntity } from '@cynnydd/server/core';

/** A quarter of a financial year in which leads report progress, with its update deadline. */
@Entity()
@Unique('reporting_period_year_quarter', ['financialYear', 'quarter'])
@Check('reporting_period_quarter_range', '"quarter" BETWEEN 1 AND 4')
export class ReportingPeriod extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Calendar year the financial year starts in. */
  @Column({ type: 'smallint' })
  financialYear!: number;

  @Column({ type: 'smallint' })
  quarter!: number;

  @Column({ type: 'date' })
  startDate!: string;

  @Column({ type: 'date' })
  endDate!: string;

  /** Last day for leads to submit their updates for the quarter. */
  @Column({ type: 'date' })
  updateDeadline!: string;

  /** Set when the operational group closes the round; a closed period takes no updates. */
  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  /** Why the period was last reopened after closing; kept so the audit trail shows it. */
  @Column({ type: 'text', nullable: true })
  reopenReason!: string | null;
}
