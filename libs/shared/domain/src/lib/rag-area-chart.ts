import type { Label } from './language';
import { RAG_STATUS_LABELS, RagStatus } from './rag-status';

/*
 * The RAG-by-area chart as one ECharts option, built here so that the board paper (drawn on the
 * server to SVG and PNG), the public pages and the dashboard's report preview draw the same
 * picture. This file builds a plain object only: it does not import ECharts, so the shared
 * library stays free of it and each caller loads the renderer it needs.
 */

/** A status the chart shows: a RAG status, or "no update" for actions nobody reported on. */
export type RagChartStatus = RagStatus | 'NO_UPDATE';

/** The chart's languages: English, Welsh, or both (Welsh first), as the exports offer. */
export type RagChartLanguage = 'en' | 'cy' | 'both';

/** An area's counts, in the field names the API's `RagCounts` uses. */
export interface RagChartCounts {
  red: number;
  amber: number;
  green: number;
  notStarted: number;
  complete: number;
  /** Absent where the figures have no such status (the public pages show published updates). */
  noUpdate?: number;
}

export interface RagChartArea {
  number: number;
  /** The area's name in both languages, each already resolved (with any fallback marked). */
  name: Label;
  counts: RagChartCounts;
}

export interface RagChartStyle {
  colour: string;
  /** The white pattern drawn over the colour, so status never relies on colour alone. */
  decal: RagChartDecal;
}

/** ECharts' decal pattern, as its `itemStyle.decal` takes it. */
export interface RagChartDecal {
  symbol: 'rect' | 'circle' | 'none';
  symbolSize: number;
  dashArrayX: number[] | number[][];
  dashArrayY: number[];
  rotation: number;
  color: string;
  backgroundColor?: string;
}

/** Statuses in the order the bars stack and the legend reads: most in need of attention first. */
export const RAG_CHART_STATUSES: readonly RagChartStatus[] = [
  RagStatus.RED,
  RagStatus.AMBER,
  RagStatus.GREEN,
  RagStatus.NOT_STARTED,
  RagStatus.COMPLETE,
  'NO_UPDATE',
];

export const RAG_CHART_COUNT_FIELD: Record<RagChartStatus, keyof RagChartCounts> = {
  [RagStatus.RED]: 'red',
  [RagStatus.AMBER]: 'amber',
  [RagStatus.GREEN]: 'green',
  [RagStatus.NOT_STARTED]: 'notStarted',
  [RagStatus.COMPLETE]: 'complete',
  NO_UPDATE: 'noUpdate',
};

export const RAG_CHART_STATUS_LABELS: Record<RagChartStatus, Label> = {
  ...RAG_STATUS_LABELS,
  NO_UPDATE: { en: 'No update', cy: 'Dim diweddariad' },
};

const PATTERN = 'rgba(255, 255, 255, 0.55)';
const solid: RagChartDecal = {
  symbol: 'none',
  symbolSize: 0,
  dashArrayX: [1, 0],
  dashArrayY: [1, 0],
  rotation: 0,
  color: 'transparent',
};

/** Pale lines `[width, gap]` apart, turned `rotation` radians from horizontal. */
function lines(dashArrayY: [number, number], rotation: number): RagChartDecal {
  return {
    ...solid,
    symbol: 'rect',
    symbolSize: 1,
    dashArrayY,
    rotation,
    color: PATTERN,
  };
}

/**
 * GOV.UK colours, each at least 3:1 against white (WCAG 1.4.11) — the dashboard's chart colours —
 * and a different pattern for each status: stripes one way (red), dots (amber), solid (green),
 * horizontal lines (not started), vertical lines (complete), stripes the other way (no update).
 */
export const RAG_CHART_STYLES: Record<RagChartStatus, RagChartStyle> = {
  [RagStatus.RED]: { colour: '#d4351c', decal: lines([3, 5], Math.PI / 4) },
  [RagStatus.AMBER]: {
    colour: '#c25e00',
    decal: {
      ...solid,
      symbol: 'circle',
      symbolSize: 0.8,
      dashArrayX: [[4, 4]],
      dashArrayY: [4, 4],
      color: PATTERN,
    },
  },
  [RagStatus.GREEN]: { colour: '#00703c', decal: solid },
  [RagStatus.NOT_STARTED]: { colour: '#505a5f', decal: lines([2, 4], 0) },
  [RagStatus.COMPLETE]: { colour: '#1d70b8', decal: lines([2, 4], Math.PI / 2) },
  NO_UPDATE: { colour: '#6f72af', decal: lines([3, 5], -Math.PI / 4) },
};

const TEXT = '#0b0c0c';
const FONT = 'Arial, sans-serif';

export const RAG_CHART_LABELS = {
  title: {
    en: 'Actions by status in each strategic area',
    cy: 'Camau gweithredu yn ôl statws ym mhob maes strategol',
  },
  axis: { en: 'Number of actions', cy: 'Nifer y camau gweithredu' },
  area: { en: 'Area', cy: 'Maes' },
} satisfies Record<string, Label>;

/** A label in the chart's language(s): "both" gives Welsh then English. */
export function ragChartText(label: Label, language: RagChartLanguage, separator = ' / '): string {
  if (language !== 'both') return label[language];
  return label.cy === label.en ? label.en : `${label.cy}${separator}${label.en}`;
}

/** Statuses the chart shows: "no update" only where the figures have it. */
export function ragChartStatuses(areas: readonly RagChartArea[]): RagChartStatus[] {
  const withNoUpdate = areas.some((area) => area.counts.noUpdate !== undefined);
  return RAG_CHART_STATUSES.filter((status) => status !== 'NO_UPDATE' || withNoUpdate);
}

const countOf = (area: RagChartArea, status: RagChartStatus) =>
  area.counts[RAG_CHART_COUNT_FIELD[status]] ?? 0;

/** "1. Workforce data": the area's label on the chart's axis. */
export function ragChartAreaLabel(area: RagChartArea, language: RagChartLanguage): string {
  return `${area.number}. ${ragChartText(area.name, language, '\n')}`;
}

/**
 * Width and height to draw the chart at: a row per area (whatever form the areas come in),
 * taller when both languages show.
 */
export function ragAreaChartSize(
  areas: readonly unknown[],
  language: RagChartLanguage,
): { width: number; height: number } {
  const row = language === 'both' ? 72 : 48;
  return { width: 720, height: 96 + Math.max(1, areas.length) * row };
}

/**
 * The figures in words, for alt text and aria-labels: "Actions by status in each strategic area:
 * 1. Workforce data: 3 red, 2 amber, 5 green; 2. …". Statuses with no actions are left out.
 */
export function ragAreaChartDescription(
  areas: readonly RagChartArea[],
  language: Exclude<RagChartLanguage, 'both'>,
  formatNumber: (value: number) => string = String,
): string {
  const none = { en: 'no actions', cy: 'dim camau gweithredu' }[language];
  const parts = areas.map((area) => {
    const counts = ragChartStatuses([area])
      .filter((status) => countOf(area, status) > 0)
      .map(
        (status) =>
          `${formatNumber(countOf(area, status))} ${RAG_CHART_STATUS_LABELS[status][language].toLowerCase()}`,
      );
    return `${area.number}. ${area.name[language]}: ${counts.length ? counts.join(', ') : none}`;
  });
  return `${RAG_CHART_LABELS.title[language]}: ${parts.join('; ')}.`;
}

/** The ECharts option's parts this definition sets; enough to type the tests and callers. */
export type RagAreaChartOption = {
  animation: false;
  aria: { enabled: true; decal: { show: true }; label: { enabled: true; description: string } };
  textStyle: { fontFamily: string; color: string; fontSize: number };
  legend: Record<string, unknown> & { data: string[] };
  grid: Record<string, unknown>;
  xAxis: Record<string, unknown>;
  yAxis: Record<string, unknown> & { data: string[] };
  series: RagAreaChartSeries[];
};

export interface RagAreaChartSeries {
  id: RagChartStatus;
  name: string;
  type: 'bar';
  stack: 'actions';
  barMaxWidth: number;
  color: string;
  itemStyle: { color: string; borderColor: string; borderWidth: number; decal: RagChartDecal };
  label: Record<string, unknown> & { formatter: (params: { value: unknown }) => string };
  data: (number | null)[];
}

/**
 * Stacked horizontal bars, one per area, a segment per status with its count written on it, a
 * legend naming each status by text, colour and pattern, and a value axis. `formatNumber` formats
 * counts the caller's way (the dashboard's helper), digits as written in both languages by default.
 */
export function ragAreaChartOption(
  areas: readonly RagChartArea[],
  language: RagChartLanguage,
  formatNumber: (value: number) => string = String,
): RagAreaChartOption {
  const statuses = ragChartStatuses(areas);
  const describe = language === 'both' ? 'cy' : language;
  return {
    animation: false,
    // In a browser ECharts names the canvas with this; on the server the caller names the SVG.
    aria: {
      enabled: true,
      decal: { show: true },
      label: { enabled: true, description: ragAreaChartDescription(areas, describe, formatNumber) },
    },
    textStyle: { fontFamily: FONT, color: TEXT, fontSize: 12 },
    legend: {
      top: 0,
      left: 0,
      itemGap: 20,
      itemWidth: 24,
      itemHeight: 16,
      icon: 'rect',
      textStyle: { color: TEXT, fontSize: 12 },
      data: statuses.map((status) => ragChartText(RAG_CHART_STATUS_LABELS[status], language)),
    },
    // ECharts 6 keeps axis labels inside the chart by default (`outerBoundsMode`): no
    // `containLabel`, which needs its legacy component in the browser's slim build.
    grid: { left: 8, right: 24, top: language === 'both' ? 72 : 48, bottom: 40 },
    xAxis: {
      type: 'value',
      minInterval: 1,
      name: ragChartText(RAG_CHART_LABELS.axis, language),
      nameLocation: 'middle',
      nameGap: 28,
      nameTextStyle: { color: TEXT },
      axisLine: { show: true, lineStyle: { color: TEXT } },
      axisTick: { show: true },
      axisLabel: { color: TEXT, formatter: (value: number) => formatNumber(value) },
      splitLine: { lineStyle: { color: '#b1b4b6' } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      axisLine: { lineStyle: { color: TEXT } },
      axisLabel: { color: TEXT, width: 220, overflow: 'break', lineHeight: 14 },
      data: areas.map((area) => ragChartAreaLabel(area, language)),
    },
    series: statuses.map((status) => {
      const { colour, decal } = RAG_CHART_STYLES[status];
      return {
        id: status,
        name: ragChartText(RAG_CHART_STATUS_LABELS[status], language),
        type: 'bar',
        stack: 'actions',
        barMaxWidth: 32,
        color: colour,
        // A white edge keeps neighbouring segments apart; the decal tells them apart without colour.
        itemStyle: { color: colour, borderColor: '#ffffff', borderWidth: 1, decal },
        label: {
          show: true,
          // Dark text on a white box reads at over 4.5:1 on every colour and pattern.
          color: TEXT,
          backgroundColor: '#ffffff',
          padding: [1, 3],
          borderRadius: 2,
          fontSize: 11,
          formatter: ({ value }: { value: unknown }) =>
            Number(value) > 0 ? formatNumber(Number(value)) : '',
        },
        // An empty segment is left out (null), so it draws no white edge of its own.
        data: areas.map((area) => countOf(area, status) || null),
      };
    }),
  };
}
