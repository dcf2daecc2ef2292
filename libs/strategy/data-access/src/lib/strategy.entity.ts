import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { BilingualColumns } from '@cynnydd/server/core';

/** The ten-year joint workforce strategy (there is one; kept as a row so its text is data). */
@Entity()
export class Strategy {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column(() => BilingualColumns)
  title!: BilingualColumns;

  @Column(() => BilingualColumns)
  ambition!: BilingualColumns;

  @Column({ type: 'smallint' })
  startYear!: number;

  @Column({ type: 'smallint' })
  endYear!: number;

  @Column({ type: 'date' })
  publishedOn!: string;
}
