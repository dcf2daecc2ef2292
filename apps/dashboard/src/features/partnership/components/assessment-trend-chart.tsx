import {
  CartesianGrid,
  LabelList,
  Line,
  LineChart,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';

import { formatNumber } from '../../../i18n/format';
import { useLanguage } from '../../../ui/use-language';

const TEXT = '#0b0c0c';
const LINE = '#1d70b8';

/**
 * A forum's average self-assessment score (1 to 5) at each assessment, oldest first, each point
 * labelled. Loaded on its own (React.lazy) so the charting library stays out of the page's first
 * render; the table beside it carries the same figures.
 */
export default function AssessmentTrendChart({
  points,
}: {
  points: { date: string; average: number | null }[];
}) {
  const language = useLanguage();
  const score = (value: unknown) =>
    value === null || value === undefined ? '' : formatNumber(Number(value), language);
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height: 260 }}>
      <LineChart
        data={points}
        margin={{ top: 20, right: 30, bottom: 5, left: 0 }}
        // The caption and the table carry the figures for assistive technology.
        accessibilityLayer={false}
      >
        <CartesianGrid vertical={false} stroke="#b1b4b6" />
        <XAxis dataKey="date" tick={{ fill: TEXT }} stroke={TEXT} />
        <YAxis domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} tick={{ fill: TEXT }} stroke={TEXT} />
        <Line
          dataKey="average"
          stroke={LINE}
          strokeWidth={3}
          dot={{ r: 5, fill: LINE }}
          connectNulls
          isAnimationActive={false}
        >
          <LabelList dataKey="average" position="top" fill={TEXT} formatter={score} />
        </Line>
      </LineChart>
    </ResponsiveContainer>
  );
}
