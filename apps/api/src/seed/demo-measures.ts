import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource } from 'typeorm';

import { MeasuresService, MeasureValuesService } from '@cynnydd/measures/data-access';
import {
  financialYearLabel,
  MeasureDirection,
  MeasureFrequency,
  measurePeriodEnd,
  measurePeriodsEndingWithin,
  MeasureUnit,
  Theme,
  ValueQuality,
  type Actor,
  type BilingualText,
} from '@cynnydd/shared/domain';

import type { BilingualSeedText } from './demo-catalogue';
import { demoActionsOf, demoActorFor, demoAreaIds, text, type DemoEvent } from './demo-lookups';
import { futureGenerationsTags } from './future-generations-tags';

const ILLUSTRATIVE: BilingualText = {
  en: 'Illustrative figures for the demonstration programme, not official statistics.',
  cy: 'Ffigurau enghreifftiol ar gyfer y rhaglen arddangos, nid ystadegau swyddogol.',
};

/** One demo measure and the path its figures take from April 2023 to September 2026. */
interface MeasureSeed {
  reference: string;
  name: BilingualSeedText;
  definition: BilingualSeedText;
  calculation: BilingualSeedText;
  unit: MeasureUnit;
  direction: MeasureDirection;
  frequency: MeasureFrequency;
  ownerKey: string;
  areas: number[];
  themes: Theme[];
  tolerance: { amber: number; red: number };
  baseline: { value: number; date: string };
  /** Targets for 2023-24 to 2026-27; null for a contextual measure. */
  targets: [number, number, number, number] | null;
  /** First and latest figures; those between move steadily with a little wobble. */
  from: number;
  to: number;
  decimals: number;
}

const { HIGHER_IS_BETTER: HIGHER, LOWER_IS_BETTER: LOWER } = MeasureDirection;
const { QUARTERLY, ANNUAL, MONTHLY } = MeasureFrequency;

export const DEMO_MEASURES: MeasureSeed[] = [
  {
    reference: 'M1.1',
    name: text('Staff turnover (NHS Wales)', 'Trosiant staff (GIG Cymru)'),
    definition: text(
      'Leavers in the last twelve months as a share of average headcount.',
      'Ymadawyr yn y deuddeg mis diwethaf fel cyfran o’r cyfrif pennau cyfartalog.',
    ),
    calculation: text(
      'Leavers ÷ average headcount × 100',
      'Ymadawyr ÷ cyfrif pennau cyfartalog × 100',
    ),
    unit: MeasureUnit.PERCENTAGE,
    direction: LOWER,
    frequency: QUARTERLY,
    ownerKey: 'ceri.morgan',
    areas: [1, 5],
    themes: [Theme.STAFF_RETENTION],
    tolerance: { amber: 0, red: 1 },
    baseline: { value: 9.4, date: '2023-03-31' },
    targets: [9, 8.5, 8, 7.5],
    from: 9.3,
    to: 8.7,
    decimals: 1,
  },
  {
    reference: 'M1.2',
    name: text('Registered nurse vacancy rate', 'Cyfradd swyddi gwag nyrsys cofrestredig'),
    definition: text(
      'Funded registered nurse posts not filled by substantive staff.',
      'Swyddi nyrsys cofrestredig wedi’u hariannu nad ydynt wedi’u llenwi gan staff parhaol.',
    ),
    calculation: text(
      'Vacant posts ÷ funded posts × 100',
      'Swyddi gwag ÷ swyddi wedi’u hariannu × 100',
    ),
    unit: MeasureUnit.PERCENTAGE,
    direction: LOWER,
    frequency: QUARTERLY,
    ownerKey: 'ceri.morgan',
    areas: [1],
    themes: [Theme.STAFF_RETENTION],
    tolerance: { amber: 0.5, red: 1.5 },
    baseline: { value: 7.8, date: '2023-03-31' },
    targets: [7.5, 7, 6.5, 6],
    from: 7.9,
    to: 7.9,
    decimals: 1,
  },
  {
    reference: 'M1.3',
    name: text('Social care worker turnover', 'Trosiant gweithwyr gofal cymdeithasol'),
    definition: text(
      'Registered social care workers leaving their employer in the year.',
      'Gweithwyr gofal cymdeithasol cofrestredig yn gadael eu cyflogwr yn ystod y flwyddyn.',
    ),
    calculation: text('Leavers ÷ workforce × 100', 'Ymadawyr ÷ gweithlu × 100'),
    unit: MeasureUnit.PERCENTAGE,
    direction: LOWER,
    frequency: ANNUAL,
    ownerKey: 'nia.williams',
    areas: [1, 5],
    themes: [Theme.STAFF_RETENTION],
    tolerance: { amber: 1, red: 3 },
    baseline: { value: 31, date: '2023-03-31' },
    targets: [30, 28, 26, 24],
    from: 30.5,
    to: 27.2,
    decimals: 1,
  },
  {
    reference: 'M2.1',
    name: text(
      'Managers completing compassionate leadership training',
      'Rheolwyr yn cwblhau hyfforddiant arweinyddiaeth dosturiol',
    ),
    definition: text(
      'Cumulative managers in both sectors who completed the programme.',
      'Nifer cronnus y rheolwyr yn y ddau sector a gwblhaodd y rhaglen.',
    ),
    calculation: text('Count of completions to date', 'Cyfrif o’r cwblhau hyd yma'),
    unit: MeasureUnit.NUMBER,
    direction: HIGHER,
    frequency: QUARTERLY,
    ownerKey: 'nia.williams',
    areas: [2],
    themes: [Theme.WELL_BEING, Theme.INCLUSION],
    tolerance: { amber: 50, red: 150 },
    baseline: { value: 0, date: '2023-03-31' },
    targets: [300, 700, 1100, 1500],
    from: 60,
    to: 1190,
    decimals: 0,
  },
  {
    reference: 'M2.2',
    name: text(
      'Staff who say their manager treats them with compassion',
      'Staff sy’n dweud bod eu rheolwr yn eu trin â thosturi',
    ),
    definition: text('From the annual staff survey.', 'O’r arolwg staff blynyddol.'),
    calculation: text(
      'Agree or strongly agree ÷ respondents',
      'Cytuno neu gytuno’n gryf ÷ ymatebwyr',
    ),
    unit: MeasureUnit.PERCENTAGE,
    direction: HIGHER,
    frequency: ANNUAL,
    ownerKey: 'rhys.llewellyn',
    areas: [2, 5],
    themes: [Theme.WELL_BEING],
    tolerance: { amber: 2, red: 5 },
    baseline: { value: 64, date: '2023-03-31' },
    targets: [66, 68, 70, 72],
    from: 65,
    to: 63,
    decimals: 0,
  },
  {
    reference: 'M3.1',
    name: text(
      'Visits to the health and care careers website',
      'Ymweliadau â gwefan gyrfaoedd iechyd a gofal',
    ),
    definition: text(
      'Visits in the quarter to the joint careers website, both languages.',
      'Ymweliadau yn y chwarter â’r wefan gyrfaoedd ar y cyd, yn y ddwy iaith.',
    ),
    calculation: text('Web analytics sessions', 'Sesiynau dadansoddeg gwe'),
    unit: MeasureUnit.NUMBER,
    direction: HIGHER,
    frequency: QUARTERLY,
    ownerKey: 'priya.sharma',
    areas: [3],
    themes: [Theme.WELSH_LANGUAGE_AND_CULTURE],
    tolerance: { amber: 5000, red: 15000 },
    baseline: { value: 41000, date: '2023-03-31' },
    targets: [45000, 50000, 55000, 60000],
    from: 43500,
    to: 61800,
    decimals: 0,
  },
  {
    reference: 'M3.2',
    name: text('Apprenticeship starts', 'Prentisiaethau a ddechreuwyd'),
    definition: text(
      'Health and social care apprenticeship starts in the financial year.',
      'Prentisiaethau iechyd a gofal cymdeithasol a ddechreuwyd yn y flwyddyn ariannol.',
    ),
    calculation: text('Count of starts', 'Cyfrif o’r rhai a ddechreuodd'),
    unit: MeasureUnit.NUMBER,
    direction: HIGHER,
    frequency: ANNUAL,
    ownerKey: 'priya.sharma',
    areas: [3, 7],
    themes: [],
    tolerance: { amber: 100, red: 300 },
    baseline: { value: 2100, date: '2023-03-31' },
    targets: [2300, 2500, 2700, 2900],
    from: 2250,
    to: 2610,
    decimals: 0,
  },
  {
    reference: 'M4.1',
    name: text(
      'Employers submitting the standard workforce data set',
      'Cyflogwyr yn cyflwyno’r set ddata safonol am y gweithlu',
    ),
    definition: text(
      'Health boards, trusts and commissioned care providers sending the quarterly data set on time.',
      'Byrddau iechyd, ymddiriedolaethau a darparwyr gofal a gomisiynwyd yn anfon y set ddata chwarterol mewn pryd.',
    ),
    calculation: text(
      'On-time returns ÷ expected returns',
      'Ffurflenni mewn pryd ÷ ffurflenni disgwyliedig',
    ),
    unit: MeasureUnit.PERCENTAGE,
    direction: HIGHER,
    frequency: QUARTERLY,
    ownerKey: 'ceri.morgan',
    areas: [4],
    themes: [],
    tolerance: { amber: 5, red: 10 },
    baseline: { value: 38, date: '2023-03-31' },
    targets: [50, 65, 80, 90],
    from: 44,
    to: 74,
    decimals: 0,
  },
  {
    reference: 'M4.2',
    name: text('Whole-time equivalent staff in post', 'Staff cyfwerth ag amser llawn yn y swydd'),
    definition: text(
      'NHS Wales and registered social care staff, for context: no target.',
      'Staff GIG Cymru a staff gofal cymdeithasol cofrestredig, er gwybodaeth: dim targed.',
    ),
    calculation: text('Sum of contracted hours ÷ 37.5', 'Cyfanswm yr oriau dan gontract ÷ 37.5'),
    unit: MeasureUnit.NUMBER,
    direction: HIGHER,
    frequency: QUARTERLY,
    ownerKey: 'tom.bennett',
    areas: [4],
    themes: [],
    tolerance: { amber: 0, red: 0 },
    baseline: { value: 152400, date: '2023-03-31' },
    targets: null,
    from: 153100,
    to: 158900,
    decimals: 0,
  },
  {
    reference: 'M5.1',
    name: text('Sickness absence (NHS Wales)', 'Absenoldeb salwch (GIG Cymru)'),
    definition: text(
      'Full-time equivalent days lost to sickness as a share of days available.',
      'Diwrnodau cyfwerth ag amser llawn a gollwyd i salwch fel cyfran o’r diwrnodau sydd ar gael.',
    ),
    calculation: text(
      'FTE days lost ÷ FTE days available',
      'Diwrnodau CALl a gollwyd ÷ diwrnodau CALl ar gael',
    ),
    unit: MeasureUnit.PERCENTAGE,
    direction: LOWER,
    frequency: MONTHLY,
    ownerKey: 'grace.okafor',
    areas: [5],
    themes: [Theme.WELL_BEING, Theme.STAFF_RETENTION],
    tolerance: { amber: 0.25, red: 0.75 },
    baseline: { value: 6.6, date: '2023-03-31' },
    targets: [6.2, 5.9, 5.6, 5.4],
    from: 6.5,
    to: 6.3,
    decimals: 2,
  },
  {
    reference: 'M5.2',
    name: text(
      'Staff reporting good well-being at work',
      'Staff sy’n nodi llesiant da yn y gwaith',
    ),
    definition: text(
      'Staff survey respondents rating their well-being at work 7 or more out of 10.',
      'Ymatebwyr i’r arolwg staff sy’n rhoi sgôr o 7 neu fwy allan o 10 i’w llesiant yn y gwaith.',
    ),
    calculation: text('Rating 7+ ÷ respondents', 'Sgôr 7+ ÷ ymatebwyr'),
    unit: MeasureUnit.PERCENTAGE,
    direction: HIGHER,
    frequency: ANNUAL,
    ownerKey: 'nia.williams',
    areas: [5],
    themes: [Theme.WELL_BEING],
    tolerance: { amber: 2, red: 5 },
    baseline: { value: 52, date: '2023-03-31' },
    targets: [54, 57, 60, 63],
    from: 53,
    to: 58,
    decimals: 0,
  },
  {
    reference: 'M5.3',
    name: text('Care workers using Canopi', 'Gweithwyr gofal sy’n defnyddio Canopi'),
    definition: text(
      'Social care workers referred to the Canopi well-being service in the quarter.',
      'Gweithwyr gofal cymdeithasol a atgyfeiriwyd at wasanaeth llesiant Canopi yn y chwarter.',
    ),
    calculation: text(
      'Referrals per 1,000 registered workers',
      'Atgyfeiriadau fesul 1,000 o weithwyr cofrestredig',
    ),
    unit: MeasureUnit.RATE_PER_1000,
    direction: HIGHER,
    frequency: QUARTERLY,
    ownerKey: 'megan.thomas',
    areas: [5],
    themes: [Theme.WELL_BEING],
    tolerance: { amber: 0.5, red: 1.5 },
    baseline: { value: 2.1, date: '2023-03-31' },
    targets: [2.5, 3, 3.5, 4],
    from: 2.3,
    to: 3.1,
    decimals: 1,
  },
  {
    reference: 'M6.1',
    name: text(
      'Staff able to work through Welsh',
      'Staff sy’n gallu gweithio drwy gyfrwng y Gymraeg',
    ),
    definition: text(
      'Staff recording Welsh-language skills at level 3 or above on the electronic staff record.',
      'Staff sy’n cofnodi sgiliau Cymraeg ar lefel 3 neu uwch ar y cofnod staff electronig.',
    ),
    calculation: text(
      'Level 3+ ÷ staff with a recorded level',
      'Lefel 3+ ÷ staff â lefel wedi’i chofnodi',
    ),
    unit: MeasureUnit.PERCENTAGE,
    direction: HIGHER,
    frequency: QUARTERLY,
    ownerKey: 'lowri.jenkins',
    areas: [6],
    themes: [Theme.WELSH_LANGUAGE_AND_CULTURE],
    tolerance: { amber: 0.5, red: 1.5 },
    baseline: { value: 17.2, date: '2023-03-31' },
    targets: [18, 19, 20, 21],
    from: 17.6,
    to: 20.4,
    decimals: 1,
  },
  {
    reference: 'M6.2',
    name: text(
      'Staff who have recorded their Welsh-language skills',
      'Staff sydd wedi cofnodi eu sgiliau Cymraeg',
    ),
    definition: text(
      'Share of staff with any Welsh-language skill level recorded.',
      'Cyfran y staff sydd ag unrhyw lefel sgiliau Cymraeg wedi’i chofnodi.',
    ),
    calculation: text('Recorded ÷ all staff', 'Wedi cofnodi ÷ pob aelod o staff'),
    unit: MeasureUnit.PERCENTAGE,
    direction: HIGHER,
    frequency: QUARTERLY,
    ownerKey: 'lowri.jenkins',
    areas: [6],
    themes: [Theme.WELSH_LANGUAGE_AND_CULTURE],
    tolerance: { amber: 2, red: 5 },
    baseline: { value: 71, date: '2023-03-31' },
    targets: [75, 80, 85, 90],
    from: 72,
    to: 81,
    decimals: 0,
  },
  {
    reference: 'M7.1',
    name: text(
      'Learners completing the level 3 joint qualification',
      'Dysgwyr yn cwblhau’r cymhwyster lefel 3 ar y cyd',
    ),
    definition: text(
      'Health and social care learners completing the joint level 3 qualification in the year.',
      'Dysgwyr iechyd a gofal cymdeithasol yn cwblhau’r cymhwyster lefel 3 ar y cyd yn y flwyddyn.',
    ),
    calculation: text('Count of completions', 'Cyfrif o’r cwblhau'),
    unit: MeasureUnit.NUMBER,
    direction: HIGHER,
    frequency: ANNUAL,
    ownerKey: 'david.chen',
    areas: [7],
    themes: [],
    tolerance: { amber: 150, red: 400 },
    baseline: { value: 3900, date: '2023-03-31' },
    targets: [4000, 4300, 4600, 4900],
    from: 3950,
    to: 3980,
    decimals: 0,
  },
];

/** When the demo's figures were given: the history loaded at the start of the year, then quarters. */
const HISTORY_LOADED = '2026-04-15';
const Q1_REPORTED = '2026-07-14';
const Q2_REPORTED = '2026-10-13';
/** The lead whose 2026-27 Q2 figures are still due in the open round (a browser test reports them). */
export const LATE_MEASURE_OWNER = 'ceri.morgan';
/** A provisional figure confirmed at a lower value later: the measure page shows the revision. */
const REVISED = {
  reference: 'M5.1',
  periodStart: '2026-06-01',
  confirmedOn: '2026-08-20',
  by: -0.12,
};

const FIRST_PERIOD = '2023-04-01';

/** Each period's figure: steady progress from `from` to `to`, with a repeatable wobble. */
function figures(seed: MeasureSeed, until: string): { periodStart: string; value: number }[] {
  const periods = measurePeriodsEndingWithin(seed.frequency, FIRST_PERIOD, until);
  const scale = 10 ** seed.decimals;
  return periods.map((periodStart, index) => {
    const share = periods.length > 1 ? index / (periods.length - 1) : 1;
    const wobble =
      Math.sin(index * 2.3 + seed.reference.length) * Math.abs(seed.to - seed.from) * 0.08;
    const value =
      seed.from + (seed.to - seed.from) * share + (index === periods.length - 1 ? 0 : wobble);
    return { periodStart, value: Math.round(value * scale) / scale };
  });
}

const COMMENTARY: Record<'better' | 'worse', BilingualText> = {
  better: {
    en: 'Moving the right way; the actions in this area are starting to show.',
    cy: 'Yn symud i’r cyfeiriad cywir; mae’r camau gweithredu yn y maes hwn yn dechrau dangos.',
  },
  worse: {
    en: 'Behind where we want to be; the operational group is looking at the causes with employers.',
    cy: 'Y tu ôl i’r hyn a ddymunwn; mae’r grŵp gweithredol yn edrych ar yr achosion gyda chyflogwyr.',
  },
};

/**
 * The demo's measures, set up by the operational group at the start of the year with three
 * years of earlier figures, then each quarter's figures given by their owners (through the
 * product's services); one provisional figure is later revised.
 */
export function demoMeasureEvents(
  dataSource: DataSource,
  services: INestApplicationContext,
  personIds: Map<string, string>,
  office: Actor,
  leads: Actor[],
): DemoEvent[] {
  const measures = services.get(MeasuresService);
  const values = services.get(MeasureValuesService);
  const ids = new Map<string, string>();
  const actorOf = demoActorFor(personIds, leads, office);
  const actorFor = (seed: MeasureSeed) => actorOf(seed.ownerKey);
  const all = (seed: MeasureSeed) => figures(seed, '2026-09-30');

  const submit = async (seed: MeasureSeed, actor: Actor, periodStart: string, value: number) => {
    const revisesFlag = seed.reference === REVISED.reference && periodStart === REVISED.periodStart;
    const onTrackNow = seed.to === seed.from || seed.to > seed.from === (seed.direction === HIGHER);
    await values.submit(actor, {
      measureId: ids.get(seed.reference) as string,
      periodStart,
      value: revisesFlag ? value - REVISED.by : value,
      quality: revisesFlag ? ValueQuality.PROVISIONAL : ValueQuality.CONFIRMED,
      commentary: COMMENTARY[onTrackNow ? 'better' : 'worse'],
    });
  };
  const reportPeriods = (on: string, from: string, to: string, skipOwner?: string) => ({
    at: `${on}T11:00:00Z`,
    run: async () => {
      for (const seed of DEMO_MEASURES) {
        if (seed.ownerKey === skipOwner) continue;
        for (const figure of all(seed).filter(
          (f) => f.periodStart >= from && f.periodStart <= to,
        )) {
          await submit(seed, actorFor(seed), figure.periodStart, figure.value);
        }
      }
    },
  });

  return [
    {
      at: `${HISTORY_LOADED}T09:30:00Z`,
      run: async () => {
        const actions = await demoActionsOf(dataSource, 2026);
        const areaIds = await demoAreaIds(dataSource);
        for (const seed of DEMO_MEASURES) {
          const measure = await measures.create(office, {
            reference: seed.reference,
            name: seed.name,
            definition: seed.definition,
            calculation: seed.calculation,
            dataSource: { en: ILLUSTRATIVE.en as string, cy: ILLUSTRATIVE.cy as string },
            unit: seed.unit,
            direction: seed.direction,
            frequency: seed.frequency,
            ownerId: personIds.get(seed.ownerKey) as string,
            areaIds: seed.areas.map((number) => areaIds.get(number) as string),
            themes: seed.themes,
            ...futureGenerationsTags(seed.areas[0], seed.themes, DEMO_MEASURES.indexOf(seed)),
            // Each area's first two actions of the year are what should move its measures.
            actionIds: actions
              .filter((action) => action.area === seed.areas[0])
              .slice(0, 2)
              .map((action) => action.id),
            amberTolerance: seed.tolerance.amber,
            redTolerance: seed.tolerance.red,
            baseline: seed.baseline,
            targets: (seed.targets ?? []).map((value, index) => ({
              financialYear: financialYearLabel(2023 + index),
              value,
            })),
          });
          ids.set(seed.reference, measure.id);
          for (const figure of all(seed).filter((f) => f.periodStart < '2026-01-01')) {
            await submit(seed, office, figure.periodStart, figure.value);
          }
        }
      },
    },
    reportPeriods(Q1_REPORTED, '2026-01-01', '2026-06-01'),
    {
      at: `${REVISED.confirmedOn}T10:00:00Z`,
      run: async () => {
        const seed = DEMO_MEASURES.find((m) => m.reference === REVISED.reference) as MeasureSeed;
        const measureId = ids.get(seed.reference) as string;
        const endedBy = measurePeriodEnd(seed.frequency, REVISED.periodStart);
        const [current] = await values.recent([measureId], 1, endedBy);
        const provisional = current.at(-1)?.value;
        await values.submit(actorFor(seed), {
          measureId,
          periodStart: REVISED.periodStart,
          value: (provisional?.value ?? 0) + REVISED.by,
          quality: ValueQuality.CONFIRMED,
          commentary: {
            en: 'Confirmed figure from the workforce data set; lower than first reported.',
            cy: 'Ffigur wedi’i gadarnhau o’r set ddata am y gweithlu; yn is na’r hyn a adroddwyd gyntaf.',
          },
          revises: provisional?.id,
        });
      },
    },
    reportPeriods(Q2_REPORTED, '2026-07-01', '2026-09-01', LATE_MEASURE_OWNER),
  ];
}
