import { Resvg } from '@resvg/resvg-js';

import { formatMeasureValue } from '@cynnydd/shared/domain';

import { EXPORT_LABELS as L } from './export-labels';
import { inline, type ExportLanguage } from './export-language';
import type { Block } from './report-document';
import { serverSvg } from './server-svg';

/*
 * A measure's trend as a small chart for the HTML the PDF is printed from, drawn by ECharts'
 * server-side SVG renderer: the figure of each period as a solid line with its values, the
 * target dashed, a legend. It always sits beside a table of the same figures, so nothing is said
 * by the chart alone.
 */

export interface TrendChartPoint {
  /** The period, already in the export's language(s): one line each. */
  label: string[];
  value: number | null;
  target: number | null;
}

export interface TrendChartText {
  /** Read out by screen readers (aria-label) in place of the picture. */
  title: string;
  figure: string;
  target: string;
  /** The figure with its unit, for the axis and the value labels. */
  format: (value: number) => string;
}

const WIDTH = 640;
const HEIGHT = 240;
const FIGURE_COLOUR = '#1d70b8';
const TARGET_COLOUR = '#505a5f';

/** The chart as an SVG document, named by `text.title` (ECharts escapes every text it draws). */
export function trendSvg(points: TrendChartPoint[], text: TrendChartText): string {
  return serverSvg(
    {
      animation: false,
      textStyle: { fontFamily: 'Arial, sans-serif', color: '#0b0c0c' },
      legend: { bottom: 0, data: [text.figure, text.target] },
      grid: { left: 8, right: 24, top: 24, bottom: 56, containLabel: true },
      xAxis: {
        type: 'category',
        data: points.map((point) => point.label.join('\n')),
        axisLabel: { fontSize: 11, interval: 0 },
      },
      yAxis: {
        type: 'value',
        scale: true,
        axisLabel: { fontSize: 11, formatter: (value: number) => text.format(value) },
      },
      series: [
        {
          name: text.figure,
          type: 'line',
          data: points.map((point) => point.value),
          color: FIGURE_COLOUR,
          lineStyle: { width: 2.5 },
          symbol: 'circle',
          symbolSize: 7,
          label: {
            show: true,
            fontSize: 10,
            formatter: ({ value }: { value: unknown }) => text.format(Number(value)),
          },
        },
        {
          name: text.target,
          type: 'line',
          data: points.map((point) => point.target),
          color: TARGET_COLOUR,
          lineStyle: { width: 2, type: 'dashed' },
          // A target holds for a financial year: it steps between years, never slopes.
          step: 'middle',
          symbol: 'none',
        },
      ],
    },
    { width: WIDTH, height: HEIGHT },
    text.title,
  );
}

export type TrendBlock = Extract<Block, { kind: 'trend' }>;

/** A measure's trend block drawn in the export's language(s): both put Welsh first. */
export function trendChartSvg(item: TrendBlock, language: ExportLanguage): string {
  const axis = language === 'both' ? 'en' : language;
  return trendSvg(
    item.points.map((point) => ({
      ...point,
      label:
        language !== 'both'
          ? [point.label[language]]
          : [...new Set([point.label.cy, point.label.en])],
    })),
    {
      title: inline(item.title, language),
      figure: inline(L.figure, language),
      target: inline(L.target, language),
      format: (value) => formatMeasureValue(Number(value.toPrecision(3)), item.unit, axis),
    },
  );
}

export const TREND_CHART_SIZE = { width: WIDTH, height: HEIGHT };

/**
 * The same chart as a PNG for Word, rasterised by resvg at twice its size so it stays sharp in
 * print. Text is set in Liberation Sans (metric-compatible with Arial) where Arial is missing.
 */
export function trendChartPng(item: TrendBlock, language: ExportLanguage): Buffer {
  return new Resvg(trendChartSvg(item, language), {
    fitTo: { mode: 'zoom', value: 2 },
    font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' },
  })
    .render()
    .asPng();
}
