import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';

import { Forum, Meeting } from '@cynnydd/meetings/data-access';
import { BilingualColumns, VersionedEntity } from '@cynnydd/server/core';

/**
 * A statement of the partnership behaviours self-assessment ("We raise emerging issues early"),
 * after the NHS Partnership Behaviours Audit Tool. Retired statements keep their past scores.
 */
@Entity()
@Unique('partnership_statement_position', ['position'])
@Check('partnership_statement_has_text', '"text_en" IS NOT NULL OR "text_cy" IS NOT NULL')
export class PartnershipStatement extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** 1, 2, 3 … the order the forum scores them in. */
  @Column({ type: 'smallint' })
  position!: number;

  @Column(() => BilingualColumns)
  text!: BilingualColumns;

  @Column({ type: 'boolean', default: true })
  active!: boolean;
}

/** A forum's self-assessment against the active statements, at a meeting or on a date. */
@Entity()
@Index('partnership_assessment_forum_date', ['forumId', 'assessedOn'])
export class PartnershipAssessment extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  forumId!: string;

  @ManyToOne(() => Forum, { onDelete: 'RESTRICT' })
  @JoinColumn()
  forum?: Relation<Forum>;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  meetingId!: string | null;

  @ManyToOne(() => Meeting, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn()
  meeting?: Relation<Meeting> | null;

  @Column({ type: 'date' })
  assessedOn!: string;
}

/** One statement's score, 1 (not at all) to 5 (fully), in an assessment. */
@Entity()
@Check('partnership_score_on_scale', '"score" BETWEEN 1 AND 5')
export class PartnershipScore {
  @PrimaryColumn({ type: 'uuid' })
  assessmentId!: string;

  @ManyToOne(() => PartnershipAssessment, { onDelete: 'CASCADE' })
  @JoinColumn()
  assessment?: Relation<PartnershipAssessment>;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  statementId!: string;

  @ManyToOne(() => PartnershipStatement, { onDelete: 'RESTRICT' })
  @JoinColumn()
  statement?: Relation<PartnershipStatement>;

  @Column({ type: 'smallint' })
  score!: number;

  @Column(() => BilingualColumns)
  comment!: BilingualColumns;
}
