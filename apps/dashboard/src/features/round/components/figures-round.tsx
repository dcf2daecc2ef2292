import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { localise } from '@cynnydd/shared/domain';

import type { UpdateRoundQuery } from '../../../gql/graphql';
import { formatNumber } from '../../../i18n/format';
import { LocalisedText } from '../../../ui/localised-text';
import { useLanguage } from '../../../ui/use-language';
import { percentDone, RoundTable, RoundTotals } from './round-table';

type Figures = UpdateRoundQuery['updateRound']['figures'];

/**
 * The measures' figures the round asks for (periods that ended the quarter before): how many
 * are in, each owner's, and those still to give.
 */
export function FiguresRound({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const n = (value: number) => formatNumber(value, language);
  const { expected, updated } = figures.overall;
  return (
    <section aria-labelledby="round-figures">
      <h2 className="govuk-heading-m" id="round-figures">
        {t('round.figures.heading')}
      </h2>
      <p className="govuk-body">{t('round.figures.intro')}</p>
      <p className="govuk-body-l" data-testid="figures-summary">
        {expected === 0
          ? t('round.figures.noneExpected')
          : t('round.figures.summary', {
              updated: n(updated),
              expected: n(expected),
              percent: n(percentDone(figures.overall)),
            })}
      </p>
      <RoundTotals progress={figures.overall} counts="figures" testId="figures" />
      <h3 className="govuk-heading-s" id="round-figures-outstanding">
        {t('round.figures.outstanding.heading', { number: n(figures.outstanding.length) })}
      </h3>
      {figures.outstanding.length === 0 ? (
        <p className="govuk-body">{t('round.figures.outstanding.none')}</p>
      ) : (
        <ul className="govuk-list govuk-list--bullet" aria-labelledby="round-figures-outstanding">
          {figures.outstanding.map(({ measure, periodStart, periodLabel }) => (
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
          ))}
        </ul>
      )}
      <RoundTable
        caption={t('round.figures.byPerson')}
        nameHeader={t('round.figures.columns.person')}
        counts="figures"
        rows={figures.people.map(({ person, progress }) => ({
          key: person.id,
          name: person.name,
          progress,
        }))}
      />
    </section>
  );
}
