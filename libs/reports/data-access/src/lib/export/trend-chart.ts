import { RAG_COLOURS } from './rag-chart';

/*
 * A measure's trend as a small SVG line chart, for the HTML the PDF is printed from: the figure
 * of each period as a solid line with points, its target as a dashed line. It always sits
 * beside a table of the same figures, so nothing is said by the chart alone.
 */

export interface TrendChartPoint {
  /** The period, already in the export's language(s): one line each. */
  label: string[];
  value: number | null;
  target: number | null;
}

const WIDTH = 640;
const HEIGHT = 200;
const LEFT = 72;
const RIGHT = 48;
const TOP = 16;
const BOTTOM = 48;
const FIGURE_COLOUR = '1d70b8';
const TARGET_COLOUR = RAG_COLOURS.NOT_STARTED;

/** A polyline through the points that have a value; a gap where one is missing. */
function segments(points: { x: number; y: number | null }[]): string[] {
  const runs: string[][] = [[]];
  for (const point of points) {
    if (point.y === null) runs.push([]);
    else runs[runs.length - 1].push(`${point.x.toFixed(1)},${point.y.toFixed(1)}`);
  }
  return runs.filter((run) => run.length > 1).map((run) => run.join(' '));
}

/**
 * The chart as SVG. `title` and `format` (the figure with its unit, for the axis) must give
 * plain text: everything is escaped here by `escape`.
 */
export function trendSvg(
  points: TrendChartPoint[],
  title: string,
  format: (value: number) => string,
  escape: (text: string) => string,
): string {
  const numbers = points.flatMap((p) => [p.value, p.target]).filter((n): n is number => n !== null);
  let low = Math.min(...numbers, Infinity);
  let high = Math.max(...numbers, -Infinity);
  if (!numbers.length) [low, high] = [0, 1];
  if (low === high) [low, high] = [low - 1, high + 1];
  const pad = (high - low) * 0.1;
  [low, high] = [low - pad, high + pad];
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const x = (index: number) =>
    LEFT + (points.length === 1 ? plotWidth / 2 : (index * plotWidth) / (points.length - 1));
  const y = (value: number | null) =>
    value === null ? null : TOP + ((high - value) * plotHeight) / (high - low);

  const line = (key: 'value' | 'target', colour: string, dash: string) =>
    segments(points.map((p, i) => ({ x: x(i), y: y(p[key]) })))
      .map(
        (run) =>
          `<polyline points="${run}" fill="none" stroke="#${colour}" stroke-width="2.5"${dash}/>`,
      )
      .join('');
  const dots = points
    .map((p, i) =>
      p.value === null
        ? ''
        : `<circle cx="${x(i).toFixed(1)}" cy="${(y(p.value) as number).toFixed(1)}" r="4" fill="#${FIGURE_COLOUR}"/>`,
    )
    .join('');
  const axis = [high - pad, low + pad]
    .map(
      (value) =>
        `<text x="${LEFT - 8}" y="${((y(value) as number) + 4).toFixed(1)}" font-size="11" text-anchor="end">${escape(format(value))}</text>`,
    )
    .join('');
  const labels = points
    .map(
      (p, i) =>
        `<text x="${x(i).toFixed(1)}" y="${HEIGHT - BOTTOM + 18}" font-size="11" text-anchor="middle">${p.label
          .map(
            (line, n) => `<tspan x="${x(i).toFixed(1)}" dy="${n ? 13 : 0}">${escape(line)}</tspan>`,
          )
          .join('')}</text>`,
    )
    .join('');
  const frame = `<line x1="${LEFT}" y1="${TOP}" x2="${LEFT}" y2="${HEIGHT - BOTTOM}" stroke="#b1b4b6"/><line x1="${LEFT}" y1="${HEIGHT - BOTTOM}" x2="${WIDTH - RIGHT}" y2="${HEIGHT - BOTTOM}" stroke="#b1b4b6"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="100%" class="trend"><title>${escape(title)}</title>${frame}${axis}${labels}${line('target', TARGET_COLOUR, ' stroke-dasharray="6 4"')}${line('value', FIGURE_COLOUR, '')}${dots}</svg>`;
}
