import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';

import { formatDate } from '../../../i18n/format';
import { Loading } from '../../../ui/loading';
import { useLanguage } from '../../../ui/use-language';
import { usePageTitle } from '../../../ui/use-page-title';
import { MeasuresSummarySection } from '../../measures/components/measures-summary-section';
import { AttentionLists } from '../components/attention-lists';
import { MovementSection } from '../components/movement-section';
import { PeriodState } from '../components/period-state';
import { ProgressChart } from '../components/progress-chart';
import { ProgressTable } from '../components/progress-table';
import { PROGRESS_SUMMARY } from '../graphql/overview';

/** Where the year's plan stands in the current reporting period, area by area. */
export default function OverviewPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  usePageTitle(t('overview.title'));

  // The period and its summary come together: one wait before the page has its figures.
  const summaryQuery = useQuery(PROGRESS_SUMMARY);
  const summary = summaryQuery.data?.currentProgressSummary ?? null;

  function content() {
    if (summaryQuery.error) {
      return (
        <div className="govuk-inset-text" role="alert">
          {t('overview.loadError')}
        </div>
      );
    }
    if (summaryQuery.loading) return <Loading message={t('overview.loading')} />;
    if (!summary) return <p className="govuk-body">{t('overview.noPeriod')}</p>;
    const period = summary.reportingPeriod;
    return (
      <>
        <p className="govuk-body-l">
          {t('overview.period', {
            label: period.label,
            start: formatDate(period.startDate, language),
            end: formatDate(period.endDate, language),
          })}
        </p>
        <p className="govuk-body">
          <PeriodState
            state={period.state}
            closedAt={period.closedAt}
            updateDeadline={period.updateDeadline}
          />{' '}
          {t('overview.asOf', { date: formatDate(summary.asOf, language) })}
        </p>
        {summary.overall.total === 0 ? (
          <p className="govuk-body">{t('overview.noActions')}</p>
        ) : (
          <>
            {/* The chart first, then the table with the same counts as its text alternative. */}
            <ProgressChart summary={summary} periodLabel={period.label} />
            <ProgressTable summary={summary} />
            <MovementSection movement={summary.movement} />
            <AttentionLists summary={summary} />
          </>
        )}
      </>
    );
  }

  return (
    <>
      <h1 className="govuk-heading-l">{t('overview.title')}</h1>
      {content()}
      {/* Its own query: the actions' figures above never wait for the measures'. */}
      <MeasuresSummarySection />
    </>
  );
}
