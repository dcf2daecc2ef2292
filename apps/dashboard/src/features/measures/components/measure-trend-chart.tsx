import { useTranslation } from 'react-i18next';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';

import { RagStatus } from '@cynnydd/shared/domain';

import { formatNumber } from '../../../i18n/format';
import { RAG_FILLS } from '../../../ui/charts/rag-fills';
import { useLanguage } from '../../../ui/use-language';
import type { TrendData, TrendPoint } from './trend-points';

const TEXT = '#0b0c0c';
const TARGET = '#1d70b8';

/** A figure's marker: a dot, or for a revised figure a ring with "Revised" written above it. */
function Marker({
  cx,
  cy,
  point,
  revisedLabel,
}: {
  cx?: number;
  cy?: number;
  point: TrendPoint;
  revisedLabel: string;
}) {
  if (cx === undefined || cy === undefined || point.value === null) return null;
  if (!point.revised) return <circle cx={cx} cy={cy} r={5} fill={TEXT} />;
  return (
    <g>
      <circle cx={cx} cy={cy} r={7} fill="#ffffff" stroke={TEXT} strokeWidth={3} />
      <text x={cx} y={cy - 14} textAnchor="middle" fill={TEXT} fontSize={14}>
        {revisedLabel}
      </text>
    </g>
  );
}

/**
 * A measure's figures as a line, its target per financial year as a dashed step and the amber
 * and red tolerance bands beyond it; revised figures are marked. Loaded on its own (React.lazy)
 * so the charting library stays out of the page's first render.
 */
export default function MeasureTrendChart({ data }: { data: TrendData }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height: 320 }}>
      <ComposedChart
        data={data.points}
        margin={{ top: 30, right: 30, bottom: 5, left: 10 }}
        // The figure's caption and the figures table carry the data for assistive technology.
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
          domain={data.domain}
          ticks={data.ticks}
          allowDataOverflow
          width={70}
          tick={{ fill: TEXT }}
          stroke={TEXT}
          tickFormatter={(value: number) => formatNumber(value, language)}
        />
        <Area
          type="stepAfter"
          dataKey="red"
          fill={RAG_FILLS[RagStatus.RED].colour}
          fillOpacity={0.15}
          stroke="none"
          isAnimationActive={false}
          activeDot={false}
        />
        <Area
          type="stepAfter"
          dataKey="amber"
          fill={RAG_FILLS[RagStatus.AMBER].colour}
          fillOpacity={0.2}
          stroke="none"
          isAnimationActive={false}
          activeDot={false}
        />
        <Line
          type="stepAfter"
          dataKey="target"
          stroke={TARGET}
          strokeWidth={2}
          strokeDasharray="6 4"
          dot={false}
          activeDot={false}
          isAnimationActive={false}
        />
        <Line
          type="linear"
          dataKey="value"
          stroke={TEXT}
          strokeWidth={2}
          connectNulls
          isAnimationActive={false}
          activeDot={false}
          dot={({ cx, cy, payload, index }) => (
            <Marker
              key={index}
              cx={cx}
              cy={cy}
              point={payload as TrendPoint}
              revisedLabel={t('measures.chart.revisedMarker')}
            />
          )}
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
