import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { localise } from '@cynnydd/shared/domain';

import type { ReportingRoundQuery } from '../../../gql/graphql';
import { ColumnHeaders } from '../../../ui/column-headers';
import { LocalisedText } from '../../../ui/localised-text';
import { useLanguage } from '../../../ui/use-language';

type Round = NonNullable<ReportingRoundQuery['currentReportingPeriod']>;

/**
 * The measures' figures the round still needs from the signed-in person: each one's form (its
 * period chosen), and the measure-values sheet for giving them all at once. Nothing when none
 * is due.
 */
export function FiguresDue({ round, canReport }: { round: Round; canReport: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (round.figuresDue.length === 0) return null;
  return (
    <section aria-labelledby="figures-due">
      <h2 className="govuk-heading-m" id="figures-due">
        {t('myActions.figures.heading')}
      </h2>
      {canReport && <p className="govuk-body">{t('myActions.figures.intro')}</p>}
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s">
          {t('myActions.figures.caption', { label: round.label })}
        </caption>
        <ColumnHeaders
          columns={[
            { label: t('myActions.figures.measure') },
            { label: t('myActions.figures.period') },
            ...(canReport ? [{ label: t('myActions.figures.figure') }] : []),
          ]}
        />
        <tbody className="govuk-table__body">
          {round.figuresDue.map(({ measure, periodStart, periodLabel }) => {
            const period = localise(periodLabel, language)?.text ?? periodStart;
            return (
              <tr key={`${measure.id}:${periodStart}`} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  {measure.reference}: <LocalisedText value={measure.name} />
                </th>
                <td className="govuk-table__cell app-nowrap">{period}</td>
                {canReport && (
                  <td className="govuk-table__cell">
                    <Link
                      to={`/measures/${measure.id}/report?period=${periodStart}`}
                      className="govuk-link"
                    >
                      {t('myActions.figures.give')}
                      <span className="govuk-visually-hidden">
                        {' '}
                        {t('myActions.figures.forFigure', {
                          reference: measure.reference,
                          period,
                        })}
                      </span>
                    </Link>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {canReport && (
        <ul className="govuk-list">
          <li>
            <a className="govuk-link" href="/measures/values-template.xlsx" download>
              {t('myActions.figures.template')}
            </a>
          </li>
          <li>
            <Link className="govuk-link" to="/measures/import">
              {t('myActions.figures.upload')}
            </Link>
          </li>
        </ul>
      )}
    </section>
  );
}
