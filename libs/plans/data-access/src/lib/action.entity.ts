import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';

import { BilingualColumns, VersionedEntity } from '@cynnydd/server/core';
import { LeadOrganisation, Theme, WayOfWorking, WellBeingGoal } from '@cynnydd/shared/domain';
import { StrategicArea } from '@cynnydd/strategy/data-access';

import { ActionOwner } from './action-owner.entity';
import { AnnualPlan } from './annual-plan.entity';

/**
 * SQL ordering actions (alias `a`) by reference as numbers, 1.2 before 1.10, as
 * `compareReferences` does; the index `action_reference_order` serves it.
 */
export const ACTION_REFERENCE_ORDER = `string_to_array(a.reference, '.')::int[]`;

/** One action of an annual plan, in one strategic area. */
@Entity()
@Unique('action_plan_reference', ['planId', 'reference'])
@Check('action_dates_in_order', '"start_date" <= "due_date"')
@Check('action_has_title', '"title_en" IS NOT NULL OR "title_cy" IS NOT NULL')
@Index('action_plan_area', ['planId', 'areaId'])
// The list's default order, (reference as numbers, id): an expression index made by migration
// 1795600000000, which TypeORM cannot describe, so its schema sync leaves it alone.
@Index('action_reference_order', { synchronize: false })
export class Action extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  planId!: string;

  @ManyToOne(() => AnnualPlan, { onDelete: 'RESTRICT' })
  @JoinColumn()
  plan?: Relation<AnnualPlan>;

  @Index()
  @Column({ type: 'uuid' })
  areaId!: string;

  @ManyToOne(() => StrategicArea, { onDelete: 'RESTRICT' })
  @JoinColumn()
  area?: Relation<StrategicArea>;

  /** Dotted reference within the plan, starting with the area number: "3.2". */
  @Column({ type: 'varchar', length: 12 })
  reference!: string;

  @Column(() => BilingualColumns)
  title!: BilingualColumns;

  @Column(() => BilingualColumns)
  description!: BilingualColumns;

  @Column({ type: 'enum', enum: LeadOrganisation, enumName: 'lead_organisation' })
  leadOrganisation!: LeadOrganisation;

  @Column({ type: 'date' })
  startDate!: string;

  @Column({ type: 'date' })
  dueDate!: string;

  /** Principle and priority tags. */
  @Column({ type: 'enum', enum: Theme, enumName: 'theme', array: true, default: '{}' })
  themes!: Theme[];

  /** Well-being of Future Generations (Wales) Act goals it contributes to. */
  @Column({
    type: 'enum',
    enum: WellBeingGoal,
    enumName: 'well_being_goal',
    array: true,
    default: '{}',
  })
  wellBeingGoals!: WellBeingGoal[];

  /** The Act's ways of working it follows. */
  @Column({
    type: 'enum',
    enum: WayOfWorking,
    enumName: 'way_of_working',
    array: true,
    default: '{}',
  })
  waysOfWorking!: WayOfWorking[];

  /**
   * The social partners must be consulted on it: its plan is not approved until an engagement
   * record exists for it, or the programme office records why not (the plan's waiver).
   */
  @Column({ type: 'boolean', default: false })
  needsPartnershipConsultation!: boolean;

  /** The previous year's action this one continues; each action is carried forward at most once. */
  @Index('action_carried_forward_once', {
    unique: true,
    where: '"carried_forward_from_id" IS NOT NULL',
  })
  @Column({ type: 'uuid', nullable: true })
  carriedForwardFromId!: string | null;

  @ManyToOne(() => Action, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn()
  carriedForwardFrom?: Relation<Action> | null;

  @OneToMany(() => ActionOwner, (owner) => owner.action, { cascade: ['insert'] })
  owners?: Relation<ActionOwner>[];
}
