import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import {
  countMeasure,
  MeasureRagCountsModel,
  MeasureValuesService,
} from '@cynnydd/measures/data-access';
import { RagCountsModel, tally, type ReportingPeriod } from '@cynnydd/reporting/data-access';
import { RisksService } from '@cynnydd/risks/data-access';
import { Clock } from '@cynnydd/server/core';
import {
  compareReferences,
  financialYearLabel,
  quarterRange,
  RagDirection,
  ragDirection,
  RagStatus,
  reportingPeriodLabel,
  Theme,
  WellBeingGoal,
  type BilingualText,
  type LeadOrganisation,
  type Quarter,
} from '@cynnydd/shared/domain';

import type {
  ReportActionLineModel,
  ReportContentModel,
  ReportGoalContributionModel,
  ReportMeasureModel,
  ReportMilestoneModel,
  ReportMovementModel,
  ReportMoveModel,
} from './models/report-content.model';
import { measuresSection, readMeasures, REPORT_TREND_PERIODS } from './report-measures';
import { risksSection, type RiskBaseline } from './report-risks';
import type { Report } from './report.entity';

interface ActionRow {
  id: string;
  reference: string;
  title_en: string | null;
  title_cy: string | null;
  lead_organisation: LeadOrganisation;
  themes: Theme[];
  well_being_goals: WellBeingGoal[];
  due_date: string;
  carried_forward_from_id: string | null;
  area_number: number;
  owners: string[] | null;
  rag: RagStatus | null;
  percent_complete: number | null;
  commentary_en: string | null;
  commentary_cy: string | null;
  risks_en: string | null;
  risks_cy: string | null;
  next_steps_en: string | null;
  next_steps_cy: string | null;
}

interface MilestoneRow {
  reference: string;
  action_title_en: string | null;
  action_title_cy: string | null;
  title_en: string | null;
  title_cy: string | null;
  due_date: string;
  completed_on: string | null;
}

/** What the comparison is against: an earlier report's snapshot, or an earlier period's data. */
export interface MovementBaseline {
  reportId: string | null;
  periodLabel: string;
  statuses: Map<string, RagStatus | null>;
}

/** What a report is compared with: actions' statuses (if anything) and the risk register. */
export interface Baselines {
  movement: MovementBaseline | null;
  risks: RiskBaseline;
}

const text = (en: string | null, cy: string | null): BilingualText => ({ en, cy });
const EXCEPTIONS = new Set([RagStatus.RED, RagStatus.AMBER]);

/** Builds a report's content from the live data. */
@Injectable()
export class ReportContentBuilder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly measureValues: MeasureValuesService,
    private readonly register: RisksService,
  ) {}

  async build(
    report: Pick<Report, 'audience' | 'executiveSummary'>,
    period: ReportingPeriod,
    baselines: Baselines,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ReportContentModel> {
    const today = this.clock.today();
    const asOf = today < period.endDate ? today : period.endDate;
    const [plan] = (await manager.query(
      `SELECT id, title_en, title_cy FROM annual_plan WHERE financial_year = $1`,
      [period.financialYear],
    )) as { id: string; title_en: string | null; title_cy: string | null }[];
    const actionRows = async () => (plan ? this.actionRows(manager, plan.id, period.id) : []);
    const areaRows = () =>
      manager.query(
        `SELECT number, title_en, title_cy, short_title_en, short_title_cy
           FROM strategic_area ORDER BY number`,
      ) as Promise<
        {
          number: number;
          title_en: string | null;
          title_cy: string | null;
          short_title_en: string | null;
          short_title_cy: string | null;
        }[]
      >;
    const milestoneRows = async () => (plan ? this.milestoneRows(manager, plan.id) : []);
    const measures = () => this.measures(manager, period.endDate);
    // Scores as at the period end, not today: a later review belongs to a later report.
    const risks = async () =>
      risksSection(
        await this.register.asAt(period.endDate, baselines.risks.since, manager),
        period.endDate,
        baselines.risks,
      );
    // Issuing builds inside a transaction, on one connection, which takes one statement at a
    // time (pg 9 will refuse more); a draft's statements go to the pool at once.
    const [rows, areas, milestones, measuresModel, risksModel] = manager.queryRunner
      ? [
          await actionRows(),
          await areaRows(),
          await milestoneRows(),
          await measures(),
          await risks(),
        ]
      : await Promise.all([actionRows(), areaRows(), milestoneRows(), measures(), risks()]);

    const actions = rows.map(toLine).sort((a, b) => compareReferences(a.reference, b.reference));
    const overall = new RagCountsModel();
    const byArea = new Map(areas.map((area) => [area.number, new RagCountsModel()]));
    const byTheme = new Map(Object.values(Theme).map((theme) => [theme, new RagCountsModel()]));
    for (const line of actions) {
      tally(overall, line.rag);
      tally(byArea.get(line.areaNumber) as RagCountsModel, line.rag);
      for (const theme of line.themes) tally(byTheme.get(theme) as RagCountsModel, line.rag);
    }

    const next = nextQuarter(period);
    const toMilestone = (row: MilestoneRow): ReportMilestoneModel => ({
      actionReference: row.reference,
      actionTitle: text(row.action_title_en, row.action_title_cy),
      title: text(row.title_en, row.title_cy),
      dueDate: row.due_date,
      completedOn: row.completed_on,
    });

    return {
      audience: report.audience,
      period: {
        label: reportingPeriodLabel(period.financialYear, period.quarter as Quarter),
        financialYear: financialYearLabel(period.financialYear),
        quarter: period.quarter,
        startDate: period.startDate,
        endDate: period.endDate,
      },
      planTitle: plan ? text(plan.title_en, plan.title_cy) : null,
      asOf,
      executiveSummary: text(report.executiveSummary.en, report.executiveSummary.cy),
      overall,
      areas: areas.map((area) => ({
        number: area.number,
        title: text(area.title_en, area.title_cy),
        // Each language falls back to the full title until an administrator sets a short one.
        shortTitle: text(
          area.short_title_en ?? area.title_en,
          area.short_title_cy ?? area.title_cy,
        ),
        counts: byArea.get(area.number) as RagCountsModel,
      })),
      movement: movementSince(baselines.movement, actions),
      exceptions: actions.filter((line) => line.rag && EXCEPTIONS.has(line.rag)),
      measures: measuresModel,
      risks: risksModel,
      milestonesMissed: milestones
        .filter((m) => m.due_date <= asOf && (!m.completed_on || m.completed_on > asOf))
        .map(toMilestone),
      milestonesDueNext: milestones
        .filter((m) => m.due_date >= next.startDate && m.due_date <= next.endDate)
        .map(toMilestone),
      themes: [...byTheme].map(([theme, counts]) => ({ theme, counts })),
      goalContribution: goalContribution(actions, measuresModel.measures),
      completed: actions.filter((line) => line.rag === RagStatus.COMPLETE),
      actions,
    };
  }

  /**
   * Every measure as at the period end: its figures for periods ended by then, so a figure for
   * a later period is left out. Two statements, however many measures.
   */
  private async measures(manager: EntityManager, endedBy: string) {
    const measures = await readMeasures(manager);
    const recent = measures.length
      ? await this.measureValues.recent(
          measures.map(({ measure }) => measure.id),
          REPORT_TREND_PERIODS,
          endedBy,
          manager,
        )
      : [];
    return measuresSection(measures, recent, endedBy);
  }

  /** Each action's status in `periodId`, for comparing a later report with it. */
  async statusesIn(periodId: string, manager: EntityManager = this.dataSource.manager) {
    const rows: { action_id: string; rag: RagStatus }[] = await manager.query(
      `SELECT action_id, rag FROM action_period_status WHERE reporting_period_id = $1`,
      [periodId],
    );
    return new Map<string, RagStatus | null>(rows.map((row) => [row.action_id, row.rag]));
  }

  private actionRows(manager: EntityManager, planId: string, periodId: string) {
    return manager.query(
      `SELECT a.id, a.reference, a.title_en, a.title_cy, a.lead_organisation,
         a.themes::text[] AS themes, a.well_being_goals::text[] AS well_being_goals,
         a.due_date::text AS due_date, a.carried_forward_from_id,
         area.number AS area_number,
         (SELECT array_agg(p.name ORDER BY o.position) FROM action_owner o
          JOIN person p ON p.id = o.person_id WHERE o.action_id = a.id) AS owners,
         su.rag, su.percent_complete, su.commentary_en, su.commentary_cy, su.risks_en,
         su.risks_cy, su.next_steps_en, su.next_steps_cy
       FROM action a JOIN strategic_area area ON area.id = a.area_id
       LEFT JOIN action_period_status ps
         ON ps.action_id = a.id AND ps.reporting_period_id = $2
       LEFT JOIN status_update su ON su.id = ps.status_update_id
       WHERE a.plan_id = $1`,
      [planId, periodId],
    ) as Promise<ActionRow[]>;
  }

  private milestoneRows(manager: EntityManager, planId: string) {
    return manager.query(
      `SELECT a.reference, a.title_en AS action_title_en, a.title_cy AS action_title_cy,
         m.title_en, m.title_cy, m.due_date::text AS due_date, m.completed_on::text AS completed_on
       FROM milestone m JOIN action a ON a.id = m.action_id
       WHERE a.plan_id = $1
       ORDER BY m.due_date, a.reference, m.id`,
      [planId],
    ) as Promise<MilestoneRow[]>;
  }
}

function toLine(row: ActionRow): ReportActionLineModel {
  return {
    actionId: row.id,
    reference: row.reference,
    title: text(row.title_en, row.title_cy),
    areaNumber: row.area_number,
    leadOrganisation: row.lead_organisation,
    owners: row.owners ?? [],
    themes: row.themes,
    wellBeingGoals: row.well_being_goals,
    dueDate: row.due_date,
    rag: row.rag,
    percentComplete: row.percent_complete,
    commentary: text(row.commentary_en, row.commentary_cy),
    risks: text(row.risks_en, row.risks_cy),
    nextSteps: text(row.next_steps_en, row.next_steps_cy),
    carriedForwardFromId: row.carried_forward_from_id,
  };
}

/**
 * Per well-being goal, in the Act's order: its actions by status in the period and its measures by
 * their latest figure's RAG. An action or measure with several goals counts towards each.
 */
export function goalContribution(
  actions: readonly Pick<ReportActionLineModel, 'wellBeingGoals' | 'rag'>[],
  measures: readonly Pick<ReportMeasureModel, 'wellBeingGoals' | 'latest'>[],
): ReportGoalContributionModel[] {
  const rows = Object.values(WellBeingGoal).map((goal): ReportGoalContributionModel => ({
    goal,
    actions: new RagCountsModel(),
    measures: new MeasureRagCountsModel(),
  }));
  const byGoal = new Map(rows.map((row) => [row.goal, row]));
  for (const line of actions) {
    for (const goal of line.wellBeingGoals) {
      const row = byGoal.get(goal);
      if (row) tally(row.actions, line.rag);
    }
  }
  for (const measure of measures) {
    for (const goal of measure.wellBeingGoals) {
      const row = byGoal.get(goal);
      if (row) countMeasure(row.measures, measure.latest ?? undefined);
    }
  }
  return rows;
}

function nextQuarter(period: ReportingPeriod) {
  return period.quarter === 4
    ? quarterRange(period.financialYear + 1, 1)
    : quarterRange(period.financialYear, (period.quarter + 1) as Quarter);
}

/** Sorts every reported action into improved / worsened / completed / newly red. */
export function movementSince(
  baseline: MovementBaseline | null,
  actions: ReportActionLineModel[],
): ReportMovementModel {
  const movement: ReportMovementModel = {
    sinceReportId: baseline?.reportId ?? null,
    sincePeriod: baseline?.periodLabel ?? null,
    improved: [],
    worsened: [],
    completed: [],
    newlyRed: [],
  };
  if (!baseline) return movement;
  for (const line of actions) {
    if (!line.rag) continue;
    const previous =
      baseline.statuses.get(line.actionId) ??
      (line.carriedForwardFromId ? baseline.statuses.get(line.carriedForwardFromId) : null) ??
      null;
    const move: ReportMoveModel = {
      actionId: line.actionId,
      reference: line.reference,
      title: line.title,
      previous,
      current: line.rag,
    };
    if (line.rag === RagStatus.COMPLETE && previous !== RagStatus.COMPLETE) {
      movement.completed.push(move);
    }
    if (line.rag === RagStatus.RED && previous !== RagStatus.RED) movement.newlyRed.push(move);
    if (!previous) continue;
    const direction = ragDirection(previous, line.rag);
    if (direction === RagDirection.IMPROVED) movement.improved.push(move);
    if (direction === RagDirection.WORSENED) movement.worsened.push(move);
  }
  return movement;
}
