import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';

import { AuditService } from '@cynnydd/audit/data-access';
import { Forum, Meeting } from '@cynnydd/meetings/data-access';
import {
  assertAllExist,
  assertVersion,
  badUserInput,
  byKey,
  groupByKey,
  isUniqueViolation,
  mergeBilingual,
  notFound,
  toBilingualColumns,
  updateVersioned,
  type RequestLoaders,
} from '@cynnydd/server/core';
import { todayInWales, type Actor } from '@cynnydd/shared/domain';

import { compareAssessments, type AssessmentComparison } from './assessment-comparison';
import type {
  CreatePartnershipStatementInput,
  PartnershipScoreInput,
  RecordPartnershipAssessmentInput,
  UpdatePartnershipAssessmentInput,
  UpdatePartnershipStatementInput,
} from './dto/assessment.inputs';
import { toAssessmentModel, toStatementModel } from './models/assessment.model';
import {
  PartnershipAssessment,
  PartnershipScore,
  PartnershipStatement,
} from './partnership-assessment.entity';

/** The partnership behaviours self-assessment: its statements and the forums' scores. */
@Injectable()
export class AssessmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** By position; retired ones only when asked. */
  statements(includeRetired = false): Promise<PartnershipStatement[]> {
    return this.dataSource.manager.find(PartnershipStatement, {
      where: includeRetired ? {} : { active: true },
      order: { position: 'ASC' },
    });
  }

  async createStatement(
    actor: Actor,
    input: CreatePartnershipStatementInput,
  ): Promise<PartnershipStatement> {
    return this.positioned(async (manager) => {
      const [{ next }] = await manager.query(
        `SELECT coalesce(max(position), 0) + 1 AS next FROM partnership_statement`,
      );
      const statement = await manager.save(
        manager.create(PartnershipStatement, {
          position: input.position ?? next,
          text: toBilingualColumns(input.text),
          active: true,
        }),
      );
      await this.audit.created(manager, actor, 'PartnershipStatement', statement);
      return statement;
    });
  }

  async updateStatement(
    actor: Actor,
    input: UpdatePartnershipStatementInput,
  ): Promise<PartnershipStatement> {
    return this.positioned(async (manager) => {
      const before = await this.locked(manager, PartnershipStatement, input.id);
      assertVersion(before.version, input.expectedVersion, () => toStatementModel(before));
      const after = await updateVersioned(
        manager,
        PartnershipStatement,
        before.id,
        input.expectedVersion,
        {
          text: mergeBilingual(before.text, input.text, 'text'),
          position: input.position ?? before.position,
          active: input.active ?? before.active,
        },
        toStatementModel,
      );
      await this.audit.changed(manager, actor, 'PartnershipStatement', before, after);
      return after;
    });
  }

  /** A forum's assessments, newest first. */
  assessments(forumId: string): Promise<PartnershipAssessment[]> {
    return this.dataSource.manager.find(PartnershipAssessment, {
      where: { forumId },
      order: { assessedOn: 'DESC', createdAt: 'DESC' },
    });
  }

  async record(
    actor: Actor,
    input: RecordPartnershipAssessmentInput,
  ): Promise<PartnershipAssessment> {
    await assertAllExist(this.dataSource, Forum, 'Forum', [input.forumId], 'forumId');
    const assessedOn = await this.dateOf(input.forumId, input.meetingId ?? null, input.assessedOn);
    return this.dataSource.transaction(async (manager) => {
      await this.assertScoresEveryActiveStatement(manager, input.scores);
      const assessment = await manager.save(
        manager.create(PartnershipAssessment, {
          forumId: input.forumId,
          meetingId: input.meetingId ?? null,
          assessedOn,
        }),
      );
      await this.replaceScores(manager, assessment.id, input.scores);
      const audited = { ...assessment, scores: input.scores };
      await this.audit.created(manager, actor, 'PartnershipAssessment', audited);
      return assessment;
    });
  }

  async update(
    actor: Actor,
    input: UpdatePartnershipAssessmentInput,
  ): Promise<PartnershipAssessment> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.locked(manager, PartnershipAssessment, input.id);
      assertVersion(before.version, input.expectedVersion, () => toAssessmentModel(before));
      const scoresBefore = await this.scoresOf(manager, [before.id]);
      if (input.scores) {
        // The statements scored then stay the ones scored: a statement retired since may keep
        // its score, one added since is not required.
        const expected = new Set(scoresBefore.map((row) => row.statementId));
        assertSameStatements(input.scores, expected);
      }
      const after = await updateVersioned(
        manager,
        PartnershipAssessment,
        before.id,
        input.expectedVersion,
        { assessedOn: input.assessedOn ?? before.assessedOn },
        toAssessmentModel,
      );
      if (input.scores) await this.replaceScores(manager, after.id, input.scores);
      const audited = { ...after, scores: input.scores ?? scoresBefore };
      await this.audit.changed(
        manager,
        actor,
        'PartnershipAssessment',
        { ...before, scores: scoresBefore },
        audited,
      );
      return after;
    });
  }

  /** A forum's assessments compared: averages, and each statement's scores over time. */
  async comparison(forumId: string): Promise<{
    statements: PartnershipStatement[];
    comparison: AssessmentComparison;
  }> {
    const assessments = await this.assessments(forumId);
    const scores = await this.scoresOf(
      this.dataSource.manager,
      assessments.map((row) => row.id),
    );
    const statements = await this.dataSource.manager.find(PartnershipStatement, {
      where: { id: In([...new Set(scores.map((row) => row.statementId))]) },
      order: { position: 'ASC' },
    });
    const byAssessment = groupByKey(
      assessments.map((row) => row.id),
      scores,
      (row) => row.assessmentId,
    );
    return {
      statements,
      comparison: compareAssessments(
        statements.map((row) => row.id),
        assessments.map((assessment, index) => ({
          id: assessment.id,
          assessedOn: assessment.assessedOn,
          scores: byAssessment[index],
        })),
      ),
    };
  }

  scoresLoader(loaders: RequestLoaders) {
    return loaders.get<string, PartnershipScore[]>('partnership.scores', async (ids) =>
      groupByKey(ids, await this.scoresOf(this.dataSource.manager, ids), (row) => row.assessmentId),
    );
  }

  statementLoader(loaders: RequestLoaders) {
    return loaders.get<string, PartnershipStatement | null>(
      'partnership.statementById',
      async (ids) => {
        const found = await this.dataSource.manager.findBy(PartnershipStatement, {
          id: In([...ids]),
        });
        return byKey(ids, found, (row) => row.id);
      },
    );
  }

  private scoresOf(manager: EntityManager, ids: readonly string[]): Promise<PartnershipScore[]> {
    return manager
      .createQueryBuilder(PartnershipScore, 'score')
      .innerJoin(PartnershipStatement, 'statement', 'statement.id = score.statementId')
      .where('score.assessmentId IN (:...ids)', { ids: ids.length ? ids : [null] })
      .orderBy('statement.position', 'ASC')
      .getMany();
  }

  /** At a meeting: one of the forum's, and on its day unless another is given. */
  private async dateOf(
    forumId: string,
    meetingId: string | null,
    assessedOn: string | null | undefined,
  ): Promise<string> {
    if (!meetingId) {
      if (!assessedOn) throw badUserInput('assessedOn', 'give the date, or the meeting');
      return assessedOn;
    }
    const meeting = await this.dataSource.manager.findOneBy(Meeting, { id: meetingId });
    if (!meeting) throw notFound('Meeting', meetingId, 'meetingId');
    if (meeting.forumId !== forumId) {
      throw badUserInput('meetingId', 'must be a meeting of the forum assessed');
    }
    return assessedOn ?? todayInWales(meeting.startsAt);
  }

  private async assertScoresEveryActiveStatement(
    manager: EntityManager,
    scores: PartnershipScoreInput[],
  ): Promise<void> {
    const active = await manager.find(PartnershipStatement, { where: { active: true } });
    assertSameStatements(scores, new Set(active.map((row) => row.id)));
  }

  private async replaceScores(
    manager: EntityManager,
    assessmentId: string,
    scores: PartnershipScoreInput[],
  ): Promise<void> {
    await manager.delete(PartnershipScore, { assessmentId });
    await manager.insert(
      PartnershipScore,
      scores.map((row) => ({
        assessmentId,
        statementId: row.statementId,
        score: row.score,
        comment: toBilingualColumns(row.comment ?? {}),
      })),
    );
  }

  private async locked<T extends PartnershipStatement | PartnershipAssessment>(
    manager: EntityManager,
    entity: new () => T,
    id: string,
  ): Promise<T> {
    const found = await manager.findOne(entity, {
      where: { id } as never,
      lock: { mode: 'pessimistic_write' },
    });
    if (!found) throw notFound(entity.name, id);
    return found;
  }

  private async positioned<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if (isUniqueViolation(error, 'partnership_statement_position')) {
        throw badUserInput('position', 'another statement has that position');
      }
      throw error;
    }
  }
}

/** One score for each expected statement, none twice, none other; the field names the problem. */
function assertSameStatements(scores: PartnershipScoreInput[], expected: Set<string>): void {
  const seen = new Set<string>();
  for (const [index, row] of scores.entries()) {
    if (!expected.has(row.statementId)) {
      throw badUserInput(`scores.${index}.statementId`, 'is not a statement to score');
    }
    if (seen.has(row.statementId)) {
      throw badUserInput(`scores.${index}.statementId`, 'is scored twice');
    }
    seen.add(row.statementId);
  }
  if (seen.size !== expected.size) {
    throw badUserInput('scores', `score every active statement (${expected.size})`);
  }
}
