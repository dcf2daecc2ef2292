import type { Label } from './language';

/** The seven well-being goals of the Well-being of Future Generations (Wales) Act 2015. */
export enum WellBeingGoal {
  PROSPEROUS = 'PROSPEROUS',
  RESILIENT = 'RESILIENT',
  HEALTHIER = 'HEALTHIER',
  MORE_EQUAL = 'MORE_EQUAL',
  COHESIVE_COMMUNITIES = 'COHESIVE_COMMUNITIES',
  VIBRANT_CULTURE_WELSH_LANGUAGE = 'VIBRANT_CULTURE_WELSH_LANGUAGE',
  GLOBALLY_RESPONSIBLE = 'GLOBALLY_RESPONSIBLE',
}

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
