import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type Repository } from 'typeorm';

import { AuditService } from '@cynnydd/audit/data-access';
import { DirectoryService } from '@cynnydd/directory/data-access';
import { Action } from '@cynnydd/plans/data-access';
import {
  assertAllExist,
  assertVersion,
  badUserInput,
  conflict,
  EntityRows,
  groupByKey,
  isUniqueViolation,
  mergeBilingual,
  notFound,
  toBilingualColumns,
  updateVersioned,
  type RequestLoaders,
} from '@cynnydd/server/core';
import {
  financialYearLabel,
  parseFinancialYear,
  type Actor,
  type WellBeingGoal,
} from '@cynnydd/shared/domain';
import { StrategicArea } from '@cynnydd/strategy/data-access';

import type {
  CreateMeasureInput,
  MeasureTargetInput,
  UpdateMeasureInput,
} from './dto/measure.inputs';
import { Measure, MeasureAction, MeasureArea, MeasureTarget } from './measure.entity';
import { toMeasureModel } from './models/measure.model';

export interface MeasureFilter {
  areaId?: string | null;
  ownerId?: string | null;
  /** Tagged with any of these goals. */
  wellBeingGoals?: readonly WellBeingGoal[] | null;
}

/** SQL ordering measures (alias `alias`) by reference as numbers: M2 before M10, M4.2 before M4.10. */
export const measureReferenceOrder = (alias: string) =>
  `string_to_array(substr(${alias}.reference, 2), '.')::int[], ${alias}.id`;
const REFERENCE_ORDER = measureReferenceOrder('t');

/** The measures (alias `t`) a `MeasureFilter` selects, with `filterParameters` as $1–$3. */
const FILTER_WHERE = `WHERE ($1::uuid IS NULL OR EXISTS (
    SELECT 1 FROM measure_area ma WHERE ma.measure_id = t.id AND ma.area_id = $1))
  AND ($2::uuid IS NULL OR t.owner_id = $2)
  AND ($3::text[] IS NULL OR t.well_being_goals::text[] && $3::text[])`;

const filterParameters = (filter: MeasureFilter) => [
  filter.areaId ?? null,
  filter.ownerId ?? null,
  filter.wellBeingGoals?.length ? filter.wellBeingGoals : null,
];

/** Measures: what they count, their areas, contributing actions and targets. */
@Injectable()
export class MeasuresService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Measure) private readonly measures: Repository<Measure>,
    @InjectRepository(MeasureTarget) private readonly targets: Repository<MeasureTarget>,
    private readonly directory: DirectoryService,
    private readonly audit: AuditService,
  ) {}

  /** With a transaction's manager, the measure is locked FOR UPDATE until it commits. */
  async getMeasure(id: string, field = 'id', manager?: EntityManager): Promise<Measure> {
    const measure = manager
      ? await manager.findOne(Measure, { where: { id }, lock: { mode: 'pessimistic_write' } })
      : (await EntityRows.of(this.measures).byIds([id]))[0];
    if (!measure) throw notFound('Measure', id, field);
    return measure;
  }

  /** Measures by reference, optionally of one area or owner, or tagged with any of some goals. */
  list(filter: MeasureFilter = {}): Promise<Measure[]> {
    return EntityRows.of(this.measures).find(
      `${FILTER_WHERE} ORDER BY ${REFERENCE_ORDER}`,
      filterParameters(filter),
    );
  }

  /** A page of the measures `filter` selects, by reference, and how many it selects in all. */
  async page(
    filter: MeasureFilter,
    offset: number,
    limit: number,
  ): Promise<{ measures: Measure[]; totalCount: number }> {
    const parameters = filterParameters(filter);
    const [measures, [{ count }]] = await Promise.all([
      EntityRows.of(this.measures).find(
        `${FILTER_WHERE} ORDER BY ${REFERENCE_ORDER} LIMIT $4 OFFSET $5`,
        [...parameters, limit, offset],
      ),
      this.dataSource.query(
        `SELECT count(*)::int AS count FROM measure t ${FILTER_WHERE}`,
        parameters,
      ) as Promise<{ count: number }[]>,
    ]);
    return { measures, totalCount: count };
  }

  async create(actor: Actor, input: CreateMeasureInput): Promise<Measure> {
    await this.assertReferencesExist(input);
    assertTolerances(input.amberTolerance ?? 0, input.redTolerance);
    return this.inTransaction(async (manager) => {
      const measure = await manager.save(
        manager.create(Measure, {
          reference: input.reference,
          name: toBilingualColumns(input.name),
          definition: toBilingualColumns(input.definition ?? {}),
          calculation: toBilingualColumns(input.calculation ?? {}),
          dataSource: toBilingualColumns(input.dataSource ?? {}),
          unit: input.unit,
          direction: input.direction,
          frequency: input.frequency,
          ownerId: input.ownerId,
          themes: input.themes ?? [],
          wellBeingGoals: input.wellBeingGoals ?? [],
          waysOfWorking: input.waysOfWorking ?? [],
          amberTolerance: input.amberTolerance ?? 0,
          redTolerance: input.redTolerance,
          baselineValue: input.baseline?.value ?? null,
          baselineDate: input.baseline?.date ?? null,
        }),
      );
      const links = await this.replaceLinks(manager, measure.id, {
        areaIds: input.areaIds,
        actionIds: input.actionIds ?? [],
        targets: input.targets ?? [],
      });
      await this.audit.created(manager, actor, 'Measure', { ...measure, ...links });
      return measure;
    });
  }

  async update(actor: Actor, input: UpdateMeasureInput): Promise<Measure> {
    await this.assertReferencesExist(input);
    return this.inTransaction(async (manager) => {
      const before = await this.getMeasure(input.id, 'id', manager);
      const linksBefore = await this.links(manager, before.id);
      const current = (measure: Measure) => ({ ...toMeasureModel(measure), ...linksBefore });
      assertVersion(before.version, input.expectedVersion, () => current(before));
      const amberTolerance = input.amberTolerance ?? before.amberTolerance;
      const redTolerance = input.redTolerance ?? before.redTolerance;
      assertTolerances(amberTolerance, redTolerance);
      const baseline =
        input.baseline === undefined
          ? { baselineValue: before.baselineValue, baselineDate: before.baselineDate }
          : {
              baselineValue: input.baseline?.value ?? null,
              baselineDate: input.baseline?.date ?? null,
            };
      const after = await updateVersioned(
        manager,
        Measure,
        before.id,
        input.expectedVersion,
        {
          reference: input.reference ?? before.reference,
          name: mergeBilingual(before.name, input.name, 'name'),
          definition: mergeBilingual(before.definition, input.definition),
          calculation: mergeBilingual(before.calculation, input.calculation),
          dataSource: mergeBilingual(before.dataSource, input.dataSource),
          unit: input.unit ?? before.unit,
          direction: input.direction ?? before.direction,
          frequency: input.frequency ?? before.frequency,
          ownerId: input.ownerId ?? before.ownerId,
          themes: input.themes ?? before.themes,
          wellBeingGoals: input.wellBeingGoals ?? before.wellBeingGoals,
          waysOfWorking: input.waysOfWorking ?? before.waysOfWorking,
          amberTolerance,
          redTolerance,
          ...baseline,
        },
        current,
      );
      if (after.frequency !== before.frequency && (await this.hasValues(manager, before.id))) {
        throw badUserInput('frequency', 'cannot change once the measure has figures');
      }
      const links = await this.replaceLinks(manager, after.id, {
        areaIds: input.areaIds ?? linksBefore.areaIds,
        actionIds: input.actionIds ?? linksBefore.actionIds,
        targets:
          input.targets ??
          linksBefore.targets.map((target) => ({
            financialYear: financialYearLabel(target.financialYear),
            value: target.value,
          })),
      });
      await this.audit.changed(
        manager,
        actor,
        'Measure',
        { ...before, ...linksBefore },
        {
          ...after,
          ...links,
        },
      );
      return after;
    });
  }

  measureLoader(loaders: RequestLoaders) {
    return loaders.get<string, Measure | null>('measures.byId', (ids) =>
      EntityRows.of(this.measures).byIds(ids),
    );
  }

  areaIdsLoader(loaders: RequestLoaders) {
    return loaders.get<string, string[]>('measures.areaIds', (ids) =>
      this.linkedIds('measure_area', 'area_id', ids),
    );
  }

  actionIdsLoader(loaders: RequestLoaders) {
    return loaders.get<string, string[]>('measures.actionIds', (ids) =>
      this.linkedIds('measure_action', 'action_id', ids),
    );
  }

  /** The measures an action contributes to, by reference. */
  measuresOfActionLoader(loaders: RequestLoaders) {
    return loaders.get<string, Measure[]>('measures.byActionId', async (actionIds) => {
      const rows = EntityRows.of(this.measures);
      const found: Record<string, unknown>[] = await this.dataSource.query(
        `SELECT ma.action_id AS "ofAction", ${rows.columns('t')}
         FROM measure_action ma JOIN measure t ON t.id = ma.measure_id
         WHERE ma.action_id = ANY($1) ORDER BY ${REFERENCE_ORDER}`,
        [actionIds],
      );
      return groupByKey(actionIds, found, (row) => row['ofAction'] as string).map((group) =>
        group.map((row) => rows.fromRow(row)),
      );
    });
  }

  targetsLoader(loaders: RequestLoaders) {
    return loaders.get<string, MeasureTarget[]>('measures.targets', (ids) => this.targetsOf(ids));
  }

  /** Targets of each measure, by year. */
  async targetsOf(measureIds: readonly string[]): Promise<MeasureTarget[][]> {
    return groupByKey(
      measureIds,
      await EntityRows.of(this.targets).lookup(
        'WHERE t.measure_id = ANY($1) ORDER BY t.financial_year',
        [measureIds],
      ),
      (target) => target.measureId,
    );
  }

  private async linkedIds(
    table: 'measure_area' | 'measure_action',
    column: 'area_id' | 'action_id',
    measureIds: readonly string[],
  ): Promise<string[][]> {
    const rows: { measureId: string; id: string }[] = await this.dataSource.query(
      `SELECT measure_id AS "measureId", ${column} AS id FROM ${table} WHERE measure_id = ANY($1)`,
      [measureIds],
    );
    return groupByKey(measureIds, rows, (row) => row.measureId).map((group) =>
      group.map((row) => row.id),
    );
  }

  private async links(manager: EntityManager, measureId: string) {
    // One after another: a transaction's statements share its one connection.
    const areas = await manager.find(MeasureArea, { where: { measureId } });
    const actions = await manager.find(MeasureAction, { where: { measureId } });
    const targets = await manager.find(MeasureTarget, {
      where: { measureId },
      order: { financialYear: 'ASC' },
    });
    return {
      areaIds: areas.map((area) => area.areaId),
      actionIds: actions.map((action) => action.actionId),
      targets,
    };
  }

  private async replaceLinks(
    manager: EntityManager,
    measureId: string,
    links: { areaIds: string[]; actionIds: string[]; targets: MeasureTargetInput[] },
  ) {
    const years = links.targets.map((target, index) => {
      const year = parseFinancialYear(target.financialYear) as number;
      if (links.targets.findIndex((other) => other.financialYear === target.financialYear) < index)
        throw badUserInput(`targets.${index}.financialYear`, 'has a target already');
      return year;
    });
    await manager.delete(MeasureArea, { measureId });
    await manager.delete(MeasureAction, { measureId });
    await manager.delete(MeasureTarget, { measureId });
    await manager.insert(
      MeasureArea,
      links.areaIds.map((areaId) => ({ measureId, areaId })),
    );
    if (links.actionIds.length) {
      await manager.insert(
        MeasureAction,
        links.actionIds.map((actionId) => ({ measureId, actionId })),
      );
    }
    const targets = links.targets.map((target, index) => ({
      measureId,
      financialYear: years[index],
      value: target.value,
    }));
    if (targets.length) await manager.insert(MeasureTarget, targets);
    return {
      areaIds: links.areaIds,
      actionIds: links.actionIds,
      targets: targets.map(({ financialYear, value }) => ({ financialYear, value })),
    };
  }

  private async hasValues(manager: EntityManager, measureId: string): Promise<boolean> {
    const [row] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM measure_value WHERE measure_id = $1) AS "has"`,
      [measureId],
    );
    return row.has;
  }

  /** The owner, areas and actions named must exist; checked before anything is written. */
  private async assertReferencesExist(input: {
    ownerId?: string;
    areaIds?: string[];
    actionIds?: string[];
  }): Promise<void> {
    if (input.ownerId) await this.directory.getPerson(input.ownerId, 'ownerId');
    await assertAllExist(this.dataSource, StrategicArea, 'StrategicArea', input.areaIds, 'areaIds');
    await assertAllExist(this.dataSource, Action, 'Action', input.actionIds, 'actionIds');
  }

  private async inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if (isUniqueViolation(error, 'measure_reference')) {
        throw conflict('Another measure has that reference', { field: 'reference' });
      }
      throw error;
    }
  }
}

function assertTolerances(amber: number, red: number): void {
  if (red < amber) {
    throw badUserInput('redTolerance', 'must be at least the amber tolerance');
  }
}
