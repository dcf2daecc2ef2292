import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import {
  LEAD_ORGANISATION_LABELS,
  RAG_STATUS_LABELS,
  RAG_STATUS_ORDER,
  THEME_LABELS,
  type Label,
} from '@cynnydd/shared/domain';

import type { LeadOrganisation, RagStatus, Theme, WellBeingGoal } from '../../../gql/graphql';
import { FilterSelect } from '../../../ui/filter-select';
import { useLanguage } from '../../../ui/use-language';
import { GoalFilter } from '../../plans/components/future-generations';
import { WELL_BEING_GOALS } from '../../plans/components/well-being-goals';
import type { AreaFilters } from '../hooks/use-area-filters';

/** The area table's filters; applied, and written to the address, when submitted. */
export function AreaFiltersForm({
  filters,
  onApply,
}: {
  filters: AreaFilters;
  onApply: (filters: AreaFilters) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const choices = (labels: [string, Label][]) =>
    labels.map(([code, name]) => [code, name[language]] as const);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const value = (name: string) => (data.get(name) as string | null) || null;
    onApply({
      rag: value('rag') as RagStatus | null,
      lead: value('lead') as LeadOrganisation | null,
      theme: value('theme') as Theme | null,
      goals: WELL_BEING_GOALS.filter((goal: WellBeingGoal) => data.getAll('goal').includes(goal)),
      overdue: data.get('overdue') === 'true',
    });
  }

  return (
    // Keyed by the filters so that going back or forward in history shows them as applied.
    <form key={JSON.stringify(filters)} onSubmit={submit} noValidate>
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
          <h2 className="govuk-fieldset__heading">{t('area.filters.title')}</h2>
        </legend>
        <div className="app-filters">
          <FilterSelect
            id="rag"
            label={t('area.filters.rag')}
            value={filters.rag}
            options={choices(RAG_STATUS_ORDER.map((status) => [status, RAG_STATUS_LABELS[status]]))}
          />
          <FilterSelect
            id="lead"
            label={t('area.filters.lead')}
            value={filters.lead}
            options={choices(Object.entries(LEAD_ORGANISATION_LABELS))}
          />
          <FilterSelect
            id="theme"
            label={t('area.filters.theme')}
            value={filters.theme}
            options={choices(Object.entries(THEME_LABELS))}
          />
        </div>
        <GoalFilter selected={filters.goals} />
        <div className="govuk-form-group">
          <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
            <div className="govuk-checkboxes__item">
              <input
                className="govuk-checkboxes__input"
                id="overdue"
                name="overdue"
                type="checkbox"
                value="true"
                defaultChecked={filters.overdue}
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor="overdue">
                {t('area.filters.overdue')}
              </label>
            </div>
          </div>
        </div>
      </fieldset>
      <button
        type="submit"
        className="govuk-button govuk-button--secondary"
        data-module="govuk-button"
      >
        {t('area.filters.apply')}
      </button>
    </form>
  );
}
