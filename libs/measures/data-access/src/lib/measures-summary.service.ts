import { Injectable } from '@nestjs/common';

import type { RequestLoaders } from '@cynnydd/server/core';
import { MeasureRag } from '@cynnydd/shared/domain';

import { figureRag } from './measure-assessment';
import { MeasureValuesService } from './measure-values.service';
import { MeasuresService } from './measures.service';
import { toMeasureModel } from './models/measure.model';
import {
  countMeasure,
  MeasureRagCountsModel,
  type MeasuresSummaryModel,
} from './models/measures-summary.model';

const RAG_ORDER: readonly MeasureRag[] = [MeasureRag.RED, MeasureRag.AMBER, MeasureRag.GREEN];

/** The overview's measures panel: counts by RAG and the measures that got worse. */
@Injectable()
export class MeasuresSummaryService {
  constructor(
    private readonly measures: MeasuresService,
    private readonly values: MeasureValuesService,
  ) {}

  /**
   * Reads each measure's latest two periods' current figures (one statement) and works out only
   * their RAG: the summary shows no wording, so none is formatted.
   */
  async summarise(loaders: RequestLoaders): Promise<MeasuresSummaryModel> {
    const measures = await this.measures.list();
    const ids = measures.map((measure) => measure.id);
    const [targets, latestTwo] = await Promise.all([
      this.measures.targetsLoader(loaders).loadMany(ids),
      this.values.latestFigures(ids, 2),
    ]);
    const counts = new MeasureRagCountsModel();
    const worsened = measures.filter((measure, index) => {
      const measureTargets = targets[index];
      if (measureTargets instanceof Error) throw measureTargets;
      const [latest, previous] = latestTwo[index];
      const rag = latest ? figureRag(measure, measureTargets, latest) : null;
      countMeasure(counts, latest ? { value: latest.value, rag } : undefined);
      const before = previous ? figureRag(measure, measureTargets, previous) : null;
      return !!rag && !!before && RAG_ORDER.indexOf(rag) < RAG_ORDER.indexOf(before);
    });
    return { counts, worsened: worsened.map(toMeasureModel) };
  }
}
