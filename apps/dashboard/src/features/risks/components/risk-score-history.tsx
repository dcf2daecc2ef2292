import { lazy } from 'react';
import { useTranslation } from 'react-i18next';

import {
  CONSEQUENCE_LABELS,
  LIKELIHOOD_LABELS,
  RISK_CATEGORY_LABELS,
} from '@cynnydd/shared/domain';

import type { RiskDetailsFragment } from '../../../gql/graphql';
import { formatDate, formatNumber } from '../../../i18n/format';
import { ChartFigure } from '../../../ui/charts/chart-figure';
import { ColumnHeaders } from '../../../ui/column-headers';
import { LocalisedText } from '../../../ui/localised-text';
import { ScrollableTable } from '../../../ui/scrollable-table';
import { useLanguage } from '../../../ui/use-language';
import { scoreText } from './risk-conflict';
import { RiskBandTag } from './risk-labels';

// Recharts loads with this chunk only, after the reviews table is on screen.
const RiskScoreChart = lazy(() => import('./risk-score-chart'));

/** A small drawing of each line beside its name. */
function ScoreLegend() {
  const { t } = useTranslation();
  const items = [
    { key: 'score', stroke: '#0b0c0c', dash: undefined, label: t('risks.history.scoreLine') },
    { key: 'appetite', stroke: '#1d70b8', dash: '6 4', label: t('risks.history.appetiteLine') },
  ];
  return (
    <ul className="app-chart__legend">
      {items.map((item) => (
        <li key={item.key} className="app-chart__legend-item">
          <svg
            className="app-chart__swatch"
            width={28}
            height={20}
            aria-hidden="true"
            focusable="false"
          >
            <line
              x1={0}
              y1={10}
              x2={28}
              y2={10}
              stroke={item.stroke}
              strokeWidth={2}
              strokeDasharray={item.dash}
            />
          </svg>
          <span className="govuk-body-s govuk-!-margin-bottom-0">{item.label}</span>
        </li>
      ))}
    </ul>
  );
}

/** The score at each review, as a chart summed up in words and as a table of every review. */
export function RiskScoreHistory({ risk }: { risk: RiskDetailsFragment }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const reviews = risk.reviews;
  const first = reviews[0];
  const last = reviews[reviews.length - 1];
  return (
    <section aria-labelledby="risk-history-title">
      <h2 className="govuk-heading-m" id="risk-history-title">
        {t('risks.history.title')}
      </h2>
      {first && last && (
        <ChartFigure
          title={t('risks.history.chartTitle', { reference: risk.reference })}
          summary={t('risks.history.summary', {
            first: scoreText(first.score.score, language),
            firstDate: formatDate(first.reviewedOn, language),
            last: scoreText(last.score.score, language),
            lastDate: formatDate(last.reviewedOn, language),
            appetite: formatNumber(risk.appetite, language),
            category: RISK_CATEGORY_LABELS[risk.category][language],
          })}
          legend={<ScoreLegend />}
          height={280}
        >
          <RiskScoreChart
            appetite={risk.appetite}
            points={reviews.map((review) => ({
              date: formatDate(review.reviewedOn, language),
              score: review.score.score,
            }))}
          />
        </ChartFigure>
      )}
      {reviews.length === 0 ? (
        <p className="govuk-body">{t('risks.history.none')}</p>
      ) : (
        <ScrollableTable caption={t('risks.history.caption', { reference: risk.reference })}>
          <ColumnHeaders
            columns={[
              { label: t('risks.history.date') },
              { label: t('risks.score.likelihood') },
              { label: t('risks.score.consequence') },
              { label: t('risks.history.score'), numeric: true },
              { label: t('risks.history.band') },
              { label: t('risks.history.reviewer') },
              { label: t('risks.history.commentary') },
            ]}
          />
          <tbody className="govuk-table__body">
            {[...reviews].reverse().map((review) => (
              <tr key={review.id} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  {formatDate(review.reviewedOn, language)}
                </th>
                <td className="govuk-table__cell">
                  {t('risks.scaleLabel', {
                    number: review.score.likelihood,
                    label: LIKELIHOOD_LABELS[review.score.likelihood][language],
                  })}
                </td>
                <td className="govuk-table__cell">
                  {t('risks.scaleLabel', {
                    number: review.score.consequence,
                    label: CONSEQUENCE_LABELS[review.score.consequence][language],
                  })}
                </td>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  {formatNumber(review.score.score, language)}
                </td>
                <td className="govuk-table__cell">
                  <RiskBandTag band={review.score.band} />
                </td>
                <td className="govuk-table__cell">{review.reviewer.name}</td>
                <td className="govuk-table__cell">
                  {review.commentary.en || review.commentary.cy ? (
                    <LocalisedText value={review.commentary} />
                  ) : (
                    t('risks.details.none')
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollableTable>
      )}
    </section>
  );
}
