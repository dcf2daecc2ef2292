import { PLAN_STATE_LABELS } from '@cynnydd/shared/domain';

import type { PlanState } from '../../../gql/graphql';
import { useLanguage } from '../../../ui/use-language';

const TAG: Record<PlanState, string> = {
  DRAFT: 'govuk-tag--grey',
  APPROVED: 'govuk-tag--green',
  CLOSED: 'govuk-tag--blue',
};

/** A plan's state, in words (the colour only repeats them). */
export function PlanStateTag({ state }: { state: PlanState }) {
  const language = useLanguage();
  return (
    <strong className={`govuk-tag ${TAG[state]}`}>{PLAN_STATE_LABELS[state][language]}</strong>
  );
}
