import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import type { AuditAction } from '../../../gql/graphql';
import { FilterSelect } from '../../../ui/filter-select';
import { TextField } from '../../../ui/text-field';
import { AUDIT_ACTIONS, type AuditFilters } from '../hooks/use-audit-filters';

/** The audit log's filters; applied, and written to the address, when submitted. */
export function AuditFiltersForm({
  filters,
  accounts,
  recordTypes,
  onApply,
}: {
  filters: AuditFilters;
  accounts: { id: string; email: string }[];
  recordTypes: string[];
  onApply: (filters: AuditFilters) => void;
}) {
  const { t } = useTranslation();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const value = (name: string) => (data.get(name) as string | null) || null;
    onApply({
      actor: value('actor'),
      type: value('type'),
      action: value('action') as AuditAction | null,
      from: value('from'),
      to: value('to'),
    });
  }

  return (
    // Keyed by the filters so that going back or forward in history shows them as applied.
    <form key={JSON.stringify(filters)} onSubmit={submit} noValidate>
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
          <h2 className="govuk-fieldset__heading">{t('auditLog.filters.title')}</h2>
        </legend>
        <div className="app-filters">
          <FilterSelect
            id="actor"
            label={t('auditLog.filters.person')}
            value={filters.actor}
            options={accounts.map((account) => [account.id, account.email])}
          />
          <FilterSelect
            id="type"
            label={t('auditLog.filters.recordType')}
            value={filters.type}
            options={recordTypes.map((type) => [type, type])}
          />
          <FilterSelect
            id="action"
            label={t('auditLog.filters.action')}
            value={filters.action}
            options={AUDIT_ACTIONS.map((action) => [action, t(`auditLog.actions.${action}`)])}
          />
          <TextField
            id="from"
            type="date"
            label={t('auditLog.filters.from')}
            defaultValue={filters.from ?? ''}
          />
          <TextField
            id="to"
            type="date"
            label={t('auditLog.filters.to')}
            defaultValue={filters.to ?? ''}
          />
        </div>
      </fieldset>
      <button type="submit" className="govuk-button govuk-button--secondary">
        {t('auditLog.filters.apply')}
      </button>
    </form>
  );
}
