import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { localise, Role, ROLE_LABELS, type BilingualText } from '@cynnydd/shared/domain';

import type { SignInRecency } from '../../../gql/graphql';
import { FilterSelect } from '../../../ui/filter-select';
import { TextField } from '../../../ui/text-field';
import { useLanguage } from '../../../ui/use-language';
import {
  ACCOUNT_STATES,
  SIGN_IN_RECENCIES,
  type AccountFilters,
} from '../hooks/use-account-filters';

/** The accounts list's filters; applied, and written to the address, when submitted. */
export function AccountFiltersForm({
  filters,
  organisations,
  onApply,
}: {
  filters: AccountFilters;
  organisations: { id: string; name: BilingualText }[];
  onApply: (filters: AccountFilters) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const value = (name: string) => ((data.get(name) as string | null) ?? '').trim() || null;
    onApply({
      search: value('search'),
      role: value('role') as Role | null,
      organisation: value('organisation'),
      state: value('state') as AccountFilters['state'],
      lastSignIn: value('lastSignIn') as SignInRecency | null,
    });
  }

  return (
    // Keyed by the filters so that going back or forward in history shows them as applied.
    <form key={JSON.stringify(filters)} onSubmit={submit} noValidate>
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
          <h2 className="govuk-fieldset__heading">{t('accounts.filters.title')}</h2>
        </legend>
        <div className="app-filters">
          <TextField
            id="search"
            type="search"
            label={t('accounts.filters.search')}
            defaultValue={filters.search ?? ''}
            spellCheck={false}
          />
          <FilterSelect
            id="role"
            label={t('accounts.filters.role')}
            value={filters.role}
            options={Object.values(Role).map((role) => [role, ROLE_LABELS[role][language]])}
          />
          <FilterSelect
            id="organisation"
            label={t('accounts.filters.organisation')}
            value={filters.organisation}
            options={organisations.map((o) => [o.id, localise(o.name, language)?.text ?? ''])}
          />
          <FilterSelect
            id="state"
            label={t('accounts.filters.state')}
            value={filters.state}
            options={ACCOUNT_STATES.map((state) => [state, t(`accounts.filters.states.${state}`)])}
          />
          <FilterSelect
            id="lastSignIn"
            label={t('accounts.filters.lastSignIn')}
            value={filters.lastSignIn}
            options={SIGN_IN_RECENCIES.map((recency) => [
              recency,
              t(`accounts.filters.recency.${recency}`),
            ])}
          />
        </div>
      </fieldset>
      <button type="submit" className="govuk-button govuk-button--secondary">
        {t('accounts.filters.apply')}
      </button>
    </form>
  );
}
