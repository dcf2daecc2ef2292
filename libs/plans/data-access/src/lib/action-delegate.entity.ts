import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';

import { Person } from '@cynnydd/directory/data-access';

import { Action } from './action.entity';

/** Someone an owner has asked to report on an action for them. */
@Entity()
export class ActionDelegate {
  @PrimaryColumn({ type: 'uuid' })
  actionId!: string;

  @Index('action_delegate_person')
  @PrimaryColumn({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => Action, { onDelete: 'CASCADE' })
  @JoinColumn()
  action?: Relation<Action>;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn()
  person?: Relation<Person>;

  /** The account that named the delegate. */
  @Column({ type: 'uuid', nullable: true })
  delegatedByUserId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
