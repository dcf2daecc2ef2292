import { useTranslation } from 'react-i18next';

import { ragAreaChartSize } from '@cynnydd/shared/domain';

import { formatNumber } from '../../../i18n/format';
import { ChartFigure } from '../../../ui/charts/chart-figure';
import { useLanguage } from '../../../ui/use-language';
import type { ProgressSummary } from '../graphql/overview';
import { COUNT_FIELDS, STATUS_COLUMNS } from './count-fields';
import { useStatusLabel } from './rag-label';

/**
 * The progress table's counts as stacked bars, one per area, with the totals in words. The
 * picture is drawn by the API from the chart definition the board papers use (legend, values and
 * patterns included), so the page runs no charting code and shows what the board sees.
 */
export function ProgressChart({
  summary,
  periodLabel,
}: {
  summary: ProgressSummary;
  periodLabel: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const statusLabel = useStatusLabel();
  const totals = STATUS_COLUMNS.map((status) =>
    t('overview.chart.count', {
      status: statusLabel(status),
      number: formatNumber(summary.overall[COUNT_FIELDS[status]], language),
    }),
  ).join(t('overview.chart.separator'));
  // The picture's own size, so the page keeps its place for it before it arrives.
  const { width, height } = ragAreaChartSize(summary.areas, language);
  return (
    <ChartFigure
      title={t('overview.chart.title', { label: periodLabel })}
      summary={t('overview.chart.summary', { totals })}
    >
      <img
        className="app-chart__picture"
        src={`/charts/progress/${summary.reportingPeriod.id}?language=${language}`}
        alt=""
        width={width}
        height={height}
        // The overview's largest paint: asked for ahead of the dashboard's scripts when the page
        // arrives drawn on the server.
        fetchPriority="high"
      />
    </ChartFigure>
  );
}
