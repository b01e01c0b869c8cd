import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends each run with one plain line per project, "unit: 522 passed, 0 failed,
 * 0 skipped", that CI and people can read the same way whatever the test
 * runner prints.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const byProject = new Map<string, { passed: number; failed: number; skipped: number }>();
    for (const module of testModules) {
      const project = module.project.name || 'tests';
      const counts = byProject.get(project) ?? { passed: 0, failed: 0, skipped: 0 };
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed' || state === 'failed' || state === 'skipped') counts[state]++;
      }
      byProject.set(project, counts);
    }
    if (byProject.size === 0) byProject.set('tests', { passed: 0, failed: 0, skipped: 0 });
    const lines = [...byProject].map(([project, c]) => `${project}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
    console.log(`\n${lines.join('\n')}`);
  }
}
