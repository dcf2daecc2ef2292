import { Resvg } from '@resvg/resvg-js';

import {
  ragAreaChartDescription,
  ragAreaChartOption,
  ragAreaChartSize,
  type RagChartArea,
  type RagChartLanguage,
} from '@cynnydd/shared/domain';

import { serverSvg } from './server-svg';

/*
 * The RAG-by-area chart drawn on the server from the shared definition (the same one the public
 * pages and the dashboard's report preview draw): SVG by ECharts' server-side renderer for the
 * HTML the PDF is printed from, and a PNG rasterised from that SVG by resvg for Word.
 */

/** The chart's figures in words: Welsh then English for "both". */
export function ragAreaChartAltText(
  areas: readonly RagChartArea[],
  language: RagChartLanguage,
): string {
  if (language !== 'both') return ragAreaChartDescription(areas, language);
  return `${ragAreaChartDescription(areas, 'cy')} ${ragAreaChartDescription(areas, 'en')}`;
}

/** The chart as an SVG document, named by its figures in words. */
export function ragAreaChartSvg(
  areas: readonly RagChartArea[],
  language: RagChartLanguage,
  name: string = ragAreaChartAltText(areas, language),
): string {
  return serverSvg(ragAreaChartOption(areas, language), ragAreaChartSize(areas, language), name);
}

/**
 * The same chart as a PNG for Word, rasterised at twice its size so it stays sharp in print.
 * Text is set in Liberation Sans (metric-compatible with Arial) where Arial is missing.
 */
export function ragAreaChartPng(
  areas: readonly RagChartArea[],
  language: RagChartLanguage,
): Buffer {
  return new Resvg(ragAreaChartSvg(areas, language), {
    fitTo: { mode: 'zoom', value: 2 },
    font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' },
  })
    .render()
    .asPng();
}
