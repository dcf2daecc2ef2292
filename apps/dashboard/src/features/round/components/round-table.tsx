import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { RoundProgressFieldsFragment } from '../../../gql/graphql';
import { formatNumber } from '../../../i18n/format';
import { ColumnHeaders } from '../../../ui/column-headers';
import { ScrollableTable } from '../../../ui/scrollable-table';
import { useLanguage } from '../../../ui/use-language';

export interface RoundRow {
  key: string;
  /** The row's header: an area, organisation or person. */
  name: ReactNode;
  progress: RoundProgressFieldsFragment;
}

/** Whether everyone in a row has updated, in words and a tag (never colour alone). */
export function RoundStateTag({ progress }: { progress: RoundProgressFieldsFragment }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (progress.expected === 0) {
    return <strong className="govuk-tag govuk-tag--grey">{t('round.state.none')}</strong>;
  }
  return progress.outstanding === 0 ? (
    <strong className="govuk-tag govuk-tag--green">{t('round.state.done')}</strong>
  ) : (
    <strong className="govuk-tag govuk-tag--yellow">
      {t('round.state.waiting', { number: formatNumber(progress.outstanding, language) })}
    </strong>
  );
}

/** Expected, updated and outstanding updates, one row per area, organisation or person. */
export function RoundTable({
  caption,
  nameHeader,
  rows,
}: {
  caption: string;
  nameHeader: string;
  rows: RoundRow[];
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const n = (value: number) => formatNumber(value, language);
  if (rows.length === 0) {
    return (
      <>
        <h3 className="govuk-heading-s">{caption}</h3>
        <p className="govuk-body">{t('round.emptyTable')}</p>
      </>
    );
  }
  return (
    <ScrollableTable caption={caption}>
      <ColumnHeaders
        columns={[
          { label: nameHeader },
          { label: t('round.columns.expected'), numeric: true },
          { label: t('round.columns.updated'), numeric: true },
          { label: t('round.columns.outstanding'), numeric: true },
          { label: t('round.columns.state') },
        ]}
      />
      <tbody className="govuk-table__body">
        {rows.map(({ key, name, progress }) => (
          <tr key={key} className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              {name}
            </th>
            <td className="govuk-table__cell govuk-table__cell--numeric">{n(progress.expected)}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{n(progress.updated)}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {n(progress.outstanding)}
            </td>
            <td className="govuk-table__cell">
              <RoundStateTag progress={progress} />
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}
