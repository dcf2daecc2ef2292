import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { formatDate } from '../../../i18n/format';
import { LocalisedText } from '../../../ui/localised-text';
import { Pagination, usePageOfRows } from '../../../ui/pagination';
import { useLanguage } from '../../../ui/use-language';
import type { ProgressLists } from '../graphql/overview';

/** Enough to act on at a glance; a large programme's hundreds are a page at a time. */
const ITEMS_PER_PAGE = 20;

interface AttentionListProps<T extends { id: string }> {
  id: string;
  title: string;
  /** Said instead of the list when it is empty. */
  none: string;
  /** The address's parameter for this list's page number. */
  parameter: string;
  pagesLabel: string;
  items: readonly T[];
  item: (item: T) => ReactNode;
}

function AttentionList<T extends { id: string }>({
  id,
  title,
  none,
  parameter,
  pagesLabel,
  items,
  item,
}: AttentionListProps<T>) {
  const page = usePageOfRows(items, { parameter, perPage: ITEMS_PER_PAGE });
  return (
    <section className="govuk-grid-column-one-half" aria-labelledby={id}>
      <h2 className="govuk-heading-m" id={id}>
        {title}
      </h2>
      {items.length === 0 ? (
        <p className="govuk-body">{none}</p>
      ) : (
        <>
          <ul className="govuk-list govuk-list--bullet">
            {page.rows.map((row) => (
              <li key={row.id}>{item(row)}</li>
            ))}
          </ul>
          <Pagination of={page} label={pagesLabel} />
        </>
      )}
    </section>
  );
}

/**
 * What needs the operational group's attention: overdue milestones and missing updates. Loaded
 * with React.lazy: the lists arrive after the page's figures, so their code need not come first.
 */
export default function AttentionLists({ summary }: { summary: ProgressLists }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="govuk-grid-row">
      <AttentionList
        id="overdue-milestones"
        title={t('overview.overdueTitle', { count: summary.overdueMilestones.length })}
        none={t('overview.noOverdue')}
        parameter="overdue"
        pagesLabel={t('overview.overduePages')}
        items={summary.overdueMilestones}
        item={(milestone) => (
          <>
            <Link className="govuk-link" to={`/actions/${milestone.action.id}`}>
              {milestone.action.reference}
            </Link>{' '}
            <LocalisedText value={milestone.title} /> (
            {t('overview.dueOn', { date: formatDate(milestone.dueDate, language) })})
          </>
        )}
      />
      <AttentionList
        id="without-update"
        title={t('overview.withoutUpdateTitle', { count: summary.actionsWithoutUpdate.length })}
        none={t('overview.allUpdated')}
        parameter="withoutUpdate"
        pagesLabel={t('overview.withoutUpdatePages')}
        items={summary.actionsWithoutUpdate}
        item={(action) => (
          <>
            <Link className="govuk-link" to={`/actions/${action.id}`}>
              {action.reference}
            </Link>{' '}
            <LocalisedText value={action.title} />
          </>
        )}
      />
    </div>
  );
}
