import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import { BilingualColumns, VersionedEntity } from '@cynnydd/server/core';
import { PlanState } from '@cynnydd/shared/domain';

/** The joint action plan for one financial year; redefined every year. */
@Entity()
export class AnnualPlan extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Calendar year the financial year starts in: 2025 is "2025-26". */
  @Index({ unique: true })
  @Column({ type: 'smallint' })
  financialYear!: number;

  @Column({ type: 'enum', enum: PlanState, enumName: 'plan_state', default: PlanState.DRAFT })
  state!: PlanState;

  @Column(() => BilingualColumns)
  title!: BilingualColumns;

  /**
   * Why the plan may be approved although actions tagged for partnership consultation have no
   * engagement record yet; recorded by the programme office, empty otherwise.
   */
  @Column(() => BilingualColumns)
  partnershipWaiver!: BilingualColumns;

  @Column({ type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;
}
