import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';

import {
  ATTENDANCE_STATUS_LABELS,
  AttendanceStatus,
  COMMITMENT_STATUS_LABELS,
  CommitmentStatus,
  ENGAGEMENT_OUTCOME_LABELS,
  EngagementOutcome,
  localise,
} from '@cynnydd/shared/domain';

import { formatDate, formatNumber } from '../../../i18n/format';
import { ColumnHeaders } from '../../../ui/column-headers';
import { Loading } from '../../../ui/loading';
import { ScrollableTable } from '../../../ui/scrollable-table';
import { useLanguage } from '../../../ui/use-language';
import { LoadError } from '../../plans/components/notice';
import { DownloadLinks } from '../../reports/components/download-links';
import { PARTNERSHIP_REPORT } from '../graphql/partnership';

const REPORT_FORMATS = ['docx', 'pdf'] as const;

/** Where the API serves the annual report as a file (same origin, with the session cookie). */
export function annualReportUrl(year: string, format: string, language: string) {
  const query = new URLSearchParams({ year, language });
  return `/partnership/annual-report.${format}?${query.toString()}`;
}

/** One table of the report's counts: what is counted, and how many. */
function CountTable({
  caption,
  heading,
  rows,
}: {
  caption: string;
  heading: string;
  rows: { key: string; label: string; count: number }[];
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <ScrollableTable caption={caption}>
      <ColumnHeaders
        columns={[
          { label: heading },
          { label: t('partnership.report.columns.count'), numeric: true },
        ]}
      />
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr key={row.key} className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              {row.label}
            </th>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {formatNumber(row.count, language)}
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}

/** The annual social partnership report's figures for a financial year, and its files. */
export function PartnershipReport({ year }: { year: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const query = useQuery(PARTNERSHIP_REPORT, { variables: { year } });
  if (query.error) return <LoadError message={t('partnership.report.loadError')} />;
  if (!query.data) return <Loading message={t('partnership.report.loading')} />;
  const report = query.data.partnershipReport;
  const columns = 'partnership.report.columns';
  return (
    <>
      <p className="govuk-body">
        {t('partnership.report.period', {
          from: formatDate(report.from, language),
          to: formatDate(report.to, language),
        })}
      </p>
      <h3 className="govuk-heading-s" id="report-downloads">
        {t('partnership.report.downloads')}
      </h3>
      <DownloadLinks
        formats={REPORT_FORMATS}
        urlOf={(format, fileLanguage) =>
          annualReportUrl(report.financialYear, format, fileLanguage)
        }
        describedBy="report-downloads"
      />
      <CountTable
        caption={t('partnership.report.summaryCaption')}
        heading={t(`${columns}.kind`)}
        rows={[
          {
            key: 'engagements',
            label: t('partnership.report.engagementCount'),
            count: report.engagementCount,
          },
          {
            key: 'meetings',
            label: t('partnership.report.forumMeetings'),
            count: report.forumMeetings,
          },
        ]}
      />
      <CountTable
        caption={t('partnership.report.bySubjectCaption')}
        heading={t(`${columns}.kind`)}
        rows={report.bySubject.map((row) => ({
          key: row.subjectKind,
          label: t(`partnership.engagements.kinds.${row.subjectKind}`),
          count: row.count,
        }))}
      />
      <CountTable
        caption={t('partnership.report.byPartnerCaption')}
        heading={t(`${columns}.partner`)}
        rows={report.byPartner.map((row) => ({
          key: row.id,
          label: localise(row.name, language)?.text ?? row.code,
          count: row.count,
        }))}
      />
      <CountTable
        caption={t('partnership.report.outcomesCaption')}
        heading={t(`${columns}.outcome`)}
        rows={report.outcomes.map((row) => ({
          key: row.outcome,
          label: ENGAGEMENT_OUTCOME_LABELS[EngagementOutcome[row.outcome]][language],
          count: row.count,
        }))}
      />
      <CountTable
        caption={t('partnership.report.attendanceCaption')}
        heading={t(`${columns}.status`)}
        rows={report.attendance.map((row) => ({
          key: row.status,
          label: ATTENDANCE_STATUS_LABELS[AttendanceStatus[row.status]][language],
          count: row.count,
        }))}
      />
      <CountTable
        caption={t('partnership.report.commitmentsCaption')}
        heading={t(`${columns}.status`)}
        rows={report.commitments.map((row) => ({
          key: row.status,
          label: COMMITMENT_STATUS_LABELS[CommitmentStatus[row.status]][language],
          count: row.count,
        }))}
      />
    </>
  );
}
