import * as echarts from 'echarts';

import { RAG_COLOURS, trendSvg } from '@cynnydd/reports/data-access';
import {
  formatMeasureValue,
  RAG_STATUS_LABELS,
  RagStatus,
  type Language,
} from '@cynnydd/shared/domain';

import type { PublicArea, PublicMeasure } from '../public-snapshot';
import { PUBLIC_LABELS as L } from './public-labels';

/*
 * Charts drawn on the server as SVG by ECharts, so they show without JavaScript; each sits beside
 * a table of the same figures, which is what a screen reader is pointed to.
 */

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};
const escapeXml = (text: string) => text.replace(/[&<>"]/g, (c) => XML_ESCAPES[c]);

/** Names the picture for assistive technology: ECharts' own `aria` works only in a browser. */
function named(svg: string, title: string): string {
  const escaped = escapeXml(title);
  return svg
    .replace(/^<svg /, `<svg role="img" aria-label="${escaped}" `)
    .replace(/(<svg[^>]*>)/, `$1<title>${escaped}</title>`);
}

const STATUSES = [
  RagStatus.COMPLETE,
  RagStatus.GREEN,
  RagStatus.AMBER,
  RagStatus.RED,
  RagStatus.NOT_STARTED,
] as const;
const COUNT_FIELD = {
  [RagStatus.COMPLETE]: 'complete',
  [RagStatus.GREEN]: 'green',
  [RagStatus.AMBER]: 'amber',
  [RagStatus.RED]: 'red',
  [RagStatus.NOT_STARTED]: 'notStarted',
} as const;

/** Each area's published actions by status, as stacked bars with their counts. */
export function areaStatusSvg(areas: PublicArea[], language: Language): string {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: 720,
    height: 60 + areas.length * 36,
  });
  try {
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: 'Arial, sans-serif', color: '#0b0c0c' },
      // Generous gaps: on the server ECharts estimates text widths without the reader's font.
      legend: { top: 0, itemGap: 24 },
      grid: { left: 16, right: 16, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: {
        type: 'category',
        inverse: true,
        name: label(L.area, language),
        nameLocation: 'start',
        data: areas.map((area) => String(area.number)),
      },
      series: STATUSES.map((status) => ({
        name: RAG_STATUS_LABELS[status][language],
        type: 'bar',
        stack: 'actions',
        color: `#${RAG_COLOURS[status]}`,
        label: {
          show: true,
          // Dark on orange, white on the darker colours: at least 4.5:1 either way.
          color: status === RagStatus.AMBER ? '#0b0c0c' : '#ffffff',
          formatter: ({ value }: { value: number }) => (value ? String(value) : ''),
        },
        data: areas.map((area) => area.counts[COUNT_FIELD[status]]),
      })),
    });
    return named(chart.renderToSVGString(), label(L.actionsByArea, language));
  } finally {
    chart.dispose();
  }
}

const label = (value: { en: string; cy: string }, language: Language) => value[language];

/** A measure's recent figures and targets as a line chart. */
export function measureTrendSvg(measure: PublicMeasure, language: Language): string {
  const name = measure.name[language] ?? measure.name.en ?? measure.name.cy ?? measure.reference;
  return trendSvg(
    measure.recent.map((figure) => ({
      label: [figure.periodLabel[language] ?? figure.periodLabel.en ?? ''],
      value: figure.value,
      target: figure.target,
    })),
    {
      title: `${label(L.trendOf, language)} ${measure.reference} ${name}`,
      figure: label(L.figure, language),
      target: label(L.target, language),
      format: (value) => formatMeasureValue(Number(value.toPrecision(3)), measure.unit, language),
    },
  );
}
