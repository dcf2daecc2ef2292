import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  In,
  IsNull,
  Not,
  Raw,
  Repository,
  type EntityManager,
  type FindOptionsWhere,
} from 'typeorm';

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
  type BilingualText,
} from '@cynnydd/shared/domain';

import type {
  AddReviewEntryInput,
  CompleteFollowUpInput,
  FollowUpDraftInput,
  FollowUpFilter,
} from './dto/review.inputs';
import { FollowUp } from './follow-up.entity';
import { toFollowUpModel } from './models/review.model';
import type { Report } from './report.entity';
import { ReportsService } from './reports.service';
import { ReviewEntry } from './review-entry.entity';

const FOLLOW_UP_LIST_LIMIT = 500;

/**
 * A board's review is public once written; an entry minuted at a meeting only once a chair has
 * approved the minutes (the meetings library's rule; named by table, as the entity names it).
 */
/**
 * Entries a reader without the programme office's permission sees: those not minuted at a
 * meeting, those of meetings whose minutes are approved, and those of the forums the reader
 * (`:personId`) sits on, as `Meeting.minutesVisible` has it.
 */
const VISIBLE = (alias: string) =>
  `(${alias}.meeting_id IS NULL OR EXISTS (SELECT 1 FROM meeting m
     WHERE m.id = ${alias}.meeting_id AND (m.state = 'MINUTES_APPROVED' OR EXISTS (
       SELECT 1 FROM forum_member s WHERE s.forum_id = m.forum_id
         AND s.person_id = :personId AND s.left_on IS NULL))))`;

/** The programme office keeps the minutes, and so sees them in draft. */
function seesDraftMinutes(actor: Actor): boolean {
  return hasPermission(actor.role, Permission.MANAGE_MEETINGS);
}

/** What a comment or decision is about: an issued report (or one of its actions), a meeting, or both. */
export interface ReviewSubject {
  reportId: string | null;
  actionId?: string | null;
  meetingId?: string | null;
  agendaItemId?: string | null;
}

export interface ReviewDraft {
  kind: ReviewEntryKind;
  text: Partial<BilingualText>;
  followUps?: FollowUpDraftInput[];
  /** The input field the follow-ups came in, for errors (`followUps` unless given). */
  followUpsField?: string;
}

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
    const report = await this.issuedReport(actor, input.reportId, 'reportId');
    if (
      input.actionId &&
      !report.snapshot?.actions.some((line) => line.actionId === input.actionId)
    ) {
      throw badUserInput('actionId', 'is not one of the report’s actions');
    }
    return this.record(actor, { reportId: report.id, actionId: input.actionId ?? null }, input);
  }

  /** The report, which must be issued: only an issued report is reviewed or put to a meeting. */
  async issuedReport(actor: Actor, reportId: string, field: string): Promise<Report> {
    const report = await this.reports.get(actor, reportId, field);
    if (report.state !== ReportState.ISSUED) {
      throw badUserInput(field, 'Only an issued report can be reviewed');
    }
    return report;
  }

  /**
   * Writes a comment or decision and the follow-ups a decision sets, audited. The one way review
   * entries are made, whether a board reviews a report or a meeting minutes a decision, so both
   * are the same records. Pass a transaction's manager to write within it.
   */
  async record(
    actor: Actor,
    subject: ReviewSubject,
    draft: ReviewDraft,
    within?: EntityManager,
  ): Promise<ReviewEntry> {
    const followUps = draft.followUps ?? [];
    const field = draft.followUpsField ?? 'followUps';
    if (followUps.length && draft.kind !== ReviewEntryKind.DECISION) {
      throw badUserInput(field, 'Only a decision can set follow-up actions');
    }
    const today = this.clock.today();
    const missing = new Set(
      await this.directory.findMissingPeople(followUps.map((f) => f.ownerId)),
    );
    followUps.forEach((followUp, index) => {
      if (missing.has(followUp.ownerId)) {
        throw badUserInput(`${field}.${index}.ownerId`, 'is not a known person');
      }
      if (followUp.dueDate < today) {
        throw badUserInput(`${field}.${index}.dueDate`, `must be today (${today}) or later`);
      }
    });
    const authorName = actor.personId
      ? (await this.directory.getPerson(actor.personId)).name
      : actor.email;

    const write = async (manager: EntityManager) => {
      const entry = await manager.save(
        manager.create(ReviewEntry, {
          reportId: subject.reportId,
          actionId: subject.actionId ?? null,
          meetingId: subject.meetingId ?? null,
          agendaItemId: subject.agendaItemId ?? null,
          kind: draft.kind,
          text: toBilingualColumns(draft.text),
          authorUserId: actor.userId,
          authorName,
        }),
      );
      await this.audit.created(manager, actor, 'ReviewEntry', entry);
      for (const followUpDraft of followUps) {
        const followUp = await manager.save(
          manager.create(FollowUp, {
            decisionId: entry.id,
            title: toBilingualColumns(followUpDraft.title),
            ownerId: followUpDraft.ownerId,
            dueDate: followUpDraft.dueDate,
            completedOn: null,
          }),
        );
        await this.audit.created(manager, actor, 'FollowUp', followUp);
      }
      return entry;
    };
    return within ? write(within) : this.entries.manager.transaction(write);
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
  listFollowUps(actor: Actor, filter: FollowUpFilter = {}): Promise<FollowUp[]> {
    const where: FindOptionsWhere<FollowUp> = {};
    if (filter.ownerId) where.ownerId = filter.ownerId;
    if (filter.open !== undefined) where.completedOn = filter.open ? IsNull() : Not(IsNull());
    // Unpublished ones (set at a meeting whose minutes are not yet approved) only for the
    // programme office and for their owner, who has work to do.
    const published = seesDraftMinutes(actor)
      ? [where]
      : [
          {
            ...where,
            decisionId: Raw(
              (column) => `${column} IN (SELECT r.id FROM review_entry r WHERE ${VISIBLE('r')})`,
              { personId: actor.personId },
            ),
          },
          ...(actor.personId && (!filter.ownerId || filter.ownerId === actor.personId)
            ? [{ ...where, ownerId: actor.personId }]
            : []),
        ];
    return this.followUps.find({
      where: published,
      order: { completedOn: { direction: 'DESC', nulls: 'FIRST' }, dueDate: 'ASC', id: 'ASC' },
      take: FOLLOW_UP_LIST_LIMIT,
    });
  }

  entriesFor(actor: Actor, reportId: string): Promise<ReviewEntry[]> {
    const query = this.entries
      .createQueryBuilder('entry')
      .where('entry.reportId = :reportId', { reportId })
      .orderBy('entry.createdAt', 'ASC')
      .addOrderBy('entry.id', 'ASC');
    if (!seesDraftMinutes(actor)) {
      query.andWhere(VISIBLE('entry'), { personId: actor.personId });
    }
    return query.getMany();
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
