import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

import { conflict } from '../errors/domain-error';

const STALE = 'Someone else changed this since you loaded it; nothing was saved';

/** Refuses a change made against an older version than the one stored. */
export function assertVersion(stored: number, expected: number, current: () => unknown): void {
  if (stored !== expected) {
    throw conflict(STALE, { field: 'expectedVersion', currentVersion: stored, current: current() });
  }
}

/**
 * Optimistic locking that really stops a stale write (TypeORM's @VersionColumn alone does not):
 * the UPDATE only matches the row at the version the client last saw, and sets only the columns
 * being changed, so it cannot undo a concurrent change to any other column. When another change
 * got there first, nothing is written and the error carries the row as it now is.
 */
export async function updateVersioned<T extends ObjectLiteral & { id: string; version: number }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  expectedVersion: number,
  changes: Partial<T>,
  describeCurrent: (current: T) => unknown,
): Promise<T> {
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...changes, version: () => 'version + 1' } as never)
    .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
    .execute();
  const current = (await manager.findOneByOrFail(entity, { id } as never)) as T;
  if (!result.affected) {
    throw conflict(STALE, {
      field: 'expectedVersion',
      currentVersion: current.version,
      current: describeCurrent(current),
    });
  }
  return current;
}
