import { useTranslation } from 'react-i18next';

import { localise } from '@cynnydd/shared/domain';

import type { MeasureDetailsQuery } from '../../../gql/graphql';
import { formatDateTime } from '../../../i18n/format';
import { ColumnHeaders } from '../../../ui/column-headers';
import { LocalisedText } from '../../../ui/localised-text';
import { ScrollableTable } from '../../../ui/scrollable-table';
import { useLanguage } from '../../../ui/use-language';
import { MeasureRagLabel, useFigureText, useQualityText } from './measure-labels';

type Measure = MeasureDetailsQuery['measure'];
type Figure = Measure['values'][number];

const hasText = (text: { en?: string | null; cy?: string | null }) => Boolean(text.en || text.cy);

/** The parts of a figure (by organisation or region), folded away under it until asked for. */
function Breakdowns({ figure, unit }: { figure: Figure; unit: Measure['unit'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const figureText = useFigureText();
  if (figure.breakdowns.length === 0) return null;
  return (
    <details className="govuk-details govuk-!-margin-top-2 govuk-!-margin-bottom-0">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">
          {t('measures.figures.breakdown')}
          <span className="govuk-visually-hidden">
            {' '}
            {t('measures.figures.breakdownOf', {
              period: localise(figure.periodLabel, language)?.text ?? figure.periodStart,
            })}
          </span>
        </span>
      </summary>
      <div className="govuk-details__text">
        <ul className="govuk-list govuk-body-s govuk-!-margin-bottom-0">
          {figure.breakdowns.map((part, index) => (
            <li key={index}>
              <LocalisedText value={part.label} />: {figureText(part.value, unit)}
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}

/**
 * Every period's current figure, oldest first as on the chart (so it is the chart's text
 * alternative): figure (with its breakdown, if any), quality, target, RAG with its reason in the
 * page's language, commentary.
 */
export function MeasureFiguresTable({ measure }: { measure: Measure }) {
  const { t } = useTranslation();
  const figureText = useFigureText();
  const qualityText = useQualityText();
  if (measure.values.length === 0) {
    return <p className="govuk-body">{t('measures.figures.none')}</p>;
  }
  return (
    <ScrollableTable caption={t('measures.figures.caption', { reference: measure.reference })}>
      <ColumnHeaders
        columns={[
          { label: t('measures.figures.period') },
          { label: t('measures.figures.figure'), numeric: true },
          { label: t('measures.figures.quality') },
          { label: t('measures.figures.target'), numeric: true },
          { label: t('measures.figures.rag') },
          { label: t('measures.figures.explanation') },
          { label: t('measures.figures.commentary') },
        ]}
      />
      <tbody className="govuk-table__body">
        {measure.values.map((value) => (
          <tr key={value.id} className="govuk-table__row">
            <th scope="row" className="govuk-table__header app-nowrap">
              <LocalisedText value={value.periodLabel} />
            </th>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {figureText(value.value, measure.unit)}
              <Breakdowns figure={value} unit={measure.unit} />
            </td>
            <td className="govuk-table__cell">
              {qualityText(value.quality, value.revised)}
              {value.quality === 'NOT_AVAILABLE' && hasText(value.notAvailableReason) && (
                <>
                  {': '}
                  <LocalisedText value={value.notAvailableReason} />
                </>
              )}
            </td>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {value.target === null
                ? t('measures.noTarget')
                : figureText(value.target, measure.unit)}
            </td>
            <td className="govuk-table__cell">
              <MeasureRagLabel rag={value.rag} hasFigure={value.value !== null} />
            </td>
            <td className="govuk-table__cell">
              {value.ragExplanation ? <LocalisedText value={value.ragExplanation} /> : '–'}
            </td>
            <td className="govuk-table__cell">
              {hasText(value.commentary) ? <LocalisedText value={value.commentary} /> : '–'}
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}

/** Figures since revised, as first given: who gave them and when. */
export function EarlierFiguresTable({ measure }: { measure: Measure }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const figureText = useFigureText();
  const qualityText = useQualityText();
  if (measure.revisions.length === 0) {
    return (
      <>
        <h2 className="govuk-heading-m">{t('measures.revisions.title')}</h2>
        <p className="govuk-body">{t('measures.revisions.none')}</p>
      </>
    );
  }
  return (
    <ScrollableTable caption={t('measures.revisions.caption')}>
      <ColumnHeaders
        columns={[
          { label: t('measures.figures.period') },
          { label: t('measures.figures.figure'), numeric: true },
          { label: t('measures.figures.quality') },
          { label: t('measures.revisions.author') },
          { label: t('measures.revisions.submitted') },
        ]}
      />
      <tbody className="govuk-table__body">
        {measure.revisions.map((value) => (
          <tr key={value.id} className="govuk-table__row">
            <th scope="row" className="govuk-table__header app-nowrap">
              <LocalisedText value={value.periodLabel} />
            </th>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {figureText(value.value, measure.unit)}
            </td>
            <td className="govuk-table__cell">{qualityText(value.quality, value.revised)}</td>
            <td className="govuk-table__cell">{value.author.name}</td>
            <td className="govuk-table__cell">{formatDateTime(value.submittedAt, language)}</td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}
