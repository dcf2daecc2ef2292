import type { DataSource } from 'typeorm';

import { hashPassword, User } from '@cynnydd/access/data-access';
import { Organisation, Person } from '@cynnydd/directory/data-access';
import { Measure, MeasureArea, MeasureTarget, MeasureValue } from '@cynnydd/measures/data-access';
import { Attendance, Forum, ForumMember, Meeting } from '@cynnydd/meetings/data-access';
import { Action, ActionOwner, AnnualPlan, Milestone } from '@cynnydd/plans/data-access';
import { ReportingPeriod, StatusUpdate } from '@cynnydd/reporting/data-access';
import { FollowUp, Report, ReviewEntry } from '@cynnydd/reports/data-access';
import { Risk, RiskArea, RiskReview } from '@cynnydd/risks/data-access';
import {
  AttendanceStatus,
  financialYearEnd,
  financialYearStart,
  ForumKind,
  LeadOrganisation,
  MeasureDirection,
  MeasureFrequency,
  measurePeriodEnd,
  MeasureUnit,
  MeetingState,
  OrganisationType,
  PlanState,
  quarterRange,
  RagStatus,
  ReportAudience,
  ReportState,
  ReviewEntryKind,
  RiskCategory,
  Role,
  Theme,
  THEME_KINDS,
  THEME_LABELS,
  ValueQuality,
  WellBeingGoal,
  type Quarter,
} from '@cynnydd/shared/domain';
import { StrategicArea, Strategy, StrategyTheme } from '@cynnydd/strategy/data-access';

import { STRATEGIC_AREAS, STRATEGY } from '../../src/seed/demo-catalogue';

/** Small factories that write straight to the test database, for data a test only needs to exist. */
/** Shared by every Fixtures of a test file, so codes and emails never collide. */
let sequence = 0;

export class Fixtures {
  constructor(private readonly dataSource: DataSource) {}

  private next(): number {
    return ++sequence;
  }

  /** The strategy, its themes and the seven areas; returns the areas by number. */
  async strategy(): Promise<Map<number, StrategicArea>> {
    await this.dataSource.getRepository(Strategy).insert({
      title: STRATEGY.title,
      ambition: STRATEGY.ambition,
      startYear: 2020,
      endYear: 2030,
      publishedOn: STRATEGY.publishedOn,
    });
    await this.dataSource.getRepository(StrategyTheme).insert(
      Object.values(Theme).map((code, position) => ({
        code,
        kind: THEME_KINDS[code],
        name: THEME_LABELS[code],
        description: { en: null, cy: null },
        position,
      })),
    );
    const areas = await this.dataSource
      .getRepository(StrategicArea)
      .save(STRATEGIC_AREAS.map((area) => ({ ...area })));
    return new Map(areas.map((area) => [area.number, area]));
  }

  async organisation(code = `ORG${this.next()}`): Promise<Organisation> {
    return this.dataSource.getRepository(Organisation).save({
      code,
      type: OrganisationType.DELIVERY_BODY,
      name: { en: `Organisation ${code}`, cy: `Sefydliad ${code}` },
    });
  }

  async person(organisation?: Organisation): Promise<Person> {
    const n = this.next();
    const org = organisation ?? (await this.organisation());
    return this.dataSource.getRepository(Person).save({
      name: `Person ${n}`,
      email: `person${n}@example.wales`,
      jobTitle: { en: 'Programme lead', cy: 'Arweinydd rhaglen' },
      organisationId: org.id,
    });
  }

  /** An account; with `password` it can sign in, without it only a test session can use it. */
  async user(role: Role, person: Person | null = null, password?: string): Promise<User> {
    return this.dataSource.getRepository(User).save({
      email: person?.email ?? `user${this.next()}@example.wales`,
      role,
      personId: person?.id ?? null,
      passwordHash: password ? await hashPassword(password) : null,
    });
  }

  async plan(year: number, state = PlanState.APPROVED): Promise<AnnualPlan> {
    return this.dataSource.getRepository(AnnualPlan).save({
      financialYear: year,
      state,
      title: { en: `Plan ${year}`, cy: `Cynllun ${year}` },
      approvedAt: state === PlanState.DRAFT ? null : new Date(`${year}-04-20T10:00:00Z`),
      closedAt: state === PlanState.CLOSED ? new Date(`${year + 1}-04-20T10:00:00Z`) : null,
    });
  }

  async period(year: number, quarter: Quarter, { closed = false } = {}): Promise<ReportingPeriod> {
    const range = quarterRange(year, quarter);
    return this.dataSource.getRepository(ReportingPeriod).save({
      financialYear: year,
      quarter,
      ...range,
      updateDeadline: range.endDate,
      closedAt: closed ? new Date(`${range.endDate}T17:00:00Z`) : null,
    });
  }

  async action(options: {
    plan: AnnualPlan;
    area: StrategicArea;
    owners?: Person[];
    reference?: string;
    startDate?: string;
    dueDate?: string;
    themes?: Theme[];
    wellBeingGoals?: WellBeingGoal[];
    lead?: LeadOrganisation;
    carriedForwardFrom?: Action;
  }): Promise<Action> {
    const n = this.next();
    const action = await this.dataSource.getRepository(Action).save({
      planId: options.plan.id,
      areaId: options.area.id,
      reference: options.reference ?? `${options.area.number}.${n}`,
      title: { en: `Action ${n}`, cy: `Cam gweithredu ${n}` },
      description: { en: null, cy: null },
      leadOrganisation: options.lead ?? LeadOrganisation.JOINT,
      startDate: options.startDate ?? financialYearStart(options.plan.financialYear),
      dueDate: options.dueDate ?? financialYearEnd(options.plan.financialYear),
      themes: options.themes ?? [],
      wellBeingGoals: options.wellBeingGoals ?? [],
      carriedForwardFromId: options.carriedForwardFrom?.id ?? null,
    });
    await this.dataSource.getRepository(ActionOwner).insert(
      (options.owners ?? []).map((person, position) => ({
        actionId: action.id,
        personId: person.id,
        position,
      })),
    );
    return action;
  }

  async milestone(action: Action, dueDate: string, completedOn: string | null = null) {
    return this.dataSource.getRepository(Milestone).save({
      actionId: action.id,
      title: { en: `Milestone ${this.next()}`, cy: null },
      dueDate,
      completedOn,
    });
  }

  /** A quarterly percentage measure, lower is better, red beyond 1 point of its targets. */
  async measure(options: {
    owner: Person;
    area: StrategicArea;
    targets?: Record<number, number>;
    reference?: string;
    wellBeingGoals?: WellBeingGoal[];
  }): Promise<Measure> {
    const n = this.next();
    const measure = await this.dataSource.getRepository(Measure).save({
      reference: options.reference ?? `M${n}`,
      name: { en: `Measure ${n}`, cy: `Mesur ${n}` },
      definition: { en: null, cy: null },
      calculation: { en: null, cy: null },
      dataSource: { en: null, cy: null },
      unit: MeasureUnit.PERCENTAGE,
      direction: MeasureDirection.LOWER_IS_BETTER,
      frequency: MeasureFrequency.QUARTERLY,
      ownerId: options.owner.id,
      themes: [],
      wellBeingGoals: options.wellBeingGoals ?? [],
      amberTolerance: 0,
      redTolerance: 1,
      baselineValue: null,
      baselineDate: null,
    });
    await this.dataSource
      .getRepository(MeasureArea)
      .insert({ measureId: measure.id, areaId: options.area.id });
    const targets = Object.entries(options.targets ?? {});
    if (targets.length) {
      await this.dataSource
        .getRepository(MeasureTarget)
        .insert(
          targets.map(([year, value]) => ({ measureId: measure.id, financialYear: +year, value })),
        );
    }
    return measure;
  }

  /**
   * A figure for a measure's period, written straight in: a second one for the same period is a
   * revision (figures are never changed).
   */
  async measureValue(
    measure: Measure,
    periodStart: string,
    value: number,
    author: Person,
    options: { commentary?: { en: string | null; cy: string | null }; quality?: ValueQuality } = {},
  ): Promise<MeasureValue> {
    return this.dataSource.getRepository(MeasureValue).save({
      measureId: measure.id,
      periodStart,
      periodEnd: measurePeriodEnd(measure.frequency, periodStart),
      value,
      quality: options.quality ?? ValueQuality.CONFIRMED,
      notAvailableReason: { en: null, cy: null },
      commentary: options.commentary ?? { en: null, cy: null },
      breakdowns: [],
      authorId: author.id,
    });
  }

  /** An open risk recorded with its first review (the current score) on `reviewedOn`. */
  async risk(options: {
    owner: Person;
    area: StrategicArea;
    category?: RiskCategory;
    current?: [likelihood: number, consequence: number];
    nextReviewDue?: string;
    reviewedOn?: string;
  }): Promise<Risk> {
    const n = this.next();
    const [likelihood, consequence] = options.current ?? [3, 3];
    const blank = { en: null, cy: null };
    const risk = await this.dataSource.getRepository(Risk).save({
      reference: `R${n}`,
      title: { en: `Risk ${n}`, cy: `Risg ${n}` },
      description: blank,
      category: options.category ?? RiskCategory.DELIVERY,
      ownerId: options.owner.id,
      controls: blank,
      impact: blank,
      inherentLikelihood: Math.max(likelihood, 4),
      inherentConsequence: Math.max(consequence, 4),
      currentLikelihood: likelihood,
      currentConsequence: consequence,
      reviewEveryMonths: 3,
      nextReviewDue: options.nextReviewDue ?? '2030-01-01',
      escalationReason: blank,
      closedReason: blank,
      resolution: blank,
    });
    await this.dataSource
      .getRepository(RiskArea)
      .insert({ riskId: risk.id, areaId: options.area.id });
    await this.dataSource.getRepository(RiskReview).insert({
      riskId: risk.id,
      likelihood,
      consequence,
      commentary: blank,
      reviewerId: options.owner.id,
      reviewedOn: options.reviewedOn ?? '2026-04-01',
    });
    return risk;
  }

  /**
   * A later review of `risk` on `reviewedOn`: at a new score, which becomes the risk's current
   * one as a review would set it, or else at its current score (the risk row untouched).
   */
  async riskReview(
    risk: Risk,
    reviewedOn: string,
    score?: [likelihood: number, consequence: number],
  ): Promise<void> {
    const [likelihood, consequence] = score ?? [risk.currentLikelihood, risk.currentConsequence];
    await this.dataSource.getRepository(RiskReview).insert({
      riskId: risk.id,
      likelihood,
      consequence,
      commentary: { en: `Reviewed ${reviewedOn}`, cy: null },
      reviewerId: risk.ownerId,
      reviewedOn,
    });
    if (score) {
      await this.dataSource
        .getRepository(Risk)
        .update(risk.id, { currentLikelihood: likelihood, currentConsequence: consequence });
    }
  }

  /** Closes a risk on a day, with a reason, as closing it that day would have. */
  async closeRisk(risk: Risk, closedOn: string): Promise<void> {
    await this.dataSource
      .getRepository(Risk)
      .update(risk.id, { closedOn, closedReason: { en: 'Mitigated', cy: 'Wedi’i lliniaru' } });
  }

  /** Escalates a risk to the oversight board on a day. */
  async escalateRisk(risk: Risk, escalatedOn: string): Promise<void> {
    await this.dataSource.getRepository(Risk).update(risk.id, {
      escalatedOn,
      escalatedById: risk.ownerId,
      escalationReason: { en: 'Above appetite', cy: 'Uwchlaw’r archwaeth' },
    });
  }

  async update(
    action: Action,
    period: ReportingPeriod,
    author: Person,
    rag: RagStatus,
    submittedAt?: Date,
  ): Promise<StatusUpdate> {
    const percent = { [RagStatus.COMPLETE]: 100, [RagStatus.NOT_STARTED]: 0 }[rag as string] ?? 50;
    return this.dataSource.getRepository(StatusUpdate).save({
      actionId: action.id,
      reportingPeriodId: period.id,
      rag,
      percentComplete: percent,
      commentary: { en: `Status ${rag}`, cy: null },
      risks: { en: null, cy: null },
      nextSteps: { en: null, cy: null },
      authorId: author.id,
      ...(submittedAt ? { submittedAt } : {}),
    });
  }

  /** An issued report of a fresh reporting period (issued, so it can be tabled and reviewed). */
  async report(state = ReportState.ISSUED, financialYear = 2030 + this.next()): Promise<Report> {
    const { id: reportingPeriodId } = await this.period(financialYear, 1);
    const issued = state === ReportState.ISSUED;
    return this.dataSource.getRepository(Report).save({
      reportingPeriodId,
      audience: ReportAudience.JOINT_BOARD,
      edition: 1,
      state,
      executiveSummary: { en: null, cy: null },
      snapshot: issued ? ({ actions: [] } as never) : null,
      issuedAt: issued ? new Date('2025-10-01T10:00:00Z') : null,
    });
  }

  /** A social partner: a trade union unless another type is given. */
  async partner(type = OrganisationType.TRADE_UNION): Promise<Organisation> {
    const code = `TU${this.next()}`;
    return this.dataSource.getRepository(Organisation).save({
      code,
      type,
      name: { en: `Union ${code}`, cy: `Undeb ${code}` },
    });
  }

  async forum(kind = ForumKind.JOINT_BOARD): Promise<Forum> {
    const n = this.next();
    return this.dataSource.getRepository(Forum).save({
      kind,
      name: { en: `Forum ${n}`, cy: `Fforwm ${n}` },
      purpose: { en: null, cy: null },
    });
  }

  /** A seat on `forum` for `person` (a new one by default), representing their organisation. */
  async forumMember(
    forum: Forum,
    options: { person?: Person; isChair?: boolean; representing?: Organisation } = {},
  ): Promise<ForumMember> {
    const person = options.person ?? (await this.person(options.representing));
    return this.dataSource.getRepository(ForumMember).save({
      forumId: forum.id,
      personId: person.id,
      representingId: options.representing?.id ?? person.organisationId,
      isChair: options.isChair ?? false,
      joinedOn: '2024-01-01',
    });
  }

  /** A meeting of `forum` starting at `startsAt` (an hour long), in `state`. */
  async meeting(forum: Forum, startsAt: string, state = MeetingState.SCHEDULED): Promise<Meeting> {
    const start = new Date(startsAt);
    return this.dataSource.getRepository(Meeting).save({
      forumId: forum.id,
      title: { en: `Meeting of ${startsAt.slice(0, 10)}`, cy: `Cyfarfod ${startsAt.slice(0, 10)}` },
      startsAt: start,
      endsAt: new Date(start.getTime() + 3_600_000),
      location: 'Ty Dysgu, Nantgarw',
      state,
    });
  }

  async attendance(
    meeting: Meeting,
    member: ForumMember,
    status: AttendanceStatus,
    deputyName: string | null = null,
  ): Promise<Attendance> {
    return this.dataSource.getRepository(Attendance).save({
      meetingId: meeting.id,
      memberId: member.id,
      status,
      deputyName,
    });
  }

  /** A commitment made at a meeting: a follow-up of a decision minuted there. */
  async commitment(
    meeting: Meeting,
    author: User,
    dueDate: string,
    completedOn: string | null,
  ): Promise<FollowUp> {
    const decision = await this.dataSource.getRepository(ReviewEntry).save({
      meetingId: meeting.id,
      kind: ReviewEntryKind.DECISION,
      text: { en: 'Agreed at the forum.', cy: 'Cytunwyd yn y fforwm.' },
      authorUserId: author.id,
      authorName: 'Secretariat',
    });
    return this.dataSource.getRepository(FollowUp).save({
      decisionId: decision.id,
      title: { en: 'Brief staff side', cy: 'Briffio ochr y staff' },
      ownerId: (await this.person()).id,
      dueDate,
      completedOn,
    });
  }
}

/**
 * Rows where `action_period_status` (kept by a trigger) differs from each action's latest update
 * per period worked out from the whole history: none when the read model is right.
 */
export const STATUS_READ_MODEL_DRIFT = `
  WITH computed AS (
    SELECT DISTINCT ON (s.action_id, s.reporting_period_id)
      s.action_id, s.reporting_period_id, rp.start_date AS period_start_date,
      s.id AS status_update_id, s.rag, s.submitted_at
    FROM status_update s JOIN reporting_period rp ON rp.id = s.reporting_period_id
    ORDER BY s.action_id, s.reporting_period_id, s.submitted_at DESC, s.id DESC)
  (SELECT 'missing or wrong' AS problem, * FROM computed
   EXCEPT SELECT 'missing or wrong', action_id, reporting_period_id, period_start_date,
     status_update_id, rag, submitted_at FROM action_period_status)
  UNION ALL
  (SELECT 'extra', action_id, reporting_period_id, period_start_date, status_update_id, rag,
     submitted_at FROM action_period_status
   EXCEPT SELECT 'extra', * FROM computed)`;
