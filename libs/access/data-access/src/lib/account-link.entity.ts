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

export enum AccountLinkPurpose {
  /** Sets the first password of an invited account. */
  INVITATION = 'INVITATION',
  /** Sets a new password for a forgotten one. */
  PASSWORD_RESET = 'PASSWORD_RESET',
}

/**
 * A link e-mailed to an account holder to set their password. Only the token's SHA-256 is
 * stored; the row is deleted when the link is used, so a link works once.
 */
@Entity()
export class AccountLink {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('account_link_token_hash', { unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash!: string;

  @Index('account_link_user')
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: Relation<User>;

  @Column({ type: 'enum', enum: AccountLinkPurpose, enumName: 'account_link_purpose' })
  purpose!: AccountLinkPurpose;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;
}
