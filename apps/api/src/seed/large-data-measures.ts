import {
  MeasureDirection,
  MeasureFrequency,
  measurePeriodEnd,
  measurePeriodsEndingWithin,
  MeasureUnit,
  Theme,
  ValueQuality,
  type IsoDate,
  type WayOfWorking,
  type WellBeingGoal,
} from '@cynnydd/shared/domain';

import type { BilingualSeedText } from './demo-catalogue';
import { futureGenerationsTags } from './future-generations-tags';
import type { Random } from './large-data';

export interface MeasureRow {
  id: string;
  reference: string;
  name: BilingualSeedText;
  unit: MeasureUnit;
  direction: MeasureDirection;
  ownerId: string;
  themes: Theme[];
  wellBeingGoals: WellBeingGoal[];
  waysOfWorking: WayOfWorking[];
  amberTolerance: number;
  redTolerance: number;
  baselineValue: number;
  baselineDate: IsoDate;
  areaNumbers: number[];
  actionIds: string[];
  /** Financial year → target; empty for a contextual measure. */
  targets: [number, number][];
}

export interface MeasureValueRow {
  id: string;
  measureId: string;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  value: number;
  quality: ValueQuality;
  authorId: string;
  submittedAt: Date;
}

export interface LargeMeasures {
  measures: MeasureRow[];
  values: MeasureValueRow[];
}

const UNITS = [
  MeasureUnit.PERCENTAGE,
  MeasureUnit.NUMBER,
  MeasureUnit.RATE_PER_1000,
  MeasureUnit.DAYS,
];
const TOPICS: BilingualSeedText[] = [
  { en: 'Vacancy rate', cy: 'Cyfradd swyddi gwag' },
  { en: 'Staff turnover', cy: 'Trosiant staff' },
  { en: 'Sickness absence', cy: 'Absenoldeb salwch' },
  { en: 'Training completed', cy: 'Hyfforddiant wedi’i gwblhau' },
  { en: 'Staff able to work in Welsh', cy: 'Staff sy’n gallu gweithio yn Gymraeg' },
  { en: 'Time to hire', cy: 'Amser i recriwtio' },
];
const MONTHS_OF_FIGURES = 120;
const round = (value: number) => Math.round(value * 100) / 100;
/** About one figure in fifty is later revised, as provisional figures are. */
const REVISED_SHARE = 0.02;

/**
 * `count` measures (monthly, most with targets for each of the ten plan years), each with a
 * figure for every month of the ten years before `today`, some revised.
 */
export function buildLargeMeasures(
  random: Random,
  count: number,
  people: { id: string }[],
  currentActions: { id: string; areaNumber: number }[],
  firstYear: number,
  today: IsoDate,
): LargeMeasures {
  const measures: MeasureRow[] = [];
  const values: MeasureValueRow[] = [];
  // The ten years of months that have ended by today.
  const [year, month] = today.split('-').map(Number);
  const firstMonth = new Date(Date.UTC(year, month - 1 - MONTHS_OF_FIGURES, 1))
    .toISOString()
    .slice(0, 10);
  const months = measurePeriodsEndingWithin(MeasureFrequency.MONTHLY, firstMonth, today);
  for (let n = 1; n <= count; n++) {
    const topic = random.pick(TOPICS);
    const unit = random.pick(UNITS);
    const direction = random.chance(0.5)
      ? MeasureDirection.HIGHER_IS_BETTER
      : MeasureDirection.LOWER_IS_BETTER;
    const base = unit === MeasureUnit.PERCENTAGE ? random.int(5, 80) : random.int(10, 5000);
    const step =
      base *
      0.002 *
      (random.chance(0.6) ? 1 : -1) *
      (direction === MeasureDirection.HIGHER_IS_BETTER ? 1 : -1);
    const areaNumbers = random.sample([1, 2, 3, 4, 5, 6, 7], random.int(1, 2)).sort();
    const owner = random.pick(people);
    const measure: MeasureRow = {
      id: random.uuid(),
      reference: `M${areaNumbers[0]}.${n}`,
      name: { en: `${topic.en} ${n}`, cy: `${topic.cy} ${n}` },
      unit,
      direction,
      ownerId: owner.id,
      themes: random.chance(0.3) ? [random.pick(Object.values(Theme))] : [],
      wellBeingGoals: [],
      waysOfWorking: [],
      amberTolerance: round(base * 0.02),
      redTolerance: round(base * 0.06),
      baselineValue: base,
      baselineDate: firstMonth,
      areaNumbers,
      actionIds: random
        .sample(
          currentActions.filter((action) => areaNumbers.includes(action.areaNumber)),
          random.int(0, 3),
        )
        .map((action) => action.id),
      targets: random.chance(0.1)
        ? []
        : Array.from({ length: 10 }, (_, i) => [firstYear + i, round(base * (1 + 0.02 * i))]),
    };
    // From its first area and themes, without drawing on the random source.
    Object.assign(measure, futureGenerationsTags(areaNumbers[0], measure.themes, n));
    measures.push(measure);
    months.forEach((periodStart, index) => {
      const wobble = (random.int(-100, 100) / 100) * base * 0.03;
      const value = round(base + step * index + wobble);
      const periodEnd = measurePeriodEnd(MeasureFrequency.MONTHLY, periodStart);
      /** Given `days` after the month ended. */
      const figure = (quality: ValueQuality, figureValue: number, days: number) => ({
        id: random.uuid(),
        measureId: measure.id,
        periodStart,
        periodEnd,
        value: figureValue,
        quality,
        authorId: owner.id,
        submittedAt: new Date(Date.parse(`${periodEnd}T12:00:00Z`) + days * 86_400_000),
      });
      if (random.chance(REVISED_SHARE)) {
        values.push(figure(ValueQuality.PROVISIONAL, round(value * 1.01), 10));
      }
      values.push(figure(ValueQuality.CONFIRMED, value, 40));
    });
  }
  return { measures, values };
}
