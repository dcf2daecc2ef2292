import type { EntityManager } from 'typeorm';

import {
  assessFigure,
  countMeasure,
  explainRag,
  Measure,
  MeasureRagCountsModel,
  measureReferenceOrder,
  MeasureTarget,
  periodLabelOf,
  trendsOf,
  type CurrentFigure,
} from '@cynnydd/measures/data-access';
import { EntityRows, toBilingualModel } from '@cynnydd/server/core';
import { MeasureRag } from '@cynnydd/shared/domain';

import { type ReportMeasureModel, type ReportMeasuresModel } from './models/report-content.model';

/** How many periods' figures a report keeps per measure, for its trend chart. */
export const REPORT_TREND_PERIODS = 8;

/** A measure with what the report says of it besides its figures. */
export interface MeasureWithLinks {
  measure: Measure;
  targets: MeasureTarget[];
  areaNumbers: number[];
}

/** Every measure with its targets and area numbers, by reference: one statement. */
export async function readMeasures(manager: EntityManager): Promise<MeasureWithLinks[]> {
  const rows = EntityRows.of(manager.getRepository(Measure));
  const found: Record<string, unknown>[] = await manager.query(
    `SELECT ${rows.columns('t')},
       coalesce((SELECT array_agg(a.number ORDER BY a.number) FROM measure_area ma
         JOIN strategic_area a ON a.id = ma.area_id WHERE ma.measure_id = t.id), '{}') AS "areaNumbers",
       coalesce((SELECT json_agg(json_build_object('financialYear', mt.financial_year,
           'value', mt.value) ORDER BY mt.financial_year)
         FROM measure_target mt WHERE mt.measure_id = t.id), '[]') AS "targets"
     FROM measure t ORDER BY ${measureReferenceOrder('t')}`,
  );
  return found.map((row) => {
    const measure = rows.fromRow(row);
    return {
      measure,
      areaNumbers: row['areaNumbers'] as number[],
      targets: (row['targets'] as { financialYear: number; value: number | string }[]).map(
        (target) =>
          Object.assign(new MeasureTarget(), {
            measureId: measure.id,
            financialYear: target.financialYear,
            value: Number(target.value),
          }),
      ),
    };
  });
}

const OFF_TARGET = new Set<MeasureRag | null>([MeasureRag.RED, MeasureRag.AMBER]);

/**
 * The measures section: each measure's latest figure for a period ended by `endedBy`, its RAG
 * and direction of travel, the figures for its trend chart, counts by RAG and those off target.
 * `recent[i]` are the current figures of `measures[i]`, oldest first.
 */
export function measuresSection(
  measures: MeasureWithLinks[],
  recent: CurrentFigure[][],
  endedBy: string,
): ReportMeasuresModel {
  const counts = new MeasureRagCountsModel();
  const lines = measures.map(({ measure, targets, areaNumbers }, index): ReportMeasureModel => {
    const figures = recent[index] ?? [];
    const assessed = figures.map(({ value, revised }) => ({
      value,
      assessment: assessFigure(measure, targets, value, revised),
    }));
    const last = assessed.at(-1);
    const latest = last
      ? {
          periodLabel: periodLabelOf(measure.frequency, last.value.periodStart),
          periodEnd: last.assessment.periodEnd,
          value: last.value.value,
          target: last.assessment.target,
          quality: last.value.quality,
          revised: last.assessment.revised,
          rag: last.assessment.rag,
          ragExplanation: explainRag(last.assessment.reason),
          commentary: toBilingualModel(last.value.commentary),
          notAvailableReason: toBilingualModel(last.value.notAvailableReason),
        }
      : null;
    countMeasure(counts, latest ?? undefined);
    return {
      measureId: measure.id,
      reference: measure.reference,
      name: toBilingualModel(measure.name),
      unit: measure.unit,
      direction: measure.direction,
      frequency: measure.frequency,
      areaNumbers,
      wellBeingGoals: measure.wellBeingGoals,
      latest,
      trend: trendsOf(
        measure,
        figures.map(({ value }) => value),
      ),
      recent: assessed.map(({ value, assessment }) => ({
        periodLabel: periodLabelOf(measure.frequency, value.periodStart),
        periodEnd: assessment.periodEnd,
        value: value.value,
        target: assessment.target,
      })),
    };
  });
  return {
    endedBy,
    counts,
    measures: lines,
    offTarget: lines.filter((line) => OFF_TARGET.has(line.latest?.rag ?? null)),
  };
}
