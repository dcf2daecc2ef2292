import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { ProgressSummaryQuery } from '../../../gql/graphql';
import { formatDate } from '../../../i18n/format';
import { LocalisedText } from '../../../ui/localised-text';
import { useLanguage } from '../../../ui/use-language';

type Summary = NonNullable<ProgressSummaryQuery['progressSummary']>;

/** What needs the operational group's attention: overdue milestones and missing updates. */
export function AttentionLists({ summary }: { summary: Summary }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="govuk-grid-row">
      <section className="govuk-grid-column-one-half" aria-labelledby="overdue-milestones">
        <h2 className="govuk-heading-m" id="overdue-milestones">
          {t('overview.overdueTitle', { count: summary.overdueMilestones.length })}
        </h2>
        {summary.overdueMilestones.length === 0 ? (
          <p className="govuk-body">{t('overview.noOverdue')}</p>
        ) : (
          <ul className="govuk-list govuk-list--bullet">
            {summary.overdueMilestones.map((milestone) => (
              <li key={milestone.id}>
                <Link className="govuk-link" to={`/actions/${milestone.action.id}`}>
                  {milestone.action.reference}
                </Link>{' '}
                <LocalisedText value={milestone.title} /> (
                {t('overview.dueOn', { date: formatDate(milestone.dueDate, language) })})
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="govuk-grid-column-one-half" aria-labelledby="without-update">
        <h2 className="govuk-heading-m" id="without-update">
          {t('overview.withoutUpdateTitle', { count: summary.actionsWithoutUpdate.length })}
        </h2>
        {summary.actionsWithoutUpdate.length === 0 ? (
          <p className="govuk-body">{t('overview.allUpdated')}</p>
        ) : (
          <ul className="govuk-list govuk-list--bullet">
            {summary.actionsWithoutUpdate.map((action) => (
              <li key={action.id}>
                <Link className="govuk-link" to={`/actions/${action.id}`}>
                  {action.reference}
                </Link>{' '}
                <LocalisedText value={action.title} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
