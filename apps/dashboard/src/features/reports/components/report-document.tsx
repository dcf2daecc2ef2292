import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { formatDate, formatDateTime } from '../../../i18n/format';
import { LocalisedText } from '../../../ui/localised-text';
import { useLanguage } from '../../../ui/use-language';
import type { ReportContent, ReportHead } from '../graphql/report-content';
import { ExecutiveSummaryText } from './executive-summary';
import { GoalsSection } from './report-goals';
import { audienceLabel, ReportStateTag } from './report-labels';
import { MeasuresOffTarget, MeasuresScorecard } from './report-measures';
import { ReportRagSummary } from './report-rag-summary';
import { ReportRisks } from './report-risks';
import {
  ActionsAppendix,
  CompletedSection,
  ExceptionsSection,
  MilestonesSection,
  MovementSection,
  ThemesSection,
} from './report-sections';

/** The report's cover: who it is for, the period, the edition and whether it is issued. */
export function ReportCover({ report }: { report: ReportHead }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { content } = report;
  const rows: [string, ReactNode][] = [
    [t('reports.cover.audience'), audienceLabel(report.audience, language)],
    [
      t('reports.cover.period'),
      t('reports.cover.periodDates', {
        label: content.period.label,
        start: formatDate(content.period.startDate, language),
        end: formatDate(content.period.endDate, language),
      }),
    ],
    ...(content.planTitle
      ? [
          [t('reports.cover.plan'), <LocalisedText key="plan" value={content.planTitle} />] as [
            string,
            ReactNode,
          ],
        ]
      : []),
    [t('reports.cover.edition'), String(report.edition)],
    [t('reports.cover.state'), <ReportStateTag key="state" state={report.state} />],
    [
      t('reports.cover.issued'),
      report.issuedAt ? formatDateTime(report.issuedAt, language) : t('reports.cover.notIssued'),
    ],
    [t('reports.cover.asOf'), formatDate(content.asOf, language)],
  ];
  return (
    <>
      <span className="govuk-caption-l">{t('reports.cover.caption')}</span>
      <h1 className="govuk-heading-xl">
        {t('reports.name', {
          audience: audienceLabel(report.audience, language),
          period: content.period.label,
        })}
      </h1>
      <dl className="govuk-summary-list" data-testid="report-cover">
        {rows.map(([key, value]) => (
          <div key={key} className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{key}</dt>
            <dd className="govuk-summary-list__value">{value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

/**
 * The report as exported: cover, executive summary, RAG summary, movement, exceptions,
 * measures (scorecard, then those off target), risks (heat map, register, above appetite,
 * movement), milestones, principles coverage, well-being goals, completions and every action.
 * The head (`report`) draws up to the RAG summary; the rest is drawn from `content`, the whole
 * content, with `pending` in its place until it has arrived. `afterCover` and `summaryEditor`
 * let the page add its controls without changing the document's order.
 */
export function ReportDocument({
  report,
  content,
  pending,
  afterCover,
  summaryEditor,
}: {
  report: ReportHead;
  content: ReportContent | undefined;
  pending?: ReactNode;
  afterCover?: ReactNode;
  summaryEditor?: ReactNode;
}) {
  const { t } = useTranslation();
  const summary = report.content.executiveSummary;
  return (
    <article className="app-report">
      <ReportCover report={report} />
      {afterCover}
      <section aria-labelledby="report-summary-heading" className="app-report__section">
        <h2 className="govuk-heading-l" id="report-summary-heading">
          {t('reports.summary.heading')}
        </h2>
        {summaryEditor ??
          (summary.en?.trim() || summary.cy?.trim() ? (
            <ExecutiveSummaryText value={summary} />
          ) : (
            <p className="govuk-body app-fallback-marker">{t('reports.summary.none')}</p>
          ))}
      </section>
      <ReportRagSummary content={report.content} />
      {content ? <ReportSections content={content} /> : pending}
    </article>
  );
}

/**
 * The sections after the RAG summary, drawn from the whole content alone. Memoised: the page's
 * own state (editing the summary, confirming the issue, notices) changes often and none of it is
 * theirs, and they are most of the page.
 */
const ReportSections = memo(function ReportSections({ content }: { content: ReportContent }) {
  return (
    <>
      <MovementSection content={content} />
      <ExceptionsSection content={content} />
      <MeasuresScorecard content={content} />
      <MeasuresOffTarget content={content} />
      <ReportRisks risks={content.risks} />
      <MilestonesSection content={content} />
      <ThemesSection content={content} />
      <GoalsSection content={content} />
      <CompletedSection content={content} />
      <ActionsAppendix content={content} />
    </>
  );
});
