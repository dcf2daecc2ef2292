import type { Person } from '@cynnydd/directory/data-access';
import type { Action, AnnualPlan } from '@cynnydd/plans/data-access';
import { ActionPeriodStatus, type ReportingPeriod } from '@cynnydd/reporting/data-access';
import { RagStatus, Role } from '@cynnydd/shared/domain';
import type { StrategicArea } from '@cynnydd/strategy/data-access';

import { Fixtures, STATUS_READ_MODEL_DRIFT } from './support/fixtures';
import { startTestApp, type Client, type TestApp } from './support/test-app';

const SUBMIT = `mutation ($input: SubmitStatusUpdateInput!) { submitStatusUpdate(input: $input) { id } }`;
const STATUS = `query ($id: ID!, $period: ID!) {
  action(id: $id) { currentStatus { id rag } statusInPeriod(reportingPeriodId: $period) { id rag } }
}`;

/** The stored status per action and period, which every status read now relies on. */
describe('action_period_status, the stored status per action and period', () => {
  let app: TestApp;
  let fixtures: Fixtures;
  let area: StrategicArea;
  let plan: AnnualPlan;
  let lead: Person;
  let asLead: Client;
  let q1: ReportingPeriod;
  let q2: ReportingPeriod;

  beforeAll(async () => {
    app = await startTestApp({ today: '2025-09-15' });
    fixtures = new Fixtures(app.dataSource);
    area = (await fixtures.strategy()).get(1) as StrategicArea;
    lead = await fixtures.person();
    asLead = await app.signedIn(Role.LEAD, lead);
    plan = await fixtures.plan(2025);
    q1 = await fixtures.period(2025, 1);
    q2 = await fixtures.period(2025, 2);
  });
  afterAll(() => app.close());

  const newAction = () => fixtures.action({ plan, area, owners: [lead] });
  const stored = (action: Action) =>
    app.dataSource
      .getRepository(ActionPeriodStatus)
      .find({ where: { actionId: action.id }, order: { periodStartDate: 'ASC' } });
  const submit = (action: Action, period: ReportingPeriod, rag: RagStatus, percent: number) =>
    asLead.ok<{ submitStatusUpdate: { id: string } }>(SUBMIT, {
      input: {
        actionId: action.id,
        reportingPeriodId: period.id,
        rag,
        percentComplete: percent,
        commentary: { en: `Now ${rag}` },
      },
    });

  it('holds the latest update of each period; a correction replaces it, another period does not', async () => {
    const action = await newAction();
    await submit(action, q1, RagStatus.GREEN, 40);
    const correction = await submit(action, q1, RagStatus.RED, 40);
    const second = await submit(action, q2, RagStatus.AMBER, 60);

    expect(await stored(action)).toEqual([
      expect.objectContaining({
        reportingPeriodId: q1.id,
        periodStartDate: q1.startDate,
        statusUpdateId: correction.submitStatusUpdate.id,
        rag: RagStatus.RED,
      }),
      expect.objectContaining({
        reportingPeriodId: q2.id,
        periodStartDate: q2.startDate,
        statusUpdateId: second.submitStatusUpdate.id,
        rag: RagStatus.AMBER,
      }),
    ]);
    // A late correction for the earlier quarter does not become the action's status.
    const late = await submit(action, q1, RagStatus.GREEN, 50);
    const { action: read } = await app.ok<{
      action: { currentStatus: { id: string }; statusInPeriod: { id: string } };
    }>(STATUS, { id: action.id, period: q1.id });
    expect(read.currentStatus.id).toBe(second.submitStatusUpdate.id);
    expect(read.statusInPeriod.id).toBe(late.submitStatusUpdate.id);
  });

  it('keeps the later update when one statement inserts several out of order', async () => {
    const action = await newAction();
    const rows = [3, 1, 2].map((hour) => ({
      hour,
      rag: [RagStatus.RED, RagStatus.GREEN, RagStatus.AMBER][hour - 1],
    }));
    await app.dataSource.query(
      `INSERT INTO status_update (action_id, reporting_period_id, rag, percent_complete, commentary_en, author_id, submitted_at)
       SELECT $1, $2, r.rag::rag_status, 50, 'Bulk', $3, timestamptz '2025-09-01 00:00Z' + make_interval(hours => r.hour)
       FROM json_to_recordset($4) AS r(hour int, rag text)`,
      [action.id, q2.id, lead.id, JSON.stringify(rows)],
    );
    // An older update inserted later (a restore in another order) does not displace it either.
    await fixtures.update(action, q2, lead, RagStatus.COMPLETE, new Date('2025-08-01T00:00Z'));
    expect(await stored(action)).toEqual([
      expect.objectContaining({ reportingPeriodId: q2.id, rag: RagStatus.AMBER }),
    ]);
  });

  it('settles on the same row as the history when many submit at once', async () => {
    const action = await newAction();
    const rags = [RagStatus.RED, RagStatus.AMBER, RagStatus.GREEN];
    await Promise.all(
      Array.from({ length: 24 }, (_, i) => submit(action, i % 2 ? q1 : q2, rags[i % 3], 50)),
    );
    expect(await stored(action)).toHaveLength(2);
    expect(await app.dataSource.query(STATUS_READ_MODEL_DRIFT)).toEqual([]);
  });

  it('matches the history for every action and period', async () => {
    expect(
      await app.dataSource.query(`SELECT count(*)::int AS n FROM action_period_status`),
    ).toEqual([{ n: 5 }]);
    expect(await app.dataSource.query(STATUS_READ_MODEL_DRIFT)).toEqual([]);
  });
});
