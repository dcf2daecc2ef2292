import {
  WAY_OF_WORKING_LABELS,
  WayOfWorking,
  WELL_BEING_GOAL_LABELS,
  WellBeingGoal,
} from './future-generations';

describe('the Well-being of Future Generations (Wales) Act tags', () => {
  it('names the seven goals as the Act does, in English and Welsh, in its order', () => {
    expect(Object.values(WellBeingGoal).map((goal) => WELL_BEING_GOAL_LABELS[goal])).toEqual([
      { en: 'A prosperous Wales', cy: 'Cymru lewyrchus' },
      { en: 'A resilient Wales', cy: 'Cymru gydnerth' },
      { en: 'A healthier Wales', cy: 'Cymru iachach' },
      { en: 'A more equal Wales', cy: "Cymru sy'n fwy cyfartal" },
      { en: 'A Wales of cohesive communities', cy: 'Cymru o gymunedau cydlynus' },
      {
        en: 'A Wales of vibrant culture and thriving Welsh language',
        cy: "Cymru â diwylliant bywiog lle mae'r Gymraeg yn ffynnu",
      },
      { en: 'A globally responsible Wales', cy: "Cymru sy'n gyfrifol ar lefel fyd-eang" },
    ]);
  });

  it('names the five ways of working', () => {
    expect(Object.values(WayOfWorking).map((way) => WAY_OF_WORKING_LABELS[way])).toEqual([
      { en: 'Long term', cy: 'Hirdymor' },
      { en: 'Prevention', cy: 'Atal' },
      { en: 'Integration', cy: 'Integreiddio' },
      { en: 'Collaboration', cy: 'Cydweithio' },
      { en: 'Involvement', cy: 'Cynnwys' },
    ]);
  });
});
