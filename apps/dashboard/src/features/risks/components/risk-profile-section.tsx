import { useTranslation } from 'react-i18next';

import type { RiskProfileQuery } from '../../../gql/graphql';
import { formatNumber } from '../../../i18n/format';
import { useLanguage } from '../../../ui/use-language';
import { RiskHeatMap } from './risk-heat-map';

type Profile = RiskProfileQuery['riskProfile'];

const COUNTS = [
  'total',
  'aboveAppetite',
  'awaitingEscalation',
  'escalated',
  'reviewOverdue',
] as const;

/** The filtered risks' counts and heat map, above the table that lists them. */
export function RiskProfileSection({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section aria-labelledby="risk-profile-title">
      <h2 className="govuk-heading-m" id="risk-profile-title">
        {t('risks.profile.title')}
      </h2>
      <dl className="govuk-summary-list" data-testid="risk-counts">
        {COUNTS.map((name) => (
          <div key={name} className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{t(`risks.profile.${name}`)}</dt>
            <dd className="govuk-summary-list__value">{formatNumber(profile[name], language)}</dd>
          </div>
        ))}
      </dl>
      <RiskHeatMap cells={profile.cells} caption={t('risks.profile.heatMapCaption')} />
    </section>
  );
}
