import { Theme, WayOfWorking, WellBeingGoal } from '@cynnydd/shared/domain';

import { futureGenerationsTags } from './future-generations-tags';

describe('seeded well-being goal tags', () => {
  it('gives one to three goals and ways of working, varying within an area', () => {
    const tags = [0, 1, 2].map((variant) => futureGenerationsTags(5, [], variant));
    expect(tags.map((tag) => tag.wellBeingGoals.length)).toEqual([1, 2, 3]);
    expect(tags.map((tag) => tag.waysOfWorking.length)).toEqual([2, 3, 1]);
    expect(tags[2].wellBeingGoals).toEqual([
      WellBeingGoal.HEALTHIER,
      WellBeingGoal.RESILIENT,
      WellBeingGoal.MORE_EQUAL,
    ]);
    expect(tags[0].waysOfWorking).toEqual([WayOfWorking.PREVENTION, WayOfWorking.INVOLVEMENT]);
  });

  it('puts the area’s main goal first, then those its principles serve, without repeats', () => {
    expect(futureGenerationsTags(6, [Theme.INCLUSION], 2).wellBeingGoals).toEqual([
      WellBeingGoal.VIBRANT_CULTURE_WELSH_LANGUAGE,
      WellBeingGoal.MORE_EQUAL,
      WellBeingGoal.COHESIVE_COMMUNITIES,
    ]);
    expect(futureGenerationsTags(4, [Theme.WELL_BEING], 1).wellBeingGoals).toEqual([
      WellBeingGoal.RESILIENT,
      WellBeingGoal.HEALTHIER,
    ]);
  });
});
