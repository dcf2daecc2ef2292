import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';

import { User } from './user.entity';

/**
 * A signed-in browser. The cookie holds a random token; only its SHA-256 is stored, so a copy
 * of the database cannot be used to sign in. Kept in PostgreSQL so any API instance can check it.
 */
@Entity()
export class Session {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('session_token_hash', { unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash!: string;

  @Index('session_user')
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: Relation<User>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;
}
