import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type Repository } from 'typeorm';

import { AuditService } from '@cynnydd/audit/data-access';
import {
  badUserInput,
  Clock,
  conflict,
  EntityRows,
  forbidden,
  groupByKey,
  preparedStatement,
  toBilingualColumns,
  type RequestLoaders,
} from '@cynnydd/server/core';
import {
  canReportOn,
  MEASURE_FREQUENCY_LABELS,
  measurePeriodEnd,
  measurePeriodStart,
  ValueQuality,
  type Actor,
} from '@cynnydd/shared/domain';

import type { SubmitMeasureValueInput } from './dto/measure-value.inputs';
import type { Figure } from './measure-assessment';
import { MeasureValue } from './measure-value.entity';
import type { Measure } from './measure.entity';
import { MeasuresService } from './measures.service';

/** A period's current figure, and whether it replaced an earlier one. */
export interface CurrentFigure {
  value: MeasureValue;
  revised: boolean;
}

/** May the actor report this measure's figures? Its owner, or anyone reporting on any action. */
export function canReportFigures(actor: Actor, measure: Pick<Measure, 'ownerId'>): boolean {
  return canReportOn(actor, { ownerIds: [measure.ownerId], delegateIds: [] });
}

/** How many periods' figures a list shows for a sparkline. */
export const RECENT_PERIODS = 12;

/** Measures' figures: submitted, revised (never changed in place) and read per period. */
@Injectable()
export class MeasureValuesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(MeasureValue) private readonly values: Repository<MeasureValue>,
    private readonly measures: MeasuresService,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /**
   * Adds a figure for a period. A period that has one already takes a revision only from
   * someone who saw its current figure (`revises`); the measure is locked meanwhile, so two
   * revisions of one period cannot both win. Within a caller's transaction it writes there.
   */
  async submit(
    actor: Actor,
    input: SubmitMeasureValueInput,
    within?: EntityManager,
  ): Promise<CurrentFigure> {
    const work = async (manager: EntityManager) => {
      const measure = await this.measures.getMeasure(input.measureId, 'measureId', manager);
      if (!canReportFigures(actor, measure)) {
        throw forbidden('Only the measure’s owner or the operational group can report its figures');
      }
      this.assertPeriod(measure, input.periodStart);
      const figure = figureOf(input);
      const current = await this.currentIn(manager, measure.id, input.periodStart);
      if (current && input.revises !== current.id) {
        throw conflict('This period already has a figure; revise the one shown now', {
          field: 'revises',
          current: { id: current.id, value: current.value, submittedAt: current.submittedAt },
        });
      }
      if (!current && input.revises) {
        throw conflict('This period has no figure to revise', { field: 'revises' });
      }
      const value = await manager.save(
        manager.create(MeasureValue, {
          measureId: measure.id,
          periodStart: input.periodStart,
          periodEnd: measurePeriodEnd(measure.frequency, input.periodStart),
          ...figure,
          commentary: toBilingualColumns(input.commentary ?? {}),
          breakdowns: (input.breakdowns ?? []).map((part) => ({
            label: toBilingualColumns(part.label),
            value: part.value,
          })),
          authorId: actor.personId as string,
        }),
      );
      await this.audit.created(manager, actor, 'MeasureValue', value);
      return { value, revised: current !== null };
    };
    if (!actor.personId) throw forbidden('Only an account linked to a person can report figures');
    return within ? work(within) : this.dataSource.transaction(work);
  }

  private assertPeriod(measure: Measure, periodStart: string): void {
    if (measurePeriodStart(measure.frequency, periodStart) !== periodStart) {
      const frequency = MEASURE_FREQUENCY_LABELS[measure.frequency].en.toLowerCase();
      throw badUserInput(
        'periodStart',
        `must be the first day of a period of this ${frequency} measure, e.g. ${measurePeriodStart(measure.frequency, this.clock.today())}`,
      );
    }
    if (periodStart > this.clock.today()) {
      throw badUserInput('periodStart', 'is a period that has not started yet');
    }
  }

  private currentIn(manager: EntityManager, measureId: string, periodStart: string) {
    return manager.findOne(MeasureValue, {
      where: { measureId, periodStart },
      order: { submittedAt: 'DESC', id: 'DESC' },
    });
  }

  /**
   * Each measure's current figures for its latest `limit` periods ended by `endedBy` (all, when
   * null), oldest first: one statement, each measure read backwards along its index.
   */
  recentLoader(loaders: RequestLoaders, limit = RECENT_PERIODS, endedBy: string | null = null) {
    return loaders.get<string, CurrentFigure[]>(`measures.recent:${limit}:${endedBy}`, (ids) =>
      this.recent(ids, limit, endedBy),
    );
  }

  async recent(
    measureIds: readonly string[],
    limit: number,
    endedBy: string | null,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CurrentFigure[][]> {
    const rows = EntityRows.of(this.values);
    const found: Record<string, unknown>[] = await manager.query(
      `SELECT v.* FROM unnest($1::uuid[]) AS m(id)
       CROSS JOIN LATERAL (
         SELECT DISTINCT ON (t.period_start) ${rows.columns('t')},
           EXISTS (SELECT 1 FROM measure_value e WHERE e.measure_id = t.measure_id
             AND e.period_start = t.period_start AND e.id <> t.id) AS "revised"
         FROM measure_value t
         WHERE t.measure_id = m.id AND ($3::date IS NULL OR t.period_end <= $3)
         ORDER BY t.period_start DESC, t.submitted_at DESC, t.id DESC
         LIMIT $2) v`,
      [measureIds, limit, endedBy],
    );
    return groupByKey(measureIds, found, (row) => row['measure_id'] as string).map((group) =>
      group
        .map((row) => ({ value: rows.fromRow(row), revised: row['revised'] as boolean }))
        .reverse(),
    );
  }

  /** `latestFigures` for the measures a request asks for, batched. */
  latestFiguresLoader(loaders: RequestLoaders, limit: number) {
    return loaders.get<string, Figure[]>(`measures.latestFigures:${limit}`, (ids) =>
      this.latestFigures(ids, limit),
    );
  }

  /**
   * Each measure's latest `limit` periods' current figures, newest first, as just the period and
   * figure: what a summary or a sparkline needs, without reading whole rows.
   */
  async latestFigures(measureIds: readonly string[], limit: number): Promise<Figure[][]> {
    const found: { measureId: string; periodStart: string; value: string | null }[] =
      await this.dataSource.query(
        preparedStatement(
          `SELECT m.id AS "measureId", f.period_start AS "periodStart", f.value
           FROM unnest($1::uuid[]) AS m(id)
           CROSS JOIN LATERAL (
             SELECT DISTINCT ON (t.period_start) t.period_start, t.value FROM measure_value t
             WHERE t.measure_id = m.id
             ORDER BY t.period_start DESC, t.submitted_at DESC, t.id DESC LIMIT $2) f`,
        ),
        [measureIds, limit],
      );
    return groupByKey(measureIds, found, (row) => row.measureId).map((group) =>
      group.map(({ periodStart, value }) => ({
        periodStart,
        value: value === null ? null : Number(value),
      })),
    );
  }

  /** Every figure ever given for the measure, by period then as given. */
  history(measureId: string): Promise<MeasureValue[]> {
    return EntityRows.of(this.values).find(
      'WHERE t.measure_id = $1 ORDER BY t.period_start, t.submitted_at, t.id',
      [measureId],
    );
  }
}

function figureOf(input: SubmitMeasureValueInput) {
  if (input.quality === ValueQuality.NOT_AVAILABLE) {
    if (input.value !== undefined && input.value !== null) {
      throw badUserInput('value', 'must be left out when the figure is not available');
    }
    const reason = toBilingualColumns(input.notAvailableReason ?? {});
    if (!reason.en && !reason.cy) {
      throw badUserInput('notAvailableReason', 'say why the figure is not available');
    }
    return { value: null, quality: input.quality, notAvailableReason: reason };
  }
  if (input.value === undefined || input.value === null) {
    throw badUserInput('value', 'is required unless the figure is not available');
  }
  return {
    value: input.value,
    quality: input.quality,
    notAvailableReason: toBilingualColumns({}),
  };
}
