import { useId } from 'react';

import { RagStatus } from '@cynnydd/shared/domain';

/** A status a chart shows: a RAG status, or "no update" for actions nobody reported on. */
export type ChartStatus = RagStatus | 'NO_UPDATE';

/**
 * Colours from the GOV.UK palette, each at least 3:1 against white (WCAG 1.4.11), so every
 * segment stands out from the white gaps between segments. The patterns tell the statuses apart
 * without colour; legends name them in text.
 */
export const RAG_FILLS: Record<ChartStatus, { colour: string; pattern: string | null }> = {
  // Diagonal stripes.
  [RagStatus.RED]: { colour: '#d4351c', pattern: 'M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4' },
  // Dots, drawn as short thick dashes.
  [RagStatus.AMBER]: { colour: '#c25e00', pattern: 'M3,4 h2' },
  // Solid.
  [RagStatus.GREEN]: { colour: '#00703c', pattern: null },
  // Horizontal lines.
  [RagStatus.NOT_STARTED]: { colour: '#505a5f', pattern: 'M0,4 h8' },
  // Vertical lines.
  [RagStatus.COMPLETE]: { colour: '#1d70b8', pattern: 'M4,0 v8' },
  // Stripes the other way.
  NO_UPDATE: { colour: '#6f72af', pattern: 'M-2,6 l4,4 M0,0 l8,8 M6,-2 l4,4' },
};

export const CHART_STATUSES: ChartStatus[] = [
  RagStatus.RED,
  RagStatus.AMBER,
  RagStatus.GREEN,
  RagStatus.NOT_STARTED,
  RagStatus.COMPLETE,
  'NO_UPDATE',
];

export function patternId(prefix: string, status: ChartStatus): string {
  return `${prefix}-${status.toLowerCase()}`;
}

/** The fill of a status's shapes: its pattern where it has one, else its colour. */
export function ragFill(prefix: string, status: ChartStatus): string {
  return RAG_FILLS[status].pattern
    ? `url(#${patternId(prefix, status)})`
    : RAG_FILLS[status].colour;
}

/** SVG patterns for every status, to put inside an <svg> (for example a chart's children). */
export function RagPatternDefs({ prefix }: { prefix: string }) {
  return (
    <defs>
      {CHART_STATUSES.map((status) => {
        const { colour, pattern } = RAG_FILLS[status];
        if (!pattern) return null;
        return (
          <pattern
            key={status}
            id={patternId(prefix, status)}
            width={8}
            height={8}
            patternUnits="userSpaceOnUse"
          >
            <rect width={8} height={8} fill={colour} />
            <path
              d={pattern}
              stroke="#ffffff"
              strokeWidth={status === RagStatus.AMBER ? 2.5 : 1.5}
              strokeLinecap={status === RagStatus.AMBER ? 'round' : 'butt'}
            />
          </pattern>
        );
      })}
    </defs>
  );
}

/** A small square in a status's fill, for legends. Decorative: the legend's text names it. */
export function RagSwatch({ status }: { status: ChartStatus }) {
  const prefix = useId().replace(/:/g, '');
  return (
    <svg className="app-chart__swatch" width={20} height={20} aria-hidden="true" focusable="false">
      <RagPatternDefs prefix={prefix} />
      <rect
        x={1}
        y={1}
        width={18}
        height={18}
        fill={ragFill(prefix, status)}
        stroke="#0b0c0c"
        strokeWidth={1}
      />
    </svg>
  );
}
