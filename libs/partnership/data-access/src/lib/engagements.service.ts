import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager, type Repository } from 'typeorm';

import { AuditAction, AuditService } from '@cynnydd/audit/data-access';
import { Organisation } from '@cynnydd/directory/data-access';
import { Measure } from '@cynnydd/measures/data-access';
import { Forum, Meeting } from '@cynnydd/meetings/data-access';
import { Action, AnnualPlan } from '@cynnydd/plans/data-access';
import { Risk } from '@cynnydd/risks/data-access';
import {
  assertAllExist,
  assertVersion,
  badUserInput,
  EntityRows,
  groupByKey,
  mergeBilingual,
  notFound,
  toBilingualColumns,
  updateVersioned,
  type RequestLoaders,
} from '@cynnydd/server/core';
import { ORGANISATION_TYPE_LABELS, type Actor, type BilingualText } from '@cynnydd/shared/domain';

import type {
  CreateEngagementRecordInput,
  EngagementRecordsArgs,
  UpdateEngagementRecordInput,
} from './dto/engagement.inputs';
import { EngagementPartner, EngagementRecord } from './engagement-record.entity';
import {
  assertOutcomeExplained,
  EngagementSubjectKind,
  SOCIAL_PARTNER_TYPES,
  SUBJECT_COLUMNS,
} from './engagement-rules';
import { toEngagementRecordModel } from './models/engagement-record.model';

const SUBJECT_ENTITIES = {
  [EngagementSubjectKind.ACTION]: [Action, 'Action'],
  [EngagementSubjectKind.MEASURE]: [Measure, 'Measure'],
  [EngagementSubjectKind.RISK]: [Risk, 'Risk'],
  [EngagementSubjectKind.PLAN]: [AnnualPlan, 'AnnualPlan'],
} as const;

/** SQL column (alias `t`) of each kind of subject. */
const SUBJECT_SQL = {
  [EngagementSubjectKind.ACTION]: 't.action_id',
  [EngagementSubjectKind.MEASURE]: 't.measure_id',
  [EngagementSubjectKind.RISK]: 't.risk_id',
  [EngagementSubjectKind.PLAN]: 't.plan_id',
} as const;

/** The engagement log: records of consulting the social partners, and their partners. */
@Injectable()
export class EngagementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(EngagementRecord) private readonly records: Repository<EngagementRecord>,
    private readonly audit: AuditService,
  ) {}

  async get(id: string, field = 'id', manager?: EntityManager): Promise<EngagementRecord> {
    const record = manager
      ? await manager.findOne(EngagementRecord, {
          where: { id },
          lock: { mode: 'pessimistic_write' },
        })
      : (await EntityRows.of(this.records).byIds([id]))[0];
    if (!record) throw notFound('EngagementRecord', id, field);
    return record;
  }

  /** Newest first. */
  list(filter: EngagementRecordsArgs): Promise<EngagementRecord[]> {
    const subjectColumn = filter.subjectKind ? SUBJECT_SQL[filter.subjectKind] : 'NULL::uuid';
    return EntityRows.of(this.records).find(
      `WHERE ($1::uuid IS NULL OR $1 IN (t.action_id, t.measure_id, t.risk_id, t.plan_id))
         AND ($2::boolean IS NULL OR ${subjectColumn} IS NOT NULL)
         AND ($3::uuid IS NULL OR t.forum_id = $3)
         AND ($4::uuid IS NULL OR EXISTS (SELECT 1 FROM engagement_partner p
               WHERE p.engagement_id = t.id AND p.organisation_id = $4))
         AND ($5::engagement_outcome IS NULL OR t.outcome = $5)
         AND ($6::date IS NULL OR t.engaged_on >= $6)
         AND ($7::date IS NULL OR t.engaged_on <= $7)
       ORDER BY t.engaged_on DESC, t.created_at DESC, t.id`,
      [
        filter.subjectId ?? null,
        filter.subjectKind ? true : null,
        filter.forumId ?? null,
        filter.partnerId ?? null,
        filter.outcome ?? null,
        filter.from ?? null,
        filter.to ?? null,
      ],
    );
  }

  async create(actor: Actor, input: CreateEngagementRecordInput): Promise<EngagementRecord> {
    const [entity, name] = SUBJECT_ENTITIES[input.subjectKind];
    await assertAllExist(this.dataSource, entity, name, [input.subjectId], 'subjectId');
    assertOutcomeExplained(input.outcome, input);
    const forumId = await this.placeOf(input.forumId ?? null, input.meetingId ?? null);
    await this.assertSocialPartners(input.partnerIds);
    return this.dataSource.transaction(async (manager) => {
      const record = await manager.save(
        manager.create(EngagementRecord, {
          actionId: null,
          measureId: null,
          riskId: null,
          planId: null,
          [SUBJECT_COLUMNS[input.subjectKind]]: input.subjectId,
          engagedOn: input.engagedOn,
          forumId,
          meetingId: input.meetingId ?? null,
          consultedOn: toBilingualColumns(input.consultedOn),
          outcome: input.outcome,
          ...outcomeTexts(input),
        }),
      );
      await this.replacePartners(manager, record.id, input.partnerIds);
      const audited = { ...record, partnerIds: input.partnerIds };
      await this.audit.created(manager, actor, 'EngagementRecord', audited);
      return record;
    });
  }

  async update(actor: Actor, input: UpdateEngagementRecordInput): Promise<EngagementRecord> {
    if (input.partnerIds) await this.assertSocialPartners(input.partnerIds);
    return this.dataSource.transaction(async (manager) => {
      const before = await this.get(input.id, 'id', manager);
      assertVersion(before.version, input.expectedVersion, () => toEngagementRecordModel(before));
      const partnersBefore = await this.partnerIdsOf(manager, before.id);
      const outcome = input.outcome ?? before.outcome;
      const texts = {
        agreed: mergeBilingual(before.agreed, input.agreed),
        disagreement: mergeBilingual(before.disagreement, input.disagreement),
        nextSteps: mergeBilingual(before.nextSteps, input.nextSteps),
      };
      assertOutcomeExplained(outcome, texts);
      const meetingId = input.meetingId === undefined ? before.meetingId : input.meetingId;
      const forumId = await this.placeOf(
        input.forumId === undefined ? before.forumId : input.forumId,
        meetingId,
      );
      const after = await updateVersioned(
        manager,
        EngagementRecord,
        before.id,
        input.expectedVersion,
        {
          engagedOn: input.engagedOn ?? before.engagedOn,
          forumId,
          meetingId,
          consultedOn: mergeBilingual(before.consultedOn, input.consultedOn, 'consultedOn'),
          outcome,
          ...outcomeTexts({ outcome, ...texts }),
        },
        toEngagementRecordModel,
      );
      const partnerIds = input.partnerIds ?? partnersBefore;
      if (input.partnerIds) await this.replacePartners(manager, after.id, input.partnerIds);
      const audited = { ...after, partnerIds };
      await this.audit.changed(
        manager,
        actor,
        'EngagementRecord',
        { ...before, partnerIds: partnersBefore },
        audited,
      );
      return after;
    });
  }

  async delete(actor: Actor, id: string, expectedVersion: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.get(id, 'id', manager);
      assertVersion(before.version, expectedVersion, () => toEngagementRecordModel(before));
      const partnerIds = await this.partnerIdsOf(manager, before.id);
      await manager.delete(EngagementRecord, { id: before.id });
      await this.audit.record(manager, actor, {
        action: AuditAction.DELETE,
        entityType: 'EngagementRecord',
        entityId: before.id,
        before: { ...before, partnerIds },
        after: {},
      });
    });
  }

  /** The records on each subject of one kind, newest first. */
  bySubjectLoader(loaders: RequestLoaders, kind: EngagementSubjectKind) {
    return loaders.get<string, EngagementRecord[]>(`partnership.engagements.${kind}`, async (ids) =>
      groupByKey(
        ids,
        await EntityRows.of(this.records).lookup(
          `WHERE ${SUBJECT_SQL[kind]} = ANY($1) ORDER BY t.engaged_on DESC, t.created_at DESC, t.id`,
          [ids],
        ),
        (record) => record[SUBJECT_COLUMNS[kind]] as string,
      ),
    );
  }

  /** The partner organisations of each record. */
  partnerIdsLoader(loaders: RequestLoaders) {
    return loaders.get<string, string[]>('partnership.engagementPartners', async (ids) => {
      const rows = await this.dataSource.getRepository(EngagementPartner).find({
        where: { engagementId: In([...ids]) },
        order: { organisationId: 'ASC' },
      });
      return groupByKey(ids, rows, (row) => row.engagementId).map((group) =>
        group.map((row) => row.organisationId),
      );
    });
  }

  /**
   * The actions of a plan tagged for partnership consultation that have no engagement record,
   * by reference.
   */
  async unconsultedActions(
    manager: EntityManager,
    planId: string,
  ): Promise<{ id: string; reference: string }[]> {
    return manager.query(
      `SELECT a.id, a.reference FROM action a
       WHERE a.plan_id = $1 AND a.needs_partnership_consultation
         AND NOT EXISTS (SELECT 1 FROM engagement_record e WHERE e.action_id = a.id)
       ORDER BY string_to_array(a.reference, '.')::int[], a.id`,
      [planId],
    );
  }

  /** A meeting must be one of the forum's; without a forum, the meeting's is taken. */
  private async placeOf(forumId: string | null, meetingId: string | null): Promise<string | null> {
    if (forumId) await assertAllExist(this.dataSource, Forum, 'Forum', [forumId], 'forumId');
    if (!meetingId) return forumId;
    const meeting = await this.dataSource.manager.findOneBy(Meeting, { id: meetingId });
    if (!meeting) throw notFound('Meeting', meetingId, 'meetingId');
    if (forumId && meeting.forumId !== forumId) {
      throw badUserInput('meetingId', 'must be a meeting of the forum given');
    }
    return meeting.forumId;
  }

  /** Only trade unions and other partners are social partners; the field names the first other. */
  private async assertSocialPartners(ids: string[]): Promise<void> {
    const found = await this.dataSource.manager.findBy(Organisation, { id: In(ids) });
    for (const [index, id] of ids.entries()) {
      const organisation = found.find((row) => row.id === id);
      if (!organisation) throw notFound('Organisation', id, `partnerIds.${index}`);
      if (!SOCIAL_PARTNER_TYPES.includes(organisation.type)) {
        throw badUserInput(
          `partnerIds.${index}`,
          `must be a trade union or other partner; ${organisation.code} is a ${ORGANISATION_TYPE_LABELS[
            organisation.type
          ].en.toLowerCase()}`,
        );
      }
    }
  }

  private async partnerIdsOf(manager: EntityManager, engagementId: string): Promise<string[]> {
    const rows = await manager.find(EngagementPartner, {
      where: { engagementId },
      order: { organisationId: 'ASC' },
    });
    return rows.map((row) => row.organisationId);
  }

  private async replacePartners(
    manager: EntityManager,
    engagementId: string,
    organisationIds: string[],
  ): Promise<void> {
    await manager.delete(EngagementPartner, { engagementId });
    await manager.insert(
      EngagementPartner,
      organisationIds.map((organisationId) => ({ engagementId, organisationId })),
    );
  }
}

/** Only the texts the outcome calls for are kept, so a changed outcome leaves none stale. */
function outcomeTexts(input: {
  outcome: CreateEngagementRecordInput['outcome'];
  agreed?: Partial<BilingualText> | null;
  disagreement?: Partial<BilingualText> | null;
  nextSteps?: Partial<BilingualText> | null;
}) {
  const keep = (wanted: boolean, text: Partial<BilingualText> | null | undefined) =>
    toBilingualColumns(wanted && text ? text : {});
  return {
    agreed: keep(input.outcome === 'COMPROMISE', input.agreed),
    disagreement: keep(input.outcome === 'NO_AGREEMENT', input.disagreement),
    nextSteps: keep(input.outcome === 'NO_AGREEMENT', input.nextSteps),
  };
}
