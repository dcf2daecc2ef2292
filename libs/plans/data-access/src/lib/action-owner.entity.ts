import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';

import { Person } from '@cynnydd/directory/data-access';

import { Action } from './action.entity';

/** A person accountable for an action; `position` keeps owners in the order they were named. */
@Entity()
export class ActionOwner {
  @PrimaryColumn({ type: 'uuid' })
  actionId!: string;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  personId!: string;

  @Column({ type: 'smallint' })
  position!: number;

  @ManyToOne(() => Action, (action) => action.owners, { onDelete: 'CASCADE' })
  @JoinColumn()
  action?: Relation<Action>;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn()
  person?: Relation<Person>;
}
