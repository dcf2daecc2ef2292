import { ragAreaChartSvg, trendSvg } from '@cynnydd/reports/data-access';
import { formatMeasureValue, localise, type Language } from '@cynnydd/shared/domain';

import type { PublicArea, PublicMeasure } from '../public-snapshot';
import { PUBLIC_LABELS as L } from './public-labels';

/*
 * Charts drawn on the server as SVG by ECharts, so they show without JavaScript; each sits beside
 * a table of the same figures, which is what a screen reader is pointed to.
 */

/**
 * Each area's published actions by status, as stacked bars with their counts: the shared chart
 * definition the board papers and the dashboard's report preview draw too.
 */
export function areaStatusSvg(areas: PublicArea[], language: Language): string {
  return ragAreaChartSvg(
    areas.map((area) => ({
      number: area.number,
      name: {
        en: localise(area.title, 'en')?.text ?? '',
        cy: localise(area.title, 'cy')?.text ?? '',
      },
      // Published figures have no "no update" status: the chart leaves it out.
      counts: {
        red: area.counts.red,
        amber: area.counts.amber,
        green: area.counts.green,
        notStarted: area.counts.notStarted,
        complete: area.counts.complete,
      },
    })),
    // Named by its figures in words, as the board paper's chart is.
    language,
  );
}

/** A measure's recent figures and targets as a line chart. */
export function measureTrendSvg(measure: PublicMeasure, language: Language): string {
  const name = localise(measure.name, language)?.text ?? measure.reference;
  return trendSvg(
    measure.recent.map((figure) => ({
      label: [localise(figure.periodLabel, language)?.text ?? ''],
      value: figure.value,
      target: figure.target,
    })),
    {
      title: `${L.trendOf[language]} ${measure.reference} ${name}`,
      figure: L.figure[language],
      target: L.target[language],
      format: (value) => formatMeasureValue(Number(value.toPrecision(3)), measure.unit, language),
    },
  );
}
