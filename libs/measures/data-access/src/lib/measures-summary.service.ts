import { Injectable } from '@nestjs/common';

import type { RequestLoaders } from '@cynnydd/server/core';
import { MeasureRag } from '@cynnydd/shared/domain';

import { assessFigure } from './measure-assessment';
import { MeasureValuesService } from './measure-values.service';
import { MeasuresService } from './measures.service';
import { toMeasureModel } from './models/measure.model';
import { MeasureRagCountsModel, type MeasuresSummaryModel } from './models/measures-summary.model';

const RAG_ORDER: readonly MeasureRag[] = [MeasureRag.RED, MeasureRag.AMBER, MeasureRag.GREEN];

/** The overview's measures panel: counts by RAG and the measures that got worse. */
@Injectable()
export class MeasuresSummaryService {
  constructor(
    private readonly measures: MeasuresService,
    private readonly values: MeasureValuesService,
  ) {}

  async summarise(loaders: RequestLoaders): Promise<MeasuresSummaryModel> {
    const measures = await this.measures.list();
    const ids = measures.map((measure) => measure.id);
    const [targets, recent] = await Promise.all([
      this.measures.targetsLoader(loaders).loadMany(ids),
      this.values.recent(ids, 2, null),
    ]);
    const counts = new MeasureRagCountsModel();
    const worsened = measures.filter((measure, index) => {
      const measureTargets = targets[index];
      if (measureTargets instanceof Error) throw measureTargets;
      const [previous, latest] =
        recent[index].length === 2 ? recent[index] : [null, ...recent[index]];
      counts.total += 1;
      const assessed =
        latest && assessFigure(measure, measureTargets, latest.value, latest.revised);
      if (!latest || latest.value.value === null) counts.noFigure += 1;
      else if (!assessed?.rag) counts.contextual += 1;
      else
        counts[
          assessed.rag === MeasureRag.RED
            ? 'red'
            : assessed.rag === MeasureRag.AMBER
              ? 'amber'
              : 'green'
        ] += 1;
      const before = previous && assessFigure(measure, measureTargets, previous.value, false).rag;
      return (
        !!assessed?.rag && !!before && RAG_ORDER.indexOf(assessed.rag) < RAG_ORDER.indexOf(before)
      );
    });
    return { counts, worsened: worsened.map(toMeasureModel) };
  }
}
