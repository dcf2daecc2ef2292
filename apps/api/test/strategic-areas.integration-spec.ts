import { Role } from '@cynnydd/shared/domain';

import { Fixtures } from './support/fixtures';
import { errorOf, startTestApp, type TestApp } from './support/test-app';

const AREA = `query ($number: Int!) {
  strategicArea(number: $number) { title { en cy } shortTitle { en cy } }
}`;
const UPDATE = `mutation ($input: UpdateStrategicAreaInput!) {
  updateStrategicArea(input: $input) { shortTitle { en cy } }
}`;

describe('strategic areas’ short names', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
    await new Fixtures(app.dataSource).strategy();
  });
  afterAll(() => app.close());

  it('names each of the seven areas briefly in both languages', async () => {
    const { strategicArea } = await app.ok(AREA, { number: 2 });
    expect(strategicArea.shortTitle).toEqual({
      en: 'Compassionate leadership',
      cy: 'Arweinyddiaeth dosturiol',
    });
    const [{ named }] = await app.dataSource.query(
      `SELECT count(*)::int AS named FROM strategic_area
        WHERE short_title_en IS NOT NULL AND short_title_cy IS NOT NULL`,
    );
    expect(named).toBe(7);
  });

  it('shows the title in a language that has no short name', async () => {
    await app.dataSource.query(`UPDATE strategic_area SET short_title_cy = NULL WHERE number = 3`);
    const { strategicArea } = await app.ok(AREA, { number: 3 });
    expect(strategicArea.shortTitle).toEqual({
      en: 'Careers campaigns',
      cy: strategicArea.title.cy,
    });
  });

  it('keeps a short name an administrator sets, one language at a time, audited', async () => {
    const admin = await app.signedIn(Role.ADMIN);
    await admin.ok(UPDATE, {
      input: { number: 2, expectedVersion: 1, shortTitle: { en: 'Leadership' } },
    });
    const { updateStrategicArea } = await admin.ok(UPDATE, {
      input: { number: 2, expectedVersion: 2, shortTitle: { cy: 'Arweinyddiaeth' } },
    });
    expect(updateStrategicArea.shortTitle).toEqual({ en: 'Leadership', cy: 'Arweinyddiaeth' });
    const [entry] = await app.dataSource.query(
      `SELECT changes FROM audit_entry WHERE entity_type = 'StrategicArea' ORDER BY occurred_at DESC LIMIT 1`,
    );
    expect(entry.changes).toContainEqual({
      field: 'shortTitle.cy',
      before: 'Arweinyddiaeth dosturiol',
      after: 'Arweinyddiaeth',
    });
  });

  it('refuses a change made against an older version, changing nothing', async () => {
    const admin = await app.signedIn(Role.ADMIN);
    const result = await admin.gql(UPDATE, {
      input: { number: 3, expectedVersion: 7, shortTitle: { en: 'Stale' } },
    });
    expect(errorOf(result)).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion' });
    const { strategicArea } = await admin.ok(`{ strategicArea(number: 3) { shortTitle { en } } }`);
    expect(strategicArea.shortTitle.en).not.toBe('Stale');
  });
});
