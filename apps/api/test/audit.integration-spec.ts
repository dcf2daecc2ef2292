import { AuditEntry } from '@cynnydd/audit/data-access';
import type { AnnualPlan } from '@cynnydd/plans/data-access';
import { PlanState, Role } from '@cynnydd/shared/domain';
import type { StrategicArea } from '@cynnydd/strategy/data-access';

import { Fixtures } from './support/fixtures';
import { errorOf, startTestApp, type TestApp } from './support/test-app';

const TRAIL = `query ($type: String!, $id: ID!) {
  auditTrail(entityType: $type, entityId: $id) {
    action actorUserId actorEmail entityType occurredAt changes { field before after }
  }
}`;

describe('the audit trail', () => {
  let app: TestApp;
  let fixtures: Fixtures;
  let area: StrategicArea;
  let plan: AnnualPlan;

  beforeAll(async () => {
    app = await startTestApp();
    fixtures = new Fixtures(app.dataSource);
    area = (await fixtures.strategy()).get(3) as StrategicArea;
    plan = await fixtures.plan(2025, PlanState.DRAFT);
  });
  afterAll(() => app.close());

  it('records who changed an action, when, and each field before and after', async () => {
    const owner = await fixtures.person();
    const { createAction } = await app.ok(
      `mutation ($input: CreateActionInput!) { createAction(input: $input) { id } }`,
      {
        input: {
          planId: plan.id,
          areaId: area.id,
          reference: '3.1',
          title: { en: 'Careers campaign' },
          leadOrganisation: 'JOINT',
          ownerIds: [owner.id],
          startDate: '2025-04-01',
          dueDate: '2026-03-31',
        },
      },
    );
    await app.ok(`mutation ($input: UpdateActionInput!) { updateAction(input: $input) { id } }`, {
      input: {
        id: createAction.id,
        expectedVersion: 1,
        title: { cy: 'Ymgyrch gyrfaoedd' },
        dueDate: '2026-02-28',
      },
    });

    const { auditTrail } = await app.ok(TRAIL, { type: 'Action', id: createAction.id });
    expect(auditTrail.map((entry: { action: string }) => entry.action)).toEqual([
      'UPDATE',
      'CREATE',
    ]);
    const [update, create] = auditTrail;
    expect(update).toMatchObject({
      actorUserId: app.actor.user.id,
      actorEmail: app.actor.user.email,
      entityType: 'Action',
      occurredAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      changes: [
        { field: 'dueDate', before: '2026-03-31', after: '2026-02-28' },
        { field: 'title.cy', before: null, after: 'Ymgyrch gyrfaoedd' },
      ],
    });
    expect(create.changes).toEqual(
      expect.arrayContaining([
        { field: 'reference', before: null, after: '3.1' },
        { field: 'title.en', before: null, after: 'Careers campaign' },
        { field: 'ownerIds', before: null, after: JSON.stringify([owner.id]) },
      ]),
    );
  });

  it('records state changes of a plan', async () => {
    await app.ok(`mutation ($id: ID!) { approvePlan(id: $id) { state } }`, { id: plan.id });
    const { auditTrail } = await app.ok(TRAIL, { type: 'AnnualPlan', id: plan.id });
    expect(auditTrail[0]).toMatchObject({
      action: 'STATE_CHANGE',
      changes: expect.arrayContaining([
        { field: 'state', before: 'DRAFT', after: 'APPROVED' },
        { field: 'approvedAt', before: null, after: '2025-11-15T12:00:00.000Z' },
      ]),
    });
  });

  it('writes nothing to the trail when the change itself fails', async () => {
    const before = await app.dataSource.getRepository(AuditEntry).count();
    const error = errorOf(
      await app.gql(`mutation ($id: ID!) { closePlan(id: $id) { state } }`, {
        id: (await fixtures.plan(2031, PlanState.DRAFT)).id,
      }),
    );
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(await app.dataSource.getRepository(AuditEntry).count()).toBe(before);
  });

  it('never keeps password hashes, only that a password changed', async () => {
    const admin = await app.signedIn(Role.ADMIN);
    const target = await fixtures.user(
      Role.VIEWER,
      await fixtures.person(),
      'an original passphrase',
    );
    await admin.ok(
      `mutation ($input: ResetPasswordInput!) { resetUserPassword(input: $input) { id } }`,
      { input: { id: target.id, newPassword: 'a replacement passphrase' } },
    );
    // Accounts' history is for administrators only.
    expect(errorOf(await app.gql(TRAIL, { type: 'User', id: target.id })).code).toBe('FORBIDDEN');
    const { auditTrail } = await admin.ok(TRAIL, { type: 'User', id: target.id });
    expect(auditTrail[0].changes).toEqual([
      { field: 'password', before: '(previous)', after: '(changed)' },
    ]);
    const raw = await app.dataSource.query(`SELECT changes::text AS changes FROM audit_entry`);
    expect(raw.map((row: { changes: string }) => row.changes).join()).not.toContain('$argon2');
  });

  it('cannot be altered or deleted by the application’s database role', async () => {
    const [entry] = await app.dataSource.getRepository(AuditEntry).find({ take: 1 });
    await expect(
      app.dataSource.query(`UPDATE audit_entry SET actor_email = 'someone@else' WHERE id = $1`, [
        entry.id,
      ]),
    ).rejects.toThrow('the audit trail is append-only: UPDATE refused');
    await expect(
      app.dataSource.query(`DELETE FROM audit_entry WHERE id = $1`, [entry.id]),
    ).rejects.toThrow('the audit trail is append-only: DELETE refused');
    await expect(app.dataSource.query(`TRUNCATE audit_entry`)).rejects.toThrow(
      'append-only: TRUNCATE refused',
    );
    const kept = await app.dataSource.getRepository(AuditEntry).findOneByOrFail({ id: entry.id });
    expect(kept.actorEmail).toBe(entry.actorEmail);
  });

  it('gives admins the whole log, filtered and paged, and nobody else', async () => {
    const admin = await app.signedIn(Role.ADMIN);
    const LOG = `query ($filter: AuditLogFilter, $after: String) {
      auditLog(filter: $filter, first: 2, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { id entityType actorUserId } }
      }
    }`;
    const filter = { actorUserId: app.actor.user.id };
    const first = await admin.ok(LOG, { filter });
    expect(first.auditLog.totalCount).toBeGreaterThan(2);
    expect(first.auditLog.edges.every((e: any) => e.node.actorUserId === app.actor.user.id)).toBe(
      true,
    );
    const second = await admin.ok(LOG, { filter, after: first.auditLog.pageInfo.endCursor });
    const ids = [...first.auditLog.edges, ...second.auditLog.edges].map((e: any) => e.node.id);
    expect(new Set(ids).size).toBe(ids.length);

    const byType = await admin.ok(LOG, { filter: { entityType: 'AnnualPlan' } });
    expect(byType.auditLog.edges.every((e: any) => e.node.entityType === 'AnnualPlan')).toBe(true);
    expect(errorOf(await app.gql(LOG, {})).code).toBe('FORBIDDEN');
  });
});
