import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import {
  LEAD_ORGANISATION_LABELS,
  RAG_STATUS_LABELS,
  RAG_STATUS_ORDER,
  THEME_LABELS,
  type Label,
} from '@cynnydd/shared/domain';

import type { LeadOrganisation, RagStatus, Theme } from '../../../gql/graphql';
import { useLanguage } from '../../../ui/use-language';
import type { AreaFilters } from '../hooks/use-area-filters';

function Select({
  id,
  label,
  value,
  options,
}: {
  id: string;
  label: string;
  value: string | null;
  options: [string, Label][];
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="govuk-form-group app-filters__item">
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      <select id={id} name={id} className="govuk-select" defaultValue={value ?? ''}>
        <option value="">{t('area.filters.any')}</option>
        {options.map(([code, name]) => (
          <option key={code} value={code}>
            {name[language]}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The area table's filters; applied, and written to the address, when submitted. */
export function AreaFiltersForm({
  filters,
  onApply,
}: {
  filters: AreaFilters;
  onApply: (filters: AreaFilters) => void;
}) {
  const { t } = useTranslation();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const value = (name: string) => (data.get(name) as string | null) || null;
    onApply({
      rag: value('rag') as RagStatus | null,
      lead: value('lead') as LeadOrganisation | null,
      theme: value('theme') as Theme | null,
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
          <Select
            id="rag"
            label={t('area.filters.rag')}
            value={filters.rag}
            options={RAG_STATUS_ORDER.map((status) => [status, RAG_STATUS_LABELS[status]])}
          />
          <Select
            id="lead"
            label={t('area.filters.lead')}
            value={filters.lead}
            options={Object.entries(LEAD_ORGANISATION_LABELS)}
          />
          <Select
            id="theme"
            label={t('area.filters.theme')}
            value={filters.theme}
            options={Object.entries(THEME_LABELS)}
          />
        </div>
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
