import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { RoundProgressFieldsFragment } from '../../../gql/graphql';
import { formatNumber } from '../../../i18n/format';
import { ColumnHeaders } from '../../../ui/column-headers';
import { Pagination, usePageOfRows } from '../../../ui/pagination';
import { ScrollableTable } from '../../../ui/scrollable-table';
import { useLanguage } from '../../../ui/use-language';

export interface RoundRow {
  key: string;
  /** The row's header: an area, organisation or person. */
  name: ReactNode;
  progress: RoundProgressFieldsFragment;
}

/** The share expected that came in, as a whole percentage (0 when none was expected). */
export function percentDone({ expected, updated }: RoundProgressFieldsFragment): number {
  return expected === 0 ? 0 : Math.round((updated / expected) * 100);
}

/** What a round counts: actions' status updates, measures' figures, or risk reviews. */
export type RoundCounts = 'updates' | 'figures' | 'reviews';

/** Where each count's words are in the translations. */
const WORDS = { updates: 'round', figures: 'round.figures', reviews: 'round.riskReviews' } as const;

/** The words for a count's columns and states, in the interface language. */
export function useRoundWords(counts: RoundCounts) {
  const { t } = useTranslation();
  const language = useLanguage();
  const at = WORDS[counts];
  return {
    expected: t(`${at}.columns.expected`),
    updated: t(`${at}.columns.updated`),
    outstanding: t(`${at}.columns.outstanding`),
    done: t(`${at}.state.done`),
    waiting: (outstanding: number) =>
      t(`${at}.state.waiting`, { number: formatNumber(outstanding, language) }),
    none: t(`${at}.state.none`),
  };
}

/**
 * Whether everyone in a row has updated, in words and a tag (never colour alone). The table
 * looks its words up once for all its rows.
 */
function RoundStateTag({
  progress,
  words,
}: {
  progress: RoundProgressFieldsFragment;
  words: ReturnType<typeof useRoundWords>;
}) {
  if (progress.expected === 0) {
    return <strong className="govuk-tag govuk-tag--grey">{words.none}</strong>;
  }
  return progress.outstanding === 0 ? (
    <strong className="govuk-tag govuk-tag--green">{words.done}</strong>
  ) : (
    <strong className="govuk-tag govuk-tag--yellow">{words.waiting(progress.outstanding)}</strong>
  );
}

/**
 * Expected, updated and outstanding updates (or figures), one row per area, organisation or
 * person; a page at a time (hundreds of people made the tracker slow to draw).
 */
export function RoundTable({
  caption,
  nameHeader,
  rows,
  pending,
  counts = 'updates',
  pageParameter,
}: {
  caption: string;
  nameHeader: string;
  /** Undefined while the rows are on their way: `pending` is shown under the caption. */
  rows: RoundRow[] | undefined;
  pending?: ReactNode;
  counts?: RoundCounts;
  /** The address's parameter for this table's page: each table of the tracker is paged alone. */
  pageParameter: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const words = useRoundWords(counts);
  const page = usePageOfRows(rows ?? [], { parameter: pageParameter });
  const n = (value: number) => formatNumber(value, language);
  if (!rows || rows.length === 0) {
    return (
      <>
        <h3 className="govuk-heading-s">{caption}</h3>
        {rows ? <p className="govuk-body">{t('round.emptyTable')}</p> : pending}
      </>
    );
  }
  return (
    <>
      <ScrollableTable caption={caption}>
        <ColumnHeaders
          columns={[
            { label: nameHeader },
            { label: words.expected, numeric: true },
            { label: words.updated, numeric: true },
            { label: words.outstanding, numeric: true },
            { label: t('round.columns.state') },
          ]}
        />
        <tbody className="govuk-table__body">
          {page.rows.map(({ key, name, progress }) => (
            <tr key={key} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                {name}
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {n(progress.expected)}
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {n(progress.updated)}
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {n(progress.outstanding)}
              </td>
              <td className="govuk-table__cell">
                <RoundStateTag progress={progress} words={words} />
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollableTable>
      <Pagination of={page} label={t('round.pages', { list: caption })} />
    </>
  );
}

/** A round's totals: expected, updated (or given) and outstanding, as a summary list. */
export function RoundTotals({
  progress,
  counts = 'updates',
  testId,
}: {
  progress: RoundProgressFieldsFragment;
  counts?: RoundCounts;
  /** Prefix of each figure's test id: `${testId}-expected`. */
  testId: string;
}) {
  const language = useLanguage();
  const words = useRoundWords(counts);
  return (
    <dl className="govuk-summary-list">
      {(['expected', 'updated', 'outstanding'] as const).map((key) => (
        <div key={key} className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{words[key]}</dt>
          <dd className="govuk-summary-list__value" data-testid={`${testId}-${key}`}>
            {formatNumber(progress[key], language)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
