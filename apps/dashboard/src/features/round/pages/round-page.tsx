import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useDeferredValue, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { localise, Permission } from '@cynnydd/shared/domain';

import type { UpdateRoundListsQuery, UpdateRoundSummaryQuery } from '../../../gql/graphql';
import { formatDateTime, formatNumber } from '../../../i18n/format';
import { TableDownload } from '../../../ui/downloads/table-download';
import { Loading } from '../../../ui/loading';
import { LocalisedText } from '../../../ui/localised-text';
import { Pagination, usePageOfRows } from '../../../ui/pagination';
import { useLanguage } from '../../../ui/use-language';
import { usePageTitle } from '../../../ui/use-page-title';
import { PeriodState } from '../../overview/components/period-state';
import { LoadError } from '../../plans/components/notice';
import { RequirePermission } from '../../plans/components/require-permission';
import { FiguresRound } from '../components/figures-round';
import { RemindersPanel } from '../components/reminders-panel';
import { RiskReviewsRound } from '../components/risk-reviews-round';
import { percentDone, RoundTable, RoundTotals } from '../components/round-table';
import { ROUND_LISTS, ROUND_SUMMARY } from '../graphql/round';

/** How often the tracker asks for the latest figures while open. */
export const ROUND_POLL_INTERVAL = 30_000;

type RoundSummary = UpdateRoundSummaryQuery['updateRound'];
type RoundLists = UpdateRoundListsQuery['updateRound'];

function Totals({ round }: { round: RoundSummary }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { expected, updated } = round.overall;
  const n = (value: number) => formatNumber(value, language);
  const percent = percentDone(round.overall);
  return (
    <section aria-labelledby="round-totals">
      <h2 className="govuk-heading-m" id="round-totals">
        {t('round.totals.heading')}
      </h2>
      <p className="govuk-body-l" data-testid="round-summary">
        {expected === 0
          ? t('round.totals.noneExpected')
          : t('round.totals.summary', {
              updated: n(updated),
              expected: n(expected),
              percent: n(percent),
            })}
      </p>
      <RoundTotals progress={round.overall} testId="round" />
    </section>
  );
}

function OutstandingActions({
  count,
  actions,
  periodLabel,
  pending,
}: {
  /** How many: the figures' count, known before the list arrives. */
  count: number;
  actions: RoundLists['outstandingActions'] | undefined;
  periodLabel: string;
  /** Shown while the list is on its way, or when it could not be loaded. */
  pending: ReactNode;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const page = usePageOfRows(actions ?? [], { parameter: 'round-outstanding-page' });
  const heading = t('round.outstanding.heading', { number: formatNumber(count, language) });
  function list() {
    if (!actions) return pending;
    if (actions.length === 0) return <p className="govuk-body">{t('round.outstanding.none')}</p>;
    return (
      <>
        <ul className="govuk-list govuk-list--bullet">
          {page.rows.map((action) => (
            <li key={action.id}>
              <Link className="govuk-link" to={`/actions/${action.id}`}>
                {action.reference}: <LocalisedText value={action.title} />
              </Link>{' '}
              {action.owners.length > 0 && (
                <span className="govuk-body-s">
                  (
                  {t('round.outstanding.owners', {
                    names: action.owners.map((owner) => owner.name).join(', '),
                  })}
                  )
                </span>
              )}
            </li>
          ))}
        </ul>
        <Pagination of={page} label={t('round.pages', { list: heading })} />
        <TableDownload
          fileName={t('downloads.roundFile', { period: periodLabel })}
          table={() => ({
            sheetName: t('downloads.roundSheet'),
            headings: [
              t('area.columns.reference'),
              t('area.columns.title'),
              t('area.columns.owners'),
            ],
            rows: actions.map((action) => [
              action.reference,
              localise(action.title, language)?.text ?? '',
              action.owners.map((owner) => owner.name).join(', '),
            ]),
          })}
        />
      </>
    );
  }
  return (
    <section aria-labelledby="round-outstanding">
      <h2 className="govuk-heading-m" id="round-outstanding">
        {heading}
      </h2>
      {list()}
    </section>
  );
}

function Tracker({ reportingPeriodId }: { reportingPeriodId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [checkedAt, setCheckedAt] = useState<string | null>(null);
  const [hasErrors, setHasErrors] = useState(false);
  const live = {
    variables: { reportingPeriodId },
    pollInterval: ROUND_POLL_INTERVAL,
    notifyOnNetworkStatusChange: true,
  };
  // The figures are drawn on the server with the page (ADR 20) and kept in the cache; a later
  // visit shows them at once and asks again.
  const summary = useQuery(ROUND_SUMMARY, { ...live, fetchPolicy: 'cache-and-network' });
  // Asked for beside the figures. Thousands of owners' rows took Apollo's cache longer to store
  // and read back than the API took to answer (0.1-0.5 s): not kept, and drawn at transition
  // priority, between the browser's own work rather than in one long task.
  const listsQuery = useQuery(ROUND_LISTS, { ...live, fetchPolicy: 'no-cache' });
  const lists = useDeferredValue(listsQuery.data?.updateRound);
  const round = summary.data?.updateRound;
  const error = summary.error;
  const title = round
    ? t('round.title', { label: round.reportingPeriod.label })
    : t('round.genericTitle');
  usePageTitle(title, hasErrors);

  if (!round) {
    return (
      <>
        <h1 className="govuk-heading-l">{title}</h1>
        {error ? (
          <LoadError message={t('round.loadError')} />
        ) : (
          <Loading message={t('round.loading')} />
        )}
      </>
    );
  }

  const refreshing = [summary.networkStatus, listsQuery.networkStatus].some(
    (status) => status === NetworkStatus.refetch || status === NetworkStatus.poll,
  );
  const pending = (
    <p className="govuk-body">
      {listsQuery.error ? t('round.listNotLoaded') : t('round.loadingLists')}
    </p>
  );
  const period = round.reportingPeriod;
  const open = period.state === 'OPEN';
  return (
    <>
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">
        <PeriodState
          state={period.state}
          closedAt={period.closedAt}
          updateDeadline={period.updateDeadline}
        />
      </p>
      <p className="govuk-body">{t('round.intro')}</p>
      <div className="govuk-button-group">
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          disabled={refreshing}
          onClick={() => {
            void Promise.all([summary.refetch(), listsQuery.refetch()]).then(() =>
              setCheckedAt(new Date().toISOString()),
            );
          }}
        >
          {t('round.refresh')}
        </button>
        <p className="govuk-body-s govuk-!-margin-bottom-0" role="status">
          {refreshing
            ? t('round.refreshing')
            : checkedAt
              ? t('round.checkedAt', { time: formatDateTime(checkedAt, language) })
              : t('round.live')}
        </p>
      </div>
      {error && <LoadError message={t('round.refreshError')} />}
      {listsQuery.error && !lists && <LoadError message={t('round.listsLoadError')} />}
      <Totals round={round} />
      {open && (
        <RemindersPanel
          reportingPeriodId={period.id}
          periodLabel={period.label}
          outstanding={round.overall.outstanding}
          figuresOutstanding={round.figures.overall.outstanding}
          riskReviewsOutstanding={round.riskReviews.overall.outstanding}
          onErrors={setHasErrors}
        />
      )}
      <OutstandingActions
        count={round.overall.outstanding}
        actions={lists?.outstandingActions}
        periodLabel={period.label}
        pending={pending}
      />
      <h2 className="govuk-heading-m">{t('round.breakdownHeading')}</h2>
      <RoundTable
        caption={t('round.byArea')}
        pageParameter="round-areas-page"
        nameHeader={t('round.columns.area')}
        rows={round.areas.map(({ area, progress }) => ({
          key: area.id,
          name: (
            <Link className="govuk-link" to={`/areas/${area.number}`}>
              {t('round.areaNumber', { number: area.number })}:{' '}
              <LocalisedText value={area.shortTitle} />
            </Link>
          ),
          progress,
        }))}
      />
      <RoundTable
        caption={t('round.byOrganisation')}
        pageParameter="round-organisations-page"
        nameHeader={t('round.columns.organisation')}
        rows={round.organisations.map(({ organisation, progress }) => ({
          key: organisation.id,
          name: <LocalisedText value={organisation.name} />,
          progress,
        }))}
      />
      <RoundTable
        caption={t('round.byPerson')}
        pageParameter="round-people-page"
        nameHeader={t('round.columns.person')}
        rows={lists?.people.map(({ person, progress }) => ({
          key: person.id,
          name: person.name,
          progress,
        }))}
        pending={pending}
      />
      <FiguresRound overall={round.figures.overall} lists={lists?.figures} pending={pending} />
      <RiskReviewsRound
        overall={round.riskReviews.overall}
        lists={lists?.riskReviews}
        pending={pending}
      />
      <p className="govuk-body">
        <Link className="govuk-link" to="/reporting-periods">
          {t('round.backToPeriods')}
        </Link>
      </p>
    </>
  );
}

/**
 * The live completeness tracker for one reporting period: who has and has not updated, with
 * reminders for those still to do so.
 */
export default function RoundPage() {
  const { id = '' } = useParams();
  return (
    <RequirePermission permission={Permission.MANAGE_REPORTING_PERIODS}>
      <Tracker reportingPeriodId={id} />
    </RequirePermission>
  );
}
