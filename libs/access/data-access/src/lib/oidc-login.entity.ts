import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A sign-in started at the identity provider and not yet finished: the values the callback
 * must match. Kept in PostgreSQL so the callback may reach any API instance.
 */
@Entity()
export class OidcLogin {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  state!: string;

  @Column({ type: 'varchar', length: 64 })
  nonce!: string;

  @Column({ type: 'varchar', length: 128 })
  codeVerifier!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;
}
