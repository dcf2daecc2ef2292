import type { WellBeingGoal } from '../../../gql/graphql';

/*
 * The Well-being of Future Generations (Wales) Act 2015's seven well-being goals as lists and
 * addresses carry them; kept apart from the form fields so a page's first download can read them.
 */

/** In the order of the Act. */
export const WELL_BEING_GOALS: WellBeingGoal[] = [
  'PROSPEROUS',
  'RESILIENT',
  'HEALTHIER',
  'MORE_EQUAL',
  'COHESIVE_COMMUNITIES',
  'VIBRANT_CULTURE_WELSH_LANGUAGE',
  'GLOBALLY_RESPONSIBLE',
];

/** The goals kept in the address as repeated `goal` parameters; unknown ones are ignored. */
export function goalsFromParams(params: URLSearchParams): WellBeingGoal[] {
  const given = params.getAll('goal');
  return WELL_BEING_GOALS.filter((goal) => given.includes(goal));
}
