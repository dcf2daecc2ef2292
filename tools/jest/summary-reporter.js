// Prints the run's ten slowest test files (where CI time goes), and appends the run's totals to
// $JEST_SUMMARY_FILE, when set, so .ci/run can print one closing line for all projects
// ("Tests: N passed, N failed").
const { appendFileSync } = require('node:fs');
const { relative } = require('node:path');

const SLOWEST_SHOWN = 10;

class SummaryReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
  }

  onRunComplete(_contexts, results) {
    this.printSlowestFiles(results.testResults);
    const file = process.env.JEST_SUMMARY_FILE;
    if (file) appendFileSync(file, `${results.numPassedTests} ${results.numFailedTests}\n`);
  }

  printSlowestFiles(fileResults) {
    if (fileResults.length <= 1) return;
    const slowest = fileResults
      .map((result) => ({
        path: relative(this.rootDir, result.testFilePath),
        seconds: (result.perfStats.end - result.perfStats.start) / 1000,
      }))
      .sort((a, b) => b.seconds - a.seconds)
      .slice(0, SLOWEST_SHOWN);
    const lines = slowest.map(
      ({ path, seconds }) => `  ${seconds.toFixed(1).padStart(6)} s  ${path}`,
    );
    process.stderr.write(`\nSlowest test files:\n${lines.join('\n')}\n`);
  }
}

module.exports = SummaryReporter;
