import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import { BilingualColumns, VersionedEntity } from '@cynnydd/server/core';

/** One of the seven joint strategic areas through which the strategy is delivered. */
@Entity()
@Check('strategic_area_number_range', '"number" BETWEEN 1 AND 7')
export class StrategicArea extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index({ unique: true })
  @Column({ type: 'smallint' })
  number!: number;

  @Column(() => BilingualColumns)
  title!: BilingualColumns;

  /** For tables and charts; null (until an administrator sets it) shows the title instead. */
  @Column(() => BilingualColumns)
  shortTitle!: BilingualColumns;

  @Column(() => BilingualColumns)
  description!: BilingualColumns;
}
