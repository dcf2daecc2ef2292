import { useTranslation } from 'react-i18next';

import { WAY_OF_WORKING_LABELS, WELL_BEING_GOAL_LABELS } from '@cynnydd/shared/domain';

import type { WayOfWorking, WellBeingGoal } from '../../../gql/graphql';
import { CheckboxGroup } from '../../../ui/checkbox-group';
import { labelledOptions } from '../../../ui/labelled-options';
import { useLanguage } from '../../../ui/use-language';
import { errorFor, type FormError } from './form-errors';
import { WELL_BEING_GOALS } from './well-being-goals';

/*
 * The Well-being of Future Generations (Wales) Act 2015's seven well-being goals and five ways of
 * working, as actions and measures are tagged with them: form fields, tags and the list filter.
 */

export const WAYS_OF_WORKING: WayOfWorking[] = [
  'LONG_TERM',
  'PREVENTION',
  'INTEGRATION',
  'COLLABORATION',
  'INVOLVEMENT',
];

export interface FutureGenerationsValues {
  wellBeingGoals: WellBeingGoal[];
  waysOfWorking: WayOfWorking[];
}

/** The control an API input path (`wellBeingGoals.0`, `waysOfWorking`) belongs to, if either. */
export function futureGenerationsFieldId(path: string): string | null {
  const [name] = path.split('.');
  return name === 'wellBeingGoals' || name === 'waysOfWorking' ? name : null;
}

/** Sorted into the Act's order, so that a list reads the same wherever it is shown. */
export function inActOrder<T extends WellBeingGoal | WayOfWorking>(
  values: readonly T[],
  order: readonly T[],
): T[] {
  return order.filter((value) => values.includes(value));
}

/** The goals' and ways of working's checkboxes, each a fieldset with its legend and hint. */
export function FutureGenerationsFields({
  values,
  errors,
  onChange,
}: {
  values: FutureGenerationsValues;
  errors: FormError[];
  onChange: (values: FutureGenerationsValues) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <>
      <CheckboxGroup
        name="wellBeingGoals"
        legend={t('futureGenerations.goals')}
        hint={t('futureGenerations.goalsHint')}
        options={labelledOptions(WELL_BEING_GOALS, WELL_BEING_GOAL_LABELS, language)}
        selected={values.wellBeingGoals}
        error={errorFor(errors, 'wellBeingGoals')}
        onChange={(wellBeingGoals) => onChange({ ...values, wellBeingGoals })}
      />
      <CheckboxGroup
        name="waysOfWorking"
        legend={t('futureGenerations.waysOfWorking')}
        hint={t('futureGenerations.waysOfWorkingHint')}
        options={labelledOptions(WAYS_OF_WORKING, WAY_OF_WORKING_LABELS, language)}
        selected={values.waysOfWorking}
        error={errorFor(errors, 'waysOfWorking')}
        onChange={(waysOfWorking) => onChange({ ...values, waysOfWorking })}
      />
    </>
  );
}

/** Tags as a list of grey GOV.UK tags in the Act's order, or "None". */
export function FutureGenerationsTags({
  values,
  kind,
}: {
  values: readonly (WellBeingGoal | WayOfWorking)[];
  kind: 'goals' | 'waysOfWorking';
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const labels =
    kind === 'goals'
      ? inActOrder(values as WellBeingGoal[], WELL_BEING_GOALS).map(
          (goal) => WELL_BEING_GOAL_LABELS[goal],
        )
      : inActOrder(values as WayOfWorking[], WAYS_OF_WORKING).map(
          (way) => WAY_OF_WORKING_LABELS[way],
        );
  if (labels.length === 0) return <>{t('futureGenerations.none')}</>;
  return (
    <ul className="govuk-list">
      {labels.map((label) => (
        <li key={label.en}>
          <strong className="govuk-tag govuk-tag--grey">{label[language]}</strong>
        </li>
      ))}
    </ul>
  );
}

/**
 * A list filter's goal checkboxes, uncontrolled like the other filters: the filter form reads
 * them (`name="goal"`) when submitted. Any of the goals selected matches.
 */
export function GoalFilter({ selected }: { selected: readonly WellBeingGoal[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="govuk-form-group">
      <fieldset className="govuk-fieldset" aria-describedby="goal-hint">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
          {t('futureGenerations.goals')}
        </legend>
        <div id="goal-hint" className="govuk-hint">
          {t('futureGenerations.filterHint')}
        </div>
        <div className="govuk-checkboxes govuk-checkboxes--small">
          {WELL_BEING_GOALS.map((goal, index) => {
            const id = index === 0 ? 'goal' : `goal-${goal}`;
            return (
              <div key={goal} className="govuk-checkboxes__item">
                <input
                  id={id}
                  name="goal"
                  type="checkbox"
                  className="govuk-checkboxes__input"
                  value={goal}
                  defaultChecked={selected.includes(goal)}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                  {WELL_BEING_GOAL_LABELS[goal][language]}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
