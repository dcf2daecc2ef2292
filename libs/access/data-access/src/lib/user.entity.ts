import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  OneToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';

import { Person } from '@cynnydd/directory/data-access';
import { VersionedEntity } from '@cynnydd/server/core';
import { Role, type Language } from '@cynnydd/shared/domain';

/**
 * A sign-in account. Local accounts have a password hash (argon2id); accounts from an identity
 * provider have none. Linked to the person whose actions it may report on, if any.
 */
@Entity('app_user')
@Check('app_user_language', `"preferred_language" IN ('en', 'cy')`)
export class User extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored lower-cased. */
  @Index('app_user_email', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'text', nullable: true })
  passwordHash!: string | null;

  @Column({ type: 'enum', enum: Role, enumName: 'role' })
  role!: Role;

  @Index('app_user_person', { unique: true, where: '"person_id" IS NOT NULL' })
  @Column({ type: 'uuid', nullable: true })
  personId!: string | null;

  @OneToOne(() => Person, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn()
  person?: Relation<Person> | null;

  @Column({ type: 'boolean', default: false })
  disabled!: boolean;

  @Column({ type: 'varchar', length: 2, default: 'en' })
  preferredLanguage!: Language;

  @Column({ type: 'timestamptz', nullable: true })
  lastSignedInAt!: Date | null;

  /**
   * The identity-provider account (`issuer|subject`) this account was first signed in with;
   * from then on only that identity may use it, whatever email it later claims.
   */
  @Index('app_user_oidc_subject', { unique: true, where: '"oidc_subject" IS NOT NULL' })
  @Column({ type: 'varchar', length: 512, nullable: true })
  oidcSubject!: string | null;
}
