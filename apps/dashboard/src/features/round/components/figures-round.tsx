import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { localise } from '@cynnydd/shared/domain';

import type { RoundProgressFieldsFragment, UpdateRoundListsQuery } from '../../../gql/graphql';
import { LocalisedText } from '../../../ui/localised-text';
import { useLanguage } from '../../../ui/use-language';
import { OwnerRound } from './owner-round';

type Figures = UpdateRoundListsQuery['updateRound']['figures'];

/**
 * The measures' figures the round asks for (periods that ended the quarter before): how many
 * are in, each owner's, and those still to give.
 */
export function FiguresRound({
  overall,
  lists,
  pending,
}: {
  overall: RoundProgressFieldsFragment;
  lists: Figures | undefined;
  pending: ReactNode;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <OwnerRound
      id="round-figures"
      words="round.figures"
      counts="figures"
      testId="figures"
      overall={overall}
      lists={lists}
      pending={pending}
      item={({ measure, periodStart, periodLabel }) => (
        <li key={`${measure.id}:${periodStart}`}>
          <Link className="govuk-link" to={`/measures/${measure.id}`}>
            {measure.reference}: <LocalisedText value={measure.name} />
          </Link>{' '}
          <span className="govuk-body-s">
            (
            {t('round.figures.outstanding.detail', {
              period: localise(periodLabel, language)?.text ?? periodStart,
              name: measure.owner.name,
            })}
            )
          </span>
        </li>
      )}
    />
  );
}
