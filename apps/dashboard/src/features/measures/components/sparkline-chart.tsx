import { Line, LineChart, YAxis } from 'recharts';

import { SPARKLINE_HEIGHT, SPARKLINE_WIDTH } from './sparkline-dimensions';

/**
 * A measure's recent figures as a small line without axes. Loaded on its own (React.lazy) so the
 * charting library stays out of the list's first render; its text alternative is the wrapper's.
 */
export default function SparklineChart({ values }: { values: (number | null)[] }) {
  const data = values.map((value, index) => ({ index, value }));
  return (
    <LineChart
      width={SPARKLINE_WIDTH}
      height={SPARKLINE_HEIGHT}
      data={data}
      margin={{ top: 4, right: 4, bottom: 4, left: 4 }}
      accessibilityLayer={false}
    >
      <YAxis hide domain={['dataMin', 'dataMax']} />
      <Line
        type="linear"
        dataKey="value"
        stroke="#0b0c0c"
        strokeWidth={2}
        dot={false}
        connectNulls
        isAnimationActive={false}
      />
    </LineChart>
  );
}
