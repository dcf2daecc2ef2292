import { EntityRows } from '@cynnydd/server/core';

import { ALL_ENTITIES } from '../src/app/entities';
import { seedDemoData } from '../src/seed/demo-seed';
import { startTestApp, type TestApp } from './support/test-app';

describe('EntityRows, the plain-SQL reader of hot read paths', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ today: '2026-11-23' });
    await seedDemoData(app.dataSource);
    // A delegate, so that table has a row to compare too.
    await app.dataSource.query(
      `INSERT INTO action_delegate (action_id, person_id)
       SELECT a.id, p.id FROM action a CROSS JOIN person p
       WHERE NOT EXISTS (SELECT 1 FROM action_owner o WHERE o.action_id = a.id AND o.person_id = p.id)
       LIMIT 3`,
    );
  });
  afterAll(() => app.close());

  it.each(ALL_ENTITIES.map((entity) => [(entity as { name: string }).name, entity]))(
    'builds every %s exactly as repository.find does',
    async (_name, entity) => {
      const repository = app.dataSource.getRepository(entity);
      const key = repository.metadata.primaryColumns.map((c) => `t."${c.databaseName}"`).join(', ');
      const order = Object.fromEntries(
        repository.metadata.primaryColumns.map((c) => [c.propertyName, 'ASC' as const]),
      );
      const expected = await repository.find({ order });
      const read = await EntityRows.of(repository).find(`ORDER BY ${key}`, []);
      expect(read).toStrictEqual(expected);
    },
  );

  it('has rows to compare for the entities the hot paths read', async () => {
    for (const table of [
      'action',
      'action_owner',
      'action_delegate',
      'milestone',
      'person',
      'status_update',
    ]) {
      const [{ count }] = await app.dataSource.query(`SELECT count(*)::int AS count FROM ${table}`);
      expect({ table, some: count > 0 }).toEqual({ table, some: true });
    }
  });

  it('reads enum arrays and embedded texts, null included, with a prefix on joined rows', async () => {
    const people = EntityRows.of(app.dataSource.getRepository('Person'));
    const actions = EntityRows.of(app.dataSource.getRepository('Action'));
    const [row] = await app.dataSource.query(
      `SELECT ${actions.columns('a')}, ${people.columns('p', 'person_')}
       FROM action a JOIN action_owner o ON o.action_id = a.id JOIN person p ON p.id = o.person_id
       WHERE cardinality(a.themes) > 0 ORDER BY a.id LIMIT 1`,
    );
    const action = actions.fromRow(row);
    const person = people.fromRow(row, 'person_');
    expect(action).toStrictEqual(
      await app.dataSource.getRepository('Action').findOneByOrFail({ id: action['id'] }),
    );
    expect(Array.isArray(action['themes']) && action['themes'].length > 0).toBe(true);
    expect(person).toStrictEqual(
      await app.dataSource.getRepository('Person').findOneByOrFail({ id: person['id'] }),
    );
  });
});
