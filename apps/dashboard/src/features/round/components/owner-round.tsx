import type { ReactElement, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { RoundProgressFieldsFragment } from '../../../gql/graphql';
import { formatNumber } from '../../../i18n/format';
import { Pagination, usePageOfRows } from '../../../ui/pagination';
import { useLanguage } from '../../../ui/use-language';
import { percentDone, RoundTable, RoundTotals, type RoundCounts } from './round-table';

/** The translations of one kind of owner's round (`round.figures`, `round.riskReviews`). */
type Words = 'round.figures' | 'round.riskReviews';

/** One kind of owner's round as the lists' query has it: each owner, and what is still due. */
export interface OwnerRoundLists<Outstanding> {
  people: readonly {
    person: { id: string; name: string };
    progress: RoundProgressFieldsFragment;
  }[];
  outstanding: readonly Outstanding[];
}

/**
 * What a round asks owners for besides updates (measures' figures, risk reviews): a summary,
 * the totals, those still outstanding (a page at a time, each drawn by `item` as a list item)
 * and a row per owner. The summary and totals come with the round's figures, the rest with its
 * lists (`pending` until they arrive).
 */
export function OwnerRound<Outstanding>({
  id,
  words,
  counts,
  testId,
  overall,
  lists,
  pending,
  item,
}: {
  /**
   * The section heading's id, the prefix of the outstanding heading's, and of the address's
   * parameters for the pages of its lists.
   */
  id: string;
  words: Words;
  counts: RoundCounts;
  testId: string;
  overall: RoundProgressFieldsFragment;
  lists: OwnerRoundLists<Outstanding> | undefined;
  pending: ReactNode;
  /** One outstanding item as a list item, with its key. */
  item: (outstanding: Outstanding) => ReactElement;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const outstanding = lists?.outstanding;
  const page = usePageOfRows(outstanding ?? [], { parameter: `${id}-page` });
  const n = (value: number) => formatNumber(value, language);
  const outstandingHeading = t(`${words}.outstanding.heading`, { number: n(overall.outstanding) });
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
        {outstandingHeading}
      </h3>
      {!outstanding ? (
        pending
      ) : outstanding.length === 0 ? (
        <p className="govuk-body">{t(`${words}.outstanding.none`)}</p>
      ) : (
        <>
          <ul className="govuk-list govuk-list--bullet" aria-labelledby={`${id}-outstanding`}>
            {page.rows.map(item)}
          </ul>
          <Pagination of={page} label={t('round.pages', { list: outstandingHeading })} />
        </>
      )}
      <RoundTable
        caption={t(`${words}.byPerson`)}
        nameHeader={t(`${words}.columns.person`)}
        counts={counts}
        pageParameter={`${id}-owners-page`}
        rows={lists?.people.map(({ person, progress }) => ({
          key: person.id,
          name: person.name,
          progress,
        }))}
        pending={pending}
      />
    </section>
  );
}
