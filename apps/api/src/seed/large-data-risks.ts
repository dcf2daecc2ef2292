import {
  nextRiskReview,
  RiskCategory,
  RiskKind,
  riskScore,
  type IsoDate,
} from '@cynnydd/shared/domain';

import { RISKS, type BilingualSeedText } from './demo-catalogue';
import type { Random } from './large-data';

type Score = [likelihood: number, consequence: number];

export interface RiskRow {
  id: string;
  reference: string;
  kind: RiskKind;
  title: BilingualSeedText;
  description: BilingualSeedText;
  controls: BilingualSeedText;
  impact: BilingualSeedText | null;
  category: RiskCategory;
  ownerId: string;
  inherent: Score;
  current: Score;
  target: [likelihood: number, consequence: number, date: IsoDate] | null;
  reviewEveryMonths: number;
  nextReviewDue: IsoDate;
  escalatedOn: IsoDate | null;
  escalatedById: string | null;
  escalationReason: BilingualSeedText | null;
  closedOn: IsoDate | null;
  closedReason: BilingualSeedText | null;
  resolution: BilingualSeedText | null;
  areaNumbers: number[];
  threatenedActionIds: string[];
  mitigatingActionIds: string[];
  createdAt: Date;
  /** One more than its reviews after the first, as the service counts changes. */
  version: number;
}

export interface RiskReviewRow {
  id: string;
  riskId: string;
  likelihood: number;
  consequence: number;
  commentary: BilingualSeedText | null;
  reviewerId: string;
  reviewedOn: IsoDate;
  reviewedAt: Date;
}

export interface RiskMitigationRow {
  id: string;
  riskId: string;
  description: BilingualSeedText;
  ownerId: string;
  dueDate: IsoDate;
  completedOn: IsoDate | null;
}

export interface LargeRisks {
  risks: RiskRow[];
  reviews: RiskReviewRow[];
  mitigations: RiskMitigationRow[];
}

const TOPICS: [BilingualSeedText, RiskCategory][] = [
  [{ en: 'Vacancies', cy: 'Swyddi gwag' }, RiskCategory.WORKFORCE],
  [{ en: 'Training budget', cy: 'Cyllideb hyfforddiant' }, RiskCategory.FINANCIAL],
  [{ en: 'Data sharing', cy: 'Rhannu data' }, RiskCategory.INFORMATION],
  [{ en: 'Bilingual delivery', cy: 'Cyflawni dwyieithog' }, RiskCategory.COMPLIANCE],
  [{ en: 'Social partnership', cy: 'Partneriaeth gymdeithasol' }, RiskCategory.PARTNERSHIP],
  [{ en: 'Staff release', cy: 'Rhyddhau staff' }, RiskCategory.DELIVERY],
  [{ en: 'Ethical recruitment', cy: 'Recriwtio moesegol' }, RiskCategory.REPUTATION],
];
const CONTROLS: BilingualSeedText = {
  en: 'Monthly reporting to the operational group; named leads in each organisation.',
  cy: 'Adrodd misol i’r grŵp gweithredol; arweinwyr penodol ym mhob sefydliad.',
};
const REVIEWED: BilingualSeedText = {
  en: 'Reviewed at the operational group.',
  cy: 'Adolygwyd yn y grŵp gweithredol.',
};
const FOLLOW_UP: BilingualSeedText = {
  en: 'Agree the next step with partners',
  cy: 'Cytuno ar y cam nesaf gyda phartneriaid',
};
const CLOSED: BilingualSeedText = {
  en: 'Below target and no longer expected.',
  cy: 'Islaw’r targed a dim disgwyl iddo ddigwydd mwyach.',
};
const ESCALATED: BilingualSeedText = {
  en: 'Above appetite for two reviews.',
  cy: 'Uwchlaw’r archwaeth ers dau adolygiad.',
};
const INTERVALS = [1, 3, 3, 3, 6];
const DAY = 86_400_000;

const days = (date: IsoDate, count: number): IsoDate =>
  new Date(Date.parse(`${date}T00:00:00Z`) + count * DAY).toISOString().slice(0, 10);
const clamp = (value: number) => Math.min(5, Math.max(1, value));
/** How many people own the risks: four or five in each of the data set's 30 organisations. */
const RISK_OWNERS = 150;

/**
 * `count` risks (about one in ten an issue) on the current plan's actions, each reviewed about
 * eight times at its interval up to `today` (some now overdue), with 0–3 follow-ups; about one in
 * seven closed and the highest open ones partly escalated.
 */
export function buildLargeRisks(
  random: Random,
  count: number,
  people: { id: string }[],
  currentActions: { id: string; areaNumber: number }[],
  today: IsoDate,
): LargeRisks {
  // Risks are owned by senior people (directors, heads of service, area leads), a few per
  // organisation, while anyone may review or carry out a mitigation.
  const riskOwners = people.slice(0, RISK_OWNERS);
  const risks: RiskRow[] = [];
  const reviews: RiskReviewRow[] = [];
  const mitigations: RiskMitigationRow[] = [];
  for (let n = 1; n <= count; n++) {
    const id = random.uuid();
    const [topic, category] = random.pick(TOPICS);
    const kind = random.chance(0.1) ? RiskKind.ISSUE : RiskKind.RISK;
    const owner = random.pick(riskOwners).id;
    const interval = random.pick(INTERVALS);
    const areaNumbers = random.sample([1, 2, 3, 4, 5, 6, 7], random.int(1, 2)).sort();
    const inArea = currentActions.filter((action) => areaNumbers.includes(action.areaNumber));
    const inherent: Score = [random.int(2, 5), random.int(2, 5)];

    // About eight reviews, the latest within one interval (and a little) of today.
    const planned = random.int(6, 10);
    let day = days(today, -Math.round((planned - 1) * interval * 30.4 + random.int(0, 40)));
    const dates: IsoDate[] = [];
    while (day < today && dates.length < planned) {
      dates.push(day);
      day = nextRiskReview(day, interval);
    }
    let score: Score = [clamp(inherent[0] - random.int(0, 1)), inherent[1]];
    for (const [index, reviewedOn] of dates.entries()) {
      if (index > 0) score = [clamp(score[0] + random.int(-1, 1)), score[1]];
      score = [Math.min(score[0], inherent[0]), score[1]];
      reviews.push({
        id: random.uuid(),
        riskId: id,
        likelihood: score[0],
        consequence: score[1],
        commentary: index === 0 ? null : REVIEWED,
        reviewerId: random.chance(0.8) ? owner : random.pick(people).id,
        reviewedOn,
        reviewedAt: new Date(`${reviewedOn}T10:00:00Z`),
      });
    }
    const last = dates[dates.length - 1];
    const closedAfter = days(last, random.int(0, 5));
    const closed = random.chance(0.15) ? (closedAfter < today ? closedAfter : last) : null;
    const high = riskScore({ likelihood: score[0], consequence: score[1] }) >= 15;
    const escalated = !closed && high && random.chance(0.5) ? last : null;
    const escalatedBy = escalated ? random.pick(people).id : null;

    risks.push({
      id,
      reference: `R${n}`,
      kind,
      title: { en: `${topic.en} ${n}`, cy: `${topic.cy} ${n}` },
      description: random.pick(RISKS),
      controls: CONTROLS,
      impact: kind === RiskKind.ISSUE ? random.pick(RISKS) : null,
      category,
      ownerId: owner,
      inherent,
      current: score,
      target: random.chance(0.9)
        ? [clamp(inherent[0] - 2), clamp(inherent[1] - 1), days(today, random.int(30, 540))]
        : null,
      reviewEveryMonths: interval,
      nextReviewDue: nextRiskReview(last, interval),
      escalatedOn: escalated,
      escalatedById: escalatedBy,
      escalationReason: escalated ? ESCALATED : null,
      closedOn: closed,
      closedReason: closed ? CLOSED : null,
      resolution: closed && kind === RiskKind.ISSUE ? CLOSED : null,
      areaNumbers,
      threatenedActionIds: random.sample(inArea, random.int(0, 3)).map((action) => action.id),
      mitigatingActionIds: random.sample(inArea, random.int(0, 2)).map((action) => action.id),
      createdAt: new Date(`${dates[0]}T09:00:00Z`),
      version: dates.length,
    });
    for (let m = random.int(0, 3); m > 0; m--) {
      const dueDate = days(dates[0], random.int(60, 540));
      mitigations.push({
        id: random.uuid(),
        riskId: id,
        description: FOLLOW_UP,
        ownerId: random.pick(people).id,
        dueDate,
        completedOn:
          dueDate < today && random.chance(0.7) ? days(dueDate, -random.int(0, 20)) : null,
      });
    }
  }
  return { risks, reviews, mitigations };
}
