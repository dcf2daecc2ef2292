import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { ReportingRoundQuery } from '../../../gql/graphql';
import { formatDate } from '../../../i18n/format';
import { ColumnHeaders } from '../../../ui/column-headers';
import { LocalisedText } from '../../../ui/localised-text';
import { useLanguage } from '../../../ui/use-language';
import { RiskScoreText } from './risk-score';

type Round = NonNullable<ReportingRoundQuery['currentReportingPeriod']>;

/**
 * The risks the signed-in person owns that the round asks them to review (due by its deadline,
 * not yet reviewed in it), each linking to the risk, where the review is recorded. Nothing when
 * none is due.
 */
export function RiskReviewsDue({ round }: { round: Round }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (round.riskReviewsDue.length === 0) return null;
  return (
    <section aria-labelledby="risk-reviews-due">
      <h2 className="govuk-heading-m" id="risk-reviews-due">
        {t('myActions.riskReviews.heading')}
      </h2>
      <p className="govuk-body">
        {t('myActions.riskReviews.intro', { date: formatDate(round.updateDeadline, language) })}
      </p>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s">
          {t('myActions.riskReviews.caption', { label: round.label })}
        </caption>
        <ColumnHeaders
          columns={[
            { label: t('myActions.riskReviews.risk') },
            { label: t('myActions.riskReviews.score') },
            { label: t('myActions.riskReviews.nextReview') },
          ]}
        />
        <tbody className="govuk-table__body">
          {round.riskReviewsDue.map((risk) => (
            <tr key={risk.id} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                <Link className="govuk-link" to={`/risks/${risk.id}`}>
                  {risk.reference}: <LocalisedText value={risk.title} />
                </Link>
              </th>
              <td className="govuk-table__cell">
                <RiskScoreText current={risk.current} />
              </td>
              <td className="govuk-table__cell app-nowrap">
                {formatDate(risk.nextReviewDue, language)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
