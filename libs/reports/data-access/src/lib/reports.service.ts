import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, LessThan, Repository, type EntityManager } from 'typeorm';

import { AuditAction, AuditService } from '@cynnydd/audit/data-access';
import { ReportingPeriodsService, type ReportingPeriod } from '@cynnydd/reporting/data-access';
import {
  assertVersion,
  badUserInput,
  byKey,
  ChangeChannel,
  Clock,
  DataChangeFeed,
  isUniqueViolation,
  mergeBilingual,
  notFound,
  RevisionCache,
  toBilingualColumns,
  updateVersioned,
  type RequestLoaders,
} from '@cynnydd/server/core';
import {
  hasPermission,
  Permission,
  reportingPeriodLabel,
  ReportState,
  type Actor,
  type Quarter,
} from '@cynnydd/shared/domain';

import { BoardPaperSettingsService } from './cover-sheet/board-paper-settings.service';
import { changeCoverSheet, type CoverSheet } from './cover-sheet/cover-sheet';
import type {
  CreateReportInput,
  ReportFilter,
  ReportVersionInput,
  UpdateReportInput,
} from './dto/report.inputs';
import {
  readSnapshot,
  type ReportContentModel,
  type StoredReportContent,
} from './models/report-content.model';
import { describeReport, toReportModel } from './models/report.model';
import { ReportContentBuilder, type Baselines } from './report-content.builder';
import { scoresOf } from './report-risks';
import { Report } from './report.entity';

/** The audit trail records what changed about a report, not its (large) frozen content. */
function auditable({ snapshot: _snapshot, ...report }: Report) {
  return report;
}

@Injectable()
export class ReportsService {
  /** Contents `sharedContent` has read, while the data stays still, by day and report. */
  private readonly shared: RevisionCache<ReportContentModel>;

  constructor(
    @InjectRepository(Report) private readonly reports: Repository<Report>,
    private readonly periods: ReportingPeriodsService,
    private readonly builder: ReportContentBuilder,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly boardPapers: BoardPaperSettingsService,
    feed: DataChangeFeed,
  ) {
    this.shared = new RevisionCache(feed, ChangeChannel.Data, { max: 8 });
  }

  /** A draft's cover sheet (the defaults, until it has its own); an issued one's as frozen. */
  async coverSheet(report: Report, manager?: EntityManager): Promise<CoverSheet | null> {
    if (report.coverSheet || report.state === ReportState.ISSUED) return report.coverSheet;
    return (await this.boardPapers.get(manager)).coverSheet;
  }

  /** Newest period first; drafts only for those who write reports. */
  list(actor: Actor, filter: ReportFilter = {}): Promise<Report[]> {
    const query = this.reports
      .createQueryBuilder('report')
      .innerJoin('report.reportingPeriod', 'period')
      .orderBy('period.startDate', 'DESC')
      .addOrderBy('report.audience', 'ASC')
      .addOrderBy('report.edition', 'DESC');
    if (filter.reportingPeriodId) {
      query.andWhere('report.reportingPeriodId = :period', { period: filter.reportingPeriodId });
    }
    if (filter.audience) query.andWhere('report.audience = :audience', filter);
    if (!hasPermission(actor.role, Permission.MANAGE_REPORTS)) {
      query.andWhere('report.state = :issued', { issued: ReportState.ISSUED });
    }
    return query.getMany();
  }

  async get(actor: Actor, id: string, field = 'id'): Promise<Report> {
    const report = await this.reports.findOneBy({ id });
    const visible =
      report &&
      (report.state === ReportState.ISSUED || hasPermission(actor.role, Permission.MANAGE_REPORTS));
    if (!visible) throw notFound('Report', id, field);
    return report;
  }

  /** Issued reports by id (null for a draft or a missing one), for fields that name reports. */
  issuedLoader(loaders: RequestLoaders) {
    return loaders.get<string, Report | null>('reports.issuedById', async (ids) =>
      byKey(
        ids,
        await this.reports.findBy({ id: In([...ids]), state: ReportState.ISSUED }),
        (report) => report.id,
      ),
    );
  }

  /** An issued report reads only its snapshot; a draft is built from today's data. */
  async content(report: Report, manager?: EntityManager): Promise<ReportContentModel> {
    if (report.state === ReportState.ISSUED) {
      return readSnapshot(report.snapshot as StoredReportContent);
    }
    const period = await this.periods.getPeriod(report.reportingPeriodId, 'reportingPeriodId');
    return this.builder.build(report, period, await this.baselines(report, period), manager);
  }

  /**
   * The content for readers that never change it (the API's answers), kept while the data stays
   * still: the report page asks for a report's head and its lists apart, and a draft's content
   * is built from every action, measure and risk of the plan (~0.9 s on the large data set).
   */
  sharedContent(report: Report): Promise<ReportContentModel> {
    return this.shared.keep(`${this.clock.today()}/${report.id}/${report.version}`, () =>
      this.content(report),
    );
  }

  async create(actor: Actor, input: CreateReportInput): Promise<Report> {
    await this.periods.getPeriod(input.reportingPeriodId, 'reportingPeriodId');
    try {
      return await this.reports.manager.transaction(async (manager) => {
        const [{ last }] = await manager.query(
          `SELECT max(edition) AS last FROM report WHERE reporting_period_id = $1 AND audience = $2`,
          [input.reportingPeriodId, input.audience],
        );
        const report = await manager.save(
          manager.create(Report, {
            reportingPeriodId: input.reportingPeriodId,
            audience: input.audience,
            edition: (last ?? 0) + 1,
            executiveSummary: toBilingualColumns(input.executiveSummary ?? {}),
            coverSheet: (await this.boardPapers.get(manager)).coverSheet,
            createdByUserId: actor.userId,
          }),
        );
        await this.audit.created(manager, actor, 'Report', auditable(report));
        return report;
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw badUserInput('audience', 'A draft of this report already exists; edit or issue it');
      }
      throw error;
    }
  }

  async update(actor: Actor, input: UpdateReportInput): Promise<Report> {
    return this.reports.manager.transaction(async (manager) => {
      const before = await this.getDraft(manager, input);
      const after = await updateVersioned(
        manager,
        Report,
        before.id,
        input.expectedVersion,
        {
          executiveSummary: input.executiveSummary
            ? mergeBilingual(before.executiveSummary, input.executiveSummary, 'executiveSummary')
            : before.executiveSummary,
          coverSheet: input.coverSheet
            ? changeCoverSheet(
                (await this.coverSheet(before, manager)) as CoverSheet,
                input.coverSheet,
              )
            : before.coverSheet,
        },
        (current) => describeReport(toReportModel(current)),
      );
      await this.audit.changed(manager, actor, 'Report', auditable(before), auditable(after));
      return after;
    });
  }

  /**
   * Freezes the draft: its content is built once, in one consistent view of the data, and stored.
   * From then on the report reads only that snapshot, whatever is updated later.
   */
  async issue(actor: Actor, input: ReportVersionInput): Promise<Report> {
    return this.reports.manager.transaction('REPEATABLE READ', async (manager) => {
      const before = await this.getDraft(manager, input);
      const snapshot = await this.content(before, manager);
      const after = await updateVersioned(
        manager,
        Report,
        before.id,
        input.expectedVersion,
        {
          state: ReportState.ISSUED,
          snapshot,
          coverSheet: await this.coverSheet(before, manager),
          issuedAt: this.clock.now(),
          issuedByUserId: actor.userId,
        },
        (current) => describeReport(toReportModel(current)),
      );
      await this.audit.changed(
        manager,
        actor,
        'Report',
        auditable(before),
        auditable(after),
        AuditAction.STATE_CHANGE,
      );
      return after;
    });
  }

  private async getDraft(manager: EntityManager, input: ReportVersionInput): Promise<Report> {
    const report = await manager.findOne(Report, {
      where: { id: input.id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!report) throw notFound('Report', input.id, 'id');
    assertVersion(report.version, input.expectedVersion, () =>
      describeReport(toReportModel(report)),
    );
    if (report.state !== ReportState.DRAFT) {
      throw badUserInput('id', 'An issued report cannot change; start a new edition instead');
    }
    return report;
  }

  /**
   * The audience's previous issued report (for the joint board, its last meeting, six months
   * before); without one, the previous reporting period's data for actions and the start of the
   * period for risks.
   */
  private async baselines(report: Report, period: ReportingPeriod): Promise<Baselines> {
    const previous = await this.reports.findOne({
      where: {
        audience: report.audience,
        state: ReportState.ISSUED,
        reportingPeriod: { startDate: LessThan(period.startDate) },
      },
      relations: { reportingPeriod: true },
      order: { reportingPeriod: { startDate: 'DESC' }, edition: 'DESC' },
    });
    if (previous?.snapshot) {
      const { period: then, actions, risks } = previous.snapshot;
      return {
        movement: {
          reportId: previous.id,
          periodLabel: then.label,
          statuses: new Map(actions.map((line) => [line.actionId, line.rag])),
        },
        risks: {
          since: then.endDate,
          reportId: previous.id,
          periodLabel: then.label,
          scores: risks ? scoresOf(risks) : null,
        },
      };
    }
    const risks = {
      since: dayBefore(period.startDate),
      reportId: null,
      periodLabel: null,
      scores: null,
    };
    const previousPeriod = await this.periods.findPreviousPeriod(period);
    if (!previousPeriod) return { movement: null, risks };
    return {
      movement: {
        reportId: null,
        periodLabel: reportingPeriodLabel(
          previousPeriod.financialYear,
          previousPeriod.quarter as Quarter,
        ),
        statuses: await this.builder.statusesIn(previousPeriod.id),
      },
      risks,
    };
  }
}

function dayBefore(isoDate: string): string {
  const day = new Date(`${isoDate}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}
