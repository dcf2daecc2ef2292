import { skipToken, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { localise } from '@cynnydd/shared/domain';

import { formatNumber } from '../../../i18n/format';
import { TableDownload } from '../../../ui/downloads/table-download';
import { calendarDate } from '../../../ui/downloads/table-file';
import { Loading } from '../../../ui/loading';
import { LocalisedText } from '../../../ui/localised-text';
import { useLanguage } from '../../../ui/use-language';
import { usePageTitle } from '../../../ui/use-page-title';
import { useActionDownloadColumns } from '../../actions/components/action-download';
import { REPORTING_CONTEXT } from '../../actions/graphql/actions';
import { AreaActionsTable } from '../components/area-actions-table';
import { AreaFiltersForm } from '../components/area-filters-form';
import { AREA_ACTIONS, STRATEGIC_AREA } from '../graphql/areas';
import { useAreaFilters } from '../hooks/use-area-filters';

function LoadError({ message }: { message: string }) {
  return (
    <div className="govuk-inset-text" role="alert">
      {message}
    </div>
  );
}

/** One strategic area and its actions in the current plan year, filtered and sorted. */
export default function AreaPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const params = useParams();
  const number = Number(params['number']);
  const validNumber = Number.isInteger(number) && number >= 1;
  const { filters, sort, setFilters, sortBy, variables } = useAreaFilters();
  const actionColumns = useActionDownloadColumns();

  const areaQuery = useQuery(STRATEGIC_AREA, validNumber ? { variables: { number } } : skipToken);
  const area = areaQuery.data?.strategicArea;
  const periodQuery = useQuery(REPORTING_CONTEXT);
  const year = periodQuery.data?.currentReportingPeriod?.financialYear ?? null;
  // The address names the area: its actions are asked for beside the area, not after it.
  const actionsQuery = useQuery(
    AREA_ACTIONS,
    validNumber && year ? { variables: variables(year, number) } : skipToken,
  );
  // While other filters load, the previous rows stay, so a sort button keeps its focus.
  const actions = (actionsQuery.data ?? actionsQuery.previousData)?.actions.edges.map(
    ({ node }) => node,
  );

  const heading = area
    ? t('area.title', {
        number: area.number,
        title: localise(area.title, language)?.text ?? '',
      })
    : t('area.genericTitle');
  usePageTitle(heading);

  function actionsContent() {
    if (periodQuery.error || actionsQuery.error) {
      return <LoadError message={t('area.actionsLoadError')} />;
    }
    if (periodQuery.loading) return <Loading message={t('area.loadingActions')} />;
    if (!year) return <p className="govuk-body">{t('overview.noPeriod')}</p>;
    return (
      <>
        <AreaFiltersForm filters={filters} onApply={setFilters} />
        {!actions ? (
          <Loading message={t('area.loadingActions')} />
        ) : actions.length === 0 ? (
          <p className="govuk-body" role="status">
            {t('area.none')}
          </p>
        ) : (
          <>
            <p className="govuk-body" role="status">
              {t('area.count', { number: formatNumber(actions.length, language) })}
            </p>
            <AreaActionsTable
              actions={actions}
              caption={t('area.tableCaption', { year })}
              sort={sort}
              onSort={sortBy}
            />
            <TableDownload
              fileName={t('downloads.areaFile', { number: area?.number, year })}
              table={() => ({
                sheetName: t('downloads.actionsSheet'),
                headings: [
                  ...actionColumns.headings,
                  t('area.columns.due'),
                  t('area.columns.overdue'),
                ],
                rows: actions.map((action) => [
                  ...actionColumns.cells(action),
                  calendarDate(action.dueDate),
                  action.isOverdue ? t('downloads.yes') : t('downloads.no'),
                ]),
              })}
            />
          </>
        )}
      </>
    );
  }

  function content() {
    if (!validNumber || areaQuery.error) return <LoadError message={t('area.notFound')} />;
    if (areaQuery.loading || !area) return <Loading />;
    return (
      <>
        <p className="govuk-body-l">
          <LocalisedText value={area.description} />
        </p>
        <p className="govuk-body">
          <Link to={`/measures?area=${area.number}`} className="govuk-link">
            {t('area.measuresLink')}
          </Link>
        </p>
        {actionsContent()}
      </>
    );
  }

  return (
    <>
      <Link to="/" className="govuk-back-link">
        {t('area.back')}
      </Link>
      <h1 className="govuk-heading-l">
        {area ? (
          <>
            <span className="govuk-caption-l">
              {t('overview.areaNumber', { number: area.number })}
            </span>
            <LocalisedText value={area.title} />
          </>
        ) : (
          t('area.genericTitle')
        )}
      </h1>
      {content()}
    </>
  );
}
