import { PNG } from 'pngjs';

import type { RagStatus, RiskBand } from '@cynnydd/shared/domain';

import type { ChartBar } from './report-document';

/** GOV.UK palette; the chart always sits beside a table giving the same figures in words. */
export const RAG_COLOURS: Record<RagStatus | 'NO_UPDATE', string> = {
  RED: 'd4351c',
  AMBER: 'f47738',
  GREEN: '00703c',
  NOT_STARTED: '505a5f',
  COMPLETE: '1d70b8',
  NO_UPDATE: 'b1b4b6',
};

/** Light tints of the same colours for shaded table cells, dark text staying readable. */
export const RAG_TINTS: Record<RagStatus | 'NO_UPDATE', string> = {
  RED: 'f6d7d2',
  AMBER: 'fde4d0',
  GREEN: 'cce2d8',
  NOT_STARTED: 'dcdedf',
  COMPLETE: 'd2e2f1',
  NO_UPDATE: 'ffffff',
};

/** The risk matrix's bands as tints (green, yellow, orange, red); the band is always in words. */
export const RISK_BAND_TINTS: Record<RiskBand, string> = {
  LOW: 'cce2d8',
  MODERATE: 'fff7bf',
  HIGH: 'fde4d0',
  EXTREME: 'f6d7d2',
};

/** How a table cell may be shaded: an action's status or a risk's band. */
export type Shade = RagStatus | 'NO_UPDATE' | RiskBand;
export const SHADE_TINTS: Record<Shade, string> = { ...RAG_TINTS, ...RISK_BAND_TINTS };

const BAR_HEIGHT = 36;
const GAP = 16;
const LABEL_WIDTH = 48;
export const CHART_WIDTH = 720;

export interface ChartRect {
  x: number;
  y: number;
  width: number;
  height: number;
  colour: string;
}

/** Horizontal stacked bars, one per area, scaled to the largest area. */
export function chartLayout(bars: ChartBar[]): {
  height: number;
  rects: ChartRect[];
  labels: { text: string; y: number }[];
} {
  const largest = Math.max(
    1,
    ...bars.map((bar) => bar.segments.reduce((sum, s) => sum + s.count, 0)),
  );
  const scale = (CHART_WIDTH - LABEL_WIDTH - GAP) / largest;
  const rects: ChartRect[] = [];
  bars.forEach((bar, index) => {
    const y = GAP + index * (BAR_HEIGHT + GAP);
    let x = LABEL_WIDTH;
    for (const segment of bar.segments) {
      if (!segment.count) continue;
      const width = Math.round(segment.count * scale);
      // A white gap between segments keeps neighbouring colours apart.
      rects.push({
        x,
        y,
        width: Math.max(1, width - 2),
        height: BAR_HEIGHT,
        colour: RAG_COLOURS[segment.status],
      });
      x += width;
    }
  });
  return {
    height: GAP + bars.length * (BAR_HEIGHT + GAP),
    rects,
    labels: bars.map((bar, index) => ({ text: bar.label, y: GAP + index * (BAR_HEIGHT + GAP) })),
  };
}

/** 5×7 glyphs for the digits that label the bars (area numbers). */
const DIGITS: Record<string, string[]> = {
  '0': ['01110', '10001', '10011', '10101', '11001', '10001', '01110'],
  '1': ['00100', '01100', '00100', '00100', '00100', '00100', '01110'],
  '2': ['01110', '10001', '00001', '00010', '00100', '01000', '11111'],
  '3': ['11110', '00001', '00001', '01110', '00001', '00001', '11110'],
  '4': ['00010', '00110', '01010', '10010', '11111', '00010', '00010'],
  '5': ['11111', '10000', '11110', '00001', '00001', '10001', '01110'],
  '6': ['00110', '01000', '10000', '11110', '10001', '10001', '01110'],
  '7': ['11111', '00001', '00010', '00100', '01000', '01000', '01000'],
  '8': ['01110', '10001', '10001', '01110', '10001', '10001', '01110'],
  '9': ['01110', '10001', '10001', '01111', '00001', '00010', '01100'],
};

/** The chart as a PNG, for Word (which needs a raster image). */
export function chartPng(bars: ChartBar[]): Buffer {
  const layout = chartLayout(bars);
  const png = new PNG({ width: CHART_WIDTH, height: layout.height });
  png.data.fill(255);
  const paint = (x: number, y: number, width: number, height: number, colour: string) => {
    const [r, g, b] = [0, 2, 4].map((i) => parseInt(colour.slice(i, i + 2), 16));
    for (let row = y; row < y + height; row++) {
      for (let col = x; col < x + width; col++) {
        const offset = (row * CHART_WIDTH + col) * 4;
        png.data[offset] = r;
        png.data[offset + 1] = g;
        png.data[offset + 2] = b;
        png.data[offset + 3] = 255;
      }
    }
  };
  for (const rect of layout.rects) paint(rect.x, rect.y, rect.width, rect.height, rect.colour);
  const pixel = 3;
  for (const label of layout.labels) {
    [...label.text].forEach((digit, position) => {
      (DIGITS[digit] ?? []).forEach((line, row) =>
        [...line].forEach((bit, col) => {
          if (bit === '1') {
            paint(
              8 + position * 6 * pixel + col * pixel,
              label.y + 8 + row * pixel,
              pixel,
              pixel,
              '0b0c0c',
            );
          }
        }),
      );
    });
  }
  return PNG.sync.write(png);
}

/** The chart as SVG, for the HTML that the PDF is printed from. */
export function chartSvg(bars: ChartBar[], title: string): string {
  const layout = chartLayout(bars);
  const rects = layout.rects
    .map(
      (r) =>
        `<rect x="${r.x}" y="${r.y}" width="${r.width}" height="${r.height}" fill="#${r.colour}"/>`,
    )
    .join('');
  const labels = layout.labels
    .map((l) => `<text x="8" y="${l.y + BAR_HEIGHT / 2 + 6}" font-size="18">${l.text}</text>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${CHART_WIDTH} ${layout.height}" width="100%"><title>${title}</title>${rects}${labels}</svg>`;
}
