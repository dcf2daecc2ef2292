import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';

import { formatNumber } from '../../../i18n/format';
import { useLanguage } from '../../../ui/use-language';

const TEXT = '#0b0c0c';
const APPETITE = '#1d70b8';

export interface ScorePoint {
  /** The review's date as shown on the axis. */
  date: string;
  score: number;
}

/**
 * The current score at each review as a step line (a score holds until the next review), with the
 * category's appetite as a dashed line. Loaded on its own (React.lazy) so the charting library
 * stays out of the page's first render.
 */
export default function RiskScoreChart({
  points,
  appetite,
}: {
  points: ScorePoint[];
  appetite: number;
}) {
  const language = useLanguage();
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height: 280 }}>
      <LineChart
        data={points}
        margin={{ top: 20, right: 30, bottom: 5, left: 10 }}
        // The figure's caption and the reviews table carry the data for assistive technology.
        accessibilityLayer={false}
      >
        <CartesianGrid vertical={false} stroke="#b1b4b6" />
        <XAxis
          dataKey="date"
          tick={{ fill: TEXT }}
          stroke={TEXT}
          padding={{ left: 20, right: 20 }}
        />
        <YAxis
          type="number"
          domain={[0, 25]}
          ticks={[0, 4, 8, 15, 25]}
          width={50}
          tick={{ fill: TEXT }}
          stroke={TEXT}
          tickFormatter={(value: number) => formatNumber(value, language)}
        />
        <ReferenceLine y={appetite} stroke={APPETITE} strokeWidth={2} strokeDasharray="6 4" />
        <Line
          type="stepAfter"
          dataKey="score"
          stroke={TEXT}
          strokeWidth={2}
          dot={{ r: 5, fill: TEXT }}
          activeDot={false}
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
