import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { Permission } from '@cynnydd/shared/domain';

import type { MeasurePageQueryVariables } from '../../../gql/graphql';
import { formatNumber } from '../../../i18n/format';
import { Loading } from '../../../ui/loading';
import {
  Pagination,
  ToLastPage,
  useFocusOnPageChange,
  usePageOfTotal,
} from '../../../ui/pagination';
import { useLanguage } from '../../../ui/use-language';
import { usePageTitle } from '../../../ui/use-page-title';
import { LoadError } from '../../plans/components/notice';
import { usePermission } from '../../plans/hooks/use-permission';
import { MeasureAreaFilter } from '../components/measure-area-filter';
import { MeasuresTable } from '../components/measures-table';
import { MEASURE_AREAS, MEASURE_PAGE } from '../graphql/measures';
import { measurePageVariables } from '../hooks/measure-page-variables';
import { useCanReportFigures } from '../hooks/use-can-report-figures';
import { useMeasureAreaFilter } from '../hooks/use-measure-area-filter';

/** Every measure, or one area's: is the workforce changing? */
export default function MeasuresPage() {
  const { t } = useTranslation();
  usePageTitle(t('measures.title'));
  const [params] = useSearchParams();
  const { areaNumber, goals, setFilters } = useMeasureAreaFilter();
  const canReport = useCanReportFigures().allowed;
  const canManage = usePermission(Permission.MANAGE_PLANS).allowed;
  const areasQuery = useQuery(MEASURE_AREAS);
  const areas = areasQuery.data?.strategicAreas;
  const variables = measurePageVariables(params, areas);

  function content() {
    if (areasQuery.error) return <LoadError message={t('measures.loadError')} />;
    if (variables) {
      // Another area or other goals are another list, drawn afresh rather than under the
      // previous list's caption; another page of the same list keeps this one until it arrives.
      const list = `${variables.areaId}/${goals.join()}`;
      return <MeasuresList key={list} variables={variables} areaNumber={areaNumber} />;
    }
    if (areas) return <LoadError message={t('area.notFound')} />;
    return <Loading message={t('measures.loading')} />;
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

/**
 * One list of measures, a page at a time as the API sends them (500 measures with their recent
 * figures were 1.4 MB): drawn on the server with the page (ADR 20), and on a later visit from
 * the cache at once while the API is asked again.
 */
function MeasuresList({
  variables,
  areaNumber,
}: {
  variables: MeasurePageQueryVariables;
  areaNumber: number | null;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const measuresQuery = useQuery(MEASURE_PAGE, { variables, fetchPolicy: 'cache-and-network' });
  const shown = (measuresQuery.data ?? measuresQuery.previousData)?.measurePage;
  const page = usePageOfTotal(shown?.totalCount ?? 0);
  const listStart = useFocusOnPageChange<HTMLParagraphElement>();

  if (!shown) {
    return measuresQuery.error ? (
      <LoadError message={t('measures.loadError')} />
    ) : (
      <Loading message={t('measures.loading')} />
    );
  }
  if (shown.totalCount === 0) {
    return (
      <p className="govuk-body" role="status">
        {variables.wellBeingGoals?.length
          ? t('futureGenerations.noMeasures')
          : areaNumber !== null
            ? t('measures.noneInArea', { number: areaNumber })
            : t('measures.none')}
      </p>
    );
  }
  if (page.pastTheEnd) return <ToLastPage of={page} />;
  return (
    <>
      <p className="govuk-body" role="status" ref={listStart} tabIndex={-1}>
        {t('measures.count', { number: formatNumber(shown.totalCount, language) })}
      </p>
      <MeasuresTable
        measures={shown.measures}
        caption={
          areaNumber !== null
            ? t('measures.tableCaptionArea', { number: areaNumber })
            : t('measures.tableCaption')
        }
      />
      <Pagination of={page} />
    </>
  );
}
