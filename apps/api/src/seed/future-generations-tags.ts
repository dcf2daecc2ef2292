import { Theme, WayOfWorking, WellBeingGoal } from '@cynnydd/shared/domain';

/*
 * Plausible Well-being of Future Generations (Wales) Act tags for seeded actions and measures:
 * each strategic area's work contributes most to some goals and leans on some ways of working.
 * Shared by the demo data and the large data set.
 */

const G = WellBeingGoal;
const W = WayOfWorking;

/** Per area number: its goals and its ways of working, the most fitting first. */
const AREA_TAGS: Record<number, { goals: WellBeingGoal[]; ways: WayOfWorking[] }> = {
  // Sharing best practice across health and social care.
  1: {
    goals: [G.HEALTHIER, G.COHESIVE_COMMUNITIES, G.PROSPEROUS],
    ways: [W.COLLABORATION, W.INTEGRATION, W.LONG_TERM],
  },
  // Compassionate leadership.
  2: {
    goals: [G.MORE_EQUAL, G.HEALTHIER, G.COHESIVE_COMMUNITIES],
    ways: [W.INVOLVEMENT, W.COLLABORATION, W.LONG_TERM],
  },
  // Careers campaigns.
  3: {
    goals: [G.PROSPEROUS, G.MORE_EQUAL, G.VIBRANT_CULTURE_WELSH_LANGUAGE],
    ways: [W.INVOLVEMENT, W.COLLABORATION, W.LONG_TERM],
  },
  // Workforce data and analytics.
  4: {
    goals: [G.RESILIENT, G.PROSPEROUS, G.GLOBALLY_RESPONSIBLE],
    ways: [W.LONG_TERM, W.INTEGRATION, W.PREVENTION],
  },
  // Workforce well-being.
  5: {
    goals: [G.HEALTHIER, G.RESILIENT, G.MORE_EQUAL],
    ways: [W.PREVENTION, W.INVOLVEMENT, W.LONG_TERM],
  },
  // Welsh language (Mwy na geiriau).
  6: {
    goals: [G.VIBRANT_CULTURE_WELSH_LANGUAGE, G.COHESIVE_COMMUNITIES, G.MORE_EQUAL],
    ways: [W.INVOLVEMENT, W.LONG_TERM, W.INTEGRATION],
  },
  // Professional development.
  7: {
    goals: [G.PROSPEROUS, G.HEALTHIER, G.MORE_EQUAL],
    ways: [W.LONG_TERM, W.COLLABORATION, W.PREVENTION],
  },
};

/** The goal a principle most plainly serves. */
const THEME_GOALS: Partial<Record<Theme, WellBeingGoal>> = {
  [Theme.WELL_BEING]: G.HEALTHIER,
  [Theme.INCLUSION]: G.MORE_EQUAL,
  [Theme.WELSH_LANGUAGE_AND_CULTURE]: G.VIBRANT_CULTURE_WELSH_LANGUAGE,
};

/**
 * One to three goals and one to three ways of working for the `variant`-th item of an area: the
 * area's main goal, then those its principles serve, then the area's others; and the area's ways
 * of working. How many of each varies with `variant`, so the area's items are not all alike.
 */
export function futureGenerationsTags(
  areaNumber: number,
  themes: readonly `${Theme}`[],
  variant: number,
): { wellBeingGoals: WellBeingGoal[]; waysOfWorking: WayOfWorking[] } {
  const area = AREA_TAGS[areaNumber] ?? AREA_TAGS[1];
  const fromThemes = themes
    .map((theme) => THEME_GOALS[theme as Theme])
    .filter((goal): goal is WellBeingGoal => goal !== undefined);
  const [main, ...others] = area.goals;
  const goals = [...new Set([main, ...fromThemes, ...others])].slice(0, 1 + (variant % 3));
  const ways = area.ways.slice(0, 1 + ((variant + 1) % 3));
  return { wellBeingGoals: goals, waysOfWorking: ways };
}
