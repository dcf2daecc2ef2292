import { randomUUID } from 'node:crypto';
import { QueryFailedError, type QueryRunner } from 'typeorm';

import { Person } from '@cynnydd/directory/data-access';
import { EntityRows, preparedStatement } from '@cynnydd/server/core';

import { Fixtures } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';

const DOUBLED = preparedStatement('SELECT $1::int * 2 AS doubled');
const AS_UUID = preparedStatement('SELECT $1::uuid AS id');

/** Statements marked with preparedStatement are parsed and planned once per connection. */
describe('prepared statements', () => {
  let app: TestApp;
  let runner: QueryRunner;
  beforeAll(async () => {
    app = await startTestApp();
    runner = app.dataSource.createQueryRunner();
  });
  afterAll(async () => {
    await runner.release();
    await app.close();
  });

  /** What this connection has prepared of `statement`, and how often it has run it since. */
  const prepared = async (statement: string) => {
    const rows: { name: string; runs: number }[] = await runner.query(
      `SELECT name, (generic_plans + custom_plans)::int AS runs FROM pg_prepared_statements
       WHERE statement = $1`,
      [statement],
    );
    return rows;
  };

  it('prepares a marked statement once and then only runs it, with its values each time', async () => {
    const results = [];
    for (let n = 1; n <= 6; n++) results.push((await runner.query(DOUBLED, [n]))[0].doubled);
    expect(results).toEqual([2, 4, 6, 8, 10, 12]);
    expect(await prepared(DOUBLED)).toEqual([
      { name: expect.stringMatching(/^cynnydd_/), runs: 6 },
    ]);
  });

  it('leaves statements that are not marked unnamed', async () => {
    const text = 'SELECT $1::int * 3 AS tripled';
    expect((await runner.query(text, [2]))[0].tripled).toBe(6);
    expect(await prepared(text)).toEqual([]);
  });

  it('reports a failure as TypeORM does, and the statement still runs afterwards', async () => {
    const failure = await runner.query(AS_UUID, ['not-a-uuid']).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(QueryFailedError);
    expect((failure as QueryFailedError & { driverError: { code: string } }).driverError.code).toBe(
      '22P02',
    );
    const id = randomUUID();
    expect(await runner.query(AS_UUID, [id])).toEqual([{ id }]);
  });

  it('runs inside transactions, which roll back as usual', async () => {
    await expect(
      app.dataSource.transaction(async (manager) => {
        expect((await manager.query(DOUBLED, [21]))[0].doubled).toBe(42);
        throw new Error('undo');
      }),
    ).rejects.toThrow('undo');
    expect((await app.dataSource.query(DOUBLED, [5]))[0].doubled).toBe(10);
  });

  it('serves the id loaders: the entities asked for, in order, null where none', async () => {
    const fixtures = new Fixtures(app.dataSource);
    const [first, second] = [await fixtures.person(), await fixtures.person()];
    const missing = randomUUID();
    const people = await EntityRows.of(app.dataSource.getRepository(Person)).byIds([
      second.id,
      missing,
      first.id,
    ]);
    const repository = app.dataSource.getRepository(Person);
    expect(people).toStrictEqual([
      await repository.findOneByOrFail({ id: second.id }),
      null,
      await repository.findOneByOrFail({ id: first.id }),
    ]);
  });
});
