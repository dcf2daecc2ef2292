import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

import { Connection } from '@cynnydd/server/core';

import { AuditAction, type AuditEntry } from './audit-entry.entity';

registerEnumType(AuditAction, { name: 'AuditAction' });

@ObjectType('FieldChange', { description: "One field's value before and after a change." })
export class FieldChangeModel {
  @Field()
  field!: string;

  @Field(() => String, { nullable: true })
  before!: string | null;

  @Field(() => String, { nullable: true })
  after!: string | null;
}

@ObjectType('AuditEntry', {
  description: 'One recorded change: who, when, what, before and after.',
})
export class AuditEntryModel {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  occurredAt!: Date;

  @Field(() => ID, { nullable: true })
  actorUserId!: string | null;

  @Field(() => String, { nullable: true })
  actorEmail!: string | null;

  @Field(() => AuditAction)
  action!: AuditAction;

  @Field()
  entityType!: string;

  @Field(() => ID)
  entityId!: string;

  @Field(() => [FieldChangeModel])
  changes!: FieldChangeModel[];
}

@ObjectType('AuditEntryConnection')
export class AuditEntryConnection extends Connection(AuditEntryModel, 'AuditEntry') {}

export function toAuditEntryModel(entry: AuditEntry): AuditEntryModel {
  return { ...entry, changes: entry.changes.map((change) => ({ ...change })) };
}
