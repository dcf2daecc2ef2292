// Appends each Jest run's totals to $JEST_SUMMARY_FILE so .ci/run can print one closing line
// for all projects ("Tests: N passed, N failed"). Does nothing when the variable is unset.
const { appendFileSync } = require('node:fs');

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const file = process.env.JEST_SUMMARY_FILE;
    if (!file) return;
    appendFileSync(file, `${results.numPassedTests} ${results.numFailedTests}\n`);
  }
}

module.exports = SummaryReporter;
