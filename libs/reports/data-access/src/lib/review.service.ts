import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Not, Repository, type FindOptionsWhere } from 'typeorm';

import { AuditService } from '@cynnydd/audit/data-access';
import { DirectoryService } from '@cynnydd/directory/data-access';
import {
  assertVersion,
  badUserInput,
  byKey,
  Clock,
  forbidden,
  groupByKey,
  notFound,
  toBilingualColumns,
  updateVersioned,
  type RequestLoaders,
} from '@cynnydd/server/core';
import {
  hasPermission,
  Permission,
  ReportState,
  ReviewEntryKind,
  type Actor,
} from '@cynnydd/shared/domain';

import type {
  AddReviewEntryInput,
  CompleteFollowUpInput,
  FollowUpFilter,
} from './dto/review.inputs';
import { FollowUp } from './follow-up.entity';
import { toFollowUpModel } from './models/review.model';
import { ReportsService } from './reports.service';
import { ReviewEntry } from './review-entry.entity';

const FOLLOW_UP_LIST_LIMIT = 500;

/** The boards' review of issued reports: comments, decisions and the follow-ups they set. */
@Injectable()
export class ReviewService {
  constructor(
    @InjectRepository(ReviewEntry) private readonly entries: Repository<ReviewEntry>,
    @InjectRepository(FollowUp) private readonly followUps: Repository<FollowUp>,
    private readonly reports: ReportsService,
    private readonly directory: DirectoryService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async add(actor: Actor, input: AddReviewEntryInput): Promise<ReviewEntry> {
    const report = await this.reports.get(actor, input.reportId, 'reportId');
    if (report.state !== ReportState.ISSUED) {
      throw badUserInput('reportId', 'Only an issued report can be reviewed');
    }
    if (
      input.actionId &&
      !report.snapshot?.actions.some((line) => line.actionId === input.actionId)
    ) {
      throw badUserInput('actionId', 'is not one of the report’s actions');
    }
    const followUps = input.followUps ?? [];
    if (followUps.length && input.kind !== ReviewEntryKind.DECISION) {
      throw badUserInput('followUps', 'Only a decision can set follow-up actions');
    }
    const today = this.clock.today();
    const missing = new Set(
      await this.directory.findMissingPeople(followUps.map((f) => f.ownerId)),
    );
    followUps.forEach((followUp, index) => {
      if (missing.has(followUp.ownerId)) {
        throw badUserInput(`followUps.${index}.ownerId`, 'is not a known person');
      }
      if (followUp.dueDate < today) {
        throw badUserInput(`followUps.${index}.dueDate`, `must be today (${today}) or later`);
      }
    });
    const authorName = actor.personId
      ? (await this.directory.getPerson(actor.personId)).name
      : actor.email;

    return this.entries.manager.transaction(async (manager) => {
      const entry = await manager.save(
        manager.create(ReviewEntry, {
          reportId: report.id,
          actionId: input.actionId ?? null,
          kind: input.kind,
          text: toBilingualColumns(input.text),
          authorUserId: actor.userId,
          authorName,
        }),
      );
      await this.audit.created(manager, actor, 'ReviewEntry', entry);
      for (const draft of followUps) {
        const followUp = await manager.save(
          manager.create(FollowUp, {
            decisionId: entry.id,
            title: toBilingualColumns(draft.title),
            ownerId: draft.ownerId,
            dueDate: draft.dueDate,
            completedOn: null,
          }),
        );
        await this.audit.created(manager, actor, 'FollowUp', followUp);
      }
      return entry;
    });
  }

  /** The owner, or anyone who reviews reports, marks a follow-up done (or not done). */
  async complete(actor: Actor, input: CompleteFollowUpInput): Promise<FollowUp> {
    if (input.completedOn && input.completedOn > this.clock.today()) {
      throw badUserInput('completedOn', 'cannot be in the future');
    }
    return this.followUps.manager.transaction(async (manager) => {
      const before = await manager.findOne(FollowUp, {
        where: { id: input.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!before) throw notFound('FollowUp', input.id, 'id');
      const mayReview = hasPermission(actor.role, Permission.REVIEW_REPORTS);
      if (!mayReview && actor.personId !== before.ownerId) {
        throw forbidden('Only its owner or the boards’ reviewers can mark a follow-up done');
      }
      assertVersion(before.version, input.expectedVersion, () => toFollowUpModel(before));
      const after = await updateVersioned(
        manager,
        FollowUp,
        before.id,
        input.expectedVersion,
        { completedOn: input.completedOn },
        toFollowUpModel,
      );
      await this.audit.changed(manager, actor, 'FollowUp', before, after);
      return after;
    });
  }

  /** Open ones by due date; done ones most recently completed first. */
  listFollowUps(filter: FollowUpFilter = {}): Promise<FollowUp[]> {
    const where: FindOptionsWhere<FollowUp> = {};
    if (filter.ownerId) where.ownerId = filter.ownerId;
    if (filter.open !== undefined) where.completedOn = filter.open ? IsNull() : Not(IsNull());
    return this.followUps.find({
      where,
      order: { completedOn: { direction: 'DESC', nulls: 'FIRST' }, dueDate: 'ASC', id: 'ASC' },
      take: FOLLOW_UP_LIST_LIMIT,
    });
  }

  entriesFor(reportId: string): Promise<ReviewEntry[]> {
    return this.entries.find({ where: { reportId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  followUpsLoader(loaders: RequestLoaders) {
    return loaders.get<string, FollowUp[]>('reports.followUpsByDecision', async (ids) =>
      groupByKey(
        ids,
        await this.followUps.find({
          where: { decisionId: In([...ids]) },
          order: { dueDate: 'ASC', id: 'ASC' },
        }),
        (followUp) => followUp.decisionId,
      ),
    );
  }

  entryLoader(loaders: RequestLoaders) {
    return loaders.get<string, ReviewEntry | null>('reports.reviewEntryById', async (ids) =>
      byKey(ids, await this.entries.findBy({ id: In([...ids]) }), (entry) => entry.id),
    );
  }
}
