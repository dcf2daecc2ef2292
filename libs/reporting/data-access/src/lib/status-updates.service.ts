import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';

import { AuditService } from '@cynnydd/audit/data-access';
import { ActionsService, PlansService } from '@cynnydd/plans/data-access';
import {
  badUserInput,
  byKey,
  Clock,
  forbidden,
  groupByKey,
  toBilingualColumns,
  type RequestLoaders,
} from '@cynnydd/server/core';
import {
  canReportOn,
  financialYearLabel,
  PLAN_STATE_LABELS,
  PlanState,
  RagStatus,
  type Actor,
} from '@cynnydd/shared/domain';

import type { SubmitStatusUpdateInput } from './dto/status-update.inputs';
import { currentStatusSql } from './latest-status';
import { toReportingPeriodModel } from './models/reporting-period.model';
import { ReportingPeriodsService } from './reporting-periods.service';
import { StatusUpdate } from './status-update.entity';

const NEWEST_FIRST = { submittedAt: 'DESC', id: 'DESC' } as const;

@Injectable()
export class StatusUpdatesService {
  constructor(
    @InjectRepository(StatusUpdate) private readonly updates: Repository<StatusUpdate>,
    private readonly actions: ActionsService,
    private readonly plans: PlansService,
    private readonly periods: ReportingPeriodsService,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /**
   * Appends an update to the action's history; earlier updates are never changed. The author is
   * the signed-in person, who must answer for the action (or be in the operational group).
   */
  async submit(actor: Actor, input: SubmitStatusUpdateInput): Promise<StatusUpdate> {
    if (!actor.personId) {
      throw forbidden('Your account is not linked to a person, so it cannot sign status updates');
    }
    return this.updates.manager.transaction(async (manager) => {
      // Locked for the transaction, so the period cannot be closed under this update.
      const period = await this.periods.getPeriod(
        input.reportingPeriodId,
        'reportingPeriodId',
        manager,
      );
      const action = await this.actions.getAction(input.actionId, 'actionId', manager);
      if (!canReportOn(actor, await this.actions.responsibility(action.id, manager))) {
        throw forbidden(
          'Only the action’s owners, their delegates and the operational group can report on it',
        );
      }
      // Locked for the transaction, so the plan cannot be closed under this update.
      const plan = await this.plans.getPlan(action.planId, 'actionId', manager);
      const year = financialYearLabel(plan.financialYear);
      if (plan.state !== PlanState.APPROVED) {
        throw badUserInput(
          'actionId',
          `Updates are taken only for approved plans; the ${year} plan is ${PLAN_STATE_LABELS[plan.state].en.toLowerCase()}`,
        );
      }
      if (period.financialYear !== plan.financialYear) {
        throw badUserInput(
          'reportingPeriodId',
          `is in ${financialYearLabel(period.financialYear)}, but the action belongs to the ${year} plan`,
        );
      }
      if (period.closedAt) {
        throw badUserInput(
          'reportingPeriodId',
          `${toReportingPeriodModel(period).label} is closed; the operational group must reopen it first`,
        );
      }
      if (period.startDate > this.clock.today()) {
        throw badUserInput(
          'reportingPeriodId',
          `${toReportingPeriodModel(period).label} has not started yet`,
        );
      }
      if (input.rag === RagStatus.COMPLETE && input.percentComplete !== 100) {
        throw badUserInput('percentComplete', 'must be 100 for a complete action');
      }
      if (input.rag === RagStatus.NOT_STARTED && input.percentComplete !== 0) {
        throw badUserInput('percentComplete', 'must be 0 for an action not started');
      }
      const update = await manager.save(
        manager.create(StatusUpdate, {
          actionId: action.id,
          reportingPeriodId: period.id,
          rag: input.rag,
          percentComplete: input.percentComplete,
          commentary: toBilingualColumns(input.commentary),
          risks: toBilingualColumns(input.risks ?? {}),
          nextSteps: toBilingualColumns(input.nextSteps ?? {}),
          authorId: actor.personId as string,
        }),
      );
      await this.audit.created(manager, actor, 'StatusUpdate', update);
      return update;
    });
  }

  /** Actions among `actionIds` whose status is COMPLETE. */
  async completedActionIds(actionIds: readonly string[]): Promise<string[]> {
    const latest = await this.latestUpdates(actionIds);
    return latest.filter((update) => update.rag === RagStatus.COMPLETE).map((u) => u.actionId);
  }

  /** Each action's status (see latest-status.ts); actions never updated are absent. */
  async latestUpdates(actionIds: readonly string[]): Promise<StatusUpdate[]> {
    if (!actionIds.length) return [];
    return this.updates
      .createQueryBuilder('update')
      .where(
        // One index probe per action (action_period_status_current), not a scan of the table.
        `update.id IN (SELECT c.status_update_id
         FROM unnest(CAST(:actionIds AS uuid[])) AS ids(action_id)
         CROSS JOIN LATERAL (${currentStatusSql('ids.action_id', 'c.status_update_id')}) c)`,
        { actionIds },
      )
      .getMany();
  }

  currentStatusLoader(loaders: RequestLoaders) {
    return loaders.get<string, StatusUpdate | null>('reporting.currentByActionId', async (ids) =>
      byKey(ids, await this.latestUpdates(ids), (update) => update.actionId),
    );
  }

  historyLoader(loaders: RequestLoaders) {
    return loaders.get<string, StatusUpdate[]>('reporting.historyByActionId', async (ids) =>
      groupByKey(
        ids,
        await this.updates.find({ where: { actionId: In([...ids]) }, order: NEWEST_FIRST }),
        (update) => update.actionId,
      ),
    );
  }

  /** Latest update of an action within one period; key is `${actionId}:${periodId}`. */
  periodStatusLoader(loaders: RequestLoaders) {
    return loaders.get<string, StatusUpdate | null>('reporting.byActionPeriod', async (keys) => {
      const pairs = keys.map((key) => key.split(':'));
      const latest = await this.updates
        .createQueryBuilder('update')
        .where(
          `update.id IN (SELECT c.status_update_id FROM action_period_status c
           WHERE (c.action_id, c.reporting_period_id) IN (
             SELECT * FROM unnest(CAST(:actionIds AS uuid[]), CAST(:periodIds AS uuid[]))))`,
          { actionIds: pairs.map(([id]) => id), periodIds: pairs.map(([, id]) => id) },
        )
        .getMany();
      return byKey(keys, latest, (update) => `${update.actionId}:${update.reportingPeriodId}`);
    });
  }
}
