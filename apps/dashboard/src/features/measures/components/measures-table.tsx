import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { MeasureRowFragment } from '../../../gql/graphql';
import { ColumnHeaders } from '../../../ui/column-headers';
import { LocalisedText } from '../../../ui/localised-text';
import { ScrollableTable } from '../../../ui/scrollable-table';
import { MeasureRagLabel, TrendLabel, useFigureText } from './measure-labels';
import { Sparkline } from './sparkline';

type Measure = MeasureRowFragment;

/**
 * The measures as a table: each one's latest figure against its target, its RAG, which way it
 * moved since the period before and since the baseline, and its recent figures as a sparkline.
 */
export function MeasuresTable({ measures, caption }: { measures: Measure[]; caption: string }) {
  const { t } = useTranslation();
  const figureText = useFigureText();
  return (
    <ScrollableTable caption={caption}>
      <ColumnHeaders
        columns={[
          { label: t('measures.columns.reference') },
          { label: t('measures.columns.name') },
          { label: t('measures.columns.areas') },
          { label: t('measures.columns.latest'), numeric: true },
          { label: t('measures.columns.period') },
          { label: t('measures.columns.target'), numeric: true },
          { label: t('measures.columns.rag') },
          { label: t('measures.columns.sincePrevious') },
          { label: t('measures.columns.sinceBaseline') },
          { label: t('measures.columns.recent') },
        ]}
      />
      <tbody className="govuk-table__body">
        {measures.map((measure) => {
          const latest = measure.latest;
          return (
            <tr key={measure.id} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                {measure.reference}
              </th>
              <td className="govuk-table__cell">
                <Link to={`/measures/${measure.id}`} className="govuk-link">
                  <LocalisedText value={measure.name} />
                </Link>
              </td>
              <td className="govuk-table__cell">
                {measure.areas.map((area, index) => (
                  <span key={area.id}>
                    {index > 0 && ', '}
                    <Link to={`/areas/${area.number}`} className="govuk-link">
                      {t('overview.areaNumber', { number: area.number })}
                    </Link>
                  </span>
                ))}
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {latest ? figureText(latest.value, measure.unit) : t('measures.rag.noFigure')}
              </td>
              <td className="govuk-table__cell app-nowrap">
                {latest ? <LocalisedText value={latest.periodLabel} /> : '–'}
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {latest && latest.target !== null
                  ? figureText(latest.target, measure.unit)
                  : t('measures.noTarget')}
              </td>
              <td className="govuk-table__cell">
                <MeasureRagLabel
                  rag={latest?.rag ?? null}
                  hasFigure={latest?.value !== null && latest?.value !== undefined}
                />
              </td>
              <td className="govuk-table__cell">
                <TrendLabel trend={measure.trend.sincePrevious} direction={measure.direction} />
              </td>
              <td className="govuk-table__cell">
                <TrendLabel trend={measure.trend.sinceBaseline} direction={measure.direction} />
              </td>
              <td className="govuk-table__cell">
                <Sparkline figures={measure.recentFigures} unit={measure.unit} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </ScrollableTable>
  );
}
