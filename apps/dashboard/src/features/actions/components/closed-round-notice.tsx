import { useTranslation } from 'react-i18next';

import { ReportingPeriodState } from '@cynnydd/shared/domain';

import type { ReportingRoundQuery } from '../../../gql/graphql';
import { formatDateTime } from '../../../i18n/format';
import { useLanguage } from '../../../ui/use-language';

type Round = NonNullable<ReportingRoundQuery['currentReportingPeriod']>;

export function isClosed(round: Round): boolean {
  return ReportingPeriodState[round.state] === ReportingPeriodState.CLOSED;
}

/** Says that the round no longer takes updates, since when, and that it can be reopened. */
export function ClosedRoundNotice({ round }: { round: Round }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="govuk-inset-text">
      {round.closedAt
        ? t('updateForm.closed', {
            label: round.label,
            date: formatDateTime(round.closedAt, language),
          })
        : t('updateForm.closedNoDate', { label: round.label })}
    </div>
  );
}
