// Sums the test runners' own JSON reports (Jest's --json format) into the closing
// CI line "N passed, N failed, N skipped". A missing or unreadable report counts as a failure.
const { readFileSync } = require('fs');

const totals = { passed: 0, failed: 0, skipped: 0 };
const files = process.argv.slice(2);
let broken = files.length === 0;
for (const file of files) {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests;
    totals.skipped += report.numPendingTests + (report.numTodoTests ?? 0);
    if (report.numRuntimeErrorTestSuites > 0) {
      console.error(`${file}: ${report.numRuntimeErrorTestSuites} test suite(s) failed to run`);
      broken = true;
    }
  } catch (error) {
    console.error(`${file}: no readable test report (${error.message})`);
    broken = true;
  }
}
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(broken || totals.failed > 0 ? 1 : 0);
