import { appendFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/**
 * With TEST_TIMINGS_FILE set (by .ci/run), appends each test file's seconds to it as
 * "seconds<TAB>file", as the Jest runs do, so CI can print the ten slowest files of the whole run.
 * A file's time is the sum of its tests' durations: its wall time when its tests run in order on
 * one worker, the work it costs when it runs them in parallel (reports.e2e.ts does), which
 * Playwright's own slow-file list leaves out.
 */
export default class TimingsReporter implements Reporter {
  private readonly seconds = new Map<string, number>();

  onTestEnd(test: TestCase, result: TestResult): void {
    const file = relative(process.cwd(), test.location.file);
    this.seconds.set(file, (this.seconds.get(file) ?? 0) + result.duration / 1000);
  }

  onEnd(): void {
    const timings = process.env['TEST_TIMINGS_FILE'];
    if (!timings || this.seconds.size === 0) return;
    appendFileSync(
      timings,
      [...this.seconds].map(([file, seconds]) => `${seconds.toFixed(1)}\t${file}\n`).join(''),
    );
  }

  printsToStdio(): boolean {
    return false;
  }
}
