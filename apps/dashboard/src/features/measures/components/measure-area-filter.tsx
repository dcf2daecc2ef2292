import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { localise } from '@cynnydd/shared/domain';

import type { MeasureAreasQuery } from '../../../gql/graphql';
import { FilterSelect } from '../../../ui/filter-select';
import { useLanguage } from '../../../ui/use-language';

type Area = MeasureAreasQuery['strategicAreas'][number];

/** The measures list's area filter; applied, and written to the address, when submitted. */
export function MeasureAreaFilter({
  areas,
  areaNumber,
  onApply,
}: {
  areas: Area[];
  areaNumber: number | null;
  onApply: (number: number | null) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get('area') as string | null;
    onApply(value ? Number(value) : null);
  }

  return (
    // Keyed by the area so that going back or forward in history shows it as applied.
    <form key={areaNumber ?? 'all'} onSubmit={submit} noValidate>
      <div className="app-filters">
        <FilterSelect
          id="area"
          label={t('measures.filter.area')}
          value={areaNumber === null ? null : String(areaNumber)}
          options={[...areas]
            .sort((a, b) => a.number - b.number)
            .map((area) => [
              String(area.number),
              `${t('overview.areaNumber', { number: area.number })}: ${localise(area.shortTitle, language)?.text ?? ''}`,
            ])}
        />
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary">
        {t('measures.filter.apply')}
      </button>
    </form>
  );
}
