import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { localise } from '@cynnydd/shared/domain';

import { formatNumber } from '../../../i18n/format';
import { ColumnHeaders } from '../../../ui/column-headers';
import { Loading } from '../../../ui/loading';
import { LocalisedText } from '../../../ui/localised-text';
import { ScrollableTable } from '../../../ui/scrollable-table';
import { useLanguage } from '../../../ui/use-language';
import { MEASURES_SUMMARY } from '../graphql/measures';
import { MeasureRagLabel, useFigureText } from './measure-labels';

/**
 * The overview's measures: how many are red, amber, green, contextual or without a figure, and
 * which worsened. Its own query, so the actions' figures above never wait for it.
 */
export function MeasuresSummarySection() {
  const { t } = useTranslation();
  const language = useLanguage();
  const figureText = useFigureText();
  const { data, loading, error } = useQuery(MEASURES_SUMMARY);
  const summary = data?.measuresSummary;
  const n = (value: number) => formatNumber(value, language);

  function content() {
    if (error) {
      return (
        <div className="govuk-inset-text" role="alert">
          {t('measures.summary.loadError')}
        </div>
      );
    }
    if (loading || !summary) return <Loading message={t('measures.loading')} />;
    if (summary.counts.total === 0) return <p className="govuk-body">{t('measures.none')}</p>;
    const { counts } = summary;
    const rows = [
      { key: 'red', label: <MeasureRagLabel rag="RED" />, value: counts.red },
      { key: 'amber', label: <MeasureRagLabel rag="AMBER" />, value: counts.amber },
      { key: 'green', label: <MeasureRagLabel rag="GREEN" />, value: counts.green },
      { key: 'contextual', label: <MeasureRagLabel rag={null} />, value: counts.contextual },
      {
        key: 'noFigure',
        label: <MeasureRagLabel rag={null} hasFigure={false} />,
        value: counts.noFigure,
      },
    ];
    return (
      <>
        <ScrollableTable caption={t('measures.summary.caption')}>
          <ColumnHeaders
            columns={[
              { label: t('measures.summary.status') },
              { label: t('measures.summary.measures'), numeric: true },
            ]}
          />
          <tbody className="govuk-table__body">
            {rows.map((row) => (
              <tr key={row.key} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  {row.label}
                </th>
                <td className="govuk-table__cell govuk-table__cell--numeric">{n(row.value)}</td>
              </tr>
            ))}
            <tr className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                {t('overview.total')}
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{n(counts.total)}</td>
            </tr>
          </tbody>
        </ScrollableTable>
        <h3 className="govuk-heading-s">
          {t('measures.summary.worsenedTitle', { number: n(summary.worsened.length) })}
        </h3>
        {summary.worsened.length === 0 ? (
          <p className="govuk-body">{t('measures.summary.noneWorsened')}</p>
        ) : (
          <ul className="govuk-list govuk-list--bullet">
            {summary.worsened.map((measure) => (
              <li key={measure.id}>
                <Link to={`/measures/${measure.id}`} className="govuk-link">
                  {measure.reference}: <LocalisedText value={measure.name} />
                </Link>
                {measure.latest && (
                  <>
                    {' – '}
                    {t('measures.summary.latest', {
                      period: localise(measure.latest.periodLabel, language)?.text ?? '',
                      value: figureText(measure.latest.value, measure.unit),
                    })}{' '}
                    <MeasureRagLabel
                      rag={measure.latest.rag}
                      hasFigure={measure.latest.value !== null}
                    />
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
        <p className="govuk-body">
          <Link to="/measures" className="govuk-link">
            {t('measures.summary.all')}
          </Link>
        </p>
      </>
    );
  }

  return (
    <section aria-labelledby="measures-summary-title">
      <h2 className="govuk-heading-m" id="measures-summary-title">
        {t('measures.summary.title')}
      </h2>
      {content()}
    </section>
  );
}
