import { lazy } from 'react';
import { useTranslation } from 'react-i18next';

import type { ProgressSummaryQuery } from '../../../gql/graphql';
import { formatNumber } from '../../../i18n/format';
import { ChartFigure } from '../../../ui/charts/chart-figure';
import { RagSwatch } from '../../../ui/charts/rag-fills';
import { useLanguage } from '../../../ui/use-language';
import { COUNT_FIELDS, STATUS_COLUMNS } from './count-fields';
import { RagLabel, useStatusLabel } from './rag-label';

// Recharts loads with this chunk only, after the figures' table is on screen.
const RagDistributionChart = lazy(() => import('./rag-distribution-chart'));

type Summary = ProgressSummaryQuery['progressSummary'];

/** The key: each status's fill beside its labelled tag. */
export function RagLegend() {
  return (
    <ul className="app-chart__legend">
      {STATUS_COLUMNS.map((status) => (
        <li key={status} className="app-chart__legend-item">
          <RagSwatch status={status} />
          <RagLabel status={status} />
        </li>
      ))}
    </ul>
  );
}

/** The progress table's counts as stacked bars, one per area, with the totals in words. */
export function ProgressChart({ summary, periodLabel }: { summary: Summary; periodLabel: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const statusLabel = useStatusLabel();
  const totals = STATUS_COLUMNS.map((status) =>
    t('overview.chart.count', {
      status: statusLabel(status),
      number: formatNumber(summary.overall[COUNT_FIELDS[status]], language),
    }),
  ).join(t('overview.chart.separator'));
  return (
    <ChartFigure
      title={t('overview.chart.title', { label: periodLabel })}
      summary={t('overview.chart.summary', { totals })}
      legend={<RagLegend />}
      height={40 * summary.areas.length + 40}
    >
      <RagDistributionChart
        areas={summary.areas.map(({ area, counts }) => ({
          label: t('overview.areaNumber', { number: area.number }),
          counts,
        }))}
      />
    </ChartFigure>
  );
}
