import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager, type Repository } from 'typeorm';

import { AuditService } from '@cynnydd/audit/data-access';
import { DirectoryService } from '@cynnydd/directory/data-access';
import { Action } from '@cynnydd/plans/data-access';
import {
  assertAllExist,
  assertVersion,
  badUserInput,
  Clock,
  conflict,
  decodeCursor,
  encodeCursor,
  EntityRows,
  forbidden,
  groupByKey,
  hasSomeLanguage,
  isUniqueViolation,
  mergeBilingual,
  notFound,
  toBilingualColumns,
  updateVersioned,
  type Connection,
  type PageArgs,
  type RequestLoaders,
} from '@cynnydd/server/core';
import {
  canReportOn,
  hasPermission,
  nextRiskReview,
  Permission,
  riskBandRange,
  RiskKind,
  riskScore,
  RiskState,
  type Actor,
  type BilingualText,
  type RiskCategory,
  type RiskScore,
} from '@cynnydd/shared/domain';
import { StrategicArea } from '@cynnydd/strategy/data-access';

import type {
  CloseRiskInput,
  CreateRiskInput,
  EscalateRiskInput,
  ReviewRiskInput,
  RiskMitigationInput,
  RiskScoreInput,
  RiskTargetInput,
  RiskVersionInput,
  SetRiskAppetiteInput,
  UpdateRiskInput,
} from './dto/risk.inputs';
import type { RisksFilterArgs } from './dto/risks.args';
import { toRiskModel } from './models/risk.model';
import {
  Risk,
  RiskAction,
  RiskActionRole,
  RiskAppetite,
  RiskArea,
  RiskMitigation,
  RiskReview,
} from './risk.entity';

/** May the actor change or review this risk? Its owner, or the operational group. */
export function canUpdateRisk(actor: Actor, risk: Pick<Risk, 'ownerId'>): boolean {
  return canReportOn(actor, { ownerIds: [risk.ownerId], delegateIds: [] });
}

export function canEscalateRisk(actor: Actor): boolean {
  return hasPermission(actor.role, Permission.MANAGE_PLANS);
}

/** The register's order (alias `t`): open first, highest current score, then by number. */
const REGISTER_KEY = `(CASE WHEN t.closed_on IS NULL THEN 0 ELSE 1 END),
  -(t.current_likelihood * t.current_consequence), substr(t.reference, 2)::int, t.id`;
const REGISTER_ORDERING = 'register';

const CURRENT_SCORE = 't.current_likelihood * t.current_consequence';
const ABOVE_APPETITE = `${CURRENT_SCORE} > (SELECT a.appetite FROM risk_appetite a WHERE a.category = t.category)`;
const REVIEW_OVERDUE = 't.closed_on IS NULL AND t.next_review_due < $11';

/** The register's filters as one WHERE clause over `risk t`, with its parameters. */
function registerWhere(filter: RisksFilterArgs, today: string): [string, unknown[]] {
  const range = filter.band ? riskBandRange(filter.band) : null;
  const state = filter.state === undefined ? RiskState.OPEN : filter.state;
  return [
    `WHERE ($1::uuid IS NULL OR EXISTS (
         SELECT 1 FROM risk_area ra WHERE ra.risk_id = t.id AND ra.area_id = $1))
       AND ($2::uuid IS NULL OR t.owner_id = $2)
       AND ($3::uuid IS NULL OR EXISTS (
         SELECT 1 FROM risk_action rx WHERE rx.risk_id = t.id AND rx.action_id = $3))
       AND ($4::risk_category IS NULL OR t.category = $4)
       AND ($5::int IS NULL OR ${CURRENT_SCORE} BETWEEN $5 AND $6)
       AND ($7::risk_kind IS NULL OR t.kind = $7)
       AND ($8::text IS NULL OR ($8 = 'OPEN') = (t.closed_on IS NULL))
       AND ($9::boolean IS NULL OR $9 = (t.escalated_on IS NOT NULL))
       AND ($10::boolean IS NULL OR $10 = (${ABOVE_APPETITE}))
       AND ($12::boolean IS NULL OR $12 = (${REVIEW_OVERDUE}))`,
    [
      filter.areaId ?? null,
      filter.ownerId ?? null,
      filter.actionId ?? null,
      filter.category ?? null,
      range?.min ?? null,
      range?.max ?? null,
      filter.kind ?? null,
      state ?? null,
      filter.escalated ?? null,
      filter.aboveAppetite ?? null,
      today,
      filter.reviewOverdue ?? null,
    ],
  ];
}

export interface RegisterCounts {
  cells: { likelihood: number; consequence: number; count: number }[];
  total: number;
  aboveAppetite: number;
  awaitingEscalation: number;
  escalated: number;
  reviewOverdue: number;
}

/** A risk as the register stood at the end of a day, played back from its reviews. */
export interface RiskAsAt {
  id: string;
  reference: string;
  kind: RiskKind;
  title: BilingualText;
  category: RiskCategory;
  ownerName: string;
  /** The score of its latest review on or before the day. */
  current: RiskScore;
  /** The score of its latest review on or before the earlier day; null if recorded since. */
  earlier: RiskScore | null;
  target: RiskScore | null;
  /** Its category's appetite now (appetites keep no history). */
  appetite: number;
  /** The day of its first review: the day it was recorded, by the product's clock. */
  recordedOn: string;
  /** Null unless escalated, or closed, by the day. */
  escalatedOn: string | null;
  closedOn: string | null;
}

/** The risk register: risks, their scores, reviews, links and the appetite per category. */
@Injectable()
export class RisksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Risk) private readonly risks: Repository<Risk>,
    @InjectRepository(RiskReview) private readonly reviews: Repository<RiskReview>,
    @InjectRepository(RiskMitigation) private readonly mitigations: Repository<RiskMitigation>,
    @InjectRepository(RiskAppetite) private readonly appetites: Repository<RiskAppetite>,
    private readonly directory: DirectoryService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** With a transaction's manager, the risk is locked FOR UPDATE until it commits. */
  async getRisk(id: string, field = 'id', manager?: EntityManager): Promise<Risk> {
    const risk = manager
      ? await manager.findOne(Risk, { where: { id }, lock: { mode: 'pessimistic_write' } })
      : (await EntityRows.of(this.risks).byIds([id]))[0];
    if (!risk) throw notFound('Risk', id, field);
    return risk;
  }

  /** The register: open risks first, highest current score first. */
  list(filter: RisksFilterArgs = {}): Promise<Risk[]> {
    const [where, parameters] = registerWhere(filter, this.clock.today());
    return EntityRows.of(this.risks).find(`${where} ORDER BY ${REGISTER_KEY}`, parameters);
  }

  /** The people who own a risk or issue, open or closed. */
  async ownerIds(): Promise<string[]> {
    const rows: { owner_id: string }[] = await this.risks.query(
      'SELECT DISTINCT owner_id FROM risk',
    );
    return rows.map((row) => row.owner_id);
  }

  /** A page of the register, continuing after a cursor from the previous one. */
  async page(filter: RisksFilterArgs, page: PageArgs): Promise<Connection<Risk>> {
    const [where, parameters] = registerWhere(filter, this.clock.today());
    const after = page.after ? decodeCursor(page.after, REGISTER_ORDERING, 4) : null;
    const rows = EntityRows.of(this.risks);
    const found: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT ${rows.columns('t')}, ARRAY[${REGISTER_KEY}]::text[] AS "position",
              count(*) OVER ()::int AS "totalCount"
       FROM risk t ${where}
         AND ($13::text[] IS NULL OR ROW(${REGISTER_KEY}) >
           ROW($13[1]::int, $13[2]::int, $13[3]::int, $13[4]::uuid))
       ORDER BY ${REGISTER_KEY} LIMIT $14`,
      [...parameters, after, page.first + 1],
    );
    const total = after
      ? await this.counts(filter).then((counts) => counts.total)
      : ((found[0]?.['totalCount'] as number | undefined) ?? 0);
    return {
      edges: found.slice(0, page.first).map((row) => ({
        cursor: encodeCursor({ ordering: REGISTER_ORDERING, values: row['position'] as string[] }),
        node: rows.fromRow(row),
      })),
      pageInfo: {
        hasNextPage: found.length > page.first,
        endCursor: found.length
          ? encodeCursor({
              ordering: REGISTER_ORDERING,
              values: found[Math.min(found.length, page.first) - 1]['position'] as string[],
            })
          : null,
      },
      totalCount: total,
    };
  }

  /** The risks a filter selects counted per cell of the matrix, in one statement. */
  async counts(filter: RisksFilterArgs = {}): Promise<RegisterCounts> {
    const [where, parameters] = registerWhere(filter, this.clock.today());
    const rows: {
      likelihood: number;
      consequence: number;
      count: number;
      above: number;
      awaiting: number;
      escalated: number;
      overdue: number;
    }[] = await this.dataSource.query(
      `SELECT t.current_likelihood AS likelihood, t.current_consequence AS consequence,
              count(*)::int AS count,
              count(*) FILTER (WHERE ${CURRENT_SCORE} > ap.appetite)::int AS above,
              count(*) FILTER (WHERE ${CURRENT_SCORE} > ap.appetite AND t.escalated_on IS NULL
                AND t.closed_on IS NULL)::int AS awaiting,
              count(*) FILTER (WHERE t.escalated_on IS NOT NULL)::int AS escalated,
              count(*) FILTER (WHERE ${REVIEW_OVERDUE})::int AS overdue
       -- Joined once rather than looked up per row for each count.
       FROM risk t JOIN risk_appetite ap ON ap.category = t.category ${where}
       GROUP BY 1, 2`,
      parameters,
    );
    const sum = (pick: (row: (typeof rows)[number]) => number) =>
      rows.reduce((total, row) => total + pick(row), 0);
    return {
      cells: rows.map(({ likelihood, consequence, count }) => ({ likelihood, consequence, count })),
      total: sum((row) => row.count),
      aboveAppetite: sum((row) => row.above),
      awaitingEscalation: sum((row) => row.awaiting),
      escalated: sum((row) => row.escalated),
      reviewOverdue: sum((row) => row.overdue),
    };
  }

  async create(
    actor: Actor,
    input: CreateRiskInput,
    raisedFromUpdateId: string | null = null,
  ): Promise<Risk> {
    await this.assertReferencesExist(input);
    const inherent = input.inherent ?? input.current;
    assertScores(inherent, input.target);
    assertIssueImpact(input.kind ?? RiskKind.RISK, input.impact);
    const today = this.clock.today();
    const reviewEveryMonths = input.reviewEveryMonths ?? 3;
    return this.inTransaction(async (manager) => {
      const reference = input.reference ?? (await this.nextReference(manager));
      const risk = await manager.save(
        manager.create(Risk, {
          reference,
          kind: input.kind ?? RiskKind.RISK,
          title: toBilingualColumns(input.title),
          description: toBilingualColumns(input.description ?? {}),
          category: input.category,
          ownerId: input.ownerId,
          controls: toBilingualColumns(input.controls ?? {}),
          impact: toBilingualColumns(input.impact ?? {}),
          inherentLikelihood: inherent.likelihood,
          inherentConsequence: inherent.consequence,
          currentLikelihood: input.current.likelihood,
          currentConsequence: input.current.consequence,
          ...targetColumns(input.target ?? null),
          reviewEveryMonths,
          nextReviewDue: nextRiskReview(today, reviewEveryMonths),
          escalationReason: toBilingualColumns({}),
          closedReason: toBilingualColumns({}),
          resolution: toBilingualColumns({}),
          raisedFromUpdateId,
        }),
      );
      await manager.insert(RiskReview, {
        riskId: risk.id,
        likelihood: input.current.likelihood,
        consequence: input.current.consequence,
        commentary: toBilingualColumns({}),
        reviewerId: actor.personId ?? input.ownerId,
        reviewedOn: today,
      });
      const links = await this.replaceLinks(manager, risk.id, {
        areaIds: input.areaIds,
        threatenedActionIds: input.threatenedActionIds ?? [],
        mitigatingActionIds: input.mitigatingActionIds ?? [],
        mitigations: input.mitigations ?? [],
      });
      await this.audit.created(manager, actor, 'Risk', { ...risk, ...links });
      return risk;
    });
  }

  async update(actor: Actor, input: UpdateRiskInput): Promise<Risk> {
    await this.assertReferencesExist(input);
    return this.inTransaction(async (manager) => {
      const before = await this.lockForChange(manager, actor, input);
      const linksBefore = await this.links(manager, before.id);
      const kind = input.kind ?? before.kind;
      const impact = mergeBilingual(before.impact, input.impact);
      assertIssueImpact(kind, impact);
      const inherent = input.inherent ?? {
        likelihood: before.inherentLikelihood,
        consequence: before.inherentConsequence,
      };
      const target = input.target === undefined ? targetOf(before) : input.target;
      assertScores(inherent, target);
      const reviewEveryMonths = input.reviewEveryMonths ?? before.reviewEveryMonths;
      const after = await updateVersioned(
        manager,
        Risk,
        before.id,
        input.expectedVersion,
        {
          reference: input.reference ?? before.reference,
          kind,
          title: mergeBilingual(before.title, input.title, 'title'),
          description: mergeBilingual(before.description, input.description),
          category: input.category ?? before.category,
          ownerId: input.ownerId ?? before.ownerId,
          controls: mergeBilingual(before.controls, input.controls),
          impact,
          inherentLikelihood: inherent.likelihood,
          inherentConsequence: inherent.consequence,
          ...targetColumns(target),
          reviewEveryMonths,
          nextReviewDue:
            reviewEveryMonths === before.reviewEveryMonths
              ? before.nextReviewDue
              : nextRiskReview(await this.lastReviewedOn(manager, before.id), reviewEveryMonths),
        },
        toRiskModel,
      );
      const links = await this.replaceLinks(manager, after.id, {
        areaIds: input.areaIds ?? linksBefore.areaIds,
        threatenedActionIds: input.threatenedActionIds ?? linksBefore.threatenedActionIds,
        mitigatingActionIds: input.mitigatingActionIds ?? linksBefore.mitigatingActionIds,
        mitigations: input.mitigations ?? linksBefore.mitigations,
      });
      await this.audit.changed(
        manager,
        actor,
        'Risk',
        { ...before, ...linksBefore },
        {
          ...after,
          ...links,
        },
      );
      return after;
    });
  }

  /** Records a review: the new current score, dated, and when the next one is due. */
  async review(actor: Actor, input: ReviewRiskInput): Promise<Risk> {
    return this.inTransaction(async (manager) => {
      const before = await this.lockForChange(manager, actor, {
        id: input.riskId,
        expectedVersion: input.expectedVersion,
      });
      if (before.closedOn) throw conflict('A closed risk is not reviewed', { field: 'riskId' });
      const review = await manager.save(
        manager.create(RiskReview, {
          riskId: before.id,
          likelihood: input.current.likelihood,
          consequence: input.current.consequence,
          commentary: toBilingualColumns(input.commentary),
          reviewerId: actor.personId ?? before.ownerId,
          reviewedOn: this.clock.today(),
        }),
      );
      const after = await updateVersioned(
        manager,
        Risk,
        before.id,
        input.expectedVersion,
        {
          currentLikelihood: input.current.likelihood,
          currentConsequence: input.current.consequence,
          nextReviewDue: nextRiskReview(this.clock.today(), before.reviewEveryMonths),
        },
        toRiskModel,
      );
      await this.audit.created(manager, actor, 'RiskReview', review);
      return after;
    });
  }

  async close(actor: Actor, input: CloseRiskInput): Promise<Risk> {
    return this.changeState(actor, input, (risk) => {
      if (risk.closedOn) throw conflict('The risk is closed already', { field: 'id' });
      if (risk.kind === RiskKind.ISSUE && !hasSomeLanguage(input.resolution)) {
        throw badUserInput('resolution', 'an issue is closed with how it was resolved');
      }
      return {
        closedOn: this.clock.today(),
        closedReason: toBilingualColumns(input.reason),
        resolution: toBilingualColumns(input.resolution ?? {}),
      };
    });
  }

  /** Opens a closed risk again, due for review now. */
  async reopen(actor: Actor, input: RiskVersionInput): Promise<Risk> {
    return this.changeState(actor, input, (risk) => {
      if (!risk.closedOn) throw conflict('The risk is open already', { field: 'id' });
      return {
        closedOn: null,
        closedReason: toBilingualColumns({}),
        resolution: toBilingualColumns({}),
        nextReviewDue: this.clock.today(),
      };
    });
  }

  /** Takes a risk to the oversight board (the operational group decides). */
  async escalate(actor: Actor, input: EscalateRiskInput): Promise<Risk> {
    return this.changeState(actor, input, (risk) => {
      if (risk.closedOn) throw conflict('A closed risk is not escalated', { field: 'id' });
      if (risk.escalatedOn) throw conflict('The risk is escalated already', { field: 'id' });
      return {
        escalatedOn: this.clock.today(),
        escalatedById: actor.personId,
        escalationReason: toBilingualColumns(input.reason),
      };
    });
  }

  /** Hands an escalated risk back to the programme. */
  async deescalate(actor: Actor, input: RiskVersionInput): Promise<Risk> {
    return this.changeState(actor, input, (risk) => {
      if (!risk.escalatedOn) throw conflict('The risk is not escalated', { field: 'id' });
      return { escalatedOn: null, escalatedById: null, escalationReason: toBilingualColumns({}) };
    });
  }

  async setAppetite(actor: Actor, input: SetRiskAppetiteInput): Promise<RiskAppetite> {
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneBy(RiskAppetite, { category: input.category });
      if (!before) throw notFound('RiskAppetite', input.category, 'category');
      const after = await updateVersioned(
        manager,
        RiskAppetite,
        before.id,
        input.expectedVersion,
        { appetite: input.appetite },
        (current) => current,
      );
      await this.audit.changed(manager, actor, 'RiskAppetite', before, after);
      return after;
    });
  }

  listAppetites(): Promise<RiskAppetite[]> {
    return this.appetites.find({ order: { category: 'ASC' } });
  }

  appetiteLoader(loaders: RequestLoaders) {
    return loaders.get<RiskCategory, number>('risks.appetite', async (categories) => {
      const all = await this.listAppetites();
      return categories.map(
        (category) => all.find((row) => row.category === category)?.appetite ?? 25,
      );
    });
  }

  riskLoader(loaders: RequestLoaders) {
    return loaders.get<string, Risk | null>('risks.byId', (ids) =>
      EntityRows.of(this.risks).byIds(ids),
    );
  }

  areaIdsLoader(loaders: RequestLoaders) {
    return loaders.get<string, string[]>('risks.areaIds', async (ids) => {
      const rows: { riskId: string; id: string }[] = await this.dataSource.query(
        `SELECT risk_id AS "riskId", area_id AS id FROM risk_area WHERE risk_id = ANY($1)`,
        [ids],
      );
      return groupByKey(ids, rows, (row) => row.riskId).map((group) => group.map((r) => r.id));
    });
  }

  actionLinksLoader(loaders: RequestLoaders) {
    return loaders.get<string, { actionId: string; role: RiskActionRole }[]>(
      'risks.actions',
      async (ids) => {
        const rows: { riskId: string; actionId: string; role: RiskActionRole }[] =
          await this.dataSource.query(
            `SELECT risk_id AS "riskId", action_id AS "actionId", role
             FROM risk_action WHERE risk_id = ANY($1)`,
            [ids],
          );
        return groupByKey(ids, rows, (row) => row.riskId);
      },
    );
  }

  mitigationsLoader(loaders: RequestLoaders) {
    return loaders.get<string, RiskMitigation[]>('risks.mitigations', async (ids) =>
      groupByKey(
        ids,
        await EntityRows.of(this.mitigations).lookup(
          'WHERE t.risk_id = ANY($1) ORDER BY t.due_date, t.id',
          [ids],
        ),
        (mitigation) => mitigation.riskId,
      ),
    );
  }

  /** The score each risk had before its latest review (none when it has had only one). */
  previousScoreLoader(loaders: RequestLoaders) {
    return loaders.get<string, { likelihood: number; consequence: number } | null>(
      'risks.previousScore',
      async (ids) => {
        // The second-latest review of each, read backwards along risk_review_history.
        const rows: { riskId: string; likelihood: number; consequence: number }[] =
          await this.dataSource.query(
            `SELECT r.id AS "riskId", p.likelihood, p.consequence
             FROM unnest($1::uuid[]) AS r(id)
             CROSS JOIN LATERAL (
               SELECT likelihood, consequence FROM risk_review
               WHERE risk_id = r.id ORDER BY reviewed_at DESC, id DESC OFFSET 1 LIMIT 1) p`,
            [ids],
          );
        return groupByKey(ids, rows, (row) => row.riskId).map((group) => group[0] ?? null);
      },
    );
  }

  /** Every review of each risk, oldest first: the score history. */
  reviewsLoader(loaders: RequestLoaders) {
    return loaders.get<string, RiskReview[]>('risks.reviews', async (ids) =>
      groupByKey(
        ids,
        await EntityRows.of(this.reviews).lookup(
          'WHERE t.risk_id = ANY($1) ORDER BY t.risk_id, t.reviewed_at, t.id',
          [ids],
        ),
        (review) => review.riskId,
      ),
    );
  }

  /** Risks raised from any of these status updates, by reference. */
  raisedFrom(updateIds: readonly string[]): Promise<Risk[]> {
    return EntityRows.of(this.risks).lookup(
      'WHERE t.raised_from_update_id = ANY($1) ORDER BY substr(t.reference, 2)::int',
      [updateIds],
    );
  }

  /**
   * Every risk recorded by `day` as it stood then: its score from the latest review dated by
   * then, escalated or closed only if done by then, and its score at the end of `earlierDay`.
   * One statement, however many risks.
   */
  async asAt(day: string, earlierDay: string, manager?: EntityManager): Promise<RiskAsAt[]> {
    const scoreOn = (param: string) => `(SELECT ARRAY[r.likelihood, r.consequence]::int[]
        FROM risk_review r WHERE r.risk_id = t.id AND r.reviewed_on <= ${param}
        ORDER BY r.reviewed_on DESC, r.reviewed_at DESC, r.id DESC LIMIT 1)`;
    const rows: {
      id: string;
      reference: string;
      kind: RiskKind;
      title_en: string | null;
      title_cy: string | null;
      category: RiskCategory;
      owner_name: string;
      current: [number, number] | null;
      earlier: [number, number] | null;
      target_likelihood: number | null;
      target_consequence: number | null;
      appetite: number;
      recorded_on: string;
      escalated_on: string | null;
      closed_on: string | null;
    }[] = await (manager ?? this.dataSource.manager).query(
      `SELECT * FROM (
         SELECT t.id, t.reference, t.kind, t.title_en, t.title_cy, t.category,
           p.name AS owner_name, ${scoreOn('$1')} AS current, ${scoreOn('$2')} AS earlier,
           t.target_likelihood, t.target_consequence, coalesce(a.appetite, 25) AS appetite,
           (SELECT min(r.reviewed_on) FROM risk_review r WHERE r.risk_id = t.id)::text
             AS recorded_on,
           CASE WHEN t.escalated_on <= $1 THEN t.escalated_on::text END AS escalated_on,
           CASE WHEN t.closed_on <= $1 THEN t.closed_on::text END AS closed_on
         FROM risk t JOIN person p ON p.id = t.owner_id
         LEFT JOIN risk_appetite a ON a.category = t.category) found
       WHERE current IS NOT NULL`,
      [day, earlierDay],
    );
    const score = (pair: [number, number] | null): RiskScore | null =>
      pair ? { likelihood: pair[0], consequence: pair[1] } : null;
    return rows.map((row) => ({
      id: row.id,
      reference: row.reference,
      kind: row.kind,
      title: { en: row.title_en, cy: row.title_cy },
      category: row.category,
      ownerName: row.owner_name,
      current: score(row.current) as RiskScore,
      earlier: score(row.earlier),
      target:
        row.target_likelihood && row.target_consequence
          ? { likelihood: row.target_likelihood, consequence: row.target_consequence }
          : null,
      appetite: row.appetite,
      recordedOn: row.recorded_on,
      escalatedOn: row.escalated_on,
      closedOn: row.closed_on,
    }));
  }

  /** The open risks linked to each action, highest score first. */
  risksOfActionLoader(loaders: RequestLoaders) {
    return loaders.get<string, Risk[]>('risks.byActionId', async (actionIds) => {
      const rows = EntityRows.of(this.risks);
      const found: Record<string, unknown>[] = await this.dataSource.query(
        `SELECT DISTINCT ON (rx.action_id, t.id) rx.action_id AS "ofAction", ${rows.columns('t')}
         FROM risk_action rx JOIN risk t ON t.id = rx.risk_id
         WHERE rx.action_id = ANY($1) AND t.closed_on IS NULL
         ORDER BY rx.action_id, t.id`,
        [actionIds],
      );
      return groupByKey(actionIds, found, (row) => row['ofAction'] as string).map((group) =>
        group.map((row) => rows.fromRow(row)).sort((a, b) => currentScoreOf(b) - currentScoreOf(a)),
      );
    });
  }

  private async lockForChange(
    manager: EntityManager,
    actor: Actor,
    input: { id: string; expectedVersion: number },
  ): Promise<Risk> {
    const risk = await this.getRisk(input.id, 'id', manager);
    if (!canUpdateRisk(actor, risk)) {
      throw forbidden('Only the risk’s owner or the operational group can change it');
    }
    assertVersion(risk.version, input.expectedVersion, () => toRiskModel(risk));
    return risk;
  }

  private changeState(
    actor: Actor,
    input: RiskVersionInput,
    changes: (risk: Risk) => Partial<Risk>,
  ): Promise<Risk> {
    return this.inTransaction(async (manager) => {
      const before = await this.lockForChange(manager, actor, input);
      const after = await updateVersioned(
        manager,
        Risk,
        before.id,
        input.expectedVersion,
        changes(before),
        toRiskModel,
      );
      await this.audit.changed(manager, actor, 'Risk', before, after);
      return after;
    });
  }

  private async nextReference(manager: EntityManager): Promise<string> {
    // One numbering at a time: two risks recorded together would otherwise take the same number.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('risk.reference'))`);
    const [row] = await manager.query(
      `SELECT coalesce(max(substr(reference, 2)::int), 0) + 1 AS next FROM risk`,
    );
    return `R${row.next}`;
  }

  private async lastReviewedOn(manager: EntityManager, riskId: string): Promise<string> {
    const [row] = await manager.query(
      `SELECT max(reviewed_on)::text AS day FROM risk_review WHERE risk_id = $1`,
      [riskId],
    );
    return row.day;
  }

  private async links(manager: EntityManager, riskId: string) {
    const areas = await manager.find(RiskArea, { where: { riskId } });
    const actions = await manager.find(RiskAction, { where: { riskId } });
    const mitigations = await manager.find(RiskMitigation, {
      where: { riskId },
      order: { dueDate: 'ASC', id: 'ASC' },
    });
    const withRole = (role: RiskActionRole) =>
      actions.filter((link) => link.role === role).map((link) => link.actionId);
    return {
      areaIds: areas.map((area) => area.areaId),
      threatenedActionIds: withRole(RiskActionRole.THREATENS),
      mitigatingActionIds: withRole(RiskActionRole.MITIGATES),
      mitigations: mitigations.map((mitigation) => ({
        id: mitigation.id,
        description: mitigation.description as BilingualText,
        ownerId: mitigation.ownerId,
        dueDate: mitigation.dueDate,
        completedOn: mitigation.completedOn,
      })),
    };
  }

  private async replaceLinks(
    manager: EntityManager,
    riskId: string,
    links: {
      areaIds: string[];
      threatenedActionIds: string[];
      mitigatingActionIds: string[];
      mitigations: RiskMitigationInput[];
    },
  ) {
    await manager.delete(RiskArea, { riskId });
    await manager.delete(RiskAction, { riskId });
    await manager.insert(
      RiskArea,
      links.areaIds.map((areaId) => ({ riskId, areaId })),
    );
    const actions = [
      ...links.threatenedActionIds.map((actionId) => ({
        riskId,
        actionId,
        role: RiskActionRole.THREATENS,
      })),
      ...links.mitigatingActionIds.map((actionId) => ({
        riskId,
        actionId,
        role: RiskActionRole.MITIGATES,
      })),
    ];
    if (actions.length) await manager.insert(RiskAction, actions);
    const mitigations = await this.replaceMitigations(manager, riskId, links.mitigations);
    return { ...links, mitigations };
  }

  /** Keeps the follow-ups named by id (changed as given), adds new ones, removes the rest. */
  private async replaceMitigations(
    manager: EntityManager,
    riskId: string,
    wanted: RiskMitigationInput[],
  ) {
    const existing = await manager.find(RiskMitigation, { where: { riskId } });
    wanted.forEach((mitigation, index) => {
      if (mitigation.id && !existing.some((row) => row.id === mitigation.id)) {
        throw notFound('RiskMitigation', mitigation.id, `mitigations.${index}.id`);
      }
    });
    const kept = new Set(wanted.map((mitigation) => mitigation.id).filter(Boolean));
    const removed = existing.filter((row) => !kept.has(row.id)).map((row) => row.id);
    if (removed.length) await manager.delete(RiskMitigation, { id: In(removed) });
    const rows = wanted.map((mitigation) =>
      manager.create(RiskMitigation, {
        ...(mitigation.id ? { id: mitigation.id } : {}),
        riskId,
        description: toBilingualColumns(mitigation.description),
        ownerId: mitigation.ownerId,
        dueDate: mitigation.dueDate,
        completedOn: mitigation.completedOn ?? null,
      }),
    );
    return rows.length ? manager.save(rows) : [];
  }

  /** The owners, areas and actions named must exist; checked before anything is written. */
  private async assertReferencesExist(input: {
    ownerId?: string;
    areaIds?: string[];
    threatenedActionIds?: string[];
    mitigatingActionIds?: string[];
    mitigations?: RiskMitigationInput[];
  }): Promise<void> {
    if (input.ownerId) await this.directory.getPerson(input.ownerId, 'ownerId');
    for (const [index, mitigation] of (input.mitigations ?? []).entries()) {
      await this.directory.getPerson(mitigation.ownerId, `mitigations.${index}.ownerId`);
    }
    await assertAllExist(this.dataSource, StrategicArea, 'StrategicArea', input.areaIds, 'areaIds');
    await assertAllExist(
      this.dataSource,
      Action,
      'Action',
      input.threatenedActionIds,
      'threatenedActionIds',
    );
    await assertAllExist(
      this.dataSource,
      Action,
      'Action',
      input.mitigatingActionIds,
      'mitigatingActionIds',
    );
  }

  private async inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if (isUniqueViolation(error, 'risk_reference')) {
        throw conflict('Another risk has that reference', { field: 'reference' });
      }
      throw error;
    }
  }
}

export function currentScoreOf(risk: Risk): number {
  return riskScore({ likelihood: risk.currentLikelihood, consequence: risk.currentConsequence });
}

function targetOf(risk: Risk): RiskTargetInput | null {
  return risk.targetLikelihood && risk.targetConsequence && risk.targetDate
    ? {
        likelihood: risk.targetLikelihood,
        consequence: risk.targetConsequence,
        date: risk.targetDate,
      }
    : null;
}

function targetColumns(target: RiskTargetInput | null) {
  return {
    targetLikelihood: target?.likelihood ?? null,
    targetConsequence: target?.consequence ?? null,
    targetDate: target?.date ?? null,
  };
}

/** Controls and mitigations bring a risk down: its target cannot score above its inherent. */
function assertScores(inherent: RiskScoreInput, target: RiskTargetInput | null | undefined): void {
  if (target && riskScore(target) > riskScore(inherent)) {
    throw badUserInput('target', 'must score no more than the inherent score');
  }
}

function assertIssueImpact(kind: RiskKind, impact: Partial<BilingualText> | undefined): void {
  if (kind === RiskKind.ISSUE && !hasSomeLanguage(impact)) {
    throw badUserInput('impact', 'an issue is recorded with what it has done to delivery');
  }
}
