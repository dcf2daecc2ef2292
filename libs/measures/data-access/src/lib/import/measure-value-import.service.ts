import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

import { AuditAction, AuditService } from '@cynnydd/audit/data-access';
import {
  importResult,
  ImportRowStatus,
  type ImportFileInput,
  type ImportRowModel,
  type PlanImportModel,
} from '@cynnydd/plans/data-access';
import {
  badUserInput,
  Clock,
  DomainError,
  validateInput,
  type FieldProblem,
} from '@cynnydd/server/core';
import { measurePeriodStart, ValueQuality, type Actor } from '@cynnydd/shared/domain';

import { SubmitMeasureValueInput } from '../dto/measure-value.inputs';
import { MeasureValue } from '../measure-value.entity';
import { canReportFigures, MeasureValuesService } from '../measure-values.service';
import { Measure } from '../measure.entity';
import {
  readMeasureValueRows,
  type MeasureValueColumn,
  type MeasureValueRow,
} from './measure-value-sheet';

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Which column an input field of a figure came from, to point at the cell. */
const COLUMN_OF: Record<string, MeasureValueColumn> = {
  value: 'value',
  quality: 'quality',
  'notAvailableReason.en': 'reasonEn',
  'notAvailableReason.cy': 'reasonCy',
  'commentary.en': 'commentaryEn',
  'commentary.cy': 'commentaryCy',
};

interface Checked {
  outcome: ImportRowModel;
  input?: SubmitMeasureValueInput;
}

/**
 * Brings many measures' figures in from the measure-values sheet, checked by the same rules as
 * a figure typed in (same input class, same service), all written in one transaction or none.
 * A different figure for a period that has one is a revision; the same figure changes nothing.
 */
@Injectable()
export class MeasureValueImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly values: MeasureValuesService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  preview(actor: Actor, input: ImportFileInput): Promise<PlanImportModel> {
    return this.run(actor, input, false);
  }

  async import(actor: Actor, input: ImportFileInput): Promise<PlanImportModel> {
    const result = await this.run(actor, input, true);
    if (result.errorCount > 0) {
      throw badUserInput('file', `has ${result.errorCount} rows with errors: nothing was imported`);
    }
    return result;
  }

  private async run(actor: Actor, input: ImportFileInput, write: boolean) {
    const rows = await readMeasureValueRows(
      input.fileName,
      Buffer.from(input.contentBase64, 'base64'),
    );
    return this.dataSource.transaction(async (manager) => {
      const measures = new Map(
        (await manager.find(Measure)).map((measure) => [measure.reference, measure]),
      );
      const current = await this.currentFigures(manager);
      const seen = new Set<string>();
      const checked: Checked[] = [];
      for (const row of rows) checked.push(await this.check(actor, row, measures, current, seen));
      const outcomes = checked.map((item) => item.outcome);
      const result = importResult(input.fileName, outcomes);
      if (!write || result.errorCount > 0) return result;
      for (const item of checked) {
        if (item.input) await this.values.submit(actor, item.input, manager);
      }
      await this.audit.record(manager, actor, {
        action: AuditAction.CREATE,
        entityType: 'MeasureValueImport',
        entityId: actor.userId,
        after: {
          fileName: input.fileName,
          rows: rows.length,
          new: result.newCount,
          revised: result.changedCount,
          unchanged: result.unchangedCount,
        },
      });
      return { ...result, imported: true };
    });
  }

  /** Each period's current figure, keyed `${measureId}:${periodStart}`. */
  private async currentFigures(manager: EntityManager): Promise<Map<string, MeasureValue>> {
    const rows = await manager
      .createQueryBuilder(MeasureValue, 'v')
      .distinctOn(['v.measureId', 'v.periodStart'])
      .orderBy('v.measureId')
      .addOrderBy('v.periodStart')
      .addOrderBy('v.submittedAt', 'DESC')
      .addOrderBy('v.id', 'DESC')
      .getMany();
    return new Map(rows.map((value) => [`${value.measureId}:${value.periodStart}`, value]));
  }

  private async check(
    actor: Actor,
    row: MeasureValueRow,
    measures: Map<string, Measure>,
    current: Map<string, MeasureValue>,
    seen: Set<string>,
  ): Promise<Checked> {
    const { values } = row;
    const problems: FieldProblem[] = [];
    const problem = (column: MeasureValueColumn, message: string) =>
      problems.push({ field: row.cell(column), message });
    const outcome = (status: ImportRowStatus, changes: string[] = []): ImportRowModel => ({
      row: row.row,
      reference: values.reference,
      status,
      changes,
      problems: problems.map(({ field, message }) => ({ cell: field, message })),
    });

    const measure = measures.get(values.reference.toUpperCase());
    if (!measure) problem('reference', `there is no measure ${values.reference}`);
    else if (!canReportFigures(actor, measure)) {
      problem(
        'reference',
        `only its owner or the operational group can report ${measure.reference}`,
      );
    }
    const periodStart = values.periodStart;
    if (!CALENDAR_DATE.test(periodStart)) {
      problem('periodStart', `"${periodStart}" is not a date (YYYY-MM-DD)`);
    } else if (measure && measurePeriodStart(measure.frequency, periodStart) !== periodStart) {
      problem(
        'periodStart',
        `is not the first day of a period of ${measure.reference}; did you mean ${measurePeriodStart(measure.frequency, periodStart)}?`,
      );
    } else if (periodStart > this.clock.today()) {
      problem('periodStart', 'is a period that has not started yet');
    }
    const key = `${values.reference} ${periodStart}`;
    if (seen.has(key)) problem('reference', `${key} is in the file more than once`);
    seen.add(key);

    const quality = (values.quality || ValueQuality.CONFIRMED).toUpperCase() as ValueQuality;
    const figure = values.value === '' ? null : Number(values.value.replace(/,/g, ''));
    const candidate = {
      measureId: measure?.id ?? '00000000-0000-4000-8000-000000000000',
      periodStart,
      value: figure,
      quality,
      notAvailableReason: { en: values.reasonEn || null, cy: values.reasonCy || null },
      commentary: { en: values.commentaryEn || null, cy: values.commentaryCy || null },
    };
    try {
      await validateInput(SubmitMeasureValueInput, candidate);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      for (const { field, message } of error.extensions['problems'] as FieldProblem[]) {
        problem(COLUMN_OF[field] ?? 'value', message);
      }
    }
    if (quality === ValueQuality.NOT_AVAILABLE) {
      if (figure !== null) problem('value', 'must be empty when the figure is not available');
      if (!values.reasonEn && !values.reasonCy)
        problem('reasonEn', 'say why the figure is not available');
    } else if (figure === null) {
      problem('value', 'is required unless the quality is NOT_AVAILABLE');
    }
    if (problems.length || !measure) return { outcome: outcome(ImportRowStatus.ERROR) };

    const existing = current.get(`${measure.id}:${periodStart}`);
    if (
      existing &&
      existing.value === figure &&
      existing.quality === quality &&
      (existing.commentary.en ?? null) === candidate.commentary.en &&
      (existing.commentary.cy ?? null) === candidate.commentary.cy
    ) {
      return { outcome: outcome(ImportRowStatus.UNCHANGED) };
    }
    const input = await validateInput(SubmitMeasureValueInput, {
      ...candidate,
      revises: existing?.id ?? null,
    });
    return {
      outcome: existing
        ? outcome(ImportRowStatus.CHANGED, [`value: ${existing.value ?? '–'} → ${figure ?? '–'}`])
        : outcome(ImportRowStatus.NEW),
      input,
    };
  }
}
