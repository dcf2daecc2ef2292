import { PlanState } from '@cynnydd/shared/domain';

import {
  actionsPerArea,
  buildLargeData,
  LARGE_DATA_DEFAULTS,
  parseLargeDataArgs,
  Random,
  type LargeDataOptions,
} from './large-data';

const SMALL: LargeDataOptions = {
  seed: 7,
  today: '2026-11-23',
  actions: 280,
  people: 60,
  statusUpdates: 3_000,
  measures: 20,
  risks: 50,
};

describe('the large data set', () => {
  it('is the same for the same seed, ids included, and different for another seed', () => {
    const first = buildLargeData(SMALL);
    expect(buildLargeData(SMALL)).toEqual(first);
    const other = buildLargeData({ ...SMALL, seed: 8 });
    expect(other.actions[0].id).not.toBe(first.actions[0].id);
  });

  it('has the brief’s sizes by default', () => {
    const data = buildLargeData({ ...LARGE_DATA_DEFAULTS, today: '2026-11-23' });
    expect(data.plans).toHaveLength(10);
    expect(data.organisations).toHaveLength(30);
    expect(data.people).toHaveLength(2_000);
    expect(data.accounts).toHaveLength(500);
    expect(data.accounts.filter((account) => account.disabled).length).toBeGreaterThan(10);
    expect(data.accounts.filter((account) => !account.lastSignedInAt).length).toBeGreaterThan(20);
    expect(data.actions).toHaveLength(5_000);
    expect(data.statusUpdates).toHaveLength(200_000);
    expect(data.milestones.length / data.actions.length).toBeCloseTo(3, 0);
    expect(data.measures.measures).toHaveLength(500);
    // Ten years of monthly figures each, about one in fifty given twice (provisional, revised).
    expect(data.measures.values.length / 500).toBeGreaterThan(120);
    expect(data.measures.values.length / 500).toBeLessThan(125);
    expect(new Set(data.measures.measures.map((m) => m.reference)).size).toBe(500);
    expect(data.risks.risks).toHaveLength(2_000);
    expect(new Set(data.risks.risks.map((r) => r.reference)).size).toBe(2_000);
    // About eight reviews each, and some follow-ups.
    expect(data.risks.reviews.length / 2_000).toBeGreaterThan(7);
    expect(data.risks.reviews.length / 2_000).toBeLessThan(9);
    expect(data.risks.mitigations.length).toBeGreaterThan(2_000);
  });

  it('reviews each risk at its interval up to today, its current score the latest review', () => {
    const { risks, reviews } = buildLargeData(SMALL).risks;
    for (const risk of risks) {
      const history = reviews.filter((review) => review.riskId === risk.id);
      expect(history.length).toBeGreaterThanOrEqual(1);
      const days = history.map((review) => review.reviewedOn);
      expect([...days].sort()).toEqual(days);
      expect((days.at(-1) as string) < SMALL.today).toBe(true);
      const latest = history.at(-1);
      expect([latest?.likelihood, latest?.consequence]).toEqual(risk.current);
      expect(risk.version).toBe(history.length);
      expect(risk.nextReviewDue > (days.at(-1) as string)).toBe(true);
      if (risk.closedOn) expect(risk.closedOn < SMALL.today).toBe(true);
      expect(risk.escalatedOn === null).toBe(risk.escalatedById === null);
      expect(risk.areaNumbers.length).toBeGreaterThanOrEqual(1);
    }
    expect(risks.some((risk) => risk.nextReviewDue < SMALL.today)).toBe(true);
    expect(risks.some((risk) => risk.closedOn)).toBe(true);
  });

  it('closes past plans, approves the current one and drafts the future ones', () => {
    const data = buildLargeData(SMALL);
    expect(data.plans.map((plan) => `${plan.financialYear} ${plan.state}`)).toEqual([
      ...[2020, 2021, 2022, 2023, 2024, 2025].map((year) => `${year} ${PlanState.CLOSED}`),
      `2026 ${PlanState.APPROVED}`,
      ...[2027, 2028, 2029].map((year) => `${year} ${PlanState.DRAFT}`),
    ]);
  });

  it('has every quarter that has started, all closed but the latest', () => {
    const { periods } = buildLargeData(SMALL);
    expect(periods).toHaveLength(6 * 4 + 3);
    expect(periods.at(-1)).toMatchObject({ financialYear: 2026, quarter: 3, closedAt: null });
    expect(periods.slice(0, -1).every((period) => period.closedAt !== null)).toBe(true);
  });

  it('keeps references unique in each plan and carries actions into the next year under the same reference', () => {
    const { actions, plans } = buildLargeData(SMALL);
    const yearOf = new Map(plans.map((plan) => [plan.id, plan.financialYear]));
    const byId = new Map(actions.map((action) => [action.id, action]));
    const keys = actions.map((action) => `${action.planId}:${action.reference}`);
    expect(new Set(keys).size).toBe(actions.length);
    const carried = actions.filter((action) => action.carriedForwardFromId);
    expect(carried.length).toBeGreaterThan(0);
    for (const action of carried) {
      const from = byId.get(action.carriedForwardFromId as string);
      expect(from?.reference).toBe(action.reference);
      expect(yearOf.get(from?.planId as string)).toBe((yearOf.get(action.planId) as number) - 1);
    }
    expect(actions.every((a) => a.ownerIds.length >= 1 && a.ownerIds.length <= 3)).toBe(true);
    expect(actions.every((a) => a.delegateIds.every((id) => !a.ownerIds.includes(id)))).toBe(true);
  });

  it('tags every action and measure with one to three well-being goals and ways of working, carried with the action', () => {
    const { actions, measures } = buildLargeData(SMALL);
    const byId = new Map(actions.map((action) => [action.id, action]));
    const within = (list: unknown[]) => list.length >= 1 && list.length <= 3;
    for (const item of [...actions, ...measures.measures]) {
      expect(within(item.wellBeingGoals) && within(item.waysOfWorking)).toBe(true);
    }
    expect(new Set(actions.flatMap((action) => action.wellBeingGoals)).size).toBe(7);
    expect(new Set(actions.flatMap((action) => action.waysOfWorking)).size).toBe(5);
    for (const action of actions.filter((a) => a.carriedForwardFromId)) {
      const from = byId.get(action.carriedForwardFromId as string);
      expect([action.wellBeingGoals, action.waysOfWorking]).toEqual([
        from?.wellBeingGoals,
        from?.waysOfWorking,
      ]);
    }
  });

  it('reports only on approved or closed plans, by someone answering for the action, never after today', () => {
    const data = buildLargeData(SMALL);
    const planState = new Map(data.plans.map((plan) => [plan.id, plan.state]));
    const actions = new Map(data.actions.map((action) => [action.id, action]));
    expect(data.statusUpdates).toHaveLength(SMALL.statusUpdates);
    for (const update of data.statusUpdates) {
      const action = actions.get(update.actionId);
      expect(planState.get(action?.planId as string)).not.toBe(PlanState.DRAFT);
      expect([...(action?.ownerIds ?? []), ...(action?.delegateIds ?? [])]).toContain(
        update.authorId,
      );
    }
    const latest = [...data.statusUpdates, ...data.audit].reduce(
      (max, row) =>
        Math.max(max, ('submittedAt' in row ? row.submittedAt : row.occurredAt).getTime()),
      0,
    );
    expect(new Date(latest).toISOString().slice(0, 10) < SMALL.today).toBe(true);
  });
  it('holds each forum’s meetings at its cadence, with attendance and minutes only once held', () => {
    const { meetings, forums, members, attendance, agendaItems, decisions, commitments } =
      buildLargeData(SMALL).meetings;
    expect(forums).toHaveLength(11);
    const perForum = (kind: string) =>
      meetings.filter((m) => m.forumId === forums.find((f) => f.kind === kind)?.id).length;
    // Ten years to two months past today: about 80 monthly, 27 quarterly and 14 twice-yearly.
    expect(perForum('OPERATIONAL_GROUP')).toBeGreaterThan(75);
    expect(perForum('OVERSIGHT_BOARD')).toBeGreaterThan(25);
    expect(perForum('JOINT_BOARD')).toBeGreaterThan(12);
    const byId = new Map(meetings.map((m) => [m.id, m]));
    for (const row of attendance) {
      expect(['HELD', 'MINUTES_APPROVED']).toContain(byId.get(row.meetingId)?.state);
      expect(row.deputyName !== null).toBe(row.status === 'REPRESENTED');
    }
    const seats = new Map(members.map((m) => [m.id, m]));
    for (const meeting of meetings.filter((m) => m.state === 'MINUTES_APPROVED')) {
      const chairs = members.filter((m) => m.forumId === meeting.forumId && m.isChair);
      expect(chairs.map((m) => m.personId)).toContain(meeting.minutesApprovedById);
    }
    for (const row of attendance) {
      const seat = seats.get(row.memberId);
      const meeting = byId.get(row.meetingId);
      expect(seat?.forumId).toBe(meeting?.forumId);
      const on = meeting?.startsAt.toISOString().slice(0, 10) ?? '';
      expect(seat && seat.joinedOn <= on && (seat.leftOn === null || seat.leftOn >= on)).toBe(true);
    }
    const positions = agendaItems.filter((item) => item.meetingId === meetings[0].id);
    expect(positions.map((item) => item.position)).toEqual(positions.map((_, i) => i + 1));
    const decided = new Set(decisions.map((d) => d.id));
    expect(commitments.every((c) => decided.has(c.decisionId))).toBe(true);
    expect(commitments.some((c) => c.completedOn === null)).toBe(true);
    expect(commitments.some((c) => c.completedOn && c.completedOn > c.dueDate)).toBe(true);
    expect(meetings.some((m) => m.state === 'SCHEDULED')).toBe(true);
  });

  it('records engagement with the unions every year up to today, and the forum’s self-assessments', () => {
    const data = buildLargeData(SMALL);
    const { engagements, taggedActionIds, assessments } = data.partnership;
    const unions = new Set(
      data.organisations.filter((org) => org.type === 'TRADE_UNION').map((org) => org.id),
    );
    expect(unions.size).toBeGreaterThan(0);
    const byYear = new Map<string, number>();
    for (const row of engagements) {
      expect(row.engagedOn < SMALL.today).toBe(true);
      expect(row.partnerIds.length).toBeGreaterThan(0);
      expect(row.partnerIds.every((id) => unions.has(id))).toBe(true);
      expect(row.agreed !== null).toBe(row.outcome === 'COMPROMISE');
      expect(row.disagreement !== null && row.nextSteps !== null).toBe(
        row.outcome === 'NO_AGREEMENT',
      );
      const year = row.engagedOn.slice(0, 4);
      byYear.set(year, (byYear.get(year) ?? 0) + 1);
    }
    // Every plan year from 2020-21 to today's has its plan and its actions engaged on.
    const plans = data.plans.filter((plan) => `${plan.financialYear}-04-01` < SMALL.today);
    expect(engagements.filter((row) => row.subject === 'plan')).toHaveLength(plans.length);
    expect(new Set(engagements.map((row) => row.subject))).toEqual(
      new Set(['plan', 'action', 'measure', 'risk']),
    );
    const spf = data.meetings.forums.find((f) => f.kind === 'SOCIAL_PARTNERSHIP_FORUM');
    const spfMeetings = new Map(
      data.meetings.meetings.filter((m) => m.forumId === spf?.id).map((m) => [m.id, m]),
    );
    for (const row of engagements.filter((e) => e.meetingId)) {
      const meeting = spfMeetings.get(row.meetingId as string);
      expect(meeting?.startsAt.toISOString().slice(0, 10)).toBe(row.engagedOn);
    }
    const engagedActions = new Set(engagements.map((row) => row.subjectId));
    expect(taggedActionIds.length).toBeGreaterThan(0);
    expect(taggedActionIds.every((id) => engagedActions.has(id))).toBe(true);
    expect(assessments.length).toBeGreaterThan(10);
    for (const assessment of assessments) {
      expect(spfMeetings.has(assessment.meetingId)).toBe(true);
      expect(assessment.scores).toHaveLength(6);
      expect(assessment.scores.every((score) => score >= 1 && score <= 5)).toBe(true);
    }
  });
});

describe('actionsPerArea', () => {
  it('spreads a total as evenly as it can', () => {
    expect(actionsPerArea(500, 7)).toEqual([72, 72, 72, 71, 71, 71, 71]);
    expect(actionsPerArea(10, 7).reduce((sum, n) => sum + n, 0)).toBe(10);
  });
});

describe('Random', () => {
  it('makes version-4 UUIDs that repeat with the seed', () => {
    const ids = Array.from({ length: 3 }, () => new Random(1).uuid());
    expect(new Set(ids).size).toBe(1);
    expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('parseLargeDataArgs', () => {
  it('reads the options in either form', () => {
    expect(
      parseLargeDataArgs([
        '--database-url',
        'postgres://x/y',
        '--seed=42',
        '--today',
        '2026-01-02',
      ]),
    ).toEqual({ databaseUrl: 'postgres://x/y', seed: 42, today: '2026-01-02' });
    expect(parseLargeDataArgs(['--risks=300', '--measures', '0'])).toEqual({
      risks: 300,
      measures: 0,
    });
  });

  it('refuses unknown options, missing values and bad numbers', () => {
    expect(() => parseLargeDataArgs(['--sead', '1'])).toThrow('Unknown option --sead');
    expect(() => parseLargeDataArgs(['--seed'])).toThrow('--seed needs a value');
    expect(() => parseLargeDataArgs(['--actions', 'many'])).toThrow('whole number');
  });
});
