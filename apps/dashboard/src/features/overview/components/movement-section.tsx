import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { RAG_DIRECTION_LABELS, RagDirection } from '@cynnydd/shared/domain';

import { formatNumber } from '../../../i18n/format';
import { ColumnHeaders } from '../../../ui/column-headers';
import { LocalisedText } from '../../../ui/localised-text';
import { ScrollableTable } from '../../../ui/scrollable-table';
import { useLanguage } from '../../../ui/use-language';
import type { ProgressLists, ProgressSummary } from '../graphql/overview';
import { RagLabel, ragStatus } from './rag-label';

type Movement = ProgressSummary['movement'];
type Change = ProgressLists['movement']['changes'][number];

/** Worsened first (they need attention), then improved; by reference within each, as sent. */
const DIRECTION_ORDER: Record<RagDirection, number> = {
  [RagDirection.WORSENED]: 0,
  [RagDirection.IMPROVED]: 1,
  [RagDirection.UNCHANGED]: 2,
};

/** An arrow as well as the word, so the direction never depends on colour. */
const DIRECTION_APPEARANCE: Record<RagDirection, { icon: string; tag: string }> = {
  [RagDirection.IMPROVED]: { icon: '↑', tag: 'govuk-tag--green' },
  [RagDirection.WORSENED]: { icon: '↓', tag: 'govuk-tag--red' },
  [RagDirection.UNCHANGED]: { icon: '→', tag: 'govuk-tag--grey' },
};

function DirectionLabel({ direction }: { direction: RagDirection }) {
  const language = useLanguage();
  const { icon, tag } = DIRECTION_APPEARANCE[direction];
  return (
    <strong className={`govuk-tag ${tag} app-rag`}>
      <span className="app-rag__icon" aria-hidden="true">
        {icon}
      </span>
      {RAG_DIRECTION_LABELS[direction][language]}
    </strong>
  );
}

function ChangesTable({ changes, previousLabel }: { changes: Change[]; previousLabel: string }) {
  const { t } = useTranslation();
  const sorted = [...changes].sort(
    (a, b) =>
      DIRECTION_ORDER[RagDirection[a.direction]] - DIRECTION_ORDER[RagDirection[b.direction]],
  );
  return (
    <ScrollableTable caption={t('overview.movement.changesCaption', { label: previousLabel })}>
      <ColumnHeaders
        columns={[
          { label: t('overview.movement.action') },
          { label: t('overview.movement.previous', { label: previousLabel }) },
          { label: t('overview.movement.current') },
          { label: t('overview.movement.direction') },
        ]}
      />
      <tbody className="govuk-table__body">
        {sorted.map(({ action, previous, current, direction }) => (
          <tr key={action.id} className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              <Link to={`/actions/${action.id}`} className="govuk-link">
                {action.reference}: <LocalisedText value={action.title} />
              </Link>
            </th>
            <td className="govuk-table__cell">
              <RagLabel status={ragStatus(previous)} />
            </td>
            <td className="govuk-table__cell">
              <RagLabel status={ragStatus(current)} />
            </td>
            <td className="govuk-table__cell">
              <DirectionLabel direction={RagDirection[direction]} />
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}

/**
 * Change since the previous reporting period: counts in words and the actions that moved
 * (`changes`; undefined while they load, the page saying so).
 */
export function MovementSection({
  movement,
  changes,
}: {
  movement: Movement;
  changes: Change[] | undefined;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const previous = movement.previousPeriod;
  const n = (value: number) => formatNumber(value, language);
  return (
    <section aria-labelledby="movement-title">
      <h2 className="govuk-heading-m" id="movement-title">
        {previous
          ? t('overview.movement.title', { label: previous.label })
          : t('overview.movement.genericTitle')}
      </h2>
      {!previous ? (
        <p className="govuk-body">{t('overview.movement.noPrevious')}</p>
      ) : (
        <>
          <p className="govuk-body">
            {t('overview.movement.summary', {
              label: previous.label,
              improved: n(movement.counts.improved),
              worsened: n(movement.counts.worsened),
              newlyRed: n(movement.counts.newlyRed),
              newlyComplete: n(movement.counts.newlyComplete),
              unchanged: n(movement.counts.unchanged),
            })}
          </p>
          {movement.counts.notCompared > 0 && (
            <p className="govuk-body">
              {t('overview.movement.notCompared', { number: n(movement.counts.notCompared) })}
            </p>
          )}
          {!changes ? null : changes.length === 0 ? (
            <p className="govuk-body">
              {t('overview.movement.noChanges', { label: previous.label })}
            </p>
          ) : (
            <ChangesTable changes={changes} previousLabel={previous.label} />
          )}
        </>
      )}
    </section>
  );
}
