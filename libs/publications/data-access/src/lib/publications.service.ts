import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

import { AuditAction, AuditService } from '@cynnydd/audit/data-access';
import { Report, ReportsService, type ReportContentModel } from '@cynnydd/reports/data-access';
import {
  assertVersion,
  badUserInput,
  ChangeChannel,
  Clock,
  DataChangeFeed,
  invalidInput,
  isUniqueViolation,
  mergeBilingual,
  notFound,
  toBilingualColumns,
  updateVersioned,
  type FieldProblem,
} from '@cynnydd/server/core';
import {
  PublicationState,
  ReportState,
  WellBeingGoal,
  type Actor,
  type BilingualText,
} from '@cynnydd/shared/domain';

import type {
  CreatePublicationInput,
  PublicationVersionInput,
  UpdatePublicationInput,
  WithdrawPublicationInput,
} from './dto/publication.inputs';
import { buildPublicSnapshot, type PublicSnapshot } from './public-snapshot';
import { Publication, type AreaSummary } from './publication.entity';

/** The audit trail records the programme office's choices, not the (large) public content. */
function auditable({ snapshot: _snapshot, ...publication }: Publication) {
  return publication;
}

const missing = (text: BilingualText, language: 'en' | 'cy') => !text[language]?.trim();

/**
 * Publishing progress to the public: a draft per issued report holds the programme office's
 * choices; publishing freezes the public content; withdrawing takes it off the public pages.
 * Each step is audited and version-checked, and tells the public site's cache (DataChangeFeed).
 */
@Injectable()
export class PublicationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: ReportsService,
    private readonly audit: AuditService,
    private readonly feed: DataChangeFeed,
    private readonly clock: Clock,
  ) {}

  /** Newest first. */
  list(): Promise<Publication[]> {
    return this.dataSource.manager.find(Publication, {
      order: { createdAt: 'DESC', id: 'DESC' },
    });
  }

  async get(id: string, field = 'id'): Promise<Publication> {
    const publication = await this.dataSource.manager.findOneBy(Publication, { id });
    if (!publication) throw notFound('Publication', id, field);
    return publication;
  }

  /** A draft for an issued report, starting from the latest publication's wording. */
  async create(actor: Actor, input: CreatePublicationInput): Promise<Publication> {
    const report = await this.dataSource.manager.findOneBy(Report, { id: input.reportId });
    if (!report) throw notFound('Report', input.reportId, 'reportId');
    if (report.state !== ReportState.ISSUED) {
      throw badUserInput('reportId', 'Only an issued report can be published');
    }
    const [latest] = await this.dataSource.manager.find(Publication, {
      order: { createdAt: 'DESC' },
      take: 1,
    });
    try {
      return await this.changing(async (manager) => {
        const publication = await manager.save(
          manager.create(Publication, {
            reportId: report.id,
            introduction: toBilingualColumns(latest?.introduction ?? {}),
            areaSummaries: latest?.areaSummaries ?? [],
            excludedActionIds: [],
            showOwnerNames: latest?.showOwnerNames ?? false,
            includeMeasures: latest?.includeMeasures ?? true,
            withdrawalReason: toBilingualColumns({}),
            createdByUserId: actor.userId,
          }),
        );
        await this.audit.created(manager, actor, 'Publication', auditable(publication));
        return publication;
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw badUserInput(
          'reportId',
          'This report already has a publication; change that one, or withdraw it first',
        );
      }
      throw error;
    }
  }

  async update(actor: Actor, input: UpdatePublicationInput): Promise<Publication> {
    return this.changing(async (manager) => {
      const before = await this.locked(manager, input, PublicationState.DRAFT);
      const content = await this.contentOf(before.reportId, manager);
      const problems = [
        ...areaProblems(input.areaSummaries, content),
        ...actionProblems(input.excludedActionIds, content),
      ];
      if (problems.length) throw invalidInput(problems);
      return this.changed(manager, actor, before, input.expectedVersion, AuditAction.UPDATE, {
        introduction: mergeBilingual(before.introduction, input.introduction),
        areaSummaries: input.areaSummaries
          ? toAreaSummaries(input.areaSummaries)
          : before.areaSummaries,
        excludedActionIds: input.excludedActionIds ?? before.excludedActionIds,
        showOwnerNames: input.showOwnerNames ?? before.showOwnerNames,
        includeMeasures: input.includeMeasures ?? before.includeMeasures,
      });
    });
  }

  /** The public content a draft would publish now (numbered as the next publication). */
  async preview(publication: Publication): Promise<PublicSnapshot> {
    if (publication.snapshot) return publication.snapshot;
    const manager = this.dataSource.manager;
    return this.snapshotOf(publication, manager, await nextNumber(manager), this.clock.now());
  }

  /**
   * Freezes the draft's public content and numbers it. Welsh is never treated less favourably:
   * the programme office's texts must be in both languages before anything is published.
   */
  async publish(actor: Actor, input: PublicationVersionInput): Promise<Publication> {
    return this.changing(async (manager) => {
      const before = await this.locked(manager, input, PublicationState.DRAFT);
      const problems = translationProblems(before);
      if (problems.length) throw invalidInput(problems);
      // Serialises numbering: two publications published at once get consecutive numbers.
      await manager.query(`LOCK TABLE publication IN SHARE ROW EXCLUSIVE MODE`);
      const next = await nextNumber(manager);
      const publishedAt = this.clock.now();
      return this.changed(manager, actor, before, input.expectedVersion, AuditAction.STATE_CHANGE, {
        state: PublicationState.PUBLISHED,
        number: next,
        snapshot: await this.snapshotOf(before, manager, next, publishedAt),
        publishedAt,
        publishedByUserId: actor.userId,
      });
    });
  }

  async withdraw(actor: Actor, input: WithdrawPublicationInput): Promise<Publication> {
    return this.changing(async (manager) => {
      const before = await this.locked(manager, input, PublicationState.PUBLISHED);
      return this.changed(manager, actor, before, input.expectedVersion, AuditAction.STATE_CHANGE, {
        state: PublicationState.WITHDRAWN,
        withdrawnAt: this.clock.now(),
        withdrawnByUserId: actor.userId,
        withdrawalReason: mergeBilingual(before.withdrawalReason, input.reason, 'reason'),
      });
    });
  }

  /** Only a draft can be deleted: a published page's record stays, withdrawn if need be. */
  async delete(actor: Actor, input: PublicationVersionInput): Promise<void> {
    await this.changing(async (manager) => {
      const before = await this.locked(manager, input, PublicationState.DRAFT);
      await manager.delete(Publication, { id: before.id });
      await this.audit.record(manager, actor, {
        action: AuditAction.DELETE,
        entityType: 'Publication',
        entityId: before.id,
        before: auditable(before),
      });
    });
  }

  /** The report's content, for the dashboard's choice of actions and areas. */
  async contentOf(reportId: string, manager?: EntityManager): Promise<ReportContentModel> {
    const report = await (manager ?? this.dataSource.manager).findOneByOrFail(Report, {
      id: reportId,
    });
    return this.reports.content(report, manager);
  }

  private async snapshotOf(
    publication: Publication,
    manager: EntityManager,
    number: number,
    publishedAt: Date,
  ): Promise<PublicSnapshot> {
    const report = await manager.findOneByOrFail(Report, { id: publication.reportId });
    const content = await this.reports.content(report, manager);
    return buildPublicSnapshot(
      content,
      {
        id: report.id,
        audience: report.audience,
        edition: report.edition,
        issuedAt: report.issuedAt as Date,
      },
      publication,
      number,
      publishedAt,
      Object.values(WellBeingGoal),
    );
  }

  /** Writes `changes` against the version the caller saw, and audits them. */
  private async changed(
    manager: EntityManager,
    actor: Actor,
    before: Publication,
    expectedVersion: number,
    action: AuditAction.UPDATE | AuditAction.STATE_CHANGE,
    changes: Partial<Publication>,
  ): Promise<Publication> {
    const after = await updateVersioned(
      manager,
      Publication,
      before.id,
      expectedVersion,
      changes,
      auditable,
    );
    await this.audit.changed(
      manager,
      actor,
      'Publication',
      auditable(before),
      auditable(after),
      action,
    );
    return after;
  }

  /** A change in one transaction; the public site's cache here learns of it at once. */
  private async changing<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const result = await this.dataSource.transaction(work);
    this.feed.markChanged(ChangeChannel.Publications);
    return result;
  }

  private async locked(
    manager: EntityManager,
    input: PublicationVersionInput,
    state: PublicationState,
  ): Promise<Publication> {
    const publication = await manager.findOne(Publication, {
      where: { id: input.id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!publication) throw notFound('Publication', input.id, 'id');
    assertVersion(publication.version, input.expectedVersion, () => auditable(publication));
    if (publication.state !== state) {
      throw badUserInput('id', STATE_PROBLEMS[state]);
    }
    return publication;
  }
}

/** The number the next publication gets: numbers are never reused, withdrawn ones included. */
async function nextNumber(manager: EntityManager): Promise<number> {
  const [{ next }] = await manager.query(
    `SELECT coalesce(max(number), 0) + 1 AS next FROM publication`,
  );
  return next;
}

const STATE_PROBLEMS: Record<PublicationState, string> = {
  [PublicationState.DRAFT]:
    'A published publication cannot change; withdraw it and publish the report again',
  [PublicationState.PUBLISHED]: 'Only a published publication can be withdrawn',
  [PublicationState.WITHDRAWN]: 'Only a withdrawn publication can be',
};

function toAreaSummaries(
  input: NonNullable<UpdatePublicationInput['areaSummaries']>,
): AreaSummary[] {
  return input
    .map(({ areaNumber, summary }) => ({ areaNumber, ...toBilingualColumns(summary) }))
    .filter((summary) => summary.en || summary.cy)
    .sort((a, b) => a.areaNumber - b.areaNumber);
}

function areaProblems(
  summaries: UpdatePublicationInput['areaSummaries'],
  content: ReportContentModel,
): FieldProblem[] {
  if (!summaries) return [];
  const areas = new Set(content.areas.map((area) => area.number));
  const seen = new Set<number>();
  return summaries.flatMap(({ areaNumber }, index) => {
    const field = `areaSummaries.${index}.areaNumber`;
    if (!areas.has(areaNumber)) {
      return [{ field, message: `The report has no strategic area ${areaNumber}` }];
    }
    if (seen.has(areaNumber)) return [{ field, message: `Area ${areaNumber} is given twice` }];
    seen.add(areaNumber);
    return [];
  });
}

function actionProblems(ids: string[] | undefined, content: ReportContentModel): FieldProblem[] {
  if (!ids) return [];
  const inReport = new Set(content.actions.map((line) => line.actionId));
  return ids.flatMap((id, index) =>
    inReport.has(id)
      ? []
      : [{ field: `excludedActionIds.${index}`, message: `Action ${id} is not in the report` }],
  );
}

/** Texts the programme office wrote that lack one language. */
function translationProblems(publication: Publication): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const language of ['cy', 'en'] as const) {
    if (missing(publication.introduction, language)) {
      problems.push({
        field: `introduction.${language}`,
        message: 'The public introduction needs both Welsh and English before publishing',
      });
    }
  }
  publication.areaSummaries.forEach((summary, index) => {
    for (const language of ['cy', 'en'] as const) {
      if (missing(summary, language)) {
        problems.push({
          field: `areaSummaries.${index}.summary.${language}`,
          message: `Area ${summary.areaNumber}'s summary needs both Welsh and English before publishing`,
        });
      }
    }
  });
  return problems;
}
