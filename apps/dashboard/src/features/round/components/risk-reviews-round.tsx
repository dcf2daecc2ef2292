import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { RoundProgressFieldsFragment, UpdateRoundListsQuery } from '../../../gql/graphql';
import { formatDate } from '../../../i18n/format';
import { LocalisedText } from '../../../ui/localised-text';
import { useLanguage } from '../../../ui/use-language';
import { useRiskScoreText } from '../../actions/components/risk-score';
import { OwnerRound } from './owner-round';

type Reviews = UpdateRoundListsQuery['updateRound']['riskReviews'];

/**
 * The risk reviews the round asks for (open risks due for review by its deadline): how many are
 * done, each owner's, and the risks still to review.
 */
export function RiskReviewsRound({
  overall,
  lists,
  pending,
}: {
  overall: RoundProgressFieldsFragment;
  lists: Reviews | undefined;
  pending: ReactNode;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const scoreText = useRiskScoreText();
  return (
    <OwnerRound
      id="round-risk-reviews"
      words="round.riskReviews"
      counts="reviews"
      testId="risk-reviews"
      overall={overall}
      lists={lists}
      pending={pending}
      item={(risk) => (
        <li key={risk.id}>
          <Link className="govuk-link" to={`/risks/${risk.id}`}>
            {risk.reference}: <LocalisedText value={risk.title} />
          </Link>{' '}
          <span className="govuk-body-s">
            (
            {t('round.riskReviews.outstanding.detail', {
              date: formatDate(risk.nextReviewDue, language),
              name: risk.owner.name,
              score: scoreText(risk.current),
            })}
            )
          </span>
        </li>
      )}
    />
  );
}
