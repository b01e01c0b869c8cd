import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends each run with one plain line, "unit: 522 passed, 0 failed, 0 skipped",
 * that CI and people can read the same way whatever the test runner prints.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed' || state === 'failed' || state === 'skipped') counts[state]++;
      }
    }
    const project = testModules[0]?.project.name || 'tests';
    console.log(`\n${project}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  }
}
