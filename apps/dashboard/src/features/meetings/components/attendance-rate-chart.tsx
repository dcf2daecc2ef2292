import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';

import { formatNumber } from '../../../i18n/format';
import { useLanguage } from '../../../ui/use-language';

const TEXT = '#0b0c0c';
const BAR = '#1d70b8';

/**
 * Attendance rate per forum as horizontal bars, each labelled with its percentage. Loaded on its
 * own (React.lazy) so the charting library stays out of the page's first render.
 */
export default function AttendanceRateChart({
  forums,
}: {
  forums: { name: string; percent: number }[];
}) {
  const language = useLanguage();
  const percent = (value: number) => `${formatNumber(value, language)}%`;
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height: 200 }}>
      <BarChart
        data={forums}
        layout="vertical"
        margin={{ top: 5, right: 60, bottom: 5, left: 10 }}
        // The caption and the table below carry the figures for assistive technology.
        accessibilityLayer={false}
      >
        <CartesianGrid horizontal={false} stroke="#b1b4b6" />
        <XAxis
          type="number"
          domain={[0, 100]}
          ticks={[0, 25, 50, 75, 100]}
          tick={{ fill: TEXT }}
          stroke={TEXT}
          tickFormatter={percent}
        />
        <YAxis type="category" dataKey="name" width={220} tick={{ fill: TEXT }} stroke={TEXT} />
        <Bar dataKey="percent" fill={BAR} isAnimationActive={false}>
          <LabelList
            dataKey="percent"
            position="right"
            fill={TEXT}
            formatter={(v) => percent(Number(v))}
          />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
