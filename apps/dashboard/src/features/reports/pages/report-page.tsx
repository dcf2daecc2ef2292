import { useMutation, useQuery } from '@apollo/client/react';
import { useDeferredValue, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router';

import { Permission, type Language } from '@cynnydd/shared/domain';

import { ALL_MESSAGES } from '../../../i18n/all-messages';
import { useFeatureTranslations } from '../../../i18n/feature-translations';
import { formatDateTime } from '../../../i18n/format';
import { createI18n } from '../../../i18n/i18n';
import { ErrorSummary, type ErrorItem } from '../../../ui/error-summary';
import { Loading } from '../../../ui/loading';
import { TranslationProvider, useLanguage } from '../../../ui/use-language';
import { usePageTitle } from '../../../ui/use-page-title';
import { fromApiErrors } from '../../plans/components/form-errors';
import { LoadError, SuccessNotice } from '../../plans/components/notice';
import { readApiError } from '../../plans/graphql/errors';
import { usePermission } from '../../plans/hooks/use-permission';
import { ReviewSection } from '../../review/components/review-section';
import { DownloadLinks, exportUrl } from '../components/download-links';
import { ExecutiveSummaryForm, ExecutiveSummaryText } from '../components/executive-summary';
import { IssueConfirmation } from '../components/issue-panel';
import { ReportCoverSheet } from '../components/report-cover-sheet';
import { ReportDocument } from '../components/report-document';
import { audienceLabel } from '../components/report-labels';
import { EveryRow } from '../components/report-list-pages';
import { withWholeLines, type ReportContent, type ReportHead } from '../graphql/report-content';
import { CREATE_REPORT, ISSUE_REPORT, REPORT, REPORT_LISTS } from '../graphql/reports';
import { usePrintMode } from '../hooks/use-print-mode';
import { REPORTS_TRANSLATIONS } from '../i18n/translations';

/** The languages `?print=1&language=` asks for: one, both (English then Welsh), or the page's. */
function printLanguages(value: string | null, current: Language): Language[] {
  if (value === 'both') return ['en', 'cy'];
  if (value === 'en' || value === 'cy') return [value];
  return [current];
}

/**
 * The report alone, in each language asked for, each starting on a new page; every row of its
 * lists, as it is printed whole (on screen they are drawn a page at a time).
 */
function PrintedReport({
  report,
  content,
  languages,
}: {
  report: ReportHead;
  content: ReportContent;
  languages: string;
}) {
  const instances = useMemo(
    () =>
      (languages.split(',') as Language[]).map((language) => ({
        language,
        i18n: createI18n(language, ALL_MESSAGES),
      })),
    [languages],
  );
  return (
    <>
      {instances.map(({ language, i18n }) => (
        <div key={language} lang={language} className="app-report__language">
          <TranslationProvider i18n={i18n}>
            <EveryRow>
              <ReportDocument report={report} content={content} />
            </EveryRow>
          </TranslationProvider>
        </div>
      ))}
    </>
  );
}

type Mode = { kind: 'view' } | { kind: 'editSummary' } | { kind: 'confirmIssue' };

/**
 * What the operational group can do with the report: edit and issue a draft, reissue. The report
 * is drawn from its head, its lists (`content`) following with `pending` in their place.
 */
function ManagedReport({
  report,
  content,
  pending,
}: {
  report: ReportHead;
  content: ReportContent | undefined;
  pending: ReactNode;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const location = useLocation();
  const canWrite = usePermission(Permission.MANAGE_REPORTS).allowed;
  const [mode, setMode] = useState<Mode>({ kind: 'view' });
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [formErrors, setFormErrors] = useState(false);
  const [reviewErrors, setReviewErrors] = useState(false);
  const [notice, setNotice] = useState<string | null>(
    (location.state as { started?: boolean } | null)?.started ? t('reports.startedNotice') : null,
  );
  const [issue, issuing] = useMutation(ISSUE_REPORT, {
    refetchQueries: ['Report', 'ReportLists', 'Reports'],
    awaitRefetchQueries: true,
  });
  const [create, creating] = useMutation(CREATE_REPORT, { refetchQueries: ['Reports'] });
  const draft = report.state === 'DRAFT';
  const audience = audienceLabel(report.audience, language);
  const title = t('reports.name', { audience, period: report.content.period.label });
  usePageTitle(title, errors.length > 0 || formErrors || reviewErrors);

  function refused(failure: unknown, conflictMessage: string) {
    const problem = readApiError(failure);
    if (problem.kind === 'conflict') setErrors([{ message: conflictMessage }]);
    else if (problem.kind === 'refused') setErrors(fromApiErrors(problem.errors, () => null));
    else setErrors([{ message: t('errors.serviceProblem') }]);
  }

  async function confirmIssue() {
    setErrors([]);
    setNotice(null);
    try {
      await issue({ variables: { input: { id: report.id, expectedVersion: report.version } } });
      setNotice(t('reports.issue.done'));
    } catch (failure) {
      refused(failure, t('reports.issue.conflict'));
    } finally {
      setMode({ kind: 'view' });
    }
  }

  async function startNewEdition() {
    setErrors([]);
    setNotice(null);
    try {
      const { data } = await create({
        variables: {
          input: {
            reportingPeriodId: report.reportingPeriod.id,
            audience: report.audience,
            executiveSummary: {
              en: report.content.executiveSummary.en ?? null,
              cy: report.content.executiveSummary.cy ?? null,
            },
          },
        },
      });
      if (data) {
        setMode({ kind: 'view' });
        await navigate(`/reports/${data.createReport.id}`, { state: { started: true } });
      }
    } catch (failure) {
      refused(failure, t('errors.serviceProblem'));
    }
  }

  const summary = report.content.executiveSummary;
  const hasSummary = Boolean(summary.en?.trim() || summary.cy?.trim());
  const summaryEditor =
    draft && canWrite ? (
      mode.kind === 'editSummary' ? (
        <ExecutiveSummaryForm
          reportId={report.id}
          version={report.version}
          summary={summary}
          onErrors={setFormErrors}
          onSaved={() => {
            setFormErrors(false);
            setMode({ kind: 'view' });
            setNotice(t('reports.summary.saved'));
          }}
          onCancel={() => {
            setFormErrors(false);
            setMode({ kind: 'view' });
          }}
        />
      ) : (
        <>
          {hasSummary ? (
            <ExecutiveSummaryText value={summary} />
          ) : (
            <p className="govuk-body app-fallback-marker">{t('reports.summary.none')}</p>
          )}
          <button
            type="button"
            className="govuk-button govuk-button--secondary app-no-print"
            onClick={() => {
              setNotice(null);
              setMode({ kind: 'editSummary' });
            }}
          >
            {t('reports.summary.edit')}
          </button>
        </>
      )
    ) : undefined;

  const coverSheet = (draft ? canWrite : true) && (
    <ReportCoverSheet
      reportId={report.id}
      version={report.version}
      sheet={report.coverSheet}
      editable={draft && canWrite}
      onErrors={setFormErrors}
      onSaved={() => setNotice(t('reports.coverSheet.saved'))}
    />
  );

  const status = draft ? (
    <div className="app-no-print">
      <div className="govuk-inset-text">{t('reports.draftNotice')}</div>
      {canWrite &&
        (mode.kind === 'confirmIssue' ? (
          <IssueConfirmation
            busy={issuing.loading}
            onConfirm={() => void confirmIssue()}
            onCancel={() => setMode({ kind: 'view' })}
          />
        ) : (
          <button
            type="button"
            className="govuk-button"
            onClick={() => {
              setErrors([]);
              setNotice(null);
              setMode({ kind: 'confirmIssue' });
            }}
          >
            {t('reports.issue.button')}
          </button>
        ))}
    </div>
  ) : (
    <>
      <div className="govuk-inset-text" data-testid="frozen-notice">
        {t('reports.issuedNotice', {
          date: report.issuedAt ? formatDateTime(report.issuedAt, language) : '',
          audience: audience.toLocaleLowerCase(language),
        })}
      </div>
      <section aria-labelledby="downloads-heading" className="app-no-print">
        <h2 className="govuk-heading-m" id="downloads-heading">
          {t('reports.download.heading')}
        </h2>
        <DownloadLinks
          urlOf={(format, language) => exportUrl(report.id, format, language)}
          describedBy="downloads-heading"
        />
      </section>
      {canWrite && (
        <div className="app-no-print">
          <p className="govuk-body">{t('reports.newEdition.intro')}</p>
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            disabled={creating.loading}
            onClick={() => void startNewEdition()}
          >
            {t('reports.newEdition.button')}
          </button>
        </div>
      )}
    </>
  );

  return (
    <>
      <ErrorSummary errors={errors} />
      {notice && (
        <SuccessNotice>
          <p className="govuk-notification-banner__heading">{notice}</p>
        </SuccessNotice>
      )}
      <ReportDocument
        report={report}
        content={content}
        pending={pending}
        afterCover={
          <>
            {status}
            {coverSheet}
          </>
        }
        summaryEditor={summaryEditor}
      />
      {!draft && content && (
        <ReviewSection reportId={report.id} actions={content.actions} onErrors={setReviewErrors} />
      )}
    </>
  );
}

/**
 * One progress report, exactly as exported. `?print=1` shows it without the service's header,
 * navigation and footer (the PDF export prints that), with `&language=en|cy|both`.
 */
export default function ReportPage() {
  const { t } = useTranslation();
  useFeatureTranslations(REPORTS_TRANSLATIONS);
  const language = useLanguage();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const print = params.get('print') === '1';
  usePrintMode(print);
  // The head is drawn on the server with the page (ADR 20) and kept in the cache; a later visit
  // shows it at once and asks again. Every change to the report refetches it.
  const head = useQuery(REPORT, { variables: { id }, fetchPolicy: 'cache-and-network' });
  // Not kept in the cache: a draft on a large plan is 1.8 MB of nested lines, none with an id
  // to share with other pages, and normalising then reading it back cost more than half a
  // second. Asked for beside the head and drawn at transition priority.
  const listsQuery = useQuery(REPORT_LISTS, { variables: { id }, fetchPolicy: 'no-cache' });
  const lists = useDeferredValue(listsQuery.data?.report.content);
  const report = head.data?.report;
  const content = useMemo(
    () => (report && lists ? withWholeLines(report.content, lists) : undefined),
    [report, lists],
  );

  if (!report) {
    return (
      <LoadingOrMissing
        loading={head.loading}
        failed={Boolean(head.error)}
        message={t('reports.loadError')}
      />
    );
  }
  if (print) {
    // Printed whole: nothing until every list is in.
    if (!content) {
      return (
        <LoadingOrMissing
          loading={!listsQuery.error}
          failed={Boolean(listsQuery.error)}
          message={t('reports.listsLoadError')}
        />
      );
    }
    return (
      <PrintedReport
        report={report}
        content={content}
        languages={printLanguages(params.get('language'), language).join(',')}
      />
    );
  }
  const pending = listsQuery.error ? (
    <LoadError message={t('reports.listsLoadError')} />
  ) : (
    <Loading message={t('reports.loadingLists')} />
  );
  return <ManagedReport key={report.id} report={report} content={content} pending={pending} />;
}

function LoadingOrMissing({
  loading,
  failed,
  message,
}: {
  loading: boolean;
  failed: boolean;
  message: string;
}) {
  const { t } = useTranslation();
  usePageTitle(t('reports.genericTitle'));
  return (
    <>
      <h1 className="govuk-heading-l">{t('reports.genericTitle')}</h1>
      {loading ? (
        <Loading message={t('reports.loading')} />
      ) : (
        failed && <LoadError message={message} />
      )}
    </>
  );
}
