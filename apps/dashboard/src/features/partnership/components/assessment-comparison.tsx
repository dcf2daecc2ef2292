import { lazy } from 'react';
import { useTranslation } from 'react-i18next';

import { localise } from '@cynnydd/shared/domain';

import type { ForumAssessmentsQuery } from '../../../gql/graphql';
import { formatDate, formatNumber } from '../../../i18n/format';
import { ChartFigure } from '../../../ui/charts/chart-figure';
import { ColumnHeaders } from '../../../ui/column-headers';
import { ScrollableTable } from '../../../ui/scrollable-table';
import { useLanguage } from '../../../ui/use-language';

const AssessmentTrendChart = lazy(() => import('./assessment-trend-chart'));

type Comparison = ForumAssessmentsQuery['partnershipAssessmentComparison'];

/** "+1", "−2" or "0": how a score moved since the previous assessment. */
function signed(value: number, format: (n: number) => string) {
  if (value > 0) return `+${format(value)}`;
  if (value < 0) return `−${format(-value)}`;
  return format(0);
}

/**
 * A forum's self-assessments compared over time: the average at each as a line chart, and every
 * statement's scores as a table (the chart's accessible alternative, with more in it).
 */
export function AssessmentComparison({ comparison }: { comparison: Comparison }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const n = (value: number) => formatNumber(value, language);
  const { assessments, statements } = comparison;
  if (assessments.length === 0) {
    return <p className="govuk-body">{t('partnership.comparison.none')}</p>;
  }
  const dates = assessments.map((assessment) => formatDate(assessment.assessedOn, language));
  return (
    <>
      <ChartFigure
        title={t('partnership.comparison.chartTitle')}
        summary={t('partnership.comparison.chartSummary')}
        height={280}
      >
        <AssessmentTrendChart
          points={assessments.map((assessment, index) => ({
            date: dates[index],
            average: assessment.average,
          }))}
        />
      </ChartFigure>
      <ScrollableTable caption={t('partnership.comparison.caption')}>
        <ColumnHeaders
          columns={[
            { label: t('partnership.comparison.statement') },
            ...dates.map((date) => ({ label: date, numeric: true })),
            { label: t('partnership.comparison.change'), numeric: true },
          ]}
        />
        <tbody className="govuk-table__body">
          {statements.map((trend) => (
            <tr key={trend.statement.id} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                {t('partnership.assessments.statement', {
                  position: n(trend.statement.position),
                  text: localise(trend.statement.text, language)?.text ?? '',
                })}
              </th>
              {assessments.map((assessment) => {
                const found = trend.scores.find((s) => s.assessmentId === assessment.id);
                return (
                  <td key={assessment.id} className="govuk-table__cell govuk-table__cell--numeric">
                    {found ? n(found.score) : ''}
                  </td>
                );
              })}
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {trend.change === null
                  ? t('partnership.comparison.noChange')
                  : signed(trend.change, n)}
              </td>
            </tr>
          ))}
          <tr className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              {t('partnership.comparison.average')}
            </th>
            {assessments.map((assessment) => (
              <td key={assessment.id} className="govuk-table__cell govuk-table__cell--numeric">
                {assessment.average === null ? '' : n(assessment.average)}
              </td>
            ))}
            <td className="govuk-table__cell" />
          </tr>
        </tbody>
      </ScrollableTable>
    </>
  );
}
