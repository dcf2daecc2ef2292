import { skipToken, useQuery } from '@apollo/client/react';
import { lazy, Suspense, useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';

import { formatDate } from '../../../i18n/format';
import { Loading } from '../../../ui/loading';
import { useLanguage } from '../../../ui/use-language';
import { usePageTitle } from '../../../ui/use-page-title';
import { MeasuresSummarySection } from '../../measures/components/measures-summary-section';
import { MovementSection } from '../components/movement-section';
import { PeriodState } from '../components/period-state';
import { ProgressChart } from '../components/progress-chart';
import { ProgressTable } from '../components/progress-table';
import { PROGRESS_LISTS, PROGRESS_SUMMARY } from '../graphql/overview';

const AttentionLists = lazy(() => import('../components/attention-lists'));

/** Where the year's plan stands in the current reporting period, area by area. */
export default function OverviewPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  usePageTitle(t('overview.title'));

  // The period and its summary come together: one wait before the page has its figures.
  const summaryQuery = useQuery(PROGRESS_SUMMARY);
  const summary = summaryQuery.data?.currentProgressSummary ?? null;
  // The lists come after the figures: hundreds of rows below them, which the page drawn on the
  // server leaves out (ADR 20). Not kept in the cache: storing 200 KB of rows and reading them
  // back took Apollo longer than drawing them (a long task just after the page was taken over).
  const listsQuery = useQuery(PROGRESS_LISTS, summary ? { fetchPolicy: 'no-cache' } : skipToken);
  // Drawn at transition priority: hundreds of rows, drawn a few at a time between the browser's
  // own work rather than in one long task.
  const lists = useDeferredValue(listsQuery.data?.currentProgressSummary ?? undefined);

  const listsLoading = <Loading message={t('overview.loadingLists')} />;

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
            <MovementSection movement={summary.movement} changes={lists?.movement.changes} />
            {listsQuery.error ? (
              <div className="govuk-inset-text" role="alert">
                {t('overview.listsLoadError')}
              </div>
            ) : (
              <Suspense fallback={listsLoading}>
                {lists ? <AttentionLists summary={lists} /> : listsLoading}
              </Suspense>
            )}
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
