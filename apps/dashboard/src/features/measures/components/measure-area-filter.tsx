import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { localise } from '@cynnydd/shared/domain';

import type { MeasureAreasQuery, WellBeingGoal } from '../../../gql/graphql';
import { FilterSelect } from '../../../ui/filter-select';
import { useLanguage } from '../../../ui/use-language';
import { GoalFilter } from '../../plans/components/future-generations';
import { WELL_BEING_GOALS } from '../../plans/components/well-being-goals';
import type { MeasureFilters } from '../hooks/use-measure-area-filter';

type Area = MeasureAreasQuery['strategicAreas'][number];

/**
 * The measures list's area and well-being goal filters; applied, and written to the address, when
 * submitted.
 */
export function MeasureAreaFilter({
  areas,
  areaNumber,
  goals,
  onApply,
}: {
  areas: Area[];
  areaNumber: number | null;
  goals: WellBeingGoal[];
  onApply: (filters: MeasureFilters) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const value = data.get('area') as string | null;
    const chosen = data.getAll('goal');
    onApply({
      areaNumber: value ? Number(value) : null,
      goals: WELL_BEING_GOALS.filter((goal) => chosen.includes(goal)),
    });
  }

  return (
    // Keyed by the filters so that going back or forward in history shows them as applied.
    <form key={`${areaNumber ?? 'all'} ${goals.join()}`} onSubmit={submit} noValidate>
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
      <GoalFilter selected={goals} />
      <button type="submit" className="govuk-button govuk-button--secondary">
        {t('measures.filter.apply')}
      </button>
    </form>
  );
}
