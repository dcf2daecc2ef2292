import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type EntityManager } from 'typeorm';

import { AuditService } from '@cynnydd/audit/data-access';
import { ActionsService } from '@cynnydd/plans/data-access';
import {
  badUserInput,
  byKey,
  Clock,
  EntityRows,
  forbidden,
  groupByKey,
  preparedStatement,
  toBilingualColumns,
  type RequestLoaders,
} from '@cynnydd/server/core';
import {
  canReportOn,
  financialYearLabel,
  PLAN_STATE_LABELS,
  PlanState,
  RagStatus,
  reportingPeriodLabel,
  type Actor,
  type Quarter,
} from '@cynnydd/shared/domain';

import type { SubmitStatusUpdateInput } from './dto/status-update.inputs';
import { currentStatusSql } from './latest-status';
import { ReportingPeriodsService } from './reporting-periods.service';
import { StatusUpdate } from './status-update.entity';

/** Prepared: every update sends it, and it looks rows up by key (see preparedStatement). */
const SUBMISSION_CONTEXT = preparedStatement(
  `SELECT rp.financial_year AS period_year, rp.quarter, rp.start_date::text AS start_date,
     rp.closed_at, p.state AS plan_state, p.financial_year AS plan_year,
     ARRAY(SELECT o.person_id FROM action_owner o WHERE o.action_id = a.id) AS owner_ids,
     ARRAY(SELECT d.person_id FROM action_delegate d WHERE d.action_id = a.id) AS delegate_ids
   FROM reporting_period rp CROSS JOIN action a JOIN annual_plan p ON p.id = a.plan_id
   WHERE rp.id = $1 AND a.id = $2
   FOR SHARE OF rp, p FOR UPDATE OF a`,
);

/** What an update is checked against (see submissionContext). */
interface SubmissionContext {
  period_year: number;
  quarter: Quarter;
  start_date: string;
  closed_at: Date | null;
  plan_state: PlanState;
  plan_year: number;
  owner_ids: string[];
  delegate_ids: string[];
}

@Injectable()
export class StatusUpdatesService {
  constructor(
    @InjectRepository(StatusUpdate) private readonly updates: Repository<StatusUpdate>,
    private readonly actions: ActionsService,
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
      const context = await this.submissionContext(manager, input);
      if (!canReportOn(actor, { ownerIds: context.owner_ids, delegateIds: context.delegate_ids })) {
        throw forbidden(
          'Only the action’s owners, their delegates and the operational group can report on it',
        );
      }
      const year = financialYearLabel(context.plan_year);
      const period = reportingPeriodLabel(context.period_year, context.quarter);
      if (context.plan_state !== PlanState.APPROVED) {
        throw badUserInput(
          'actionId',
          `Updates are taken only for approved plans; the ${year} plan is ${PLAN_STATE_LABELS[context.plan_state].en.toLowerCase()}`,
        );
      }
      if (context.period_year !== context.plan_year) {
        throw badUserInput(
          'reportingPeriodId',
          `is in ${financialYearLabel(context.period_year)}, but the action belongs to the ${year} plan`,
        );
      }
      if (context.closed_at) {
        throw badUserInput(
          'reportingPeriodId',
          `${period} is closed; the operational group must reopen it first`,
        );
      }
      if (context.start_date > this.clock.today()) {
        throw badUserInput('reportingPeriodId', `${period} has not started yet`);
      }
      if (input.rag === RagStatus.COMPLETE && input.percentComplete !== 100) {
        throw badUserInput('percentComplete', 'must be 100 for a complete action');
      }
      if (input.rag === RagStatus.NOT_STARTED && input.percentComplete !== 0) {
        throw badUserInput('percentComplete', 'must be 0 for an action not started');
      }
      // insert, not save: TypeORM fills in the generated id and time the same way, without
      // save’s change tracking (a sixth of this request’s CPU, measured).
      const update = manager.create(StatusUpdate, {
        actionId: input.actionId,
        reportingPeriodId: input.reportingPeriodId,
        rag: input.rag,
        percentComplete: input.percentComplete,
        commentary: toBilingualColumns(input.commentary),
        risks: toBilingualColumns(input.risks ?? {}),
        nextSteps: toBilingualColumns(input.nextSteps ?? {}),
        authorId: actor.personId as string,
      });
      await manager.insert(StatusUpdate, update);
      await this.audit.created(manager, actor, 'StatusUpdate', update);
      return update;
    });
  }

  /**
   * The period, the action's plan and who answers for the action, in one statement (an update
   * is the app's most frequent write). The period and plan are locked against closing, and the
   * action against changes, until the update commits.
   */
  private async submissionContext(
    manager: EntityManager,
    input: SubmitStatusUpdateInput,
  ): Promise<SubmissionContext> {
    const [context]: SubmissionContext[] = await manager.query(SUBMISSION_CONTEXT, [
      input.reportingPeriodId,
      input.actionId,
    ]);
    if (context) return context;
    // One of the two does not exist: say which.
    await this.periods.getPeriod(input.reportingPeriodId, 'reportingPeriodId', manager);
    await this.actions.getAction(input.actionId, 'actionId', manager);
    throw new Error('An action without a plan');
  }

  /** Actions among `actionIds` whose status is COMPLETE. */
  async completedActionIds(actionIds: readonly string[]): Promise<string[]> {
    const latest = await this.latestUpdates(actionIds);
    return latest.filter((update) => update.rag === RagStatus.COMPLETE).map((u) => u.actionId);
  }

  /** Each action's status (see latest-status.ts); actions never updated are absent. */
  async latestUpdates(actionIds: readonly string[]): Promise<StatusUpdate[]> {
    if (!actionIds.length) return [];
    // One index probe per action (action_period_status_current), not a scan of the table.
    return EntityRows.of(this.updates).lookup(
      `JOIN (SELECT c.status_update_id FROM unnest($1::uuid[]) AS ids(action_id)
         CROSS JOIN LATERAL (${currentStatusSql('ids.action_id', 'c.status_update_id')}) c
       ) current ON current.status_update_id = t.id`,
      [actionIds],
    );
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
        await EntityRows.of(this.updates).lookup(
          'WHERE t.action_id = ANY($1) ORDER BY t.submitted_at DESC, t.id DESC',
          [ids],
        ),
        (update) => update.actionId,
      ),
    );
  }

  /** Latest update of an action within one period; key is `${actionId}:${periodId}`. */
  periodStatusLoader(loaders: RequestLoaders) {
    return loaders.get<string, StatusUpdate | null>('reporting.byActionPeriod', async (keys) => {
      const pairs = keys.map((key) => key.split(':'));
      const latest = await EntityRows.of(this.updates).lookup(
        `WHERE t.id IN (SELECT c.status_update_id FROM action_period_status c
           WHERE (c.action_id, c.reporting_period_id) IN (
             SELECT * FROM unnest($1::uuid[], $2::uuid[])))`,
        [pairs.map(([id]) => id), pairs.map(([, id]) => id)],
      );
      return byKey(keys, latest, (update) => `${update.actionId}:${update.reportingPeriodId}`);
    });
  }
}
