import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum AuditAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
  STATE_CHANGE = 'STATE_CHANGE',
}

export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

/**
 * One change to the programme's record: who, when, what, and each field's value before and
 * after. Written in the same transaction as the change; a trigger refuses updates and deletes.
 */
@Entity()
@Index('audit_entry_entity', ['entityType', 'entityId', 'occurredAt'])
@Index('audit_entry_actor', ['actorUserId', 'occurredAt'])
export class AuditEntry {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('audit_entry_occurred_at')
  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  occurredAt!: Date;

  /** Null for changes made by the system (migrations, seed). */
  @Column({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  /** Kept as it was at the time, so the record survives the account's later changes. */
  @Column({ type: 'varchar', length: 254, nullable: true })
  actorEmail!: string | null;

  @Column({ type: 'enum', enum: AuditAction, enumName: 'audit_action' })
  action!: AuditAction;

  @Column({ type: 'varchar', length: 50 })
  entityType!: string;

  @Column({ type: 'uuid' })
  entityId!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  changes!: FieldChange[];
}
