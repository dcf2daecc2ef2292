import { lighthouseRow, pageTimesRow, pageVerdict, unaffected } from './page-aims';

describe('pageVerdict', () => {
  it('takes p50 and p95 of unsorted runs and meets every aim within them', () => {
    const verdict = pageVerdict([900, 700, 800, 1_200, 600], [100, 300, 200, 250, 120]);
    expect(verdict).toEqual({
      coldP50: 800,
      coldP95: 1_200,
      warmP50: 200,
      warmP95: 300,
      missed: [],
    });
    expect(pageTimesRow('overview', verdict)).toEqual([
      'overview',
      '800',
      '1200',
      '200',
      '300',
      'cold p50 ≤ 1000, warm p50 ≤ 300, p95 ≤ 600',
      'met',
    ]);
  });

  it('names each aim missed; the limits themselves are met', () => {
    expect(pageVerdict([1_000], [300, 600]).missed).toEqual([]);
    const verdict = pageVerdict([1_001, 1_500], [301, 700]);
    expect(verdict.missed).toEqual(['warm p50', 'warm p95', 'cold p50']);
    expect(pageTimesRow('risks', verdict).at(-1)).toBe('not met (warm p50, warm p95, cold p50)');
  });

  it('does not meet an aim it could not measure', () => {
    const verdict = pageVerdict([], [100]);
    expect(verdict.missed).toEqual(['cold p50']);
    expect(pageTimesRow('x', verdict).slice(1, 3)).toEqual(['—', '—']);
  });

  it('shows a failed run (infinitely slow) where a percentile lands on it', () => {
    const verdict = pageVerdict([500, Number.POSITIVE_INFINITY], [100]);
    expect(pageTimesRow('report', verdict).slice(1, 3)).toEqual(['500', 'failed']);
    expect(verdict.missed).toEqual([]);
  });
});

describe('lighthouseRow', () => {
  it('shows scores out of 100 and judges them as Lighthouse shows them', () => {
    expect(lighthouseRow('overview', { performance: 0.895, accessibility: 1 })).toEqual([
      'overview',
      '90',
      '100',
      'performance ≥ 90, accessibility 100',
      'met',
    ]);
    expect(lighthouseRow('area', { performance: 0.48, accessibility: 0.96 }).at(-1)).toBe(
      'not met (performance, accessibility)',
    );
    expect(lighthouseRow('action', { performance: null, accessibility: 1 }).slice(1)).toEqual([
      '—',
      '100',
      'performance ≥ 90, accessibility 100',
      'not met (performance)',
    ]);
  });
});

describe('unaffected', () => {
  const alone = pageVerdict([1_000, 1_000, 1_000], [200, 200, 200]);

  it('allows 10 % on a slow median and 50 ms on a fast one', () => {
    expect(unaffected(alone, pageVerdict([1_100, 1_100, 1_100], [250, 250, 250]))).toBe(true);
    expect(unaffected(alone, pageVerdict([1_101, 1_101, 1_101], [200, 200, 200]))).toBe(false);
    expect(unaffected(alone, pageVerdict([1_000, 1_000, 1_000], [251, 251, 251]))).toBe(false);
  });

  it('counts a failed run beside the load as affected', () => {
    const beside = pageVerdict([1_000, Infinity, Infinity], [200, 200, 200]);
    expect(unaffected(alone, beside)).toBe(false);
  });
});
