import { useTranslation } from 'react-i18next';

import { isMilestoneOverdue } from '@cynnydd/shared/domain';

import { formatDate } from '../../../i18n/format';
import { useLanguage } from '../../../ui/use-language';

/** Where a milestone stands: completed on a date, overdue (a red tag) or not completed yet. */
export function MilestoneProgress({
  milestone,
  today,
}: {
  milestone: { dueDate: string; completedOn: string | null };
  /** Today in Wales (`todayInWales()`), taken once for the whole table. */
  today: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (milestone.completedOn) {
    return <>{t('action.completedOn', { date: formatDate(milestone.completedOn, language) })}</>;
  }
  if (isMilestoneOverdue(milestone, today)) {
    return <strong className="govuk-tag govuk-tag--red">{t('area.overdue')}</strong>;
  }
  return <>{t('action.outstanding')}</>;
}
