import { percentile, summarise, summariseRuns, table } from './stats';

describe('percentile', () => {
  it('takes the nearest rank of sorted samples', () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([50, 95, 99, 100].map((p) => percentile(samples, p))).toEqual([50, 95, 99, 100]);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('summarise', () => {
  it('gives requests per second over the run and the percentiles of unsorted samples', () => {
    const figures = summarise([30, 10, 20, 40], 1, 2);
    expect(figures).toEqual({ requests: 4, errors: 1, perSecond: 2, p50: 20, p95: 40, p99: 40 });
  });
});

describe('summariseRuns', () => {
  it('takes the runs of one load together: all their samples, failures and seconds', () => {
    const figures = summariseRuns([
      { latencies: [30, 10], errors: 1, seconds: 1 },
      { latencies: [20, 40, 50, 60], errors: 2, seconds: 2 },
    ]);
    expect(figures).toEqual({ requests: 6, errors: 3, perSecond: 2, p50: 30, p95: 60, p99: 60 });
  });
});

describe('table', () => {
  it('pads the first column right and the others left', () => {
    expect(
      table(
        ['op', 'ms'],
        [
          ['a', 1],
          ['longer', 10],
        ],
      ),
    ).toBe(['op      ms', '------  --', 'a        1', 'longer  10'].join('\n'));
  });
});
