import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';

import { PlanState, RagStatus, Role } from '@cynnydd/shared/domain';
import type { StrategicArea } from '@cynnydd/strategy/data-access';

import { Fixtures, STATUS_READ_MODEL_DRIFT } from './support/fixtures';
import { startTestApp, type Client, type GraphQLResponse, type TestApp } from './support/test-app';

/**
 * Every mutation gets random and hostile arguments, generated from its own GraphQL types: text
 * that is huge, odd Unicode or SQL/HTML injection, numbers out of range, wrong types, missing
 * and unknown ids. Each answer must be a result or a clear error with a known code, never a
 * server fault; afterwards the database must still be consistent.
 */

/** Mutations left out: they would end the tester's own session or sign-in. */
const SKIPPED = new Set(['signIn', 'signOut', 'changePassword']);
const CLEAR_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'QUERY_TOO_COMPLEX',
]);
const RUNS_PER_MUTATION = 30;

const HOSTILE_TEXT = [
  "'; DROP TABLE action; --",
  "' OR '1'='1",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '${7*7}{{7*7}}',
  '\u0000nul',
  '\u202Eright-to-left',
  'Ŵ ŷ ŵ â ê î ô û — Cymraeg ✓ 🏴󠁧󠁢󠁷󠁬󠁳󠁿',
  '',
  '   ',
  'x'.repeat(100_000),
];
const PLAUSIBLE_TEXT = [
  '2026-27',
  '2026-05-01',
  '1.1',
  'HEIW',
  'en',
  'cy',
  '2025-11-15',
  'Quarterly update',
];

function textArbitrary(): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom(...HOSTILE_TEXT, ...PLAUSIBLE_TEXT),
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.integer(),
  );
}

/** Values for one GraphQL input type, mostly well-shaped, sometimes not. */
function arbitraryFor(type: GraphQLInputType, ids: string[], depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) {
    return fc.oneof(
      { weight: 12, arbitrary: arbitraryFor(type.ofType, ids, depth) },
      { weight: 1, arbitrary: fc.constant(null) },
    );
  }
  if (isListType(type)) {
    return fc.oneof(
      {
        weight: 6,
        arbitrary: fc.array(arbitraryFor(type.ofType, ids, depth + 1), { maxLength: 3 }),
      },
      {
        weight: 1,
        arbitrary: fc.array(fc.constantFrom(...ids), { minLength: 150, maxLength: 250 }),
      },
      { weight: 1, arbitrary: textArbitrary() },
    );
  }
  if (isInputObjectType(type)) {
    if (depth > 3) return fc.constant({});
    const fields = Object.values(type.getFields());
    return fc.oneof(
      {
        weight: 10,
        arbitrary: fc.record(
          Object.fromEntries(
            fields.map((field) => [field.name, arbitraryFor(field.type, ids, depth + 1)]),
          ),
          { requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name) },
        ),
      },
      { weight: 1, arbitrary: textArbitrary() },
    );
  }
  if (isEnumType(type)) {
    return fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...type.getValues().map((value) => value.name)) },
      { weight: 1, arbitrary: textArbitrary() },
    );
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return fc.oneof(
          { weight: 6, arbitrary: fc.constantFrom(...ids) },
          { weight: 2, arbitrary: fc.uuid() },
          { weight: 1, arbitrary: textArbitrary() },
        );
      case 'Int':
        return fc.oneof(
          fc.integer({ min: -2, max: 120 }),
          fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 1.5, Number.MAX_SAFE_INTEGER),
          textArbitrary(),
        );
      case 'Boolean':
        return fc.oneof(fc.boolean(), textArbitrary());
      default:
        return textArbitrary();
    }
  }
  return fc.constant(null);
}

/** A well-formed operation for the mutation, selecting a scalar (or __typename) from its result. */
function operationFor(mutation: GraphQLField<unknown, unknown>): string {
  const declare = (arg: GraphQLArgument) => `$${arg.name}: ${String(arg.type)}`;
  const args = mutation.args;
  const head = args.length ? `(${args.map(declare).join(', ')})` : '';
  const call = args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
  const selection =
    isScalarType(getNamedType(mutation.type)) || isEnumType(getNamedType(mutation.type))
      ? ''
      : ' { __typename }';
  return `mutation${head} { ${mutation.name}${call}${selection} }`;
}

describe('hostile input to every mutation', () => {
  let app: TestApp;
  let admin: Client;
  let ids: string[];

  beforeAll(async () => {
    app = await startTestApp();
    const fixtures = new Fixtures(app.dataSource);
    const areas = await fixtures.strategy();
    const lead = await fixtures.person();
    const plan = await fixtures.plan(2025);
    await fixtures.plan(2026, PlanState.DRAFT);
    const period = await fixtures.period(2025, 3);
    const action = await fixtures.action({
      plan,
      area: areas.get(1) as StrategicArea,
      owners: [lead],
    });
    const milestone = await fixtures.milestone(action, '2026-01-31');
    await fixtures.update(action, period, lead, RagStatus.AMBER);
    const viewer = await fixtures.user(Role.VIEWER, await fixtures.person());
    admin = await app.signedIn(Role.ADMIN);
    ids = [
      plan.id,
      action.id,
      milestone.id,
      period.id,
      lead.id,
      lead.organisationId,
      viewer.id,
      (areas.get(2) as StrategicArea).id,
    ];
  });
  afterAll(() => app.close());

  const mutations = () =>
    Object.values(app.schema.getMutationType()?.getFields() ?? {}).filter(
      (m) => !SKIPPED.has(m.name),
    );

  it('answers each with a result or a clear error, never a fault', async () => {
    const faults: string[] = [];
    for (const mutation of mutations()) {
      const query = operationFor(mutation);
      const variables = fc.record(
        Object.fromEntries(mutation.args.map((arg) => [arg.name, arbitraryFor(arg.type, ids)])),
      );
      await fc
        .assert(
          fc.asyncProperty(variables, fc.boolean(), async (vars, asAdmin) => {
            const response = await (asAdmin ? admin : app).post({ query, variables: vars });
            const body = (await response.json()) as GraphQLResponse<unknown>;
            const codes = (body.errors ?? []).map((error) => String(error.extensions?.['code']));
            const clear =
              response.status < 500 &&
              (body.errors
                ? codes.every((code) => CLEAR_CODES.has(code))
                : body.data !== undefined) &&
              (body.errors ?? []).every(
                (error) => error.message && !/\n\s+at /.test(error.message),
              );
            if (!clear)
              faults.push(
                `${mutation.name} ${response.status} ${codes.join(',')}: ${JSON.stringify(vars).slice(0, 300)}`,
              );
            return clear;
          }),
          { numRuns: RUNS_PER_MUTATION, seed: 20261123, endOnFailure: true },
        )
        .catch(() => undefined);
    }
    expect(faults).toEqual([]);
  }, 300_000);

  it('leaves the database consistent', async () => {
    const [problems] = await app.dataSource.query(`
      SELECT
        (SELECT count(*) FROM action a WHERE NOT EXISTS (SELECT 1 FROM action_owner o WHERE o.action_id = a.id))::int AS actions_without_owner,
        (SELECT count(*) FROM action WHERE due_date < start_date)::int AS actions_ending_before_start,
        (SELECT count(*) FROM status_update WHERE percent_complete NOT BETWEEN 0 AND 100)::int AS bad_percent,
        (SELECT count(*) FROM action a WHERE NOT EXISTS (
           SELECT 1 FROM audit_entry e WHERE e.entity_type = 'Action' AND e.entity_id = a.id)
           AND a.created_at > (SELECT min(created_at) FROM app_user) + interval '2 seconds'
        )::int AS unaudited_actions,
        (SELECT count(*) FROM status_update s WHERE NOT EXISTS (
           SELECT 1 FROM audit_entry e WHERE e.entity_type = 'StatusUpdate' AND e.entity_id = s.id)
        )::int - 1 AS unaudited_updates,
        (SELECT count(*) FROM (${STATUS_READ_MODEL_DRIFT}) drift)::int AS status_read_model_drift
    `);
    expect(problems).toEqual({
      actions_without_owner: 0,
      actions_ending_before_start: 0,
      bad_percent: 0,
      unaudited_actions: 0,
      unaudited_updates: 0,
      status_read_model_drift: 0,
    });
  });
});
