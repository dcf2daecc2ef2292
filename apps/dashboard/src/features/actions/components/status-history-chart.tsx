import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  LabelList,
  Line,
  LineChart,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';

import { RagStatus } from '@cynnydd/shared/domain';

import { formatNumber } from '../../../i18n/format';
import { RAG_FILLS } from '../../../ui/charts/rag-fills';
import { useLanguage } from '../../../ui/use-language';
import { useStatusLabel } from '../../overview/components/rag-label';

export interface HistoryPoint {
  period: string;
  rag: RagStatus;
  percentComplete: number;
}

/** Height on the chart: not started at the bottom, then red, amber, green and complete. */
const LEVEL: Record<RagStatus, number> = {
  [RagStatus.NOT_STARTED]: 0,
  [RagStatus.RED]: 1,
  [RagStatus.AMBER]: 2,
  [RagStatus.GREEN]: 3,
  [RagStatus.COMPLETE]: 4,
};
const BY_LEVEL = Object.fromEntries(
  Object.entries(LEVEL).map(([status, level]) => [level, status as RagStatus]),
);

const TEXT = '#0b0c0c';

/** The same shapes as the status tags' icons (▲ ◆ ● ○ ✓), in the status's colour. */
function Marker({ cx, cy, rag }: { cx?: number; cy?: number; rag: RagStatus }) {
  if (cx === undefined || cy === undefined) return null;
  const colour = RAG_FILLS[rag].colour;
  switch (rag) {
    case RagStatus.RED:
      return (
        <path d={`M${cx},${cy - 8} L${cx + 8},${cy + 6} L${cx - 8},${cy + 6} Z`} fill={colour} />
      );
    case RagStatus.AMBER:
      return (
        <path
          d={`M${cx},${cy - 8} L${cx + 8},${cy} L${cx},${cy + 8} L${cx - 8},${cy} Z`}
          fill={colour}
        />
      );
    case RagStatus.GREEN:
      return <circle cx={cx} cy={cy} r={7} fill={colour} />;
    case RagStatus.NOT_STARTED:
      return <circle cx={cx} cy={cy} r={6} fill="#ffffff" stroke={colour} strokeWidth={3} />;
    case RagStatus.COMPLETE:
      return (
        <g>
          <circle cx={cx} cy={cy} r={8} fill={colour} />
          <path d={`M${cx - 4},${cy} l3,3 l5,-6`} fill="none" stroke="#ffffff" strokeWidth={2} />
        </g>
      );
  }
}

/**
 * An action's status in each reporting period as a step line, with each point's percentage
 * complete above it. Loaded on its own (React.lazy) so the charting library stays out of the
 * first render.
 */
export default function StatusHistoryChart({ points }: { points: HistoryPoint[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const statusLabel = useStatusLabel();
  const data = points.map((point) => ({
    ...point,
    level: LEVEL[point.rag],
    percent: t('action.percentValue', { value: formatNumber(point.percentComplete, language) }),
  }));
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height: 260 }}>
      <LineChart
        data={data}
        margin={{ top: 25, right: 30, bottom: 5, left: 10 }}
        // The figure's caption and the history table carry the data for assistive technology.
        accessibilityLayer={false}
      >
        <CartesianGrid vertical={false} stroke="#b1b4b6" />
        <XAxis
          dataKey="period"
          tick={{ fill: TEXT }}
          stroke={TEXT}
          padding={{ left: 20, right: 20 }}
        />
        <YAxis
          type="number"
          domain={[0, 4]}
          ticks={[0, 1, 2, 3, 4]}
          width={110}
          tick={{ fill: TEXT }}
          stroke={TEXT}
          tickFormatter={(level: number) => statusLabel(BY_LEVEL[level])}
        />
        <Line
          type="stepAfter"
          dataKey="level"
          stroke={TEXT}
          strokeWidth={2}
          isAnimationActive={false}
          dot={({ cx, cy, payload, index }) => (
            <Marker key={index} cx={cx} cy={cy} rag={(payload as HistoryPoint).rag} />
          )}
          activeDot={false}
        >
          <LabelList dataKey="percent" position="top" offset={14} fill={TEXT} />
        </Line>
      </LineChart>
    </ResponsiveContainer>
  );
}
