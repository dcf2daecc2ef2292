import type { Person } from '@cynnydd/directory/data-access';
import type { Action } from '@cynnydd/plans/data-access';
import { StatusUpdate, type ReportingPeriod } from '@cynnydd/reporting/data-access';
import { PlanState, RagStatus, Role } from '@cynnydd/shared/domain';
import type { StrategicArea } from '@cynnydd/strategy/data-access';

import { Fixtures } from './support/fixtures';
import { errorOf, startTestApp, type Client, type TestApp } from './support/test-app';

const SUBMIT = `mutation ($input: SubmitStatusUpdateInput!) {
  submitStatusUpdate(input: $input) {
    id rag percentComplete commentary { en cy } risks { en cy } nextSteps { en cy } submittedAt
    author { id } reportingPeriod { label } action { id }
  }
}`;
const HISTORY = `query ($id: ID!, $period: ID!) {
  action(id: $id) {
    currentStatus { rag commentary { en } author { id } }
    statusHistory { rag percentComplete author { id } reportingPeriod { label } }
    statusInPeriod(reportingPeriodId: $period) { rag }
  }
}`;

const ADD_DELEGATE = `mutation ($a: ID!, $p: ID!) { addDelegate(actionId: $a, personId: $p) { id } }`;
const REMOVE_DELEGATE = `mutation ($a: ID!, $p: ID!) { removeDelegate(actionId: $a, personId: $p) { id } }`;

describe('status updates', () => {
  let app: TestApp;
  let fixtures: Fixtures;
  let area: StrategicArea;
  let lead: Person;
  let delegate: Person;
  let asLead: Client & { user: { id: string } };
  let asDelegate: Client;
  let action: Action;
  let q1: ReportingPeriod;
  let q2: ReportingPeriod;

  beforeAll(async () => {
    app = await startTestApp();
    fixtures = new Fixtures(app.dataSource);
    area = (await fixtures.strategy()).get(2) as StrategicArea;
    lead = await fixtures.person();
    delegate = await fixtures.person();
    const plan = await fixtures.plan(2025);
    action = await fixtures.action({ plan, area, owners: [lead] });
    asLead = await app.signedIn(Role.LEAD, lead);
    asDelegate = await app.signedIn(Role.LEAD, delegate);
    await app.ok(ADD_DELEGATE, { a: action.id, p: delegate.id });
    q1 = await fixtures.period(2025, 1);
    q2 = await fixtures.period(2025, 2);
  });
  afterAll(() => app.close());

  const input = (overrides: Record<string, unknown> = {}) => ({
    actionId: action.id,
    reportingPeriodId: q1.id,
    rag: 'AMBER',
    percentComplete: 30,
    commentary: {
      en: 'Recruitment to the post is delayed.',
      cy: "Mae recriwtio i'r swydd wedi'i oedi.",
    },
    risks: { en: 'Funding not yet confirmed' },
    nextSteps: { cy: 'Ail-hysbysebu’r swydd' },
    ...overrides,
  });
  const updateCount = () => app.dataSource.getRepository(StatusUpdate).count();

  it('records an update with bilingual commentary, its author and period', async () => {
    const { submitStatusUpdate } = await asLead.ok(SUBMIT, { input: input() });
    expect(submitStatusUpdate).toMatchObject({
      rag: 'AMBER',
      percentComplete: 30,
      commentary: {
        en: 'Recruitment to the post is delayed.',
        cy: "Mae recriwtio i'r swydd wedi'i oedi.",
      },
      risks: { en: 'Funding not yet confirmed', cy: null },
      nextSteps: { en: null, cy: 'Ail-hysbysebu’r swydd' },
      author: { id: lead.id },
      reportingPeriod: { label: '2025-26 Q1' },
      action: { id: action.id },
    });
    // The audit entry holds the update as stored, generated id and time included.
    const [entry] = await app.dataSource.query(
      `SELECT action, actor_user_id, changes FROM audit_entry
       WHERE entity_type = 'StatusUpdate' AND entity_id = $1`,
      [submitStatusUpdate.id],
    );
    expect(entry).toMatchObject({ action: 'CREATE', actor_user_id: asLead.user.id });
    expect(entry.changes).toEqual(
      expect.arrayContaining([
        { field: 'id', before: null, after: submitStatusUpdate.id },
        { field: 'submittedAt', before: null, after: submitStatusUpdate.submittedAt },
        { field: 'rag', before: null, after: 'AMBER' },
        { field: 'commentary.cy', before: null, after: "Mae recriwtio i'r swydd wedi'i oedi." },
        { field: 'authorId', before: null, after: lead.id },
      ]),
    );
    // In field-name order, as every audit entry lists its changes.
    const fields = entry.changes.map((change: { field: string }) => change.field);
    expect(fields).toEqual([...fields].sort());
  });

  it('keeps every update: two people reporting in one period both survive, the latest is current', async () => {
    await asLead.ok(SUBMIT, {
      input: input({ reportingPeriodId: q2.id, rag: 'GREEN', percentComplete: 50 }),
    });
    await asDelegate.ok(SUBMIT, {
      input: input({
        reportingPeriodId: q2.id,
        rag: 'RED',
        percentComplete: 45,
        commentary: { en: 'Supplier withdrew.' },
      }),
    });
    const { action: result } = await app.ok(HISTORY, { id: action.id, period: q2.id });
    expect(result.statusHistory).toEqual([
      {
        rag: 'RED',
        percentComplete: 45,
        author: { id: delegate.id },
        reportingPeriod: { label: '2025-26 Q2' },
      },
      {
        rag: 'GREEN',
        percentComplete: 50,
        author: { id: lead.id },
        reportingPeriod: { label: '2025-26 Q2' },
      },
      {
        rag: 'AMBER',
        percentComplete: 30,
        author: { id: lead.id },
        reportingPeriod: { label: '2025-26 Q1' },
      },
    ]);
    expect(result.currentStatus).toEqual({
      rag: 'RED',
      commentary: { en: 'Supplier withdrew.' },
      author: { id: delegate.id },
    });
    expect(result.statusInPeriod).toEqual({ rag: 'RED' });
  });

  it('never lets the database change or delete a past update', async () => {
    const [update] = await app.dataSource.getRepository(StatusUpdate).find({ take: 1 });
    await expect(
      app.dataSource.query(`UPDATE status_update SET rag = 'GREEN' WHERE id = $1`, [update.id]),
    ).rejects.toThrow('status updates are append-only: UPDATE refused');
    await expect(
      app.dataSource.query(`DELETE FROM status_update WHERE id = $1`, [update.id]),
    ).rejects.toThrow('status updates are append-only: DELETE refused');
    expect(
      (await app.dataSource.getRepository(StatusUpdate).findOneBy({ id: update.id }))?.rag,
    ).toBe(update.rag);
  });

  it.each([
    ['a percentage over 100', { percentComplete: 101 }, 'percentComplete'],
    ['a fractional percentage', { percentComplete: 12.5 }, 'percentComplete'],
    ['commentary in neither language', { commentary: { en: '', cy: ' ' } }, 'commentary'],
    ['commentary that is too long', { commentary: { en: 'x'.repeat(4001) } }, 'commentary.en'],
    ['COMPLETE at less than 100%', { rag: 'COMPLETE', percentComplete: 90 }, 'percentComplete'],
    ['NOT_STARTED with progress', { rag: 'NOT_STARTED', percentComplete: 10 }, 'percentComplete'],
    ['a malformed action id', { actionId: 'abc' }, 'actionId'],
  ])('rejects %s without writing', async (_, overrides, field) => {
    const before = await updateCount();
    expect(errorOf(await asLead.gql(SUBMIT, { input: input(overrides) }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field,
    });
    expect(await updateCount()).toBe(before);
  });

  it('rejects a period from another year and actions of plans not approved', async () => {
    const otherYear = await fixtures.period(2026, 1);
    expect(
      errorOf(await asLead.gql(SUBMIT, { input: input({ reportingPeriodId: otherYear.id }) })),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reportingPeriodId',
      message: 'is in 2026-27, but the action belongs to the 2025-26 plan',
    });
    const draft = await fixtures.plan(2026, PlanState.DRAFT);
    const draftAction = await fixtures.action({ plan: draft, area, owners: [lead] });
    expect(
      errorOf(
        await asLead.gql(SUBMIT, {
          input: input({ actionId: draftAction.id, reportingPeriodId: otherYear.id }),
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'actionId' });
  });

  it('reports unknown actions and periods as NOT_FOUND', async () => {
    const missing = '00000000-0000-4000-8000-00000000000a';
    for (const field of ['actionId', 'reportingPeriodId']) {
      expect(
        errorOf(await asLead.gql(SUBMIT, { input: input({ [field]: missing }) })),
      ).toMatchObject({
        code: 'NOT_FOUND',
        field,
      });
    }
  });

  it('takes the status from the latest period reported on, not the latest submission', async () => {
    const plan = await fixtures.plan(2030);
    const late = await fixtures.action({ plan, area, owners: [lead] });
    const [first, second] = [await fixtures.period(2030, 1), await fixtures.period(2030, 2)];
    await fixtures.update(late, second, lead, RagStatus.GREEN, new Date('2030-10-01T09:00:00Z'));
    // A late correction for the earlier quarter, submitted afterwards.
    await fixtures.update(late, first, lead, RagStatus.RED, new Date('2030-10-05T09:00:00Z'));
    const { action: result } = await asLead.ok(HISTORY, { id: late.id, period: first.id });
    expect(result.currentStatus.rag).toBe('GREEN');
    expect(result.statusInPeriod.rag).toBe('RED');
  });

  it('refuses updates for a period that has not started', async () => {
    const q4 = await fixtures.period(2025, 4);
    expect(
      errorOf(await asLead.gql(SUBMIT, { input: input({ reportingPeriodId: q4.id }) })),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reportingPeriodId',
      message: '2025-26 Q4 has not started yet',
    });
  });

  describe('when the period or action changes between the check and the write', () => {
    /**
     * Runs `change` in a transaction left open, submits, and commits the change once the
     * submission waits on its locks: the submission's check has seen the rows as they were.
     */
    async function submitDuring(
      changes: [string, unknown[]][],
      overrides: Record<string, unknown> = {},
      as: Client = asLead,
    ) {
      const other = app.dataSource.createQueryRunner();
      await other.connect();
      try {
        await other.startTransaction();
        for (const [change, values] of changes) await other.query(change, values);
        const submitted = as.gql(SUBMIT, { input: input(overrides) });
        await untilAStatementWaitsForALock();
        const [{ now }] = await other.query(`SELECT clock_timestamp() AS now`);
        await other.commitTransaction();
        return Object.assign(await submitted, { changeCommittedAfter: now as Date });
      } finally {
        await other.release();
      }
    }

    async function untilAStatementWaitsForALock() {
      for (;;) {
        const [{ waiting }] = await app.dataSource.query(
          `SELECT count(*)::int AS waiting FROM pg_stat_activity
           WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        if (waiting > 0) return;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    }

    it('refuses an update to a period closed meanwhile, writing nothing', async () => {
      const q3 = await fixtures.period(2025, 3);
      const before = await updateCount();
      const result = await submitDuring(
        [[`UPDATE reporting_period SET closed_at = now() WHERE id = $1`, [q3.id]]],
        { reportingPeriodId: q3.id },
      );
      expect(errorOf(result)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'reportingPeriodId',
        message: '2025-26 Q3 is closed; the operational group must reopen it first',
      });
      expect(await updateCount()).toBe(before);
      await app.dataSource.query(`UPDATE reporting_period SET closed_at = NULL WHERE id = $1`, [
        q3.id,
      ]);
    });

    it('refuses a delegate removed meanwhile, writing nothing', async () => {
      const before = await updateCount();
      // What removeDelegate does: write the action's row, then remove the delegate.
      const result = await submitDuring(
        [
          [`UPDATE action SET updated_at = now() WHERE id = $1`, [action.id]],
          [
            `DELETE FROM action_delegate WHERE action_id = $1 AND person_id = $2`,
            [action.id, delegate.id],
          ],
        ],
        {},
        asDelegate,
      );
      expect(errorOf(result)).toMatchObject({ code: 'FORBIDDEN' });
      expect(await updateCount()).toBe(before);
      await app.ok(ADD_DELEGATE, { a: action.id, p: delegate.id });
    });

    it('has delegate changes write the action’s row, so an update checked before them is checked again', async () => {
      const rowVersion = async () =>
        (
          await app.dataSource.query(`SELECT xmin::text AS v FROM action WHERE id = $1`, [
            action.id,
          ])
        )[0].v;
      const versions = [await rowVersion()];
      await app.ok(REMOVE_DELEGATE, { a: action.id, p: delegate.id });
      versions.push(await rowVersion());
      await app.ok(ADD_DELEGATE, { a: action.id, p: delegate.id });
      versions.push(await rowVersion());
      expect(new Set(versions).size).toBe(3);
    });

    it('checks again and writes once when what changed still allows the update', async () => {
      const before = await updateCount();
      const written: string[] = [];
      // An earlier start changes what was checked (the update is checked again); an edit to the
      // action's title is not among the checks (the update waits for it, then goes ahead).
      for (const [change, id] of [
        [`UPDATE reporting_period SET start_date = start_date - 1 WHERE id = $1`, q1.id],
        [`UPDATE action SET title_en = title_en || '.' WHERE id = $1`, action.id],
      ]) {
        const { data, changeCommittedAfter } = await submitDuring([[change, [id]]]);
        // Its time is taken when it is written, after the change it waited for.
        expect(new Date(data?.['submitStatusUpdate'].submittedAt).getTime()).toBeGreaterThanOrEqual(
          changeCommittedAfter.getTime(),
        );
        expect(data?.['submitStatusUpdate']).toMatchObject({
          rag: 'AMBER',
          action: { id: action.id },
        });
        written.push(data?.['submitStatusUpdate'].id);
      }
      expect(await updateCount()).toBe(before + 2);
      const audited = await app.dataSource.query(
        `SELECT entity_id FROM audit_entry WHERE entity_id = ANY($1) ORDER BY occurred_at`,
        [written],
      );
      expect(audited.map((entry: { entity_id: string }) => entry.entity_id)).toEqual(written);
    });
  });

  it('lists every period when no year is given', async () => {
    const { reportingPeriods } = await asLead.ok(
      `{ reportingPeriods(financialYear: null) { label } }`,
    );
    expect(reportingPeriods.length).toBeGreaterThanOrEqual(3);
  });
});
