// Prints the run's ten slowest test files (where CI time goes), and appends the run's totals to
// $JEST_SUMMARY_FILE, when set, so .ci/run can print one closing line for all projects
// ("Tests: N passed, N failed"). With $TEST_TIMINGS_FILE set it also appends each file's seconds
// there ("seconds<TAB>file"), as the browser tests do, so .ci/run can print the ten slowest files
// of the whole CI run rather than one list per project.
const { appendFileSync } = require('node:fs');
const { relative } = require('node:path');

const SLOWEST_SHOWN = 10;

class SummaryReporter {
  onRunComplete(_contexts, results) {
    this.printSlowestFiles(results.testResults);
    const file = process.env.JEST_SUMMARY_FILE;
    if (file) appendFileSync(file, `${results.numPassedTests} ${results.numFailedTests}\n`);
  }

  printSlowestFiles(fileResults) {
    const files = fileResults.map((result) => ({
      path: relative(process.cwd(), result.testFilePath),
      seconds: (result.perfStats.end - result.perfStats.start) / 1000,
    }));
    const timings = process.env.TEST_TIMINGS_FILE;
    if (timings && files.length)
      appendFileSync(timings, files.map((f) => `${f.seconds.toFixed(1)}\t${f.path}\n`).join(''));
    if (fileResults.length <= 1) return;
    const slowest = files.sort((a, b) => b.seconds - a.seconds).slice(0, SLOWEST_SHOWN);
    const lines = slowest.map(
      ({ path, seconds }) => `  ${seconds.toFixed(1).padStart(6)} s  ${path}`,
    );
    process.stderr.write(`\nSlowest test files:\n${lines.join('\n')}\n`);
  }
}

module.exports = SummaryReporter;
