import { skipToken, useQuery } from '@apollo/client/react';
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Permission } from '@cynnydd/shared/domain';

import { formatNumber } from '../../../i18n/format';
import { Loading } from '../../../ui/loading';
import { Pagination, useFocusOnPageChange, usePageOfRows } from '../../../ui/pagination';
import { useLanguage } from '../../../ui/use-language';
import { usePageTitle } from '../../../ui/use-page-title';
import { LoadError } from '../../plans/components/notice';
import { usePermission } from '../../plans/hooks/use-permission';
import { MeasureAreaFilter } from '../components/measure-area-filter';
import { MeasuresTable } from '../components/measures-table';
import { MEASURE_AREAS, MEASURES } from '../graphql/measures';
import { useCanReportFigures } from '../hooks/use-can-report-figures';
import { useMeasureAreaFilter } from '../hooks/use-measure-area-filter';

/** Every measure, or one area's: is the workforce changing? */
export default function MeasuresPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  usePageTitle(t('measures.title'));
  const { areaNumber, goals, setFilters } = useMeasureAreaFilter();
  const canReport = useCanReportFigures().allowed;
  const canManage = usePermission(Permission.MANAGE_PLANS).allowed;
  const areasQuery = useQuery(MEASURE_AREAS);
  const areas = areasQuery.data?.strategicAreas;
  const area =
    areaNumber === null ? null : (areas?.find((item) => item.number === areaNumber) ?? null);
  // The list waits for the areas only when it is for one of them (the API filters by id).
  const ready = areaNumber === null || Boolean(areas);
  const measuresQuery = useQuery(
    MEASURES,
    ready && !(areaNumber !== null && !area)
      ? {
          variables: {
            areaId: area?.id ?? null,
            ...(goals.length ? { wellBeingGoals: goals } : {}),
          },
          // Not normalised into Apollo's cache: for 500 measures and their recent figures
          // (1.4 MB) that took most of a visit. Each visit asks the API, which keeps the answer.
          fetchPolicy: 'no-cache',
        }
      : skipToken,
  );
  // Not the previous list while another loads: its caption would name the wrong area. The list
  // and its area are drawn at transition priority, a few rows at a time between the browser's own
  // work, rather than in one long task as the answer arrives.
  const shown = useDeferredValue(
    useMemo(() => ({ measures: measuresQuery.data?.measures, area }), [measuresQuery.data, area]),
  );
  const { measures } = shown;
  // Only a page of rows is drawn: 500 rows, each with its own sparkline, took seconds (issue 24).
  const page = usePageOfRows(measures ?? []);
  const listStart = useFocusOnPageChange<HTMLParagraphElement>();

  function content() {
    if (areasQuery.error || measuresQuery.error) {
      return <LoadError message={t('measures.loadError')} />;
    }
    if (areas && areaNumber !== null && !area) {
      return <LoadError message={t('area.notFound')} />;
    }
    if (!measures) return <Loading message={t('measures.loading')} />;
    if (measures.length === 0) {
      return (
        <p className="govuk-body" role="status">
          {goals.length
            ? t('futureGenerations.noMeasures')
            : shown.area
              ? t('measures.noneInArea', { number: shown.area.number })
              : t('measures.none')}
        </p>
      );
    }
    return (
      <>
        <p className="govuk-body" role="status" ref={listStart} tabIndex={-1}>
          {t('measures.count', { number: formatNumber(measures.length, language) })}
        </p>
        <MeasuresTable
          measures={page.rows}
          caption={
            shown.area
              ? t('measures.tableCaptionArea', { number: shown.area.number })
              : t('measures.tableCaption')
          }
        />
        <Pagination of={page} />
      </>
    );
  }

  return (
    <>
      <h1 className="govuk-heading-l">{t('measures.title')}</h1>
      <p className="govuk-body-l">{t('measures.intro')}</p>
      {canManage && (
        <Link to="/measures/new" className="govuk-button" role="button" draggable="false">
          {t('measures.newMeasure.link')}
        </Link>
      )}
      {canReport && (
        <p className="govuk-body">
          <Link to="/measures/import" className="govuk-link">
            {t('imports.measureValues.link')}
          </Link>
        </p>
      )}
      {areas && (
        <MeasureAreaFilter
          areas={areas}
          areaNumber={areaNumber}
          goals={goals}
          onApply={setFilters}
        />
      )}
      {content()}
    </>
  );
}
