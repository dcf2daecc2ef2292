import { appendFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/**
 * With TEST_TIMINGS_FILE set (by .ci/run), appends each test file's seconds to it as
 * "seconds<TAB>file", as the Jest runs do, so CI can print the ten slowest files of the whole run.
 * A file's tests run in order on one worker, so the sum of their durations is the file's time.
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
