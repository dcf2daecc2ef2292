import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';

import { Loading } from '../../../ui/loading';
import { LocalisedText } from '../../../ui/localised-text';
import { usePageTitle } from '../../../ui/use-page-title';
import { LoadError } from '../../plans/components/notice';
import { MeasureValueForm } from '../components/measure-value-form';
import { MEASURE_FOR_REPORT } from '../graphql/measures';
import type { ReportedState } from './measure-page';

function PageTitle({ title }: { title: string }) {
  usePageTitle(title);
  return null;
}

/**
 * A figure for one of a measure's periods (the latest ended, or the one the link names), or a
 * revision of one already given.
 */
export default function ReportFigurePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  // "?period=2026-07-01": the period a link (such as My actions' figures due) is for.
  const [search] = useSearchParams();
  const { data, error, refetch } = useQuery(MEASURE_FOR_REPORT, { variables: { id } });
  const measure = data?.measure;
  const title = measure
    ? t('measures.report.title', { reference: measure.reference })
    : t('measures.report.genericTitle');
  const showsForm = Boolean(measure?.canReportFigures);

  function content() {
    // Kept on screen while the figures are read again after a refusal.
    if (!data && !error) return <Loading />;
    if (!measure) return <LoadError message={t('measures.measure.notFound')} />;
    if (!measure.canReportFigures) {
      return <p className="govuk-body">{t('measures.report.notAllowed')}</p>;
    }
    return (
      <MeasureValueForm
        measure={measure}
        title={title}
        period={search.get('period')}
        onSubmitted={({ periodLabel, revised }) =>
          void navigate(`/measures/${measure.id}`, {
            state: { reported: periodLabel, revised } satisfies ReportedState,
          })
        }
        onStale={() => void refetch()}
      />
    );
  }

  return (
    <>
      <Link to={`/measures/${id}`} className="govuk-back-link">
        {t('measures.report.back')}
      </Link>
      {/* The form sets the browser title itself, marking it while there are errors. */}
      {!showsForm && <PageTitle title={title} />}
      <h1 className="govuk-heading-l">
        {measure && (
          <span className="govuk-caption-l">
            <LocalisedText value={measure.name} />
          </span>
        )}
        {title}
      </h1>
      {content()}
    </>
  );
}
