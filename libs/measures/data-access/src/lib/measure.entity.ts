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
import { BilingualColumns, NUMERIC, VersionedEntity } from '@cynnydd/server/core';
import {
  MeasureDirection,
  MeasureFrequency,
  MeasureUnit,
  Theme,
  WayOfWorking,
  WellBeingGoal,
} from '@cynnydd/shared/domain';
import { StrategicArea } from '@cynnydd/strategy/data-access';

/** Figures and tolerances: up to ten digits before the point and four after. */
const FIGURE = { type: 'numeric', precision: 14, scale: 4, transformer: NUMERIC } as const;

/**
 * An outcome indicator the boards follow beside the actions: what is counted, how, by whom, and
 * how far from its target is amber or red.
 */
@Entity()
@Check('measure_has_name', '"name_en" IS NOT NULL OR "name_cy" IS NOT NULL')
@Check('measure_tolerance_order', '"amber_tolerance" >= 0 AND "red_tolerance" >= "amber_tolerance"')
@Check('measure_baseline_whole', '("baseline_value" IS NULL) = ("baseline_date" IS NULL)')
export class Measure extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Short stable reference, "M4.1": how sheets and reports name the measure. */
  @Index('measure_reference', { unique: true })
  @Column({ type: 'varchar', length: 12 })
  reference!: string;

  @Column(() => BilingualColumns)
  name!: BilingualColumns;

  @Column(() => BilingualColumns)
  definition!: BilingualColumns;

  /** How the figure is calculated. */
  @Column(() => BilingualColumns)
  calculation!: BilingualColumns;

  @Column(() => BilingualColumns)
  dataSource!: BilingualColumns;

  @Column({ type: 'enum', enum: MeasureUnit, enumName: 'measure_unit' })
  unit!: MeasureUnit;

  @Column({ type: 'enum', enum: MeasureDirection, enumName: 'measure_direction' })
  direction!: MeasureDirection;

  @Column({ type: 'enum', enum: MeasureFrequency, enumName: 'measure_frequency' })
  frequency!: MeasureFrequency;

  @Index()
  @Column({ type: 'uuid' })
  ownerId!: string;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn()
  owner?: Relation<Person>;

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

  /** Shortfall against the target still counted green. */
  @Column({ ...FIGURE, default: 0 })
  amberTolerance!: number;

  /** Shortfall against the target beyond which the figure is red. */
  @Column({ ...FIGURE })
  redTolerance!: number;

  @Column({ ...FIGURE, nullable: true })
  baselineValue!: number | null;

  @Column({ type: 'date', nullable: true })
  baselineDate!: string | null;
}

/** The strategic areas a measure belongs to (one or more). */
@Entity()
export class MeasureArea {
  @PrimaryColumn({ type: 'uuid' })
  measureId!: string;

  @ManyToOne(() => Measure, { onDelete: 'CASCADE' })
  @JoinColumn()
  measure?: Relation<Measure>;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  areaId!: string;

  @ManyToOne(() => StrategicArea, { onDelete: 'RESTRICT' })
  @JoinColumn()
  area?: Relation<StrategicArea>;
}

/** Actions whose delivery should move the measure. */
@Entity()
export class MeasureAction {
  @PrimaryColumn({ type: 'uuid' })
  measureId!: string;

  @ManyToOne(() => Measure, { onDelete: 'CASCADE' })
  @JoinColumn()
  measure?: Relation<Measure>;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  actionId!: string;

  @ManyToOne(() => Action, { onDelete: 'RESTRICT' })
  @JoinColumn()
  action?: Relation<Action>;
}

/** A measure's target for one financial year; a year without one is tracked for context only. */
@Entity()
export class MeasureTarget {
  @PrimaryColumn({ type: 'uuid' })
  measureId!: string;

  @ManyToOne(() => Measure, { onDelete: 'CASCADE' })
  @JoinColumn()
  measure?: Relation<Measure>;

  /** Start year of the financial year (2025 for 2025-26). */
  @PrimaryColumn({ type: 'smallint' })
  financialYear!: number;

  @Column({ ...FIGURE })
  value!: number;
}
