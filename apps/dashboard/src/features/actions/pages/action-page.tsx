import { useQuery } from '@apollo/client/react';
import { lazy, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { LEAD_ORGANISATION_LABELS, localise, THEME_LABELS } from '@cynnydd/shared/domain';

import type { ActionDetailsQuery } from '../../../gql/graphql';
import { formatDate, formatDateTime, formatNumber, todayInWales } from '../../../i18n/format';
import { ChartFigure } from '../../../ui/charts/chart-figure';
import { ColumnHeaders } from '../../../ui/column-headers';
import { Loading } from '../../../ui/loading';
import { LocalisedText } from '../../../ui/localised-text';
import { ScrollableTable } from '../../../ui/scrollable-table';
import { useLanguage } from '../../../ui/use-language';
import { usePageTitle } from '../../../ui/use-page-title';
import { RagLabel, ragStatus, useStatusLabel } from '../../overview/components/rag-label';
import { SubjectEngagements } from '../../partnership/components/partnership-sections';
import { FutureGenerationsTags } from '../../plans/components/future-generations';
import { MilestoneProgress } from '../components/milestone-progress';
import { OverdueLabel } from '../components/overdue-label';
import { RiskScoreText } from '../components/risk-score';
import type { HistoryPoint } from '../components/status-history-chart';
import { ACTION_AUDIT_TRAIL, ACTION_DETAILS } from '../graphql/actions';
import { useReportingAccess } from '../hooks/use-reporting-access';

// Recharts loads with this chunk only, after the history table is on screen.
const StatusHistoryChart = lazy(() => import('../components/status-history-chart'));

type ActionDetails = ActionDetailsQuery['action'];

function SummaryRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

function Details({ action }: { action: ActionDetails }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const names = (people: { name: string }[]) =>
    people.length > 0 ? people.map((person) => person.name).join(', ') : t('action.nobody');
  return (
    <dl className="govuk-summary-list">
      <SummaryRow label={t('action.reference')}>{action.reference}</SummaryRow>
      <SummaryRow label={t('action.area')}>
        <Link to={`/areas/${action.area.number}`} className="govuk-link">
          {t('overview.areaNumber', { number: action.area.number })}:{' '}
          <LocalisedText value={action.area.title} />
        </Link>
      </SummaryRow>
      <SummaryRow label={t('action.description')}>
        <LocalisedText value={action.description} />
      </SummaryRow>
      <SummaryRow label={t('action.lead')}>
        {LEAD_ORGANISATION_LABELS[action.leadOrganisation][language]}
      </SummaryRow>
      <SummaryRow label={t('action.startDate')}>
        {formatDate(action.startDate, language)}
      </SummaryRow>
      <SummaryRow label={t('action.dueDate')}>
        {formatDate(action.dueDate, language)}
        {action.isOverdue && (
          <>
            {' '}
            <OverdueLabel action={action} />
          </>
        )}
      </SummaryRow>
      <SummaryRow label={t('action.themes')}>
        {action.themes.length === 0 ? (
          t('action.noThemes')
        ) : (
          <ul className="govuk-list">
            {action.themes.map((theme) => (
              <li key={theme}>
                <strong className="govuk-tag govuk-tag--grey">
                  {THEME_LABELS[theme][language]}
                </strong>
              </li>
            ))}
          </ul>
        )}
      </SummaryRow>
      <SummaryRow label={t('futureGenerations.goals')}>
        <FutureGenerationsTags values={action.wellBeingGoals} kind="goals" />
      </SummaryRow>
      <SummaryRow label={t('futureGenerations.waysOfWorking')}>
        <FutureGenerationsTags values={action.waysOfWorking} kind="waysOfWorking" />
      </SummaryRow>
      <SummaryRow label={t('action.owners')}>{names(action.owners)}</SummaryRow>
      <SummaryRow label={t('action.delegates')}>{names(action.delegates)}</SummaryRow>
    </dl>
  );
}

function Milestones({ action }: { action: ActionDetails }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const today = todayInWales();
  if (action.milestones.length === 0) {
    return <p className="govuk-body">{t('action.noMilestones')}</p>;
  }
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">
        {t('action.milestones')}
      </caption>
      <ColumnHeaders
        columns={[
          { label: t('action.milestone') },
          { label: t('action.dueDate') },
          { label: t('action.progress') },
        ]}
      />
      <tbody className="govuk-table__body">
        {action.milestones.map((milestone) => (
          <tr key={milestone.id} className="govuk-table__row">
            <td className="govuk-table__cell">
              <LocalisedText value={milestone.title} />
            </td>
            <td className="govuk-table__cell">{formatDate(milestone.dueDate, language)}</td>
            <td className="govuk-table__cell">
              <MilestoneProgress milestone={milestone} today={today} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * What an update says under "risks", with a link to raise it as a risk for those who may report
 * on the action (the API's rule), and the risks already raised from it.
 */
function UpdateRisks({
  actionId,
  update,
  canReport,
}: {
  actionId: string;
  update: ActionDetails['statusHistory'][number];
  canReport: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const hasText = localise(update.risks, language) !== null;
  return (
    <>
      <LocalisedText value={update.risks} />
      {update.raisedRisks.length > 0 && (
        <>
          <p className="govuk-body-s govuk-!-margin-bottom-1 govuk-!-margin-top-2">
            {t('action.raisedRisks')}
          </p>
          <ul className="govuk-list govuk-body-s">
            {update.raisedRisks.map((risk) => (
              <li key={risk.id}>
                <Link className="govuk-link" to={`/risks/${risk.id}`}>
                  {risk.reference}: <LocalisedText value={risk.title} />
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {canReport && hasText && (
        <p className="govuk-body-s govuk-!-margin-top-2 govuk-!-margin-bottom-0">
          <Link className="govuk-link" to={`/risks/raise?action=${actionId}&update=${update.id}`}>
            {t('action.raiseRisk')}
            <span className="govuk-visually-hidden">
              {' '}
              {t('action.raiseRiskFrom', { period: update.reportingPeriod.label })}
            </span>
          </Link>
        </p>
      )}
    </>
  );
}

function StatusHistory({ action, canReport }: { action: ActionDetails; canReport: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const history = [...action.statusHistory].sort((a, b) =>
    b.submittedAt.localeCompare(a.submittedAt),
  );
  if (history.length === 0) return <p className="govuk-body">{t('action.noHistory')}</p>;
  return (
    <ScrollableTable caption={t('action.history')}>
      <ColumnHeaders
        columns={[
          { label: t('action.period') },
          { label: t('action.rag') },
          { label: t('action.percent'), numeric: true },
          { label: t('action.commentary') },
          { label: t('action.risksText') },
          { label: t('action.author') },
          { label: t('action.submitted') },
        ]}
      />
      <tbody className="govuk-table__body">
        {history.map((update) => (
          <tr key={update.id} className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              {update.reportingPeriod.label}
            </th>
            <td className="govuk-table__cell">
              <RagLabel status={ragStatus(update.rag)} />
            </td>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {t('action.percentValue', {
                value: formatNumber(update.percentComplete, language),
              })}
            </td>
            <td className="govuk-table__cell">
              <LocalisedText value={update.commentary} />
            </td>
            <td className="govuk-table__cell">
              <UpdateRisks actionId={action.id} update={update} canReport={canReport} />
            </td>
            <td className="govuk-table__cell">{update.author.name}</td>
            <td className="govuk-table__cell">{formatDateTime(update.submittedAt, language)}</td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}

/** The open risks linked to the action (threatening it or mitigated by it), highest first. */
function Risks({ action }: { action: ActionDetails }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="action-risks">
      <h2 className="govuk-heading-m" id="action-risks">
        {t('action.risks.heading')}
      </h2>
      {action.risks.length === 0 ? (
        <p className="govuk-body">{t('action.risks.none')}</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-visually-hidden">{t('action.risks.caption')}</caption>
          <ColumnHeaders
            columns={[
              { label: t('action.risks.reference') },
              { label: t('action.risks.risk') },
              { label: t('action.risks.score') },
            ]}
          />
          <tbody className="govuk-table__body">
            {action.risks.map((risk) => (
              <tr key={risk.id} className="govuk-table__row">
                <td className="govuk-table__cell">{risk.reference}</td>
                <th scope="row" className="govuk-table__header">
                  <Link className="govuk-link" to={`/risks/${risk.id}`}>
                    <LocalisedText value={risk.title} />
                  </Link>
                </th>
                <td className="govuk-table__cell">
                  <RiskScoreText current={risk.current} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The latest update in each period, oldest period first. */
function historyPoints(action: ActionDetails): HistoryPoint[] {
  const latest = new Map<string, ActionDetails['statusHistory'][number]>();
  for (const update of action.statusHistory) {
    const seen = latest.get(update.reportingPeriod.id);
    if (!seen || seen.submittedAt < update.submittedAt)
      latest.set(update.reportingPeriod.id, update);
  }
  return [...latest.values()]
    .sort((a, b) => a.reportingPeriod.startDate.localeCompare(b.reportingPeriod.startDate))
    .map((update) => ({
      period: update.reportingPeriod.label,
      rag: ragStatus(update.rag),
      percentComplete: update.percentComplete,
    }));
}

/** The status history as a step chart, summed up in words; the history table follows it. */
function StatusHistoryFigure({ action }: { action: ActionDetails }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const statusLabel = useStatusLabel();
  const points = historyPoints(action);
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return null;
  const percent = (value: number) =>
    t('action.percentValue', { value: formatNumber(value, language) });
  const summary =
    points.length === 1
      ? t('action.chart.single', {
          period: first.period,
          status: statusLabel(first.rag),
          percent: percent(first.percentComplete),
        })
      : t('action.chart.summary', {
          firstPeriod: first.period,
          firstStatus: statusLabel(first.rag),
          firstPercent: percent(first.percentComplete),
          lastPeriod: last.period,
          lastStatus: statusLabel(last.rag),
          lastPercent: percent(last.percentComplete),
        });
  return (
    <ChartFigure
      title={t('action.chart.title', { reference: action.reference })}
      summary={summary}
      height={280}
    >
      <StatusHistoryChart points={points} />
    </ChartFigure>
  );
}

function AuditHistory({ actionId }: { actionId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { data, loading, error } = useQuery(ACTION_AUDIT_TRAIL, { variables: { id: actionId } });

  function content() {
    if (error) return <p className="govuk-body">{t('action.auditLoadError')}</p>;
    if (loading || !data) return <Loading />;
    if (data.auditTrail.length === 0) return <p className="govuk-body">{t('action.noAudit')}</p>;
    return (
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-visually-hidden">
          {t('action.audit')}
        </caption>
        <ColumnHeaders
          columns={[
            { label: t('action.auditDate') },
            { label: t('action.auditWho') },
            { label: t('action.auditChanges') },
          ]}
        />
        <tbody className="govuk-table__body">
          {data.auditTrail.map((entry) => (
            <tr key={entry.id} className="govuk-table__row">
              <td className="govuk-table__cell">{formatDateTime(entry.occurredAt, language)}</td>
              <td className="govuk-table__cell">{entry.actorEmail ?? t('action.system')}</td>
              <td className="govuk-table__cell">
                {t(`action.auditActions.${entry.action}`)}
                {entry.changes.length > 0 && (
                  <>
                    {': '}
                    {entry.changes.map((change) => change.field).join(', ')}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }

  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{t('action.audit')}</span>
      </summary>
      <div className="govuk-details__text">{content()}</div>
    </details>
  );
}

/** One action: its details, people, milestones, risks, status history and record of changes. */
export default function ActionPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { id = '' } = useParams();
  const access = useReportingAccess();
  const { data, loading, error } = useQuery(ACTION_DETAILS, { variables: { id } });
  const action = data?.action;
  const title = action
    ? t('action.title', {
        reference: action.reference,
        title: localise(action.title, language)?.text ?? '',
      })
    : t('action.genericTitle');
  usePageTitle(title);

  function content() {
    if (loading) return <Loading />;
    if (error || !action) {
      return (
        <div className="govuk-inset-text" role="alert">
          {t('action.notFound')}
        </div>
      );
    }
    return (
      <>
        {/* Only those the API would accept an update from: owners, delegates, operational group. */}
        {access.canReportOn(action) && (
          <Link
            to={`/actions/${action.id}/update`}
            className="govuk-button"
            role="button"
            draggable="false"
          >
            {t('myActions.submit')}
          </Link>
        )}
        <Details action={action} />
        <Milestones action={action} />
        <Risks action={action} />
        <SubjectEngagements subjectKind="ACTION" subjectId={action.id} />
        <StatusHistoryFigure action={action} />
        <StatusHistory action={action} canReport={access.canReportOn(action)} />
        <AuditHistory actionId={action.id} />
      </>
    );
  }

  return (
    <>
      <Link to={action ? `/areas/${action.area.number}` : '/'} className="govuk-back-link">
        {action ? t('action.backToArea', { number: action.area.number }) : t('area.back')}
      </Link>
      <h1 className="govuk-heading-l">
        {action ? (
          <>
            <span className="govuk-caption-l">
              {t('action.caption', { reference: action.reference })}
            </span>
            <LocalisedText value={action.title} />
          </>
        ) : (
          t('action.genericTitle')
        )}
      </h1>
      {content()}
    </>
  );
}
