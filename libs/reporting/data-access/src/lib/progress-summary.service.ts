import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import {
  Action,
  ACTION_REFERENCE_ORDER,
  ActionsService,
  Milestone,
  PlansService,
  toActionModel,
  toAnnualPlanModel,
  toMilestoneModel,
} from '@cynnydd/plans/data-access';
import { Clock, EntityRows, preparedStatement, type RequestLoaders } from '@cynnydd/server/core';
import { RagDirection, ragDirection, RagStatus, Theme } from '@cynnydd/shared/domain';
import { StrategyService, toStrategicAreaModel } from '@cynnydd/strategy/data-access';

import {
  ProgressSummaryModel,
  RagCountsModel,
  RagMovementCountsModel,
  type ActionRagChangeModel,
} from './models/progress-summary.model';
import { toReportingPeriodModel } from './models/reporting-period.model';
import { tally } from './rag-counts';
import { ReportingPeriodsService } from './reporting-periods.service';

const MOVEMENT_FIELD: Record<RagDirection, keyof RagMovementCountsModel> = {
  [RagDirection.IMPROVED]: 'improved',
  [RagDirection.WORSENED]: 'worsened',
  [RagDirection.UNCHANGED]: 'unchanged',
};

interface ActionPeriodStatus {
  action: Action;
  rag: RagStatus | null;
  /** Its status in the previous period (or that of the action it continues). */
  previous_rag: RagStatus | null;
}

interface AreaTally {
  counts: RagCountsModel;
  movement: RagMovementCountsModel;
}

/** Adds the action's move to the counts; returns its direction if it was compared. */
function tallyMovement(
  counts: RagMovementCountsModel,
  { rag, previous_rag: previous }: ActionPeriodStatus,
): RagDirection | null {
  if (rag === RagStatus.RED && previous !== RagStatus.RED) counts.newlyRed += 1;
  if (rag === RagStatus.COMPLETE && previous !== RagStatus.COMPLETE) counts.newlyComplete += 1;
  if (!rag || !previous) {
    counts.notCompared += 1;
    return null;
  }
  const direction = ragDirection(previous, rag);
  counts[MOVEMENT_FIELD[direction]] += 1;
  return direction;
}

/**
 * Where a year's plan stands in a reporting period: each action counts with its latest update
 * submitted for that period (or as "no update"), per area, per theme and overall.
 */
@Injectable()
export class ProgressSummaryService {
  private readonly actionRows: EntityRows<Action>;
  /** Every action of a plan ($1), whole, with its status in a period ($2) and the one before ($3). */
  private readonly statusesSql: string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly periods: ReportingPeriodsService,
    private readonly plans: PlansService,
    private readonly actions: ActionsService,
    private readonly strategy: StrategyService,
    private readonly clock: Clock,
  ) {
    this.actionRows = EntityRows.of(dataSource.getRepository(Action));
    // By plan, a key: its plan does not depend on the values, so it is prepared once.
    this.statusesSql = preparedStatement(
      `SELECT ${this.actionRows.columns('a')}, su.rag, COALESCE(prev.rag, carried.rag) AS previous_rag
         FROM action a
         LEFT JOIN action_period_status su
           ON su.action_id = a.id AND su.reporting_period_id = $2
         LEFT JOIN action_period_status prev
           ON prev.action_id = a.id AND prev.reporting_period_id = $3
         LEFT JOIN action_period_status carried
           ON carried.action_id = a.carried_forward_from_id AND carried.reporting_period_id = $3
         WHERE a.plan_id = $1
         ORDER BY ${ACTION_REFERENCE_ORDER}`,
    );
  }

  /** `loaders`: the request's, so the overdue milestones' actions are answered from it. */
  async summarise(
    reportingPeriodId: string,
    loaders: RequestLoaders,
  ): Promise<ProgressSummaryModel> {
    const period = await this.periods.getPeriod(reportingPeriodId, 'reportingPeriodId');
    const [plan, areas, previousPeriod] = await Promise.all([
      this.plans.findPlanByStartYear(period.financialYear),
      this.strategy.listAreas(),
      this.periods.findPreviousPeriod(period),
    ]);
    const today = this.clock.today();
    const asOf = today < period.endDate ? today : period.endDate;

    const [statuses, overdueMilestones] = plan
      ? await Promise.all([
          this.statusesInPeriod(plan.id, period.id, previousPeriod?.id ?? null),
          this.overdueMilestones(plan.id, asOf),
        ])
      : [[], []];
    // Every action of the plan came with its status: the listed ones and the overdue
    // milestones' (all of this plan) are answered from the request's loader, with no statement.
    const actionsById = this.actions.actionLoader(loaders);
    for (const { action } of statuses) actionsById.prime(action.id, action);
    const overall = new RagCountsModel();
    const movement = new RagMovementCountsModel();
    const byArea = new Map<string, AreaTally>(
      areas.map((area) => [
        area.id,
        { counts: new RagCountsModel(), movement: new RagMovementCountsModel() },
      ]),
    );
    const byTheme = new Map(Object.values(Theme).map((theme) => [theme, new RagCountsModel()]));
    const moved = new Map<string, { status: ActionPeriodStatus; direction: RagDirection }>();
    for (const status of statuses) {
      const { action } = status;
      const area = byArea.get(action.areaId) as AreaTally;
      tally(overall, status.rag);
      tally(area.counts, status.rag);
      for (const theme of action.themes) tally(byTheme.get(theme) as RagCountsModel, status.rag);
      tallyMovement(area.movement, status);
      const direction = tallyMovement(movement, status);
      if (direction && direction !== RagDirection.UNCHANGED)
        moved.set(action.id, { status, direction });
    }

    const withoutUpdate = new Set(statuses.filter((s) => s.rag === null).map((s) => s.action.id));
    const listedActions = statuses
      .filter(({ action }) => withoutUpdate.has(action.id) || moved.has(action.id))
      .map(({ action }) => action);

    return {
      reportingPeriod: toReportingPeriodModel(period),
      plan: plan && toAnnualPlanModel(plan),
      asOf,
      overall,
      movement: {
        previousPeriod: previousPeriod && toReportingPeriodModel(previousPeriod),
        counts: movement,
        changes: listedActions.flatMap((action): ActionRagChangeModel[] => {
          const change = moved.get(action.id);
          if (!change) return [];
          return [
            {
              action: toActionModel(action),
              previous: change.status.previous_rag as RagStatus,
              current: change.status.rag as RagStatus,
              direction: change.direction,
            },
          ];
        }),
      },
      areas: areas.map((area) => ({
        area: toStrategicAreaModel(area),
        ...(byArea.get(area.id) as AreaTally),
      })),
      themes: [...byTheme].map(([theme, counts]) => ({ theme, counts })),
      overdueMilestones: overdueMilestones.map(toMilestoneModel),
      actionsWithoutUpdate: listedActions
        .filter((action) => withoutUpdate.has(action.id))
        .map(toActionModel),
    };
  }

  /** The plan's actions in reference order, each with its status (see statusesSql). */
  private async statusesInPeriod(
    planId: string,
    periodId: string,
    previousPeriodId: string | null,
  ): Promise<ActionPeriodStatus[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(this.statusesSql, [
      planId,
      periodId,
      previousPeriodId,
    ]);
    return rows.map((row) => ({
      action: this.actionRows.fromRow(row),
      rag: row['rag'] as RagStatus | null,
      previous_rag: row['previous_rag'] as RagStatus | null,
    }));
  }

  private overdueMilestones(planId: string, asOf: string): Promise<Milestone[]> {
    return EntityRows.of(this.dataSource.getRepository(Milestone)).find(
      `JOIN action a ON a.id = t.action_id
       WHERE a.plan_id = $1 AND t.due_date < $2 AND (t.completed_on IS NULL OR t.completed_on > $2)
       ORDER BY t.due_date, t.id`,
      [planId, asOf],
    );
  }
}
