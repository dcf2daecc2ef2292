import { useQuery } from '@apollo/client/react';

import { financialYearLabel, financialYearOf } from '@cynnydd/shared/domain';

import { todayInWales } from '../../../i18n/format';
import { RISK_FORM_OPTIONS } from '../graphql/risks';

/** The risk form's choices, with the actions of this financial year's plan to link. */
export function useRiskFormOptions() {
  const financialYear = financialYearLabel(financialYearOf(todayInWales()));
  return useQuery(RISK_FORM_OPTIONS, { variables: { financialYear } });
}
