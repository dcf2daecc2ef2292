import { useTranslation } from 'react-i18next';

import type { FollowUpFieldsFragment } from '../../../gql/graphql';
import { formatDate } from '../../../i18n/format';
import { useLanguage } from '../../../ui/use-language';

/** Open, overdue or done, for a downloaded list (the date done is a column of its own there). */
export function useFollowUpStatusText(): (followUp: FollowUpFieldsFragment) => string {
  const { t } = useTranslation();
  return (followUp) =>
    followUp.completedOn
      ? t('review.status.done')
      : t(followUp.isOverdue ? 'review.status.overdue' : 'review.status.open');
}

/** Done (and when), overdue or open, in words on a tag. */
export function FollowUpStatus({ followUp }: { followUp: FollowUpFieldsFragment }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (followUp.completedOn) {
    return (
      <strong className="govuk-tag govuk-tag--green">
        {t('review.status.doneOn', { date: formatDate(followUp.completedOn, language) })}
      </strong>
    );
  }
  return followUp.isOverdue ? (
    <strong className="govuk-tag govuk-tag--red">{t('review.status.overdue')}</strong>
  ) : (
    <strong className="govuk-tag govuk-tag--grey">{t('review.status.open')}</strong>
  );
}
