import type { Person } from '@cynnydd/directory/data-access';
import type { Action, AnnualPlan } from '@cynnydd/plans/data-access';
import { LeadOrganisation, RagStatus, Theme } from '@cynnydd/shared/domain';
import type { StrategicArea } from '@cynnydd/strategy/data-access';

import { Fixtures } from './support/fixtures';
import { errorOf, startTestApp, type TestApp } from './support/test-app';

const LIST = `query ($filter: ActionFilter, $sort: ActionSort, $first: Int, $after: String) {
  actions(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { reference dueDate isOverdue currentStatus { rag } } }
  }
}`;

type Page = {
  actions: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      node: {
        reference: string;
        dueDate: string;
        isOverdue: boolean;
        currentStatus: { rag: string } | null;
      };
    }[];
  };
};

/** Today is 2025-11-15 in these tests (see startTestApp). */
describe('the action list: filters, sorting and cursor pagination', () => {
  let app: TestApp;
  let fixtures: Fixtures;
  let areas: Map<number, StrategicArea>;
  let plan: AnnualPlan;
  let owner: Person;
  let other: Person;
  const byRef = new Map<string, Action>();

  beforeAll(async () => {
    app = await startTestApp();
    fixtures = new Fixtures(app.dataSource);
    areas = await fixtures.strategy();
    owner = await fixtures.person();
    other = await fixtures.person();
    plan = await fixtures.plan(2025);
    const lastYear = await fixtures.plan(2024);
    const q2 = await fixtures.period(2025, 2);
    const area = (n: number) => areas.get(n) as StrategicArea;

    const specs: [string, Partial<Parameters<Fixtures['action']>[0]>, RagStatus | null][] = [
      [
        '1.1',
        { lead: LeadOrganisation.HEIW, themes: [Theme.WELL_BEING], dueDate: '2026-03-31' },
        RagStatus.GREEN,
      ],
      ['1.2', { lead: LeadOrganisation.SOCIAL_CARE_WALES, dueDate: '2025-09-30' }, RagStatus.AMBER],
      [
        '1.10',
        { lead: LeadOrganisation.JOINT, themes: [Theme.STAFF_RETENTION], dueDate: '2025-10-31' },
        RagStatus.COMPLETE,
      ],
      [
        '2.1',
        { lead: LeadOrganisation.HEIW, owners: [other], dueDate: '2026-01-31' },
        RagStatus.RED,
      ],
      [
        '2.3',
        {
          lead: LeadOrganisation.JOINT,
          themes: [Theme.WELL_BEING, Theme.INCLUSION],
          dueDate: '2026-02-28',
        },
        null,
      ],
      ['3.1', { lead: LeadOrganisation.SOCIAL_CARE_WALES, dueDate: '2026-03-31' }, RagStatus.GREEN],
    ];
    for (const [reference, options, rag] of specs) {
      const n = Number(reference.split('.')[0]);
      const action = await fixtures.action({
        plan,
        area: area(n),
        reference,
        owners: [owner],
        ...options,
      });
      byRef.set(reference, action);
      if (rag) await fixtures.update(action, q2, owner, rag);
    }
    // 3.1 has a milestone past due, so it is overdue though the action itself is not yet due.
    await fixtures.milestone(byRef.get('3.1') as Action, '2025-10-31');
    // Another year's action, which year filters must leave out.
    await fixtures.action({ plan: lastYear, area: area(1), reference: '1.1', owners: [owner] });
  });
  afterAll(() => app.close());

  const references = async (variables: Record<string, unknown>) => {
    const { actions } = await app.ok<Page>(LIST, { first: 100, ...variables });
    return actions.edges.map((edge) => edge.node.reference);
  };
  const inYear = (filter: Record<string, unknown> = {}) => ({
    filter: { financialYear: '2025-26', ...filter },
  });

  it('lists a plan year in natural reference order by default', async () => {
    expect(await references(inYear())).toEqual(['1.1', '1.2', '1.10', '2.1', '2.3', '3.1']);
    expect(await references({})).toHaveLength(7);
  });

  it.each([
    ['area number', { areaNumber: 2 }, ['2.1', '2.3']],
    ['lead organisation', { leadOrganisation: 'HEIW' }, ['1.1', '2.1']],
    ['current RAG', { rag: ['RED', 'AMBER'] }, ['1.2', '2.1']],
    ['principle tag', { theme: 'WELL_BEING' }, ['1.1', '2.3']],
    ['overdue', { overdue: true }, ['1.2', '3.1']],
    ['not overdue', { overdue: false }, ['1.1', '1.10', '2.1', '2.3']],
    ['combined conditions', { theme: 'WELL_BEING', leadOrganisation: 'JOINT' }, ['2.3']],
  ])('filters by %s', async (_, filter, expected) => {
    expect(await references(inYear(filter))).toEqual(expected);
  });

  it('filters by owner and by area id', async () => {
    expect(await references(inYear({ ownerId: other.id }))).toEqual(['2.1']);
    expect(await references(inYear({ areaId: areas.get(3)?.id }))).toEqual(['3.1']);
  });

  it('marks overdue actions on the action itself too, as the filter finds them', async () => {
    const { actions } = await app.ok<Page>(LIST, inYear());
    expect(actions.edges.map(({ node }) => [node.reference, node.isOverdue])).toEqual([
      ['1.1', false],
      ['1.2', true], // past its due date
      ['1.10', false], // past its due date, but complete
      ['2.1', false],
      ['2.3', false],
      ['3.1', true], // a milestone past due
    ]);
    const { action } = await app.ok(`query ($id: ID!) { action(id: $id) { isOverdue } }`, {
      id: byRef.get('3.1')?.id,
    });
    expect(action.isOverdue).toBe(true);
  });

  it.each([
    [
      'due date',
      { field: 'DUE_DATE', direction: 'ASC' },
      ['1.2', '1.10', '2.1', '2.3', '1.1', '3.1'],
    ],
    [
      'RAG, most urgent first, no update last',
      { field: 'RAG', direction: 'ASC' },
      ['2.1', '1.2', '1.1', '3.1', '1.10', '2.3'],
    ],
    [
      'reference, descending',
      { field: 'REFERENCE', direction: 'DESC' },
      ['3.1', '2.3', '2.1', '1.10', '1.2', '1.1'],
    ],
  ])('sorts by %s', async (_, sort, expected) => {
    expect(await references({ ...inYear(), sort })).toEqual(expected);
  });

  it.each([
    ['REFERENCE', 'ASC'],
    ['DUE_DATE', 'DESC'],
    ['RAG', 'ASC'],
    ['LAST_UPDATED', 'DESC'],
  ])('pages through every action exactly once when sorted by %s %s', async (field, direction) => {
    const all = await references({ ...inYear(), sort: { field, direction } });
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const { actions }: Page = await app.ok<Page>(LIST, {
        ...inYear(),
        sort: { field, direction },
        first: 4,
        after,
      });
      expect(actions.totalCount).toBe(6);
      seen.push(...actions.edges.map((edge) => edge.node.reference));
      after = actions.pageInfo.hasNextPage ? actions.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(2);
    expect(seen).toEqual(all);
  });

  it('rejects a tampered cursor and an oversized page', async () => {
    expect(errorOf(await app.gql(LIST, { after: 'bm90LWEtY3Vyc29y' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
    expect(errorOf(await app.gql(LIST, { first: 101 }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
    expect(errorOf(await app.gql(LIST, { filter: { financialYear: '2025' } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.financialYear',
    });
  });

  it('refuses a cursor replayed under another sort, or with values that do not fit', async () => {
    const { actions } = await app.ok<Page>(LIST, {
      ...inYear(),
      sort: { field: 'DUE_DATE', direction: 'ASC' },
      first: 2,
    });
    const cursor = actions.pageInfo.endCursor;
    expect(
      errorOf(
        await app.gql(LIST, {
          ...inYear(),
          sort: { field: 'RAG', direction: 'ASC' },
          after: cursor,
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const forged = Buffer.from(JSON.stringify(['REFERENCE:ASC', 'x', 'y'])).toString('base64url');
    expect(errorOf(await app.gql(LIST, { after: forged }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });

  it('does not accept a null page size', async () => {
    expect(errorOf(await app.gql(LIST, { first: null }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
  });

  it('accepts ids written in upper case', async () => {
    const upper = owner.id.toUpperCase();
    expect(await references(inYear({ ownerId: upper }))).toEqual([
      '1.1',
      '1.2',
      '1.10',
      '2.3',
      '3.1',
    ]);
  });

  it('finds the actions a person answers for, as owner or as delegate', async () => {
    const helper = await fixtures.person();
    const ADD = `mutation ($a: ID!, $p: ID!) { addDelegate(actionId: $a, personId: $p) { id } }`;
    await app.ok(ADD, { a: (byRef.get('3.1') as Action).id, p: helper.id });
    expect(await references(inYear({ responsiblePersonId: helper.id }))).toEqual(['3.1']);
    expect(await references(inYear({ responsiblePersonId: other.id }))).toEqual(['2.1']);
  });
});
