import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';

import {
  Action,
  Milestone,
  PlansService,
  toActionModel,
  toAnnualPlanModel,
  toMilestoneModel,
} from '@cynnydd/plans/data-access';
import { Clock } from '@cynnydd/server/core';
import { compareReferences, RagStatus, Theme } from '@cynnydd/shared/domain';
import { StrategyService, toStrategicAreaModel } from '@cynnydd/strategy/data-access';

import { ProgressSummaryModel, RagCountsModel } from './models/progress-summary.model';
import { toReportingPeriodModel } from './models/reporting-period.model';
import { ReportingPeriodsService } from './reporting-periods.service';

const COUNT_FIELD: Record<RagStatus, keyof RagCountsModel> = {
  [RagStatus.RED]: 'red',
  [RagStatus.AMBER]: 'amber',
  [RagStatus.GREEN]: 'green',
  [RagStatus.COMPLETE]: 'complete',
  [RagStatus.NOT_STARTED]: 'notStarted',
};

interface ActionPeriodStatus {
  id: string;
  area_id: string;
  themes: Theme[];
  rag: RagStatus | null;
}

function tally(counts: RagCountsModel, rag: RagStatus | null): void {
  counts[rag ? COUNT_FIELD[rag] : 'noUpdate'] += 1;
  counts.total += 1;
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
    private readonly strategy: StrategyService,
    private readonly clock: Clock,
  ) {}

  async summarise(reportingPeriodId: string): Promise<ProgressSummaryModel> {
    const period = await this.periods.getPeriod(reportingPeriodId, 'reportingPeriodId');
    const [plan, areas] = await Promise.all([
      this.plans.findPlanByStartYear(period.financialYear),
      this.strategy.listAreas(),
    ]);
    const today = this.clock.today();
    const asOf = today < period.endDate ? today : period.endDate;

    const statuses = plan ? await this.statusesInPeriod(plan.id, period.id) : [];
    const overall = new RagCountsModel();
    const byArea = new Map(areas.map((area) => [area.id, new RagCountsModel()]));
    const byTheme = new Map(Object.values(Theme).map((theme) => [theme, new RagCountsModel()]));
    for (const status of statuses) {
      tally(overall, status.rag);
      tally(byArea.get(status.area_id) as RagCountsModel, status.rag);
      for (const theme of status.themes) tally(byTheme.get(theme) as RagCountsModel, status.rag);
    }

    const withoutUpdate = statuses.filter((status) => status.rag === null).map((s) => s.id);
    const [actionsWithoutUpdate, overdueMilestones] = plan
      ? await Promise.all([
          this.dataSource.getRepository(Action).findBy({ id: In(withoutUpdate) }),
          this.overdueMilestones(plan.id, asOf),
        ])
      : [[], []];

    return {
      reportingPeriod: toReportingPeriodModel(period),
      plan: plan && toAnnualPlanModel(plan),
      asOf,
      overall,
      areas: areas.map((area) => ({
        area: toStrategicAreaModel(area),
        counts: byArea.get(area.id) as RagCountsModel,
      })),
      themes: [...byTheme].map(([theme, counts]) => ({ theme, counts })),
      overdueMilestones: overdueMilestones.map(toMilestoneModel),
      actionsWithoutUpdate: actionsWithoutUpdate
        .sort((a, b) => compareReferences(a.reference, b.reference))
        .map(toActionModel),
    };
  }

  private statusesInPeriod(planId: string, periodId: string): Promise<ActionPeriodStatus[]> {
    return this.dataSource.query(
      `SELECT a.id, a.area_id, a.themes::text[] AS themes, su.rag
       FROM action a
       LEFT JOIN LATERAL (
         SELECT s.rag FROM status_update s
         WHERE s.action_id = a.id AND s.reporting_period_id = $2
         ORDER BY s.submitted_at DESC, s.id DESC LIMIT 1
       ) su ON true
       WHERE a.plan_id = $1`,
      [planId, periodId],
    );
  }

  private overdueMilestones(planId: string, asOf: string): Promise<Milestone[]> {
    return this.dataSource
      .getRepository(Milestone)
      .createQueryBuilder('milestone')
      .innerJoin('milestone.action', 'action')
      .where('action.planId = :planId', { planId })
      .andWhere('milestone.dueDate < :asOf', { asOf })
      .andWhere('(milestone.completedOn IS NULL OR milestone.completedOn > :asOf)', { asOf })
      .orderBy('milestone.dueDate', 'ASC')
      .addOrderBy('milestone.id', 'ASC')
      .getMany();
  }
}
