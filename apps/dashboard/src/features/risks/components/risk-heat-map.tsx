import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import {
  CONSEQUENCE_LABELS,
  LIKELIHOOD_LABELS,
  RISK_BAND_LABELS,
  RISK_SCALE,
  riskBand,
} from '@cynnydd/shared/domain';

import { formatNumber } from '../../../i18n/format';
import { useLanguage } from '../../../ui/use-language';
import { RISK_BAND_COLOURS } from './risk-band-colours';

export interface RiskHeatMapProps {
  /** Risks per point of the matrix; a point left out counts none. */
  cells: { likelihood: number; consequence: number; count: number }[];
  /** Names the map (and, with a suffix, its table), e.g. "Open risks by current score". */
  caption: string;
}

/** Likelihood from "almost certain" at the top down to "rare", as risk matrices are drawn. */
const LIKELIHOODS_DOWN = [...RISK_SCALE].reverse();

/**
 * The NHS Wales 5 × 5 heat map: how many risks sit at each likelihood and consequence, each cell
 * coloured by its band and saying the band in words. The drawn grid is hidden from assistive
 * technology, which gets the caption, a summary and a real table with the same counts instead.
 */
export function RiskHeatMap({ cells, caption }: RiskHeatMapProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const countAt = (likelihood: number, consequence: number) =>
    cells.find((cell) => cell.likelihood === likelihood && cell.consequence === consequence)
      ?.count ?? 0;
  const total = cells.reduce((sum, cell) => sum + cell.count, 0);
  const band = (likelihood: number, consequence: number) => riskBand(likelihood * consequence);
  const likelihoodLabel = (number: number) =>
    t('risks.scaleLabel', { number, label: LIKELIHOOD_LABELS[number][language] });
  const consequenceLabel = (number: number) =>
    t('risks.scaleLabel', { number, label: CONSEQUENCE_LABELS[number][language] });

  return (
    <figure
      className="app-risk-heat-map"
      aria-labelledby={`${id}-caption`}
      aria-describedby={`${id}-summary`}
    >
      <figcaption>
        <span className="govuk-heading-s govuk-!-margin-bottom-1" id={`${id}-caption`}>
          {caption}
        </span>
        <span className="govuk-body govuk-!-display-block" id={`${id}-summary`}>
          {t('risks.heatMap.summary', { number: formatNumber(total, language) })}
        </span>
      </figcaption>
      <div className="app-risk-heat-map__grid" aria-hidden="true" data-testid="risk-heat-map-grid">
        <span className="app-risk-heat-map__label app-risk-heat-map__axis">
          {t('risks.heatMap.likelihood')}
        </span>
        <span className="app-risk-heat-map__spacer" />
        {LIKELIHOODS_DOWN.map((likelihood) => [
          <span key={`label-${likelihood}`} className="app-risk-heat-map__label">
            {likelihoodLabel(likelihood)}
          </span>,
          ...RISK_SCALE.map((consequence) => {
            const cellBand = band(likelihood, consequence);
            const colours = RISK_BAND_COLOURS[cellBand];
            return (
              <span
                key={`${likelihood}-${consequence}`}
                className="app-risk-heat-map__cell"
                data-likelihood={likelihood}
                data-consequence={consequence}
                style={{ backgroundColor: colours.fill, color: colours.text }}
              >
                <span className="app-risk-heat-map__count">
                  {formatNumber(countAt(likelihood, consequence), language)}
                </span>
                <span className="app-risk-heat-map__band">
                  {RISK_BAND_LABELS[cellBand][language]}
                </span>
              </span>
            );
          }),
        ])}
        <span />
        {RISK_SCALE.map((consequence) => (
          <span
            key={`label-${consequence}`}
            className="app-risk-heat-map__label app-risk-heat-map__label--column"
          >
            {consequenceLabel(consequence)}
          </span>
        ))}
        <span className="app-risk-heat-map__label app-risk-heat-map__axis app-risk-heat-map__axis--consequence">
          {t('risks.heatMap.consequence')}
        </span>
      </div>
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">{t('risks.heatMap.showTable')}</span>
        </summary>
        <div className="govuk-details__text">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--s">
              {t('risks.heatMap.tableCaption', { caption })}
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <td className="govuk-table__header">{t('risks.heatMap.corner')}</td>
                {RISK_SCALE.map((consequence) => (
                  <th key={consequence} scope="col" className="govuk-table__header">
                    {consequenceLabel(consequence)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {LIKELIHOODS_DOWN.map((likelihood) => (
                <tr key={likelihood} className="govuk-table__row">
                  <th scope="row" className="govuk-table__header">
                    {likelihoodLabel(likelihood)}
                  </th>
                  {RISK_SCALE.map((consequence) => (
                    <td key={consequence} className="govuk-table__cell">
                      {t('risks.heatMap.cell', {
                        number: formatNumber(countAt(likelihood, consequence), language),
                        band: RISK_BAND_LABELS[band(likelihood, consequence)][language],
                      })}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
