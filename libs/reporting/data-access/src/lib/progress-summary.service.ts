import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import {
  ActionsService,
  Milestone,
  PlansService,
  toActionModel,
  toAnnualPlanModel,
  toMilestoneModel,
} from '@cynnydd/plans/data-access';
import { Clock, EntityRows, guaranteed, type RequestLoaders } from '@cynnydd/server/core';
import {
  compareReferences,
  RagDirection,
  ragDirection,
  RagStatus,
  Theme,
} from '@cynnydd/shared/domain';
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
  id: string;
  area_id: string;
  themes: Theme[];
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
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly periods: ReportingPeriodsService,
    private readonly plans: PlansService,
    private readonly actions: ActionsService,
    private readonly strategy: StrategyService,
    private readonly clock: Clock,
  ) {}

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
      const area = byArea.get(status.area_id) as AreaTally;
      tally(overall, status.rag);
      tally(area.counts, status.rag);
      for (const theme of status.themes) tally(byTheme.get(theme) as RagCountsModel, status.rag);
      tallyMovement(area.movement, status);
      const direction = tallyMovement(movement, status);
      if (direction && direction !== RagDirection.UNCHANGED)
        moved.set(status.id, { status, direction });
    }

    const withoutUpdate = new Set(statuses.filter((s) => s.rag === null).map((s) => s.id));
    const listedIds = [...withoutUpdate, ...moved.keys()];
    // The listed actions and the overdue milestones' in one statement, through the request's
    // loader: the milestones' `action` fields are then answered without another.
    const actionsById = this.actions.actionLoader(loaders);
    const loaded = await Promise.all(
      [...listedIds, ...overdueMilestones.map((m) => m.actionId)].map((id) => actionsById.load(id)),
    );
    const listedActions = loaded
      .slice(0, listedIds.length)
      .map((action) => guaranteed(action, 'Action'))
      .sort((a, b) => compareReferences(a.reference, b.reference));

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

  private statusesInPeriod(
    planId: string,
    periodId: string,
    previousPeriodId: string | null,
  ): Promise<ActionPeriodStatus[]> {
    return this.dataSource.query(
      `SELECT a.id, a.area_id, a.themes::text[] AS themes, su.rag,
         COALESCE(prev.rag, carried.rag) AS previous_rag
       FROM action a
       LEFT JOIN action_period_status su
         ON su.action_id = a.id AND su.reporting_period_id = $2
       LEFT JOIN action_period_status prev
         ON prev.action_id = a.id AND prev.reporting_period_id = $3
       LEFT JOIN action_period_status carried
         ON carried.action_id = a.carried_forward_from_id AND carried.reporting_period_id = $3
       WHERE a.plan_id = $1`,
      [planId, periodId, previousPeriodId],
    );
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
