import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';

import { localise, Permission } from '@cynnydd/shared/domain';

import { currentLanguage } from '../../../i18n/i18n';
import { Loading } from '../../../ui/loading';
import { LocalisedText } from '../../../ui/localised-text';
import { useLanguage } from '../../../ui/use-language';
import { usePageTitle } from '../../../ui/use-page-title';
import { useNotice } from '../../admin/hooks/use-notice';
import { SubjectEngagements } from '../../partnership/components/partnership-sections';
import { LoadError, SuccessNotice } from '../../plans/components/notice';
import { usePermission } from '../../plans/hooks/use-permission';
import { ContributingActions } from '../components/contributing-actions';
import { MeasureDetails } from '../components/measure-details';
import { EarlierFiguresTable, MeasureFiguresTable } from '../components/measure-figures-table';
import { TrendLabel } from '../components/measure-labels';
import { MeasureTrendFigure } from '../components/measure-trend-figure';
import { MEASURE_DETAILS } from '../graphql/measures';

/** What the figure form passes back on success: the period the figure was for. */
export interface ReportedState {
  reported?: { en: string; cy: string };
  revised?: boolean;
}

/** What the measure form passes back on creating one: its reference. */
export interface MeasureSavedState {
  created?: string;
}

/** One measure: what it is, its figures against its targets, what was revised and what helps. */
export default function MeasurePage() {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const { id = '' } = useParams();
  const state = useLocation().state as (ReportedState & MeasureSavedState) | null;
  const reported = state?.reported;
  const created = state?.created;
  const canManage = usePermission(Permission.MANAGE_PLANS).allowed;
  // The period is named in whichever language the page is in when the notice shows.
  const { notice } = useNotice(
    reported
      ? (translate) =>
          translate(state?.revised ? 'measures.report.revisedNotice' : 'measures.report.notice', {
            period: reported[currentLanguage(i18n)],
          })
      : created
        ? (translate) => translate('measures.newMeasure.notice', { reference: created })
        : null,
  );
  const { data, loading, error } = useQuery(MEASURE_DETAILS, { variables: { id } });
  const measure = data?.measure;
  const title = measure
    ? t('measures.measure.title', {
        reference: measure.reference,
        name: localise(measure.name, language)?.text ?? '',
      })
    : t('measures.measure.genericTitle');
  usePageTitle(title);

  function content() {
    if (loading) return <Loading />;
    if (error || !measure) return <LoadError message={t('measures.measure.notFound')} />;
    return (
      <>
        {(measure.canReportFigures || canManage) && (
          <div className="govuk-button-group">
            {measure.canReportFigures && (
              <Link
                to={`/measures/${measure.id}/report`}
                className="govuk-button"
                role="button"
                draggable="false"
              >
                {t('measures.measure.report')}
              </Link>
            )}
            {canManage && (
              <Link
                to={`/measures/${measure.id}/edit`}
                className="govuk-button govuk-button--secondary"
                role="button"
                draggable="false"
              >
                {t('measures.measure.change')}
              </Link>
            )}
          </div>
        )}
        <MeasureDetails measure={measure} />
        <h2 className="govuk-heading-m">{t('measures.measure.figuresTitle')}</h2>
        <dl className="govuk-summary-list govuk-summary-list--no-border">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t('measures.columns.sincePrevious')}</dt>
            <dd className="govuk-summary-list__value">
              <TrendLabel trend={measure.trend.sincePrevious} direction={measure.direction} />
            </dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t('measures.columns.sinceBaseline')}</dt>
            <dd className="govuk-summary-list__value">
              <TrendLabel trend={measure.trend.sinceBaseline} direction={measure.direction} />
            </dd>
          </div>
        </dl>
        <MeasureTrendFigure measure={measure} />
        <MeasureFiguresTable measure={measure} />
        <EarlierFiguresTable measure={measure} />
        <ContributingActions measure={measure} />
        <SubjectEngagements subjectKind="MEASURE" subjectId={measure.id} />
      </>
    );
  }

  return (
    <>
      {notice && <SuccessNotice>{notice}</SuccessNotice>}
      <Link to="/measures" className="govuk-back-link">
        {t('measures.measure.back')}
      </Link>
      <h1 className="govuk-heading-l">
        {measure ? (
          <>
            <span className="govuk-caption-l">
              {t('measures.measure.caption', { reference: measure.reference })}
            </span>
            <LocalisedText value={measure.name} />
          </>
        ) : (
          t('measures.measure.genericTitle')
        )}
      </h1>
      {content()}
    </>
  );
}
