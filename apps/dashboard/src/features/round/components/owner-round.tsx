import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { RoundProgressFieldsFragment } from '../../../gql/graphql';
import { formatNumber } from '../../../i18n/format';
import { useLanguage } from '../../../ui/use-language';
import { percentDone, RoundTable, RoundTotals, type RoundCounts } from './round-table';

/** The translations of one kind of owner's round (`round.figures`, `round.riskReviews`). */
type Words = 'round.figures' | 'round.riskReviews';

/**
 * What a round asks owners for besides updates (measures' figures, risk reviews): a summary,
 * the totals, those still outstanding (`children`, one list item each) and a row per owner.
 */
export function OwnerRound({
  id,
  words,
  counts,
  testId,
  overall,
  people,
  outstanding,
  children,
}: {
  /** The section heading's id, and the prefix of the outstanding heading's. */
  id: string;
  words: Words;
  counts: RoundCounts;
  testId: string;
  overall: RoundProgressFieldsFragment;
  people: readonly {
    person: { id: string; name: string };
    progress: RoundProgressFieldsFragment;
  }[];
  outstanding: number;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const n = (value: number) => formatNumber(value, language);
  return (
    <section aria-labelledby={id}>
      <h2 className="govuk-heading-m" id={id}>
        {t(`${words}.heading`)}
      </h2>
      <p className="govuk-body">{t(`${words}.intro`)}</p>
      <p className="govuk-body-l" data-testid={`${testId}-summary`}>
        {overall.expected === 0
          ? t(`${words}.noneExpected`)
          : t(`${words}.summary`, {
              updated: n(overall.updated),
              expected: n(overall.expected),
              percent: n(percentDone(overall)),
            })}
      </p>
      <RoundTotals progress={overall} counts={counts} testId={testId} />
      <h3 className="govuk-heading-s" id={`${id}-outstanding`}>
        {t(`${words}.outstanding.heading`, { number: n(outstanding) })}
      </h3>
      {outstanding === 0 ? (
        <p className="govuk-body">{t(`${words}.outstanding.none`)}</p>
      ) : (
        <ul className="govuk-list govuk-list--bullet" aria-labelledby={`${id}-outstanding`}>
          {children}
        </ul>
      )}
      <RoundTable
        caption={t(`${words}.byPerson`)}
        nameHeader={t(`${words}.columns.person`)}
        counts={counts}
        rows={people.map(({ person, progress }) => ({
          key: person.id,
          name: person.name,
          progress,
        }))}
      />
    </section>
  );
}
