import { In, type DataSource, type EntityTarget } from 'typeorm';

import { notFound } from '../errors/domain-error';

/**
 * Every id in `ids` names a row of `entity` (`name` in the error), checked in one statement
 * before anything is written; the first missing one is NOT_FOUND on `field`.
 */
export async function assertAllExist(
  dataSource: DataSource,
  entity: EntityTarget<{ id: string }>,
  name: string,
  ids: readonly string[] | undefined,
  field: string,
): Promise<void> {
  if (!ids?.length) return;
  const found = await dataSource
    .getRepository(entity)
    .find({ select: { id: true }, where: { id: In([...ids]) } });
  const missing = ids.find((id) => !found.some((row) => row.id === id));
  if (missing) throw notFound(name, missing, field);
}
