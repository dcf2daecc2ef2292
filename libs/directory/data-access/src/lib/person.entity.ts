import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';

import { BilingualColumns, VersionedEntity } from '@cynnydd/server/core';

import { Organisation } from './organisation.entity';

/** Someone who owns or updates actions: staff of the two bodies and their partners. */
@Entity()
export class Person extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** Stored lower-cased; unique so one person is one record. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column(() => BilingualColumns)
  jobTitle!: BilingualColumns;

  @Index()
  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn()
  organisation?: Relation<Organisation>;
}
