import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThanOrEqual, Repository, type EntityManager } from 'typeorm';

import { AuditAction, AuditService } from '@cynnydd/audit/data-access';
import { NotificationsService } from '@cynnydd/notifications/data-access';
import { PlansService } from '@cynnydd/plans/data-access';
import {
  assertVersion,
  badUserInput,
  Clock,
  EntityRows,
  isUniqueViolation,
  notFound,
  updateVersioned,
  type RequestLoaders,
} from '@cynnydd/server/core';
import {
  parseFinancialYear,
  PlanState,
  quarterRange,
  reportingPeriodLabel,
  type Actor,
  type Quarter,
} from '@cynnydd/shared/domain';

import type {
  CreateReportingPeriodInput,
  ReopenReportingPeriodInput,
  ReportingPeriodVersionInput,
  UpdateReportingPeriodInput,
} from './dto/reporting-period.inputs';
import { ExpectedUpdatesService } from './expected-updates.service';
import { toReportingPeriodModel } from './models/reporting-period.model';
import { ReportingPeriod } from './reporting-period.entity';
import { periodOpenedNotices } from './round-notices';

@Injectable()
export class ReportingPeriodsService {
  constructor(
    @InjectRepository(ReportingPeriod) private readonly periods: Repository<ReportingPeriod>,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly plans: PlansService,
    private readonly expected: ExpectedUpdatesService,
    private readonly notifications: NotificationsService,
  ) {}

  listPeriods(financialYear?: string | null): Promise<ReportingPeriod[]> {
    const year = financialYear == null ? undefined : parseFinancialYear(financialYear);
    if (year === null)
      throw badUserInput('financialYear', 'must be a financial year such as "2025-26"');
    return this.periods.find({
      where: year === undefined ? {} : { financialYear: year },
      order: { financialYear: 'DESC', quarter: 'DESC' },
    });
  }

  /**
   * Within a transaction the row is locked (shared, or exclusive `forUpdate`) so the period cannot
   * be closed or reopened while the caller relies on its state.
   */
  async getPeriod(
    id: string,
    field = 'id',
    manager?: EntityManager,
    forUpdate = false,
  ): Promise<ReportingPeriod> {
    const period = manager
      ? await manager.findOne(ReportingPeriod, {
          where: { id },
          lock: { mode: forUpdate ? 'pessimistic_write' : 'pessimistic_read' },
        })
      : (await EntityRows.of(this.periods).byIds([id]))[0];
    if (!period) throw notFound('ReportingPeriod', id, field);
    return period;
  }

  /** The latest period that has started by today. */
  findCurrentPeriod(): Promise<ReportingPeriod | null> {
    return this.periods.findOne({
      where: { startDate: LessThanOrEqual(this.clock.today()) },
      order: { startDate: 'DESC' },
    });
  }

  /** The period before `period`, across financial years. */
  findPreviousPeriod(period: ReportingPeriod): Promise<ReportingPeriod | null> {
    return EntityRows.of(this.periods).lookupOne(
      'WHERE t.start_date < $1 ORDER BY t.start_date DESC LIMIT 1',
      [period.startDate],
    );
  }

  async createPeriod(actor: Actor, input: CreateReportingPeriodInput): Promise<ReportingPeriod> {
    const year = parseFinancialYear(input.financialYear) as number;
    const range = quarterRange(year, input.quarter as Quarter);
    if (input.updateDeadline < range.startDate) {
      throw badUserInput(
        'updateDeadline',
        `must not be before the quarter starts (${range.startDate})`,
      );
    }
    try {
      const { period, noticeIds } = await this.periods.manager.transaction(async (manager) => {
        const period = await manager.save(
          manager.create(ReportingPeriod, {
            financialYear: year,
            quarter: input.quarter,
            ...range,
            updateDeadline: input.updateDeadline,
          }),
        );
        await this.audit.created(manager, actor, 'ReportingPeriod', period);
        return { period, noticeIds: await this.announce(manager, period) };
      });
      this.notifications.deliverInBackground(noticeIds);
      return period;
    } catch (error) {
      if (isUniqueViolation(error)) {
        const label = reportingPeriodLabel(year, input.quarter as Quarter);
        throw badUserInput('quarter', `${label} already exists`);
      }
      throw error;
    }
  }

  async updatePeriod(actor: Actor, input: UpdateReportingPeriodInput): Promise<ReportingPeriod> {
    return this.change(actor, input, AuditAction.UPDATE, (period) => {
      if (input.updateDeadline < period.startDate) {
        throw badUserInput(
          'updateDeadline',
          `must not be before the quarter starts (${period.startDate})`,
        );
      }
      return { updateDeadline: input.updateDeadline };
    });
  }

  /** Tells everyone who answers for an action of the year's approved plan that updates are due. */
  private async announce(manager: EntityManager, period: ReportingPeriod): Promise<string[]> {
    const plan = await this.plans.findPlanByStartYear(period.financialYear);
    if (plan?.state !== PlanState.APPROVED) return [];
    const expected = await this.expected.expectedIn(period, manager);
    const responsibilities = await this.expected.responsibilities(
      expected.map((update) => update.actionId),
      manager,
    );
    return this.notifications.raise(
      manager,
      periodOpenedNotices(period, expected, responsibilities),
    );
  }

  /** Ends the update round: the period's updates are locked until it is reopened. */
  async closePeriod(actor: Actor, input: ReportingPeriodVersionInput): Promise<ReportingPeriod> {
    return this.change(actor, input, AuditAction.STATE_CHANGE, (period) => {
      if (period.closedAt) throw badUserInput('id', `${this.label(period)} is already closed`);
      return { closedAt: this.clock.now() };
    });
  }

  /** Takes updates again after closing; the reason goes into the audit trail. */
  async reopenPeriod(actor: Actor, input: ReopenReportingPeriodInput): Promise<ReportingPeriod> {
    const reason = input.reason.trim();
    if (reason.length < 5) throw badUserInput('reason', 'must say why the period is reopened');
    return this.change(actor, input, AuditAction.STATE_CHANGE, (period) => {
      if (!period.closedAt) throw badUserInput('id', `${this.label(period)} is not closed`);
      return { closedAt: null, reopenReason: reason };
    });
  }

  /** Versioned, audited change of one period, decided on the locked row. */
  private change(
    actor: Actor,
    input: ReportingPeriodVersionInput,
    action: AuditAction.UPDATE | AuditAction.STATE_CHANGE,
    decide: (period: ReportingPeriod) => Partial<ReportingPeriod>,
  ): Promise<ReportingPeriod> {
    return this.periods.manager.transaction(async (manager) => {
      const before = await this.getPeriod(input.id, 'id', manager, true);
      assertVersion(before.version, input.expectedVersion, () => toReportingPeriodModel(before));
      const after = await updateVersioned(
        manager,
        ReportingPeriod,
        before.id,
        input.expectedVersion,
        decide(before),
        toReportingPeriodModel,
      );
      await this.audit.changed(manager, actor, 'ReportingPeriod', before, after, action);
      return after;
    });
  }

  private label(period: ReportingPeriod): string {
    return reportingPeriodLabel(period.financialYear, period.quarter as Quarter);
  }

  periodLoader(loaders: RequestLoaders) {
    return loaders.get<string, ReportingPeriod | null>('reporting.periodById', (ids) =>
      EntityRows.of(this.periods).byIds(ids),
    );
  }
}
