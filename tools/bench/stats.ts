/** Latency figures of one load run, in milliseconds, and its throughput. */
export interface LoadFigures {
  requests: number;
  errors: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
}

/** The value below which `p` percent of the samples lie (nearest-rank on sorted samples). */
export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** What one load run measured: each request's latency (ms), the failures and its length (s). */
export interface LoadSample {
  latencies: number[];
  errors: number;
  seconds: number;
}

/** The figures of several runs of one load taken together, as if they were one run. */
export function summariseRuns(samples: readonly LoadSample[]): LoadFigures {
  return summarise(
    samples.flatMap((sample) => sample.latencies),
    samples.reduce((sum, sample) => sum + sample.errors, 0),
    samples.reduce((sum, sample) => sum + sample.seconds, 0),
  );
}

export function summarise(latencies: number[], errors: number, seconds: number): LoadFigures {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    perSecond: latencies.length / seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
  };
}

/**
 * Runs `work` from `concurrency` workers for `seconds`, each worker waiting for its previous
 * call (closed loop, like autocannon's connections). `worker` gives each its own resources.
 */
export async function closedLoop<R>(
  concurrency: number,
  seconds: number,
  open: () => Promise<R>,
  work: (resource: R, request: number) => Promise<unknown>,
  close: (resource: R) => Promise<void>,
): Promise<LoadSample> {
  const resources = await Promise.all(Array.from({ length: concurrency }, open));
  const latencies: number[] = [];
  let errors = 0;
  let request = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    resources.map(async (resource) => {
      while (performance.now() < until) {
        const start = performance.now();
        try {
          await work(resource, request++);
          latencies.push(performance.now() - start);
        } catch {
          errors += 1;
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  await Promise.all(resources.map(close));
  return { latencies, errors, seconds: elapsed };
}

export function formatMs(value: number): string {
  if (Number.isNaN(value)) return '—';
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

/** A plain-text table with the columns padded to their widest cell. */
export function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [
    line(cells[0]),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...cells.slice(1).map(line),
  ].join('\n');
}
