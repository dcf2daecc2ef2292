import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import {
  localise,
  RISK_BAND_LABELS,
  RISK_CATEGORY_LABELS,
  RISK_KIND_LABELS,
  RISK_STATE_LABELS,
} from '@cynnydd/shared/domain';

import type { RiskFilterOptionsQuery, RiskOwnerChoicesQuery } from '../../../gql/graphql';
import { FilterSelect } from '../../../ui/filter-select';
import { useLanguage } from '../../../ui/use-language';
import {
  RISK_BANDS,
  RISK_CATEGORIES,
  RISK_KINDS,
  riskFiltersFrom,
  type RiskFilters,
} from '../hooks/use-risk-filters';

/**
 * The register's filters; applied, and written to the address, when submitted. The owners come
 * later than the other choices (`owners` undefined until then).
 */
export function RiskFiltersForm({
  filters,
  options,
  owners,
  onApply,
}: {
  filters: RiskFilters;
  options: RiskFilterOptionsQuery;
  owners: RiskOwnerChoicesQuery['riskOwners'] | undefined;
  onApply: (filters: RiskFilters) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const yesNo = [
    ['yes', t('risks.filters.yes')],
    ['no', t('risks.filters.no')],
  ] as const;
  const yesNoValue = (value: boolean | null) => (value === null ? null : value ? 'yes' : 'no');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    // The form's fields are named as the address's parameters: read them the same way. "Any"
    // state is both open and closed risks.
    const params = new URLSearchParams();
    for (const [name, value] of data.entries()) {
      if (typeof value === 'string' && value) params.set(name, value);
    }
    if (!params.has('state')) params.set('state', 'ALL');
    onApply(riskFiltersFrom(params));
  }

  return (
    // Keyed by the filters so that going back or forward in history shows them as applied.
    <form key={JSON.stringify(filters)} onSubmit={submit} noValidate>
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
          <h2 className="govuk-fieldset__heading">{t('risks.filters.title')}</h2>
        </legend>
        <div className="app-filters">
          <FilterSelect
            id="area"
            label={t('risks.filters.area')}
            value={filters.area === null ? null : String(filters.area)}
            options={[...options.strategicAreas]
              .sort((a, b) => a.number - b.number)
              .map((area) => [
                String(area.number),
                `${t('overview.areaNumber', { number: area.number })}: ${localise(area.shortTitle, language)?.text ?? ''}`,
              ])}
          />
          <FilterSelect
            // Drawn anew when the owners arrive, so the address's owner is then the one chosen.
            key={owners ? 'owners' : 'no owners yet'}
            id="owner"
            label={t('risks.filters.owner')}
            value={filters.owner}
            options={(owners ?? []).map((person) => [person.id, person.name])}
          />
          <FilterSelect
            id="category"
            label={t('risks.filters.category')}
            value={filters.category}
            options={RISK_CATEGORIES.map((category) => [
              category,
              RISK_CATEGORY_LABELS[category][language],
            ])}
          />
          <FilterSelect
            id="band"
            label={t('risks.filters.band')}
            value={filters.band}
            options={RISK_BANDS.map((band) => [band, RISK_BAND_LABELS[band][language]])}
          />
          <FilterSelect
            id="escalated"
            label={t('risks.filters.escalated')}
            value={yesNoValue(filters.escalated)}
            options={yesNo}
          />
          <FilterSelect
            id="aboveAppetite"
            label={t('risks.filters.aboveAppetite')}
            value={yesNoValue(filters.aboveAppetite)}
            options={yesNo}
          />
          <FilterSelect
            id="reviewOverdue"
            label={t('risks.filters.reviewOverdue')}
            value={yesNoValue(filters.reviewOverdue)}
            options={yesNo}
          />
          <FilterSelect
            id="state"
            label={t('risks.filters.state')}
            value={filters.state === 'ALL' ? null : filters.state}
            options={(['OPEN', 'CLOSED'] as const).map((state) => [
              state,
              RISK_STATE_LABELS[state][language],
            ])}
          />
          <FilterSelect
            id="kind"
            label={t('risks.filters.kind')}
            value={filters.kind}
            options={RISK_KINDS.map((kind) => [kind, RISK_KIND_LABELS[kind][language]])}
          />
        </div>
      </fieldset>
      <button type="submit" className="govuk-button govuk-button--secondary">
        {t('risks.filters.apply')}
      </button>
    </form>
  );
}
