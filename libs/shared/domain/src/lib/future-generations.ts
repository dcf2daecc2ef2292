import type { Label } from './language';

/**
 * The seven well-being goals of the Well-being of Future Generations (Wales) Act 2015. Actions and
 * measures are tagged with the goals they contribute to, so reports can show progress per goal.
 */
export enum WellBeingGoal {
  PROSPEROUS = 'PROSPEROUS',
  RESILIENT = 'RESILIENT',
  HEALTHIER = 'HEALTHIER',
  MORE_EQUAL = 'MORE_EQUAL',
  COHESIVE_COMMUNITIES = 'COHESIVE_COMMUNITIES',
  VIBRANT_CULTURE_WELSH_LANGUAGE = 'VIBRANT_CULTURE_WELSH_LANGUAGE',
  GLOBALLY_RESPONSIBLE = 'GLOBALLY_RESPONSIBLE',
}

/** The Act's five ways of working (the sustainable development principle). */
export enum WayOfWorking {
  LONG_TERM = 'LONG_TERM',
  PREVENTION = 'PREVENTION',
  INTEGRATION = 'INTEGRATION',
  COLLABORATION = 'COLLABORATION',
  INVOLVEMENT = 'INVOLVEMENT',
}

/** The goals' names as the Act gives them (Welsh names to be checked before release). */
export const WELL_BEING_GOAL_LABELS: Record<WellBeingGoal, Label> = {
  [WellBeingGoal.PROSPEROUS]: { en: 'A prosperous Wales', cy: 'Cymru lewyrchus' },
  [WellBeingGoal.RESILIENT]: { en: 'A resilient Wales', cy: 'Cymru gydnerth' },
  [WellBeingGoal.HEALTHIER]: { en: 'A healthier Wales', cy: 'Cymru iachach' },
  [WellBeingGoal.MORE_EQUAL]: { en: 'A more equal Wales', cy: "Cymru sy'n fwy cyfartal" },
  [WellBeingGoal.COHESIVE_COMMUNITIES]: {
    en: 'A Wales of cohesive communities',
    cy: 'Cymru o gymunedau cydlynus',
  },
  [WellBeingGoal.VIBRANT_CULTURE_WELSH_LANGUAGE]: {
    en: 'A Wales of vibrant culture and thriving Welsh language',
    cy: "Cymru â diwylliant bywiog lle mae'r Gymraeg yn ffynnu",
  },
  [WellBeingGoal.GLOBALLY_RESPONSIBLE]: {
    en: 'A globally responsible Wales',
    cy: "Cymru sy'n gyfrifol ar lefel fyd-eang",
  },
};

export const WAY_OF_WORKING_LABELS: Record<WayOfWorking, Label> = {
  [WayOfWorking.LONG_TERM]: { en: 'Long term', cy: 'Hirdymor' },
  [WayOfWorking.PREVENTION]: { en: 'Prevention', cy: 'Atal' },
  [WayOfWorking.INTEGRATION]: { en: 'Integration', cy: 'Integreiddio' },
  [WayOfWorking.COLLABORATION]: { en: 'Collaboration', cy: 'Cydweithio' },
  [WayOfWorking.INVOLVEMENT]: { en: 'Involvement', cy: 'Cynnwys' },
};
