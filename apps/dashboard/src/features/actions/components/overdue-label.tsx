import { Trans, useTranslation } from 'react-i18next';

import { isMilestoneOverdue, type BilingualText } from '@cynnydd/shared/domain';

import { formatDate, formatNumber, todayInWales } from '../../../i18n/format';
import { LocalisedText } from '../../../ui/localised-text';
import { useLanguage } from '../../../ui/use-language';

/** What the API says of an action, and what is needed to say why it is overdue. */
export interface OverdueFacts {
  isOverdue: boolean;
  dueDate: string;
  milestones: readonly { title: BilingualText; dueDate: string; completedOn?: string | null }[];
}

/**
 * Says what is overdue, not just that something is: the action itself, or its milestones (the
 * earliest named, with how many more). `isOverdue` is the API's verdict (an action marked
 * complete is never overdue); the milestones are judged by the shared rule.
 */
export function OverdueLabel({ action }: { action: OverdueFacts }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!action.isOverdue) return null;
  const today = todayInWales();
  const late = action.milestones
    .filter((milestone) =>
      isMilestoneOverdue({ ...milestone, completedOn: milestone.completedOn ?? null }, today),
    )
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const [first] = late;
  let text;
  if (action.dueDate < today) {
    text = t('app.overdue.action', { date: formatDate(action.dueDate, language) });
  } else if (first) {
    text = (
      <Trans
        i18nKey={late.length === 1 ? 'app.overdue.milestone' : 'app.overdue.milestones'}
        values={{
          date: formatDate(first.dueDate, language),
          number: formatNumber(late.length - 1, language),
        }}
        components={{ name: <LocalisedText value={first.title} /> }}
      />
    );
  } else {
    // The API's day turned before the browser's: it is overdue, but not yet by this page's date.
    text = t('app.overdue.unexplained');
  }
  return <strong className="govuk-tag govuk-tag--red app-overdue">{text}</strong>;
}
