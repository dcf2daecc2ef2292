import { formatMs, percentile } from './stats';

/** Issue 24's aims for a page in the browser, on this 2-core machine with the large data set. */
export const PAGE_AIMS = {
  /** Navigating within the app: main content on screen, milliseconds. */
  warmP50: 300,
  warmP95: 600,
  /** First visit, empty cache: navigation start to main content on screen. */
  coldP50: 1_000,
  /** Lighthouse 12, default mobile profile, scores out of 100. */
  performance: 90,
  accessibility: 100,
} as const;

/** The p50 and p95 of each kind of visit to one page, and what falls short of the aims. */
export interface PageVerdict {
  coldP50: number;
  coldP95: number;
  warmP50: number;
  warmP95: number;
  /** The aims not met, e.g. "warm p95"; empty when every aim is met. */
  missed: string[];
}

const sortedPercentile = (values: readonly number[], p: number) =>
  percentile(
    [...values].sort((a, b) => a - b),
    p,
  );

/** A page's figures against the aims; a figure that could not be measured (NaN) is not met. */
export function pageVerdict(cold: readonly number[], warm: readonly number[]): PageVerdict {
  const verdict = {
    coldP50: sortedPercentile(cold, 50),
    coldP95: sortedPercentile(cold, 95),
    warmP50: sortedPercentile(warm, 50),
    warmP95: sortedPercentile(warm, 95),
  };
  const missed: string[] = [];
  if (!(verdict.warmP50 <= PAGE_AIMS.warmP50)) missed.push('warm p50');
  if (!(verdict.warmP95 <= PAGE_AIMS.warmP95)) missed.push('warm p95');
  if (!(verdict.coldP50 <= PAGE_AIMS.coldP50)) missed.push('cold p50');
  return { ...verdict, missed };
}

export const PAGE_TIMES_HEADER = [
  'page',
  'cold p50',
  'cold p95',
  'warm p50',
  'warm p95',
  'aims',
  'met',
];

/** A failed run is counted as infinitely slow; a percentile that lands on one says so. */
const ms = (value: number) => (value === Number.POSITIVE_INFINITY ? 'failed' : formatMs(value));

/** One row of the printed table: the figures in ms, the aims beside them and the verdict. */
export function pageTimesRow(page: string, verdict: PageVerdict): string[] {
  return [
    page,
    ms(verdict.coldP50),
    ms(verdict.coldP95),
    ms(verdict.warmP50),
    ms(verdict.warmP95),
    `cold p50 ≤ ${PAGE_AIMS.coldP50}, warm p50 ≤ ${PAGE_AIMS.warmP50}, p95 ≤ ${PAGE_AIMS.warmP95}`,
    verdict.missed.length ? `not met (${verdict.missed.join(', ')})` : 'met',
  ];
}

/** What Lighthouse said of one page: category scores 0–1 (null when it could not score). */
export interface LighthouseScores {
  performance: number | null;
  accessibility: number | null;
}

export const LIGHTHOUSE_HEADER = ['page', 'performance', 'accessibility', 'aims', 'met'];

const score = (value: number | null) => (value === null ? '—' : String(Math.round(value * 100)));

/** One row of the Lighthouse table, scores out of 100 beside the aims. */
export function lighthouseRow(page: string, scores: LighthouseScores): string[] {
  // Lighthouse shows whole hundredths; the aims are judged on what it shows.
  const shown = (value: number | null) => (value === null ? Number.NaN : Math.round(value * 100));
  const missed: string[] = [];
  if (!(shown(scores.performance) >= PAGE_AIMS.performance)) missed.push('performance');
  if (!(shown(scores.accessibility) >= PAGE_AIMS.accessibility)) missed.push('accessibility');
  return [
    page,
    score(scores.performance),
    score(scores.accessibility),
    `performance ≥ ${PAGE_AIMS.performance}, accessibility ${PAGE_AIMS.accessibility}`,
    missed.length ? `not met (${missed.join(', ')})` : 'met',
  ];
}

/**
 * A page is unaffected by other load (issue 22: the public pages' readers) when its cold and warm
 * medians beside it are within 10 % of those without it, or within 50 ms: a difference nobody
 * notices on a page, and below the run-to-run noise of a fast warm page.
 */
export function unaffected(alone: PageVerdict, beside: PageVerdict): boolean {
  const within = (without: number, withLoad: number) =>
    withLoad <= Math.max(without * 1.1, without + 50);
  return within(alone.coldP50, beside.coldP50) && within(alone.warmP50, beside.warmP50);
}
