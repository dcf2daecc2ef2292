import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { Permission } from '@cynnydd/shared/domain';

import type { ReportSummaryFieldsFragment } from '../../../gql/graphql';
import { useFeatureTranslations } from '../../../i18n/feature-translations';
import { formatDateTime, formatNumber } from '../../../i18n/format';
import { ColumnHeaders } from '../../../ui/column-headers';
import { Loading } from '../../../ui/loading';
import { ScrollableTable } from '../../../ui/scrollable-table';
import { useLanguage } from '../../../ui/use-language';
import { usePageTitle } from '../../../ui/use-page-title';
import { LoadError } from '../../plans/components/notice';
import { usePermission } from '../../plans/hooks/use-permission';
import { DownloadLinks, exportUrl } from '../components/download-links';
import { audienceLabel, AUDIENCES, isAudience, ReportStateTag } from '../components/report-labels';
import { StartReportForm } from '../components/start-report-form';
import { REPORT_FORM_OPTIONS, REPORTS } from '../graphql/reports';
import { REPORTS_TRANSLATIONS } from '../i18n/translations';

function ReportName({ report }: { report: ReportSummaryFieldsFragment }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <>
      {t('reports.name', {
        audience: audienceLabel(report.audience, language),
        period: report.reportingPeriod.label,
      })}
    </>
  );
}

function ReportsTable({ reports }: { reports: ReportSummaryFieldsFragment[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <ScrollableTable caption={t('reports.list.caption')}>
      <ColumnHeaders
        columns={[
          { label: t('reports.list.report') },
          { label: t('reports.list.edition'), numeric: true },
          { label: t('reports.list.state') },
          { label: t('reports.list.issued') },
          { label: t('reports.list.downloads') },
        ]}
      />
      <tbody className="govuk-table__body">
        {reports.map((report) => (
          <tr key={report.id} className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              <Link className="govuk-link" to={`/reports/${report.id}`} id={`report-${report.id}`}>
                <ReportName report={report} />
                <span className="govuk-visually-hidden">
                  {' '}
                  {t('reports.editionNumber', { number: formatNumber(report.edition, language) })}
                </span>
              </Link>
            </th>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {formatNumber(report.edition, language)}
            </td>
            <td className="govuk-table__cell">
              <ReportStateTag state={report.state} />
            </td>
            <td className="govuk-table__cell">
              {report.issuedAt
                ? formatDateTime(report.issuedAt, language)
                : t('reports.list.notIssued')}
            </td>
            <td className="govuk-table__cell">
              {report.state === 'ISSUED' ? (
                <DownloadLinks
                  urlOf={(format, language) => exportUrl(report.id, format, language)}
                  describedBy={`report-${report.id}`}
                />
              ) : (
                t('reports.list.noDownloads')
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}

/** Progress reports by period and audience: drafts for those who write them, issued for all. */
export default function ReportsPage() {
  const { t } = useTranslation();
  useFeatureTranslations(REPORTS_TRANSLATIONS);
  const language = useLanguage();
  const [params, setParams] = useSearchParams();
  const [formErrors, setFormErrors] = useState(false);
  const canWrite = usePermission(Permission.MANAGE_REPORTS).allowed;
  const title = t('reports.title');
  usePageTitle(title, formErrors);

  const periodFilter = params.get('period') ?? '';
  const audienceParam = params.get('audience');
  const audienceFilter = isAudience(audienceParam) ? audienceParam : null;
  const [periodChoice, setPeriodChoice] = useState(periodFilter);
  const [audienceChoice, setAudienceChoice] = useState(audienceFilter ?? '');

  const options = useQuery(REPORT_FORM_OPTIONS);
  const periods = options.data?.reportingPeriods ?? [];
  const list = useQuery(REPORTS, {
    variables: {
      filter: {
        ...(periodFilter ? { reportingPeriodId: periodFilter } : {}),
        ...(audienceFilter ? { audience: audienceFilter } : {}),
      },
    },
    fetchPolicy: 'cache-and-network',
  });
  const reports = list.data?.reports;
  const filtered = Boolean(periodFilter || audienceFilter);

  function applyFilters(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = new URLSearchParams();
    if (periodChoice) next.set('period', periodChoice);
    if (audienceChoice) next.set('audience', audienceChoice);
    setParams(next);
  }

  function listContent() {
    if (list.error && !reports) return <LoadError message={t('reports.list.loadError')} />;
    if (!reports) return <Loading message={t('reports.list.loading')} />;
    if (reports.length === 0) {
      return (
        <p className="govuk-body">
          {filtered ? t('reports.list.noneMatching') : t('reports.list.none')}
        </p>
      );
    }
    return <ReportsTable reports={reports} />;
  }

  return (
    <>
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">{canWrite ? t('reports.introWriter') : t('reports.intro')}</p>
      <form
        className="app-filters"
        noValidate
        onSubmit={applyFilters}
        aria-label={t('reports.filters.label')}
      >
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="filter-period">
            {t('reports.filters.period')}
          </label>
          <select
            id="filter-period"
            className="govuk-select"
            value={periodChoice}
            onChange={(event) => setPeriodChoice(event.target.value)}
          >
            <option value="">{t('reports.filters.allPeriods')}</option>
            {periods.map((period) => (
              <option key={period.id} value={period.id}>
                {period.label}
              </option>
            ))}
          </select>
        </div>
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="filter-audience">
            {t('reports.filters.audience')}
          </label>
          <select
            id="filter-audience"
            className="govuk-select"
            value={audienceChoice}
            onChange={(event) => setAudienceChoice(event.target.value)}
          >
            <option value="">{t('reports.filters.allAudiences')}</option>
            {AUDIENCES.map((audience) => (
              <option key={audience} value={audience}>
                {audienceLabel(audience, language)}
              </option>
            ))}
          </select>
        </div>
        <div className="govuk-form-group app-filters__submit">
          <button type="submit" className="govuk-button govuk-button--secondary">
            {t('reports.filters.apply')}
          </button>
        </div>
      </form>
      {listContent()}
      <p className="govuk-body">
        <Link className="govuk-link" to="/follow-ups">
          {t('review.followUpsLink')}
        </Link>
      </p>
      {canWrite && (
        <p className="govuk-body">
          <Link className="govuk-link" to="/reports/settings">
            {t('reports.settings.link')}
          </Link>
        </p>
      )}
      {canWrite &&
        (options.error ? (
          <LoadError message={t('reports.start.loadError')} />
        ) : options.loading ? (
          <Loading />
        ) : (
          <StartReportForm periods={periods} onErrors={setFormErrors} />
        ))}
    </>
  );
}
