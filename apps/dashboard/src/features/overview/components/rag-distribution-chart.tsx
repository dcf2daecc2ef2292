import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';

import { formatNumber } from '../../../i18n/format';
import { CHART_STATUSES, ragFill, RagPatternDefs } from '../../../ui/charts/rag-fills';
import { useLanguage } from '../../../ui/use-language';
import { COUNT_FIELDS, type CountField } from './count-fields';

export interface AreaBar {
  /** Short label, e.g. "Area 3". */
  label: string;
  counts: Record<CountField, number>;
}

const TEXT = '#0b0c0c';

/**
 * Stacked bars: each area's actions by status, one segment per status in the shared order.
 * Loaded on its own (React.lazy) so the charting library stays out of the first render.
 */
export default function RagDistributionChart({ areas }: { areas: AreaBar[] }) {
  const language = useLanguage();
  const prefix = `rag-${useId().replace(/:/g, '')}`;
  const data = areas.map(({ label, counts }) => ({ label, ...counts }));
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height: 320 }}>
      <BarChart
        data={data}
        layout="vertical"
        margin={{ top: 5, right: 20, bottom: 5, left: 5 }}
        // The figure's caption and the table carry the data for assistive technology.
        accessibilityLayer={false}
      >
        <RagPatternDefs prefix={prefix} />
        <CartesianGrid horizontal={false} stroke="#b1b4b6" />
        <XAxis
          type="number"
          allowDecimals={false}
          tick={{ fill: TEXT }}
          stroke={TEXT}
          tickFormatter={(value: number) => formatNumber(value, language)}
        />
        <YAxis type="category" dataKey="label" width={70} tick={{ fill: TEXT }} stroke={TEXT} />
        {CHART_STATUSES.map((status) => (
          <Bar
            key={status}
            dataKey={COUNT_FIELDS[status]}
            stackId="rag"
            fill={ragFill(prefix, status)}
            stroke="#ffffff"
            strokeWidth={2}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
