import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type EntityManager } from 'typeorm';

import {
  badUserInput,
  decodeCursor,
  encodeCursor,
  isInvalidValue,
  preparedStatement,
  sqlParameters,
  type Connection,
} from '@cynnydd/server/core';
import type { Actor } from '@cynnydd/shared/domain';

import { AuditAction, AuditEntry } from './audit-entry.entity';
import { diff } from './audit-snapshot';
import type { AuditLogArgs, AuditLogFilter } from './audit.args';

export interface AuditedChange {
  action: AuditAction;
  entityType: string;
  entityId: string;
  /** The record before the change (null when created). */
  before?: object | null;
  /** The record after the change (null when deleted). */
  after?: object | null;
}

const ORDERING = 'occurredAt:DESC';

/** An audit entry's columns, in the order of `auditEntryValues`. */
export const AUDIT_ENTRY_COLUMNS = [
  'actor_user_id',
  'actor_email',
  'action',
  'entity_type',
  'entity_id',
  'changes',
] as const;

/** The values of an audit entry's columns, for a write that inserts its entry itself. */
export function auditEntryValues(actor: Actor | null, change: AuditedChange): unknown[] {
  return [
    actor?.userId ?? null,
    actor?.email ?? null,
    change.action,
    change.entityType,
    change.entityId,
    JSON.stringify(diff(change.before ?? null, change.after ?? null)),
  ];
}

/** Sent by every write, always the same text: prepared (see preparedStatement). */
const INSERT_AUDIT_ENTRY = preparedStatement(
  `INSERT INTO audit_entry (${AUDIT_ENTRY_COLUMNS.join(', ')})
   VALUES (${sqlParameters(1, AUDIT_ENTRY_COLUMNS.length)})`,
);
const TRAIL_LIMIT = 500;

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEntry) private readonly entries: Repository<AuditEntry>) {}

  /**
   * Writes the audit entry with the caller's transaction, so it commits or fails with the change.
   * Plain SQL: every write adds one, and TypeORM's insert building and RETURNING of generated
   * columns nobody reads cost more than the statement itself.
   */
  async record(manager: EntityManager, actor: Actor | null, change: AuditedChange): Promise<void> {
    await manager.query(INSERT_AUDIT_ENTRY, auditEntryValues(actor, change));
  }

  /** Records a new record with all its fields. */
  created(manager: EntityManager, actor: Actor | null, entityType: string, after: { id: string }) {
    return this.record(manager, actor, {
      action: AuditAction.CREATE,
      entityType,
      entityId: after.id,
      after,
    });
  }

  /** Records the fields that differ between a record before and after a change. */
  changed(
    manager: EntityManager,
    actor: Actor | null,
    entityType: string,
    before: object,
    after: { id: string },
    action: AuditAction.UPDATE | AuditAction.STATE_CHANGE = AuditAction.UPDATE,
  ) {
    return this.record(manager, actor, { action, entityType, entityId: after.id, before, after });
  }

  /** The latest changes to one record, newest first. */
  trail(entityType: string, entityId: string): Promise<AuditEntry[]> {
    return this.entries.find({
      where: { entityType, entityId },
      order: { occurredAt: 'DESC', id: 'DESC' },
      take: TRAIL_LIMIT,
    });
  }

  async log(args: AuditLogArgs): Promise<Connection<AuditEntry>> {
    const query = this.filtered(args.filter ?? {});
    const totalCount = await query.getCount();
    if (args.after) {
      const [occurredAt, id] = decodeCursor(args.after, ORDERING, 2);
      query.andWhere('(entry.occurredAt, entry.id) < (:occurredAt::timestamptz, :id::uuid)', {
        occurredAt,
        id,
      });
    }
    const rows = await query
      .orderBy('entry.occurredAt', 'DESC')
      .addOrderBy('entry.id', 'DESC')
      .take(args.first + 1)
      .getMany()
      .catch((error: unknown) => {
        if (isInvalidValue(error))
          throw badUserInput('after', 'is not a cursor returned by this list');
        throw error;
      });
    const page = rows.slice(0, args.first);
    const edges = page.map((entry) => ({
      cursor: encodeCursor({
        ordering: ORDERING,
        values: [entry.occurredAt.toISOString(), entry.id],
      }),
      node: entry,
    }));
    return {
      edges,
      totalCount,
      pageInfo: { hasNextPage: rows.length > args.first, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  /**
   * Every entry the filter selects, newest first, for a download; refused when there are more
   * than `limit`, so one request cannot hold hundreds of thousands of rows in memory.
   */
  async all(filter: AuditLogFilter, limit: number): Promise<AuditEntry[]> {
    const rows = await this.filtered(filter)
      .orderBy('entry.occurredAt', 'DESC')
      .addOrderBy('entry.id', 'DESC')
      .take(limit + 1)
      .getMany();
    if (rows.length > limit) {
      throw badUserInput('filter', `selects more than ${limit} entries: narrow it`);
    }
    return rows;
  }

  /** Record types that have entries, for choosing one. */
  async entityTypes(): Promise<string[]> {
    const rows: { entity_type: string }[] = await this.entries.query(
      'SELECT DISTINCT entity_type FROM audit_entry ORDER BY entity_type',
    );
    return rows.map((row) => row.entity_type);
  }

  private filtered(filter: AuditLogFilter) {
    const query = this.entries.createQueryBuilder('entry');
    if (filter.actorUserId)
      query.andWhere('entry.actorUserId = :actor', { actor: filter.actorUserId });
    if (filter.entityType) query.andWhere('entry.entityType = :type', { type: filter.entityType });
    if (filter.entityId)
      query.andWhere('entry.entityId = :entityId', { entityId: filter.entityId });
    if (filter.action) query.andWhere('entry.action = :action', { action: filter.action });
    if (filter.from) query.andWhere('entry.occurredAt >= :from', { from: filter.from });
    if (filter.to) query.andWhere('entry.occurredAt < :to', { to: filter.to });
    return query;
  }
}
