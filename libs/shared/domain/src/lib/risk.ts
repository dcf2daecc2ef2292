import { addMonths, formatISO, parseISO } from 'date-fns';

import type { IsoDate } from './financial-year';
import type { Label } from './language';

/**
 * Risks on the NHS Wales 5 × 5 matrix: likelihood 1–5 × consequence 1–5, a score of 1 to 25 in
 * four bands. Registers keep the inherent (before controls), current and target score.
 */
export const RISK_SCALE = [1, 2, 3, 4, 5] as const;

export const LIKELIHOOD_LABELS: Record<number, Label> = {
  1: { en: 'Rare', cy: 'Prin' },
  2: { en: 'Unlikely', cy: 'Annhebygol' },
  3: { en: 'Possible', cy: 'Posibl' },
  4: { en: 'Likely', cy: 'Tebygol' },
  5: { en: 'Almost certain', cy: 'Bron yn sicr' },
};

export const CONSEQUENCE_LABELS: Record<number, Label> = {
  1: { en: 'Negligible', cy: 'Dibwys' },
  2: { en: 'Minor', cy: 'Bach' },
  3: { en: 'Moderate', cy: 'Cymedrol' },
  4: { en: 'Major', cy: 'Mawr' },
  5: { en: 'Catastrophic', cy: 'Trychinebus' },
};

export enum RiskBand {
  LOW = 'LOW',
  MODERATE = 'MODERATE',
  HIGH = 'HIGH',
  EXTREME = 'EXTREME',
}

export const RISK_BAND_LABELS: Record<RiskBand, Label> = {
  [RiskBand.LOW]: { en: 'Low', cy: 'Isel' },
  [RiskBand.MODERATE]: { en: 'Moderate', cy: 'Cymedrol' },
  [RiskBand.HIGH]: { en: 'High', cy: 'Uchel' },
  [RiskBand.EXTREME]: { en: 'Extreme', cy: 'Eithafol' },
};

/** Lowest score of each band, highest band first. */
const BAND_FLOORS: readonly [RiskBand, number][] = [
  [RiskBand.EXTREME, 15],
  [RiskBand.HIGH, 8],
  [RiskBand.MODERATE, 4],
  [RiskBand.LOW, 1],
];

/** The score range of a band, for filters: "HIGH" is 8 to 12. */
export function riskBandRange(band: RiskBand): { min: number; max: number } {
  const index = BAND_FLOORS.findIndex(([name]) => name === band);
  const min = BAND_FLOORS[index][1];
  const max = index === 0 ? 25 : BAND_FLOORS[index - 1][1] - 1;
  return { min, max };
}

export interface RiskScore {
  likelihood: number;
  consequence: number;
}

export function riskScore(score: RiskScore): number {
  return score.likelihood * score.consequence;
}

/** 1–3 low, 4–6 moderate, 8–12 high, 15–25 extreme. */
export function riskBand(score: number): RiskBand {
  const found = BAND_FLOORS.find(([, floor]) => score >= floor);
  if (!found) throw new RangeError(`A risk score is 1 to 25, not ${score}`);
  return found[0];
}

/** Areas of risk, each with an appetite the boards set: the highest score they accept. */
export enum RiskCategory {
  WORKFORCE = 'WORKFORCE',
  FINANCIAL = 'FINANCIAL',
  DELIVERY = 'DELIVERY',
  PARTNERSHIP = 'PARTNERSHIP',
  INFORMATION = 'INFORMATION',
  COMPLIANCE = 'COMPLIANCE',
  REPUTATION = 'REPUTATION',
}

export const RISK_CATEGORY_LABELS: Record<RiskCategory, Label> = {
  [RiskCategory.WORKFORCE]: { en: 'Workforce', cy: 'Gweithlu' },
  [RiskCategory.FINANCIAL]: { en: 'Financial', cy: 'Ariannol' },
  [RiskCategory.DELIVERY]: { en: 'Delivery', cy: 'Cyflawni' },
  [RiskCategory.PARTNERSHIP]: {
    en: 'Partnership and stakeholders',
    cy: 'Partneriaeth a rhanddeiliaid',
  },
  [RiskCategory.INFORMATION]: { en: 'Information and data', cy: 'Gwybodaeth a data' },
  [RiskCategory.COMPLIANCE]: { en: 'Legal and compliance', cy: 'Cyfreithiol a chydymffurfio' },
  [RiskCategory.REPUTATION]: { en: 'Reputation', cy: 'Enw da' },
};

/** A risk is something that could happen; an issue is one that has. */
export enum RiskKind {
  RISK = 'RISK',
  ISSUE = 'ISSUE',
}

export const RISK_KIND_LABELS: Record<RiskKind, Label> = {
  [RiskKind.RISK]: { en: 'Risk', cy: 'Risg' },
  [RiskKind.ISSUE]: { en: 'Issue', cy: 'Problem' },
};

/** Over its category's appetite, a risk must go to the oversight board. */
export function isAboveAppetite(currentScore: number, appetite: number): boolean {
  return currentScore > appetite;
}

/** The review due `everyMonths` after one on `reviewedOn` (the month's last day if shorter). */
export function nextRiskReview(reviewedOn: IsoDate, everyMonths: number): IsoDate {
  return formatISO(addMonths(parseISO(reviewedOn), everyMonths), { representation: 'date' });
}

/** How often a risk may be reviewed: monthly, quarterly, six-monthly or yearly. */
export const RISK_REVIEW_INTERVALS = [1, 3, 6, 12] as const;

export enum RiskState {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

export const RISK_STATE_LABELS: Record<RiskState, Label> = {
  [RiskState.OPEN]: { en: 'Open', cy: 'Ar agor' },
  [RiskState.CLOSED]: { en: 'Closed', cy: 'Wedi cau' },
};
