import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { AUDIT_ENTRY_COLUMNS, AuditAction, auditEntryValues } from '@cynnydd/audit/data-access';
import { ActionsService } from '@cynnydd/plans/data-access';
import {
  badUserInput,
  byKey,
  Clock,
  conflict,
  EntityRows,
  forbidden,
  groupByKey,
  preparedStatement,
  sqlParameters,
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

/**
 * What an update is checked against: the period, the action's plan and who answers for it
 * ($1 the period, $2 the action), and the action row's version as PostgreSQL keeps it (`xmin`,
 * new whenever the row is written: changes to owners and delegates write it, see ActionsService).
 * Arrays in a fixed order, so the same rows read the same.
 */
const SUBMISSION_CONTEXT = `SELECT rp.financial_year AS period_year, rp.quarter,
     rp.start_date::text AS start_date, rp.closed_at, p.state AS plan_state,
     p.financial_year AS plan_year, a.xmin::text AS action_row_version,
     ARRAY(SELECT o.person_id FROM action_owner o WHERE o.action_id = a.id
       ORDER BY o.position, o.person_id) AS owner_ids,
     ARRAY(SELECT d.person_id FROM action_delegate d WHERE d.action_id = a.id ORDER BY d.person_id)
       AS delegate_ids
   FROM reporting_period rp CROSS JOIN action a JOIN annual_plan p ON p.id = a.plan_id
   WHERE rp.id = $1 AND a.id = $2`;

/** Read without locks; `checked` fingerprints what the checks are made on. */
const READ_SUBMISSION_CONTEXT = preparedStatement(
  `SELECT context.*, md5(context::text) AS checked FROM (${SUBMISSION_CONTEXT}) context`,
);

/** Written by the submission; `submitted_at` is the column's default, taken under the locks. */
const STATUS_UPDATE_COLUMNS = [
  'id',
  'action_id',
  'reporting_period_id',
  'rag',
  'percent_complete',
  'commentary_en',
  'commentary_cy',
  'risks_en',
  'risks_cy',
  'next_steps_en',
  'next_steps_cy',
  'author_id',
] as const;
type StatusUpdateColumn = (typeof STATUS_UPDATE_COLUMNS)[number];

/** The update's values by column: the compiler keeps them and STATUS_UPDATE_COLUMNS alike. */
function statusUpdateRow(update: StatusUpdate): Record<StatusUpdateColumn, unknown> {
  return {
    id: update.id,
    action_id: update.actionId,
    reporting_period_id: update.reportingPeriodId,
    rag: update.rag,
    percent_complete: update.percentComplete,
    commentary_en: update.commentary.en,
    commentary_cy: update.commentary.cy,
    risks_en: update.risks.en,
    risks_cy: update.risks.cy,
    next_steps_en: update.nextSteps.en,
    next_steps_cy: update.nextSteps.cy,
    author_id: update.authorId,
  };
}

/** $1–$3 are the period, the action and the fingerprint; the update's and its entry's follow. */
const FIRST_AUDIT_PARAMETER = 4 + STATUS_UPDATE_COLUMNS.length;
/**
 * The audit entry's values; its changes get the update's time, known only once inserted (the
 * entry lists fields in name order, and submittedAt comes last among an update's).
 */
const AUDIT_ENTRY_SELECT = AUDIT_ENTRY_COLUMNS.map((column, i) =>
  column === 'changes'
    ? `$${FIRST_AUDIT_PARAMETER + i}::jsonb || jsonb_build_array(jsonb_build_object(
         'field', 'submittedAt', 'before', NULL,
         'after', to_char(submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')))`
    : `$${FIRST_AUDIT_PARAMETER + i}`,
).join(', ');

/**
 * Writes the update and its audit entry in one statement, and only if its context is still as
 * checked: the period and plan are locked against closing, and the action against changes,
 * while it runs (a row changed while it waited is read again as committed). No rows back means
 * something changed between the check and the write.
 */
const INSERT_CHECKED_UPDATE = preparedStatement(
  `WITH context AS (
     SELECT md5(locked::text) AS checked
     FROM (${SUBMISSION_CONTEXT} FOR SHARE OF rp, p FOR UPDATE OF a) locked),
   inserted AS (
     INSERT INTO status_update (${STATUS_UPDATE_COLUMNS.join(', ')})
     SELECT ${sqlParameters(4, STATUS_UPDATE_COLUMNS.length)} FROM context WHERE checked = $3
     RETURNING submitted_at),
   audited AS (
     INSERT INTO audit_entry (${AUDIT_ENTRY_COLUMNS.join(', ')})
     SELECT ${AUDIT_ENTRY_SELECT} FROM inserted)
   SELECT submitted_at FROM inserted`,
);

/** Times a submission is checked again when its context keeps changing under it. */
const SUBMIT_ATTEMPTS = 3;

/** What an update is checked against (see SUBMISSION_CONTEXT). */
interface SubmissionContext {
  period_year: number;
  quarter: Quarter;
  start_date: string;
  closed_at: Date | null;
  plan_state: PlanState;
  plan_year: number;
  owner_ids: string[];
  delegate_ids: string[];
  checked: string;
}

@Injectable()
export class StatusUpdatesService {
  constructor(
    @InjectRepository(StatusUpdate) private readonly updates: Repository<StatusUpdate>,
    private readonly actions: ActionsService,
    private readonly periods: ReportingPeriodsService,
    private readonly clock: Clock,
  ) {}

  /**
   * Appends an update to the action's history; earlier updates are never changed. The author is
   * the signed-in person, who must answer for the action (or be in the operational group).
   *
   * Checked, then written only if what was checked still holds (compare-and-set, not a
   * transaction holding locks): two statements rather than a transaction's five, on the app's
   * most frequent write, and the rules stay here in TypeScript with their messages.
   */
  async submit(actor: Actor, input: SubmitStatusUpdateInput): Promise<StatusUpdate> {
    if (!actor.personId) {
      throw forbidden('Your account is not linked to a person, so it cannot sign status updates');
    }
    for (let attempt = 1; attempt <= SUBMIT_ATTEMPTS; attempt++) {
      const context = await this.submissionContext(input);
      this.check(actor, input, context);
      const update = this.updates.create({
        id: randomUUID(),
        actionId: input.actionId,
        reportingPeriodId: input.reportingPeriodId,
        rag: input.rag,
        percentComplete: input.percentComplete,
        commentary: toBilingualColumns(input.commentary),
        risks: toBilingualColumns(input.risks ?? {}),
        nextSteps: toBilingualColumns(input.nextSteps ?? {}),
        authorId: actor.personId,
      });
      const row = statusUpdateRow(update);
      const [written]: { submitted_at: Date }[] = await this.updates.query(INSERT_CHECKED_UPDATE, [
        input.reportingPeriodId,
        input.actionId,
        context.checked,
        ...STATUS_UPDATE_COLUMNS.map((column) => row[column]),
        ...auditEntryValues(actor, {
          action: AuditAction.CREATE,
          entityType: 'StatusUpdate',
          entityId: update.id,
          after: update,
        }),
      ]);
      if (written) return Object.assign(update, { submittedAt: written.submitted_at });
    }
    throw conflict('The action or reporting period kept changing while the update was saved', {
      field: 'actionId',
    });
  }

  /** The rules an update must meet, each with its own message. */
  private check(actor: Actor, input: SubmitStatusUpdateInput, context: SubmissionContext): void {
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
  }

  /** The period, the action's plan and who answers for the action, in one statement. */
  private async submissionContext(input: SubmitStatusUpdateInput): Promise<SubmissionContext> {
    const [context]: SubmissionContext[] = await this.updates.query(READ_SUBMISSION_CONTEXT, [
      input.reportingPeriodId,
      input.actionId,
    ]);
    if (context) return context;
    // One of the two does not exist: say which.
    await this.periods.getPeriod(input.reportingPeriodId, 'reportingPeriodId');
    await this.actions.getAction(input.actionId, 'actionId');
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
