import type { Person } from '@cynnydd/directory/data-access';
import type { Action } from '@cynnydd/plans/data-access';
import { ReportingPeriod, StatusUpdate } from '@cynnydd/reporting/data-access';
import { Role } from '@cynnydd/shared/domain';
import type { StrategicArea } from '@cynnydd/strategy/data-access';

import { Fixtures } from './support/fixtures';
import { errorOf, startTestApp, type Client, type TestApp } from './support/test-app';

const PERIOD = '{ id state closedAt reopenReason updateDeadline version }';
const CLOSE = `mutation ($input: ReportingPeriodVersionInput!) { closeReportingPeriod(input: $input) ${PERIOD} }`;
const REOPEN = `mutation ($input: ReopenReportingPeriodInput!) { reopenReportingPeriod(input: $input) ${PERIOD} }`;
const MOVE_DEADLINE = `mutation ($input: UpdateReportingPeriodInput!) { updateReportingPeriod(input: $input) ${PERIOD} }`;
const SUBMIT = `mutation ($input: SubmitStatusUpdateInput!) { submitStatusUpdate(input: $input) { id } }`;
const TRAIL = `query ($id: ID!) {
  auditTrail(entityType: "ReportingPeriod", entityId: $id) { action changes { field before after } }
}`;

/** Today is 2025-11-15 in these tests. */
describe('the update round: closing and reopening a reporting period', () => {
  let app: TestApp;
  let fixtures: Fixtures;
  let lead: Person;
  let asLead: Client;
  let action: Action;
  let area: StrategicArea;

  beforeAll(async () => {
    app = await startTestApp();
    fixtures = new Fixtures(app.dataSource);
    area = (await fixtures.strategy()).get(4) as StrategicArea;
    lead = await fixtures.person();
    asLead = await app.signedIn(Role.LEAD, lead);
    action = await fixtures.action({ plan: await fixtures.plan(2025), area, owners: [lead] });
  });
  afterAll(() => app.close());

  const updateInput = (period: ReportingPeriod) => ({
    actionId: action.id,
    reportingPeriodId: period.id,
    rag: 'GREEN',
    percentComplete: 40,
    commentary: { en: 'On track.' },
  });
  const updatesIn = (period: ReportingPeriod) =>
    app.dataSource.getRepository(StatusUpdate).countBy({ reportingPeriodId: period.id });
  const stored = (period: ReportingPeriod) =>
    app.dataSource.getRepository(ReportingPeriod).findOneByOrFail({ id: period.id });

  it('locks a closed period: leads can no longer report on it, and nothing is written', async () => {
    const period = await fixtures.period(2025, 1);
    await asLead.ok(SUBMIT, { input: updateInput(period) });

    const { closeReportingPeriod } = await app.ok(CLOSE, {
      input: { id: period.id, expectedVersion: period.version },
    });
    expect(closeReportingPeriod).toMatchObject({ state: 'CLOSED', version: period.version + 1 });
    expect(closeReportingPeriod.closedAt).toBeTruthy();

    expect(errorOf(await asLead.gql(SUBMIT, { input: updateInput(period) }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reportingPeriodId',
      message: expect.stringContaining('2025-26 Q1 is closed'),
    });
    // The operational group is held to the same lock.
    expect(errorOf(await app.gql(SUBMIT, { input: updateInput(period) })).code).toBe(
      'BAD_USER_INPUT',
    );
    expect(await updatesIn(period)).toBe(1);
  });

  it('refuses to close a period twice, or from a stale version, with the current values', async () => {
    const period = await fixtures.period(2025, 2);
    await app.ok(CLOSE, { input: { id: period.id, expectedVersion: period.version } });

    expect(
      errorOf(
        await app.gql(CLOSE, { input: { id: period.id, expectedVersion: period.version + 1 } }),
      ),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'id',
      message: expect.stringContaining('already closed'),
    });
    const stale = await app.gql(REOPEN, {
      input: { id: period.id, expectedVersion: period.version, reason: 'Late returns agreed' },
    });
    expect(errorOf(stale)).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion' });
    expect(stale.errors?.[0].extensions).toMatchObject({
      currentVersion: period.version + 1,
      current: expect.objectContaining({ state: 'CLOSED' }),
    });
    expect((await stored(period)).closedAt).not.toBeNull();
  });

  it('reopens only with a reason, which the audit trail keeps, and then takes updates again', async () => {
    const period = await fixtures.period(2024, 4, { closed: true });
    const lastYears = await fixtures.action({
      plan: await fixtures.plan(2024),
      area,
      owners: [lead],
    });
    const input = { ...updateInput(period), actionId: lastYears.id };
    expect(errorOf(await asLead.gql(SUBMIT, { input })).field).toBe('reportingPeriodId');

    expect(
      errorOf(
        await app.gql(REOPEN, {
          input: { id: period.id, expectedVersion: period.version, reason: '   ' },
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect((await stored(period)).version).toBe(period.version);

    const reason = 'Board asked for the Q4 returns from area 5 to be corrected';
    const { reopenReportingPeriod } = await app.ok(REOPEN, {
      input: { id: period.id, expectedVersion: period.version, reason },
    });
    expect(reopenReportingPeriod).toMatchObject({
      state: 'OPEN',
      closedAt: null,
      reopenReason: reason,
    });
    await asLead.ok(SUBMIT, { input });

    const { auditTrail } = await app.ok(TRAIL, { id: period.id });
    expect(auditTrail[0]).toMatchObject({
      action: 'STATE_CHANGE',
      changes: expect.arrayContaining([
        { field: 'reopenReason', before: null, after: reason },
        expect.objectContaining({ field: 'closedAt', after: null }),
      ]),
    });
  });

  it('moves the update deadline, but not before the quarter starts', async () => {
    const period = await fixtures.period(2025, 3);
    expect(
      errorOf(
        await app.gql(MOVE_DEADLINE, {
          input: { id: period.id, expectedVersion: period.version, updateDeadline: '2025-09-30' },
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'updateDeadline' });
    const { updateReportingPeriod } = await app.ok(MOVE_DEADLINE, {
      input: { id: period.id, expectedVersion: period.version, updateDeadline: '2026-01-20' },
    });
    expect(updateReportingPeriod).toMatchObject({ state: 'OPEN', updateDeadline: '2026-01-20' });
  });

  it('never accepts an update after the close, however the requests interleave', async () => {
    // Q4 has not started by "today"; start it earlier so it takes updates.
    const { id } = await fixtures.period(2025, 4);
    await app.dataSource.getRepository(ReportingPeriod).update(id, { startDate: '2025-10-01' });
    const period = await stored({ id } as ReportingPeriod);
    const submits = Array.from({ length: 12 }, () =>
      asLead.gql(SUBMIT, { input: updateInput(period) }),
    );
    const closing = app.gql(CLOSE, { input: { id: period.id, expectedVersion: period.version } });
    // Counted as soon as the close has committed: an update accepted later would be one too many.
    const countWhenClosed = closing.then(() => updatesIn(period));
    const [closed, whenClosed, ...results] = await Promise.all([
      closing,
      countWhenClosed,
      ...submits,
    ]);
    expect(closed.errors).toBeUndefined();

    const accepted = results.filter((result) => !result.errors).length;
    expect(await updatesIn(period)).toBe(accepted);
    expect(whenClosed).toBe(accepted);
    for (const refused of results.filter((result) => result.errors)) {
      expect(errorOf(refused).field).toBe('reportingPeriodId');
    }
  });
});
