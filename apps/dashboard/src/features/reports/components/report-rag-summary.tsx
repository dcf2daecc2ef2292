import { lazy, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { localise, ragAreaChartSize, type RagChartArea } from '@cynnydd/shared/domain';

import type { RagCountFieldsFragment, ReportQuery } from '../../../gql/graphql';
import { formatNumber } from '../../../i18n/format';
import { ChartFigure } from '../../../ui/charts/chart-figure';
import { LocalisedText } from '../../../ui/localised-text';
import { ScrollableTable } from '../../../ui/scrollable-table';
import { useLanguage } from '../../../ui/use-language';
import { COUNT_FIELDS, STATUS_COLUMNS } from '../../overview/components/count-fields';
import { RagCountCells, RagCountHeaders } from '../../overview/components/rag-count-cells';
import { useStatusLabel } from '../../overview/components/rag-label';

// The board paper's chart (one shared definition), loaded on its own so ECharts stays out of the
// page's first render.
const ReportAreaChart = lazy(() => import('./report-area-chart'));

type Content = ReportQuery['report']['content'];

/** A table of counts by status: one row per area or theme, and a totals row when given. */
export function RagCountsTable({
  caption,
  rowHeader,
  rows,
  total,
}: {
  caption: string;
  rowHeader: string;
  rows: { key: string; name: ReactNode; counts: RagCountFieldsFragment }[];
  total?: { name: string; counts: RagCountFieldsFragment };
}) {
  const { t } = useTranslation();
  return (
    <ScrollableTable caption={caption}>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <RagCountHeaders rowHeader={rowHeader} totalLabel={t('reports.content.total')} />
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map(({ key, name, counts }) => (
          <tr key={key} className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              {name}
            </th>
            <RagCountCells counts={counts} />
          </tr>
        ))}
        {total && (
          <tr className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              {total.name}
            </th>
            <RagCountCells counts={total.counts} />
          </tr>
        )}
      </tbody>
    </ScrollableTable>
  );
}

/** The RAG summary: overall in words, a chart per area, and the same counts as a table. */
export function ReportRagSummary({ content }: { content: Content }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const statusLabel = useStatusLabel();
  const totals = STATUS_COLUMNS.map((status) =>
    t('reports.content.statusCount', {
      status: statusLabel(status),
      number: formatNumber(content.overall[COUNT_FIELDS[status]], language),
    }),
  ).join(t('reports.content.separator'));
  // The chart's input as the board paper builds it: each area's short name, else its title.
  const areas = useMemo<RagChartArea[]>(
    () =>
      content.areas.map(({ number, title, shortTitle, counts }) => {
        const name = shortTitle ?? title;
        return {
          number,
          name: { en: localise(name, 'en')?.text ?? '', cy: localise(name, 'cy')?.text ?? '' },
          counts,
        };
      }),
    [content.areas],
  );
  const { height } = ragAreaChartSize(areas, language);
  return (
    <section aria-labelledby="report-rag" className="app-report__section">
      <h2 className="govuk-heading-l" id="report-rag">
        {t('reports.content.ragHeading')}
      </h2>
      <p className="govuk-body">
        {t('reports.content.ragOverall', {
          total: formatNumber(content.overall.total, language),
          totals,
        })}
      </p>
      {content.overall.total > 0 && (
        <ChartFigure
          title={t('reports.content.chartTitle', { label: content.period.label })}
          summary={t('reports.content.chartSummary')}
          height={height}
        >
          <ReportAreaChart areas={areas} height={height} />
        </ChartFigure>
      )}
      <RagCountsTable
        caption={t('reports.content.ragTableCaption')}
        rowHeader={t('reports.content.area')}
        rows={content.areas.map(({ number, title, counts }) => ({
          key: String(number),
          name: (
            <>
              {t('reports.content.areaNumber', { number })}: <LocalisedText value={title} />
            </>
          ),
          counts,
        }))}
        total={{ name: t('reports.content.allAreas'), counts: content.overall }}
      />
    </section>
  );
}
