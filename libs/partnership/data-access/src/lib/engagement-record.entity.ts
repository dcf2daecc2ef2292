import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';

import { Organisation } from '@cynnydd/directory/data-access';
import { Measure } from '@cynnydd/measures/data-access';
import { Forum, Meeting } from '@cynnydd/meetings/data-access';
import { Action, AnnualPlan } from '@cynnydd/plans/data-access';
import { Risk } from '@cynnydd/risks/data-access';
import { BilingualColumns, VersionedEntity } from '@cynnydd/server/core';
import { EngagementOutcome } from '@cynnydd/shared/domain';

const hasText = (column: string) => `("${column}_en" IS NOT NULL OR "${column}_cy" IS NOT NULL)`;

/**
 * How the social partners were engaged on one action, measure, risk or plan: when, where (a forum
 * and/or one of its meetings), with which unions and other partners, on what, and how it ended.
 */
@Entity()
@Check(
  'engagement_record_one_subject',
  'num_nonnulls("action_id", "measure_id", "risk_id", "plan_id") = 1',
)
@Check('engagement_record_consulted_on', hasText('consulted_on'))
@Check('engagement_record_compromise_agreed', `"outcome" <> 'COMPROMISE' OR ${hasText('agreed')}`)
@Check(
  'engagement_record_no_agreement_explained',
  `"outcome" <> 'NO_AGREEMENT' OR (${hasText('disagreement')} AND ${hasText('next_steps')})`,
)
@Index('engagement_record_engaged_on', ['engagedOn'])
export class EngagementRecord extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  actionId!: string | null;

  @ManyToOne(() => Action, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn()
  action?: Relation<Action> | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  measureId!: string | null;

  @ManyToOne(() => Measure, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn()
  measure?: Relation<Measure> | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  riskId!: string | null;

  @ManyToOne(() => Risk, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn()
  risk?: Relation<Risk> | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  planId!: string | null;

  @ManyToOne(() => AnnualPlan, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn()
  plan?: Relation<AnnualPlan> | null;

  @Column({ type: 'date' })
  engagedOn!: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  forumId!: string | null;

  @ManyToOne(() => Forum, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn()
  forum?: Relation<Forum> | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  meetingId!: string | null;

  @ManyToOne(() => Meeting, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn()
  meeting?: Relation<Meeting> | null;

  /** What the partners were consulted on. */
  @Column(() => BilingualColumns)
  consultedOn!: BilingualColumns;

  @Column({ type: 'enum', enum: EngagementOutcome, enumName: 'engagement_outcome' })
  outcome!: EngagementOutcome;

  /** For a compromise: what was agreed. */
  @Column(() => BilingualColumns)
  agreed!: BilingualColumns;

  /** For no agreement: why not. */
  @Column(() => BilingualColumns)
  disagreement!: BilingualColumns;

  /** For no agreement: what happens next. */
  @Column(() => BilingualColumns)
  nextSteps!: BilingualColumns;
}

/** A social partner (a trade union or other partner organisation) engaged in a record. */
@Entity()
export class EngagementPartner {
  @PrimaryColumn({ type: 'uuid' })
  engagementId!: string;

  @ManyToOne(() => EngagementRecord, { onDelete: 'CASCADE' })
  @JoinColumn()
  engagement?: Relation<EngagementRecord>;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn()
  organisation?: Relation<Organisation>;
}
