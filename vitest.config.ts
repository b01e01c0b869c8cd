import { configDefaults, defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Vitest 5's reporter calls Map.groupBy (Node 21+) when it prints a failure;
// on this project's Node 20 that crash would hide every failure message.
if (!('groupBy' in Map)) {
  Object.defineProperty(Map, 'groupBy', {
    value<K, V>(items: Iterable<V>, key: (item: V, index: number) => K): Map<K, V[]> {
      const groups = new Map<K, V[]>();
      let index = 0;
      for (const item of items) {
        const k = key(item, index++);
        groups.set(k, [...(groups.get(k) ?? []), item]);
      }
      return groups;
    },
  });
}

/**
 * The reliability specs (fuzzing, hostile input, page cannot approve, faults)
 * live in their own folders and projects, so `npm run test:reliability` runs
 * them alone and `npm test` runs every spec exactly once.
 */
const RELIABILITY_UNIT = ['test/unit/fuzz/**', 'test/unit/hostile/**', 'test/unit/faults/**'];
const RELIABILITY_E2E = ['test/e2e/reliability/**'];

/**
 * One worker runs many unit spec files (isolate: false): a worker per file
 * cost ~0.87 s of spawn and setup each, 144 times. fresh-modules.ts gives
 * every file its own module state all the same. The warning's style sheet is
 * imported `?inline`; without css processing Vitest hands tests an empty
 * string instead of the rules they check.
 */
const SHARED_WORKERS = { isolate: false, setupFiles: ['test/unit/fresh-modules.ts'], css: true };
const UNIT = { include: ['test/unit/**/*.test.{ts,tsx}'], ...SHARED_WORKERS };
const E2E = {
  include: ['test/e2e/**/*.test.ts'],
  // One browser at a time: two of them at once do not fit two cores well.
  fileParallelism: false,
  // Room for one Firefox navigation to be tried twice (harness/firefox.ts).
  testTimeout: 90_000,
  hookTimeout: 90_000,
  // After the unit specs when both kinds run together (test:reliability).
  sequence: { groupOrder: 1 },
};

export default defineConfig({
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      { plugins: [WxtVitest()], test: { ...UNIT, name: 'unit', exclude: [...configDefaults.exclude, ...RELIABILITY_UNIT] } },
      { test: { ...E2E, name: 'e2e', exclude: [...configDefaults.exclude, ...RELIABILITY_E2E] } },
      { plugins: [WxtVitest()], test: { name: 'reliability-unit', ...SHARED_WORKERS, include: RELIABILITY_UNIT.map((dir) => `${dir}/*.test.{ts,tsx}`) } },
      { test: { ...E2E, name: 'reliability-e2e', include: RELIABILITY_E2E.map((dir) => `${dir}/*.test.ts`) } },
    ],
  },
});
