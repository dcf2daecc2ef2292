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

import { Person } from '@cynnydd/directory/data-access';
import { Action } from '@cynnydd/plans/data-access';
import { BilingualColumns, VersionedEntity } from '@cynnydd/server/core';
import { RiskCategory, RiskKind } from '@cynnydd/shared/domain';
import { StrategicArea } from '@cynnydd/strategy/data-access';

const SCALE = { type: 'smallint' } as const;
const onScale = (column: string) => `"${column}" BETWEEN 1 AND 5`;

/**
 * Something that could stop delivery (or, as an issue, already has): scored on the 5 × 5 matrix
 * before controls (inherent), now (current, changed only by a review) and where the mitigations
 * should bring it (target).
 */
@Entity()
@Check('risk_has_title', '"title_en" IS NOT NULL OR "title_cy" IS NOT NULL')
@Check(
  'risk_scores_on_matrix',
  [
    'inherent_likelihood',
    'inherent_consequence',
    'current_likelihood',
    'current_consequence',
    'target_likelihood',
    'target_consequence',
  ]
    .map((column) => `("${column}" IS NULL OR ${onScale(column)})`)
    .join(' AND '),
)
@Check(
  'risk_target_whole',
  '("target_likelihood" IS NULL) = ("target_consequence" IS NULL) AND ("target_likelihood" IS NULL) = ("target_date" IS NULL)',
)
@Check(
  'risk_closed_with_reason',
  '"closed_on" IS NULL OR "closed_reason_en" IS NOT NULL OR "closed_reason_cy" IS NOT NULL',
)
@Check('risk_escalated_by_someone', '("escalated_on" IS NULL) = ("escalated_by_id" IS NULL)')
@Check('risk_review_interval', '"review_every_months" IN (1, 3, 6, 12)')
// The register lists open risks, highest current score first.
@Index('risk_open_by_score', ['currentLikelihood', 'currentConsequence'], {
  where: '"closed_on" IS NULL',
})
export class Risk extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Short stable reference, "R12": how reports and minutes name the risk. */
  @Index('risk_reference', { unique: true })
  @Column({ type: 'varchar', length: 12 })
  reference!: string;

  @Column({ type: 'enum', enum: RiskKind, enumName: 'risk_kind', default: RiskKind.RISK })
  kind!: RiskKind;

  @Column(() => BilingualColumns)
  title!: BilingualColumns;

  /** Cause, event and effect: "Because …, … may happen, which would …". */
  @Column(() => BilingualColumns)
  description!: BilingualColumns;

  @Column({ type: 'enum', enum: RiskCategory, enumName: 'risk_category' })
  category!: RiskCategory;

  @Index()
  @Column({ type: 'uuid' })
  ownerId!: string;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn()
  owner?: Relation<Person>;

  /** What already keeps the risk down. */
  @Column(() => BilingualColumns)
  controls!: BilingualColumns;

  /** For an issue: what it has done to delivery. */
  @Column(() => BilingualColumns)
  impact!: BilingualColumns;

  @Column(SCALE)
  inherentLikelihood!: number;

  @Column(SCALE)
  inherentConsequence!: number;

  @Column(SCALE)
  currentLikelihood!: number;

  @Column(SCALE)
  currentConsequence!: number;

  @Column({ ...SCALE, nullable: true })
  targetLikelihood!: number | null;

  @Column({ ...SCALE, nullable: true })
  targetConsequence!: number | null;

  /** When the mitigations should have brought it to its target score. */
  @Column({ type: 'date', nullable: true })
  targetDate!: string | null;

  @Column({ type: 'smallint', default: 3 })
  reviewEveryMonths!: number;

  /** The latest review's date plus the interval: what the register's "overdue" compares. */
  @Column({ type: 'date' })
  nextReviewDue!: string;

  @Column({ type: 'date', nullable: true })
  escalatedOn!: string | null;

  @Column({ type: 'uuid', nullable: true })
  escalatedById!: string | null;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn()
  escalatedBy?: Relation<Person>;

  @Column(() => BilingualColumns)
  escalationReason!: BilingualColumns;

  @Column({ type: 'date', nullable: true })
  closedOn!: string | null;

  @Column(() => BilingualColumns)
  closedReason!: BilingualColumns;

  /** For an issue: how it was resolved. */
  @Column(() => BilingualColumns)
  resolution!: BilingualColumns;

  /** The status update whose "risks" text it was raised from, if any. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  raisedFromUpdateId!: string | null;

  // By name: status updates belong to the reporting library, which builds on this one.
  @ManyToOne('StatusUpdate', { onDelete: 'RESTRICT' })
  @JoinColumn()
  raisedFromUpdate?: unknown;
}

/** The strategic areas a risk threatens (one or more). */
@Entity()
export class RiskArea {
  @PrimaryColumn({ type: 'uuid' })
  riskId!: string;

  @ManyToOne(() => Risk, { onDelete: 'CASCADE' })
  @JoinColumn()
  risk?: Relation<Risk>;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  areaId!: string;

  @ManyToOne(() => StrategicArea, { onDelete: 'RESTRICT' })
  @JoinColumn()
  area?: Relation<StrategicArea>;
}

/** How an action and a risk are linked. */
export enum RiskActionRole {
  /** The risk could stop the action delivering. */
  THREATENS = 'THREATENS',
  /** Delivering the action brings the risk down. */
  MITIGATES = 'MITIGATES',
}

@Entity()
export class RiskAction {
  @PrimaryColumn({ type: 'uuid' })
  riskId!: string;

  @ManyToOne(() => Risk, { onDelete: 'CASCADE' })
  @JoinColumn()
  risk?: Relation<Risk>;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  actionId!: string;

  @ManyToOne(() => Action, { onDelete: 'RESTRICT' })
  @JoinColumn()
  action?: Relation<Action>;

  @PrimaryColumn({ type: 'enum', enum: RiskActionRole, enumName: 'risk_action_role' })
  role!: RiskActionRole;
}

/** A follow-up that mitigates a risk: who does what by when, tracked until done. */
@Entity()
export class RiskMitigation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  riskId!: string;

  @ManyToOne(() => Risk, { onDelete: 'CASCADE' })
  @JoinColumn()
  risk?: Relation<Risk>;

  @Column(() => BilingualColumns)
  description!: BilingualColumns;

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

/**
 * A dated score with commentary: the risk's history. Rows are never changed or deleted (a
 * database trigger refuses it); the first is written when the risk is recorded.
 */
@Entity()
@Index('risk_review_history', ['riskId', 'reviewedAt', 'id'])
@Check('risk_review_on_matrix', `${onScale('likelihood')} AND ${onScale('consequence')}`)
export class RiskReview {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  riskId!: string;

  @ManyToOne(() => Risk, { onDelete: 'RESTRICT' })
  @JoinColumn()
  risk?: Relation<Risk>;

  @Column(SCALE)
  likelihood!: number;

  @Column(SCALE)
  consequence!: number;

  @Column(() => BilingualColumns)
  commentary!: BilingualColumns;

  @Index()
  @Column({ type: 'uuid' })
  reviewerId!: string;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn()
  reviewer?: Relation<Person>;

  /** The day of the review in Wales (the product's clock): what the score history is dated by. */
  @Column({ type: 'date' })
  reviewedOn!: string;

  /** clock_timestamp(): the order of reviews, even two on one day. */
  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  reviewedAt!: Date;
}

/** The highest current score the boards accept in a category before it must be escalated. */
@Entity()
@Check('risk_appetite_on_matrix', '"appetite" BETWEEN 1 AND 25')
export class RiskAppetite extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('risk_appetite_category', { unique: true })
  @Column({ type: 'enum', enum: RiskCategory, enumName: 'risk_category' })
  category!: RiskCategory;

  @Column({ type: 'smallint' })
  appetite!: number;
}
