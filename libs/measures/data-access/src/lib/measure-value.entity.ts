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
import { BilingualColumns, NUMERIC } from '@cynnydd/server/core';
import { ValueQuality, type BilingualText } from '@cynnydd/shared/domain';

import { Measure } from './measure.entity';

/** A part of a figure: by organisation, region or health board. */
export interface ValueBreakdown {
  label: BilingualText;
  value: number;
}

/**
 * A measure's figure for one period. Rows are never changed or deleted (a database trigger
 * refuses it): a revision is a newer row for the same period, so the figure a board saw stays.
 */
@Entity()
// A period's current figure is the last entry for (measure, period): read backwards, no sort.
@Index('measure_value_period_latest', ['measureId', 'periodStart', 'submittedAt', 'id'])
@Check('measure_value_figure_or_reason', `("value" IS NULL) = ("quality" = 'NOT_AVAILABLE')`)
@Check('measure_value_period_order', '"period_end" > "period_start"')
@Check(
  'measure_value_reason_when_missing',
  `"quality" <> 'NOT_AVAILABLE' OR "not_available_reason_en" IS NOT NULL OR "not_available_reason_cy" IS NOT NULL`,
)
export class MeasureValue {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  measureId!: string;

  @ManyToOne(() => Measure, { onDelete: 'RESTRICT' })
  @JoinColumn()
  measure?: Relation<Measure>;

  /** First day of the month, quarter or financial year the figure is for. */
  @Column({ type: 'date' })
  periodStart!: string;

  /** Last day of the period, kept so "figures for periods ended by a date" is one comparison. */
  @Column({ type: 'date' })
  periodEnd!: string;

  @Column({ type: 'numeric', precision: 14, scale: 4, nullable: true, transformer: NUMERIC })
  value!: number | null;

  @Column({ type: 'enum', enum: ValueQuality, enumName: 'value_quality' })
  quality!: ValueQuality;

  @Column(() => BilingualColumns)
  notAvailableReason!: BilingualColumns;

  @Column(() => BilingualColumns)
  commentary!: BilingualColumns;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  breakdowns!: ValueBreakdown[];

  @Index()
  @Column({ type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn()
  author?: Relation<Person>;

  /** clock_timestamp(): two figures in one transaction still get distinct times. */
  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  submittedAt!: Date;
}
