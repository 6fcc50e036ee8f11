// Sums jest --json reports: prints "N passed, N failed". A report that is missing or unreadable
// (jest crashed before writing it) counts as one failure, so a silent crash never reads as green.
import { readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
for (const file of process.argv.slice(2)) {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    // a suite that fails to load (syntax error, missing module) has no failed *tests*
    failed += report.testResults.filter(
      (r) => r.status === 'failed' && r.assertionResults.length === 0,
    ).length;
  } catch {
    failed += 1;
  }
}
process.stdout.write(`${passed} ${failed}\n`);
