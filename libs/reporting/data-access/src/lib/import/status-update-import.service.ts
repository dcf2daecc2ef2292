import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';

import { AuditAction, AuditService } from '@cynnydd/audit/data-access';
import { DirectoryService } from '@cynnydd/directory/data-access';
import {
  Action,
  importResult,
  ImportRowStatus,
  PlansService,
  type AnnualPlan,
  type ImportRowModel,
  type PlanImportInput,
  type PlanImportModel,
} from '@cynnydd/plans/data-access';
import {
  badUserInput,
  Clock,
  DomainError,
  toBilingualColumns,
  validateInput,
  type FieldProblem,
} from '@cynnydd/server/core';
import {
  financialYearLabel,
  PLAN_STATE_LABELS,
  PlanState,
  quarterRange,
  RagStatus,
  reportingPeriodLabel,
  type Actor,
  type Quarter,
} from '@cynnydd/shared/domain';

import { SubmitStatusUpdateInput } from '../dto/status-update.inputs';
import { ReportingPeriod } from '../reporting-period.entity';
import { StatusUpdate } from '../status-update.entity';
import {
  readStatusUpdateRows,
  type StatusUpdateColumn,
  type StatusUpdateRow,
} from './status-update-sheet';

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Which column an input field of a status update came from, to point at the cell. */
const COLUMN_OF: Record<string, StatusUpdateColumn> = {
  rag: 'rag',
  percentComplete: 'percentComplete',
  'commentary.en': 'commentaryEn',
  'commentary.cy': 'commentaryCy',
  commentary: 'commentaryEn',
};

interface Lookups {
  actions: Map<string, Action>;
  people: Map<string, string>;
  periods: Map<number, ReportingPeriod>;
  updates: StatusUpdate[];
}

/** A row that is good to write. */
interface Accepted {
  outcome: ImportRowModel;
  update?: Omit<StatusUpdate, 'id' | 'reportingPeriodId' | 'risks' | 'nextSteps'> & {
    quarter: Quarter;
  };
}

/**
 * Brings a plan's past quarterly updates in from a spreadsheet, checked by the same rules as an
 * update submitted in the dashboard, all written in one transaction or none. Quarters Cynnydd
 * has no reporting period for yet are added, closed: their round happened outside it. An update
 * already in Cynnydd is never replaced, since a board may have seen it.
 */
@Injectable()
export class StatusUpdateImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly plans: PlansService,
    private readonly directory: DirectoryService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  preview(input: PlanImportInput): Promise<PlanImportModel> {
    return this.run(null, input);
  }

  async import(actor: Actor, input: PlanImportInput): Promise<PlanImportModel> {
    const result = await this.run(actor, input);
    if (result.errorCount > 0) {
      throw badUserInput('file', `has ${result.errorCount} rows with errors: nothing was imported`);
    }
    return result;
  }

  /** Checks every row; with an `actor` and no errors, writes them. */
  private async run(actor: Actor | null, input: PlanImportInput): Promise<PlanImportModel> {
    const plan = await this.plans.getPlanByYear(input.financialYear, 'financialYear');
    if (plan.state !== PlanState.APPROVED) {
      throw badUserInput(
        'financialYear',
        `Updates are taken only for approved plans; the ${financialYearLabel(plan.financialYear)} plan is ${PLAN_STATE_LABELS[plan.state].en.toLowerCase()}`,
      );
    }
    const rows = await readStatusUpdateRows(
      input.fileName,
      Buffer.from(input.contentBase64, 'base64'),
    );
    return this.dataSource.transaction(async (manager) => {
      const lookups = await this.lookups(manager, plan, rows);
      const seen = new Set<string>();
      const accepted: Accepted[] = [];
      for (const row of rows) accepted.push(await this.check(plan, row, lookups, seen));
      const outcomes = accepted.map((item) => item.outcome);
      const result = importResult(input.fileName, outcomes);
      if (!actor || result.errorCount > 0) return result;
      for (const { update } of accepted) {
        if (!update) continue;
        const { quarter, ...fields } = update;
        const period = await this.periodFor(manager, actor, plan, quarter, lookups);
        const written = await manager.save(
          manager.create(StatusUpdate, {
            ...fields,
            id: randomUUID(),
            reportingPeriodId: period.id,
            risks: toBilingualColumns({}),
            nextSteps: toBilingualColumns({}),
          }),
        );
        await this.audit.created(manager, actor, 'StatusUpdate', written);
      }
      await this.audit.record(manager, actor, {
        action: AuditAction.CREATE,
        entityType: 'StatusUpdateImport',
        entityId: plan.id,
        after: {
          fileName: input.fileName,
          rows: rows.length,
          new: result.newCount,
          unchanged: result.unchangedCount,
        },
      });
      return { ...result, imported: true };
    });
  }

  private async lookups(
    manager: EntityManager,
    plan: AnnualPlan,
    rows: StatusUpdateRow[],
  ): Promise<Lookups> {
    const emails = [...new Set(rows.map((row) => row.values.author.toLowerCase()).filter(Boolean))];
    const [actions, people, periods] = await Promise.all([
      manager.findBy(Action, { planId: plan.id }),
      emails.length ? this.directory.peopleByEmail(emails) : [],
      manager.findBy(ReportingPeriod, { financialYear: plan.financialYear }),
    ]);
    const updates = actions.length
      ? await manager.findBy(StatusUpdate, { actionId: In(actions.map((a) => a.id)) })
      : [];
    return {
      actions: new Map(actions.map((action) => [action.reference, action])),
      people: new Map(people.map((person) => [person.email.toLowerCase(), person.id])),
      periods: new Map(periods.map((period) => [period.quarter, period])),
      updates,
    };
  }

  /** One row: what it says, checked against the plan and the rules for any status update. */
  private async check(
    plan: AnnualPlan,
    row: StatusUpdateRow,
    lookups: Lookups,
    seen: Set<string>,
  ): Promise<Accepted> {
    const { values } = row;
    const problems: FieldProblem[] = [];
    const problem = (column: StatusUpdateColumn, message: string) =>
      problems.push({ field: row.cell(column), message });
    const outcome = (status: ImportRowStatus): ImportRowModel => ({
      row: row.row,
      reference: values.reference,
      status,
      changes: [],
      problems: problems.map(({ field, message }) => ({ cell: field, message })),
    });
    const year = financialYearLabel(plan.financialYear);
    const today = this.clock.today();

    const action = lookups.actions.get(values.reference);
    if (!action) problem('reference', `there is no action ${values.reference} in the ${year} plan`);
    const quarter = Number(values.quarter) as Quarter;
    const range = [1, 2, 3, 4].includes(quarter) ? quarterRange(plan.financialYear, quarter) : null;
    if (!range) problem('quarter', `"${values.quarter}" is not a quarter (1 to 4)`);
    else if (range.startDate > today) {
      problem(
        'quarter',
        `${reportingPeriodLabel(plan.financialYear, quarter)} has not started yet`,
      );
    }
    const key = `${values.reference} Q${values.quarter}`;
    if (seen.has(key)) problem('reference', `${key} is in the file more than once`);
    seen.add(key);
    const authorId = lookups.people.get(values.author.toLowerCase());
    if (!authorId) problem('author', `nobody in Cynnydd has the e-mail address ${values.author}`);
    if (!CALENDAR_DATE.test(values.submittedOn)) {
      problem('submittedOn', `"${values.submittedOn}" is not a date (YYYY-MM-DD)`);
    } else if (range && values.submittedOn < range.startDate) {
      problem('submittedOn', `is before the quarter started (${range.startDate})`);
    } else if (values.submittedOn > today) {
      problem('submittedOn', 'is in the future');
    }
    const rag = values.rag.toUpperCase() as RagStatus;
    const percentComplete = /^\d+$/.test(values.percentComplete)
      ? Number(values.percentComplete)
      : Number.NaN;
    const commentary = { en: values.commentaryEn || null, cy: values.commentaryCy || null };
    try {
      // The same rules as an update typed in; the period is checked above, as it may not exist yet.
      await validateInput(SubmitStatusUpdateInput, {
        actionId: action?.id ?? randomUUID(),
        reportingPeriodId: randomUUID(),
        rag,
        percentComplete,
        commentary,
      });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      for (const { field, message } of error.extensions['problems'] as FieldProblem[]) {
        problem(COLUMN_OF[field] ?? 'rag', message);
      }
    }
    if (rag === RagStatus.COMPLETE && percentComplete !== 100) {
      problem('percentComplete', 'must be 100 for a complete action');
    }
    if (rag === RagStatus.NOT_STARTED && percentComplete !== 0) {
      problem('percentComplete', 'must be 0 for an action not started');
    }
    if (problems.length || !action || !authorId) return { outcome: outcome(ImportRowStatus.ERROR) };

    const period = lookups.periods.get(quarter);
    const already = lookups.updates.filter(
      (update) => update.actionId === action.id && update.reportingPeriodId === period?.id,
    );
    const same = (update: StatusUpdate) =>
      update.rag === rag &&
      update.percentComplete === percentComplete &&
      (update.commentary.en ?? null) === commentary.en &&
      (update.commentary.cy ?? null) === commentary.cy &&
      update.authorId === authorId;
    if (already.some(same)) return { outcome: outcome(ImportRowStatus.UNCHANGED) };
    if (already.length) {
      problem(
        'reference',
        `Cynnydd already has a different update for ${key}; it is kept as reports may have used it`,
      );
      return { outcome: outcome(ImportRowStatus.ERROR) };
    }
    return {
      outcome: outcome(ImportRowStatus.NEW),
      update: {
        actionId: action.id,
        quarter,
        rag,
        percentComplete,
        commentary: toBilingualColumns(commentary),
        authorId,
        // Midday, so the calendar date is the same in Wales whatever the season.
        submittedAt: new Date(`${values.submittedOn}T12:00:00Z`),
      } as Accepted['update'],
    };
  }

  /** The quarter's reporting period, added closed if Cynnydd has none yet. */
  private async periodFor(
    manager: EntityManager,
    actor: Actor,
    plan: AnnualPlan,
    quarter: Quarter,
    lookups: Lookups,
  ): Promise<ReportingPeriod> {
    const known = lookups.periods.get(quarter);
    if (known) return known;
    const range = quarterRange(plan.financialYear, quarter);
    const period = await manager.save(
      manager.create(ReportingPeriod, {
        financialYear: plan.financialYear,
        quarter,
        ...range,
        updateDeadline: range.endDate,
        closedAt: this.clock.now(),
      }),
    );
    await this.audit.created(manager, actor, 'ReportingPeriod', period);
    lookups.periods.set(quarter, period);
    return period;
  }
}
