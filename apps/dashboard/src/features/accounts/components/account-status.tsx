import { useTranslation } from 'react-i18next';

import type { AccountSummaryFragment } from '../../../gql/graphql';

/** Active, invited (not yet set up) or deactivated, as a GOV.UK tag. */
export function AccountStatus({ account }: { account: AccountSummaryFragment }) {
  const { t } = useTranslation();
  const [status, colour] = account.disabled
    ? (['deactivated', 'govuk-tag--grey'] as const)
    : account.invitationPending
      ? (['invited', 'govuk-tag--yellow'] as const)
      : (['active', 'govuk-tag--green'] as const);
  return <strong className={`govuk-tag ${colour}`}>{t(`accounts.status.${status}`)}</strong>;
}
