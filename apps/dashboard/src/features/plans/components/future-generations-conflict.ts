import type { TFunction } from 'i18next';

import {
  WAY_OF_WORKING_LABELS,
  WELL_BEING_GOAL_LABELS,
  type Language,
} from '@cynnydd/shared/domain';

import type { WayOfWorking, WellBeingGoal } from '../../../gql/graphql';
import { inActOrder, WAYS_OF_WORKING, type FutureGenerationsValues } from './future-generations';
import { WELL_BEING_GOALS } from './well-being-goals';

/** The tags in a conflict's `extensions.current`, read defensively: unknown values are dropped. */
export function futureGenerationsFromConflict(
  current: Record<string, unknown>,
): FutureGenerationsValues {
  const list = <T extends string>(value: unknown, known: readonly T[]): T[] =>
    Array.isArray(value) ? known.filter((item) => value.includes(item)) : [];
  return {
    wellBeingGoals: list<WellBeingGoal>(current['wellBeingGoals'], WELL_BEING_GOALS),
    waysOfWorking: list<WayOfWorking>(current['waysOfWorking'], WAYS_OF_WORKING),
  };
}

/** The conflict summary's rows for the tags, in the form's order. */
export function futureGenerationsRows(language: Language, t: TFunction) {
  return [
    {
      label: t('futureGenerations.goals'),
      show: (values: FutureGenerationsValues) =>
        inActOrder(values.wellBeingGoals, WELL_BEING_GOALS)
          .map((goal) => WELL_BEING_GOAL_LABELS[goal][language])
          .join(', '),
    },
    {
      label: t('futureGenerations.waysOfWorking'),
      show: (values: FutureGenerationsValues) =>
        inActOrder(values.waysOfWorking, WAYS_OF_WORKING)
          .map((way) => WAY_OF_WORKING_LABELS[way][language])
          .join(', '),
    },
  ];
}
