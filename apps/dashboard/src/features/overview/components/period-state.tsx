import { useTranslation } from 'react-i18next';

import { REPORTING_PERIOD_STATE_LABELS, ReportingPeriodState } from '@cynnydd/shared/domain';

import type { ReportingPeriodState as PeriodStateValue } from '../../../gql/graphql';
import { formatDate, formatDateTime, todayInWales } from '../../../i18n/format';
import { useLanguage } from '../../../ui/use-language';

interface Props {
  state: PeriodStateValue;
  closedAt: string | null | undefined;
  updateDeadline: string;
}

/** Whether the round still takes updates: open until its deadline, or closed and when. */
export function PeriodState({ state, closedAt, updateDeadline }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const closed = ReportingPeriodState[state] === ReportingPeriodState.CLOSED;
  const deadline = formatDate(updateDeadline, language);
  let text: string;
  if (closed) {
    text = closedAt
      ? t('overview.state.closedOn', { date: formatDateTime(closedAt, language) })
      : t('overview.state.closed');
  } else {
    text =
      todayInWales() > updateDeadline
        ? t('overview.state.openPastDeadline', { date: deadline })
        : t('overview.state.openUntil', { date: deadline });
  }
  return (
    <>
      <strong className={`govuk-tag ${closed ? 'govuk-tag--grey' : 'govuk-tag--green'}`}>
        {REPORTING_PERIOD_STATE_LABELS[ReportingPeriodState[state]][language]}
      </strong>{' '}
      {text}
    </>
  );
}
