import { writeFileSync } from 'node:fs';
import { microBenchmarks } from './micro';
import { bundleSizes } from './bundle-size';
import { pageBenchmarks } from './page';
import { report, type Result } from './measure';

/**
 * `npm run bench`: prints each measured figure next to its target (issue
 * "Performance") and writes them to bench-results.json. Never part of
 * `npm test`: timings on shared machines are too noisy to assert.
 */
async function main(): Promise<void> {
  const results: Result[] = [...microBenchmarks(), ...bundleSizes(), ...(await pageBenchmarks())];
  report(results);
  writeFileSync('bench-results.json', `${JSON.stringify({ measuredAt: new Date().toISOString(), results }, null, 2)}\n`);
  console.log(`\nbench: ${results.filter((r) => r.ok).length} passed, ${results.filter((r) => !r.ok).length} failed`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
