import { useTranslation } from 'react-i18next';

import { RISK_BAND_LABELS, RiskBand } from '@cynnydd/shared/domain';

import type { RiskSummaryFieldsFragment } from '../../../gql/graphql';
import { formatNumber } from '../../../i18n/format';
import { useLanguage } from '../../../ui/use-language';

type Current = RiskSummaryFieldsFragment['current'];

/** Words for a risk's current score with its band ("12 (High)"): never colour alone. */
export function useRiskScoreText(): (current: Current) => string {
  const { t } = useTranslation();
  const language = useLanguage();
  return ({ score, band }) =>
    t('action.risks.scoreValue', {
      score: formatNumber(score, language),
      band: RISK_BAND_LABELS[RiskBand[band]][language],
    });
}

export function RiskScoreText({ current }: { current: Current }) {
  return <>{useRiskScoreText()(current)}</>;
}
